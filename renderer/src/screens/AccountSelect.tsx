// The account picker of the unlock and recovery forms.
import { useTranslation } from 'react-i18next';
import type { AccountChoice } from '../../../contract/types/app';
import { RequiredMark } from '../components/Field';
import { FieldError, errorIdOf } from '../components/FieldError';

interface Props {
  id: string;
  accounts: AccountChoice[];
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}

export function AccountSelect({ id, accounts, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>
        {t('unlock.account')}
        <RequiredMark />
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorIdOf(id) : undefined} aria-required>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.username}
          </option>
        ))}
      </select>
      <FieldError fieldId={id} messageKey={error} />
    </div>
  );
}

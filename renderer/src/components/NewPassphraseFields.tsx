// A new passphrase typed twice, with its strength meter and a "show" switch.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './Field';
import { PassphraseStrength } from './PassphraseStrength';

interface Props {
  /** Ids of the two inputs (so that field errors can focus them). */
  ids: { passphrase: string; confirm: string };
  passphrase: string;
  confirm: string;
  onPassphrase(value: string): void;
  onConfirm(value: string): void;
  errors: { passphrase?: string | undefined; confirm?: string | undefined };
  labels?: { passphrase?: string; confirm?: string };
  disabled?: boolean;
}

export function NewPassphraseFields({ ids, passphrase, confirm, onPassphrase, onConfirm, errors, labels, disabled }: Props) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const strengthId = `${ids.passphrase}-strength`;
  const toggleId = useId();
  const type = visible ? 'text' : 'password';
  return (
    <div className="passphrase-fields">
      <TextField
        id={ids.passphrase}
        type={type}
        label={labels?.passphrase ?? t('passphrase.new')}
        value={passphrase}
        onChange={onPassphrase}
        error={errors.passphrase}
        describedByIds={[strengthId]}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="off"
        required
        disabled={disabled}
      />
      <PassphraseStrength id={strengthId} value={passphrase} />
      <TextField
        id={ids.confirm}
        type={type}
        label={labels?.confirm ?? t('passphrase.confirm')}
        value={confirm}
        onChange={onConfirm}
        error={errors.confirm}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="off"
        required
        disabled={disabled}
      />
      <div className="checkbox-field">
        <input id={toggleId} type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        <label htmlFor={toggleId}>{t('passphrase.show')}</label>
      </div>
    </div>
  );
}

// A new passphrase typed twice, with its strength meter and a "show" switch.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './Field';
import { PassphraseStrength } from './PassphraseStrength';

/** The part of a form (see useFieldErrors) these fields read: the ids and errors of its two paths. */
interface FormErrors {
  id(path: string): string;
  errors: Record<string, string | undefined>;
}

interface Props {
  /** The form's field errors; the fields are its paths `passphrase` and `passphraseConfirm`. */
  form: FormErrors;
  values: { passphrase: string; passphraseConfirm: string };
  update(patch: { passphrase?: string; passphraseConfirm?: string }): void;
  labels?: { passphrase?: string; confirm?: string };
  disabled?: boolean;
}

export function NewPassphraseFields({ form, values, update, labels, disabled }: Props) {
  const ids = { passphrase: form.id('passphrase'), confirm: form.id('passphraseConfirm') };
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
        value={values.passphrase}
        onChange={(v) => update({ passphrase: v })}
        error={form.errors.passphrase}
        describedByIds={[strengthId]}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="off"
        required
        disabled={disabled}
      />
      <PassphraseStrength id={strengthId} value={values.passphrase} />
      <TextField
        id={ids.confirm}
        type={type}
        label={labels?.confirm ?? t('passphrase.confirm')}
        value={values.passphraseConfirm}
        onChange={(v) => update({ passphraseConfirm: v })}
        error={form.errors.passphraseConfirm}
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

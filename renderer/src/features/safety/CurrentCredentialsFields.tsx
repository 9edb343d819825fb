// Replacing a workspace that can be opened needs a coordinator's passphrase of that current
// workspace (not the backup's), or its recovery key: asked only when the checked backup says so.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';

export interface CurrentCredentialsValues {
  kind: 'passphrase' | 'recoveryKey';
  username: string;
  passphrase: string;
  recoveryKey: string;
}

export const emptyCurrentCredentials: CurrentCredentialsValues = { kind: 'passphrase', username: '', passphrase: '', recoveryKey: '' };

export const currentCredentialsInput = (v: CurrentCredentialsValues) =>
  v.kind === 'passphrase' ? { kind: 'passphrase' as const, username: v.username, passphrase: v.passphrase } : { kind: 'recoveryKey' as const, recoveryKey: v.recoveryKey };

export function CurrentCredentialsFields({
  idPrefix,
  values,
  onChange,
  disabled,
}: {
  idPrefix: string;
  values: CurrentCredentialsValues;
  onChange(patch: Partial<CurrentCredentialsValues>): void;
  disabled: boolean;
}) {
  const { t } = useTranslation('safety');
  return (
    <fieldset className="radio-group current-credentials" disabled={disabled}>
      <legend>{t('restore.current.legend')}</legend>
      <p className="field-hint">{t('restore.current.why')}</p>
      {(['passphrase', 'recoveryKey'] as const).map((kind) => (
        <div className="radio-option" key={kind}>
          <input type="radio" id={`${idPrefix}-current-kind-${kind}`} name={`${idPrefix}-current`} checked={values.kind === kind} onChange={() => onChange({ kind })} />
          <label htmlFor={`${idPrefix}-current-kind-${kind}`}>{t(`restore.current.${kind}`)}</label>
        </div>
      ))}
      {values.kind === 'passphrase' ? (
        <>
          <TextField
            id={`${idPrefix}-current-username`}
            label={t('restore.current.username')}
            value={values.username}
            onChange={(v) => onChange({ username: v })}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            required
          />
          <TextField
            id={`${idPrefix}-current-passphrase`}
            type="password"
            label={t('restore.current.passphraseLabel')}
            value={values.passphrase}
            onChange={(v) => onChange({ passphrase: v })}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            required
          />
        </>
      ) : (
        <TextField
          id={`${idPrefix}-current-recoveryKey`}
          className="field-monospace"
          label={t('restore.current.recoveryKeyLabel')}
          value={values.recoveryKey}
          onChange={(v) => onChange({ recoveryKey: v })}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          required
        />
      )}
    </fieldset>
  );
}

// Restoring a backup, shared by the unlock screen, the problem screen and the settings: choose the
// backup (from the workspace's folder or a file), how to open it (an account's passphrase or the
// recovery key), check it (restore.inspect), then confirm explicitly and restore (restore.apply).
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreInspectInput } from '../../../../contract/schemas/safety';
import type { RestoreDone } from '../../../../contract/types/safety';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { WorkInProgress } from '../../components/WorkInProgress';
import { FileButton } from '../../components/FileButton';
import { FieldError, errorIdOf } from '../../components/FieldError';
import { issueText, useFieldErrors } from '../../forms/validation';
import { formatDateTime } from '../../lib/format';
import { fileToBase64, MAX_UPLOAD_BYTES } from './files';
import { CurrentCredentialsFields, currentCredentialsInput, emptyCurrentCredentials, type CurrentCredentialsValues } from './CurrentCredentialsFields';
import { RestorePreview } from './RestorePreview';
import { useStoredBackups } from './safetyQueries';
import './safety.css';

type Values = {
  sourceKind: 'stored' | 'upload';
  name: string;
  file: File | null;
  credentialsKind: 'passphrase' | 'recoveryKey';
  username: string;
  passphrase: string;
  recoveryKey: string;
};

type Input = { source: { kind: 'stored'; name: string } | { kind: 'upload'; fileName: string; contentBase64: string }; credentials: { kind: 'passphrase'; username: string; passphrase: string } | { kind: 'recoveryKey'; recoveryKey: string } };

export function RestoreForm({ idPrefix, onRestored }: { idPrefix: string; onRestored(done: RestoreDone, withRecoveryKey: boolean): void }) {
  const { t, i18n } = useTranslation('safety');
  const list = useStoredBackups();
  const stored = list.data ?? [];
  const [values, setValues] = useState<Values>({ sourceKind: 'stored', name: '', file: null, credentialsKind: 'passphrase', username: '', passphrase: '', recoveryKey: '' });
  const [fileError, setFileError] = useState<string | undefined>();
  const [confirmed, setConfirmed] = useState(false);
  const [current, setCurrent] = useState<CurrentCredentialsValues>(emptyCurrentCredentials);
  const [confirmError, setConfirmError] = useState<string | undefined>();
  const form = useFieldErrors(restoreInspectInput, idPrefix);
  const sourceKind = stored.length === 0 ? 'upload' : values.sourceKind;
  const name = values.name || stored[0]?.name || '';

  const inspect = useMutation({ mutationFn: (input: Input) => request('restore.inspect', input), onError: (error) => form.fromServer(error) });
  const apply = useMutation({
    mutationFn: (input: Input) =>
      request('restore.apply', {
        ...input,
        confirmReplace: true as const,
        ...(preview?.replaceNeeds === 'currentCredentials' ? { currentCredentials: currentCredentialsInput(current) } : {}),
      }),
    onSuccess: (done) => onRestored(done, values.credentialsKind === 'recoveryKey'),
  });
  const busy = inspect.isPending || apply.isPending;
  const preview = inspect.data && inspect.variables ? inspect.data : null;

  const update = (patch: Partial<Values>) => {
    setValues((old) => ({ ...old, ...patch }));
    // Any change means the checked backup is no longer the one described.
    inspect.reset();
    apply.reset();
    setConfirmed(false);
  };

  async function buildInput(): Promise<Input | null> {
    const credentials =
      values.credentialsKind === 'passphrase'
        ? { kind: 'passphrase' as const, username: values.username, passphrase: values.passphrase }
        : { kind: 'recoveryKey' as const, recoveryKey: values.recoveryKey };
    setFileError(undefined);
    if (sourceKind === 'upload') {
      if (!values.file) return setFileError('safety:restore.source.fileRequired'), null;
      if (values.file.size > MAX_UPLOAD_BYTES) return setFileError('validation.backupTooLarge'), null;
    }
    const source =
      sourceKind === 'stored'
        ? { kind: 'stored' as const, name }
        : { kind: 'upload' as const, fileName: values.file!.name, contentBase64: await fileToBase64(values.file!) };
    return form.check({ source, credentials }) as Input | null;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const input = await buildInput();
    if (!input) return;
    if (!preview) {
      inspect.mutate(input);
      return;
    }
    if (!confirmed) {
      setConfirmError('validation.confirmReplace');
      document.getElementById(`${idPrefix}-confirm`)?.focus();
      return;
    }
    apply.mutate(input);
  };

  const fileId = `${idPrefix}-file`;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} className="narrow-form restore-form">
      <fieldset className="radio-group" disabled={busy}>
        <legend>{t('restore.source.legend')}</legend>
        {stored.length > 0 ? (
          <div className="radio-option">
            <input type="radio" id={`${idPrefix}-stored`} name={`${idPrefix}-source`} checked={sourceKind === 'stored'} onChange={() => update({ sourceKind: 'stored' })} />
            <label htmlFor={`${idPrefix}-stored`}>{t('restore.source.stored')}</label>
          </div>
        ) : (
          <p className="muted">{t('restore.source.noneStored')}</p>
        )}
        <div className="radio-option">
          <input type="radio" id={`${idPrefix}-upload`} name={`${idPrefix}-source`} checked={sourceKind === 'upload'} onChange={() => update({ sourceKind: 'upload' })} />
          <label htmlFor={`${idPrefix}-upload`}>{t('restore.source.upload')}</label>
        </div>
      </fieldset>
      {sourceKind === 'stored' ? (
        <div className="field">
          <label htmlFor={form.id('source.name')}>{t('restore.source.choose')}</label>
          <select id={form.id('source.name')} value={name} onChange={(e) => update({ name: e.target.value })} disabled={busy}>
            {stored.map((b) => (
              <option key={b.name} value={b.name}>
                {formatDateTime(b.createdAt, i18n.language)} — {t(`backup.kinds.${b.kind}`)}
              </option>
            ))}
          </select>
          <FieldError fieldId={form.id('source.name')} messageKey={form.errors['source.name']} />
        </div>
      ) : (
        <FileButton
          id={fileId}
          label={t('restore.source.file')}
          hint={t('restore.source.fileHint')}
          accept=".tar,application/x-tar"
          fileName={values.file?.name ?? null}
          onFile={(file) => update({ file })}
          error={fileError || form.errors['source.contentBase64'] ? issueText(t, (fileError ?? form.errors['source.contentBase64'])!) : null}
          disabled={busy}
        />
      )}

      <fieldset className="radio-group" disabled={busy}>
        <legend>{t('restore.credentials.legend')}</legend>
        {(['passphrase', 'recoveryKey'] as const).map((kind) => (
          <div className="radio-option" key={kind}>
            <input type="radio" id={`${idPrefix}-cred-${kind}`} name={`${idPrefix}-cred`} checked={values.credentialsKind === kind} onChange={() => update({ credentialsKind: kind })} />
            <label htmlFor={`${idPrefix}-cred-${kind}`}>{t(`restore.credentials.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
      {values.credentialsKind === 'passphrase' ? (
        <>
          <TextField
            id={form.id('credentials.username')}
            label={t('restore.credentials.username')}
            value={values.username}
            onChange={(v) => update({ username: v })}
            error={form.errors['credentials.username']}
            autoComplete="username"
            spellCheck={false}
            autoCapitalize="off"
            required
            disabled={busy}
          />
          <TextField
            id={form.id('credentials.passphrase')}
            type="password"
            label={t('restore.credentials.passphraseLabel')}
            value={values.passphrase}
            onChange={(v) => update({ passphrase: v })}
            error={form.errors['credentials.passphrase']}
            autoComplete="current-password"
            spellCheck={false}
            autoCapitalize="off"
            required
            disabled={busy}
          />
        </>
      ) : (
        <TextField
          id={form.id('credentials.recoveryKey')}
          className="field-monospace"
          label={t('restore.credentials.recoveryKeyLabel')}
          hint={t('restore.credentials.recoveryKeyHint')}
          value={values.recoveryKey}
          onChange={(v) => update({ recoveryKey: v })}
          error={form.errors['credentials.recoveryKey']}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          required
          disabled={busy}
        />
      )}

      {preview ? (
        <>
          <RestorePreview preview={preview} />
          {preview.replaceNeeds === 'currentCredentials' ? (
            <CurrentCredentialsFields
              idPrefix={idPrefix}
              values={current}
              onChange={(patch) => {
                setCurrent((old) => ({ ...old, ...patch }));
                apply.reset();
              }}
              disabled={busy}
            />
          ) : null}
          <div className="checkbox-field confirm-box">
            <input
              type="checkbox"
              id={`${idPrefix}-confirm`}
              checked={confirmed}
              onChange={(e) => {
                setConfirmed(e.target.checked);
                setConfirmError(undefined);
              }}
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? errorIdOf(`${idPrefix}-confirm`) : undefined}
              disabled={busy}
            />
            <label htmlFor={`${idPrefix}-confirm`}>{t('restore.confirm')}</label>
            <FieldError fieldId={`${idPrefix}-confirm`} messageKey={confirmError} />
          </div>
        </>
      ) : null}

      <ErrorAlert error={inspect.error ?? apply.error} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} aria-busy={busy}>
          {preview ? (apply.isPending ? t('restore.applying') : t('restore.apply')) : inspect.isPending ? t('restore.inspecting') : t('restore.inspect')}
        </button>
      </div>
      <WorkInProgress active={busy} label={apply.isPending ? t('restore.progressApply') : t('restore.progressInspect')} />
      <StatusMessage>{busy ? (apply.isPending ? t('restore.applying') : t('restore.inspecting')) : null}</StatusMessage>
    </form>
  );
}

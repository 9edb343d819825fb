// First launch: create the group's workspace and its coordinator account.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createWorkspaceInput } from '../../../contract/schemas/passphrases';
import { SECRECY_STATUSES } from '../../../contract/schemas/members';
import type { SessionInfo } from '../../../contract/types/app';
import { request } from '../api/client';
import { PublicLayout } from '../app/PublicLayout';
import { RestoreSection } from '../features/safety/RestoreSection';
import { RequiredMark, TextField } from '../components/Field';
import { FieldError, describedBy, errorIdOf } from '../components/FieldError';
import { FormFooter } from '../components/FormFooter';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { useFieldErrors } from '../forms/validation';
import { suggestUsername } from '../lib/format';

export interface CreatedWorkspaceInfo {
  recoveryKey: string;
  groupName: string;
  createdAt: Date;
  session: SessionInfo;
}

interface Props {
  mode: 'electron' | 'browser';
  location: string;
  onCreated(info: CreatedWorkspaceInfo): void;
}

const EMPTY = {
  groupName: '',
  territory: '',
  firstName: '',
  lastName: '',
  username: '',
  secrecyStatus: '',
  passphrase: '',
  passphraseConfirm: '',
};
type Values = typeof EMPTY;

const toInput = (v: Values) => ({
  groupName: v.groupName,
  territory: v.territory,
  coordinator: { firstName: v.firstName, lastName: v.lastName, username: v.username, secrecyStatus: v.secrecyStatus },
  passphrase: v.passphrase,
  passphraseConfirm: v.passphraseConfirm,
});

export function CreateWorkspaceScreen({ mode, location, onCreated }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(EMPTY);
  const [usernameEdited, setUsernameEdited] = useState(false);
  const form = useFieldErrors(createWorkspaceInput, 'create');
  const create = useMutation({
    mutationFn: (input: ReturnType<typeof createWorkspaceInput.parse>) => request('workspace.create', input),
    onError: (error) => form.fromServer(error),
  });

  const update = (patch: Partial<Values>) => {
    const next = { ...values, ...patch };
    // The identifier follows the first name until the person edits it.
    if (!usernameEdited && ('firstName' in patch || 'lastName' in patch)) next.username = suggestUsername(next.firstName, next.lastName);
    setValues(next);
    form.recheck(toInput(next));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const input = form.check(toInput(values));
    if (!input) return;
    create.mutate(input, {
      onSuccess: (result) => onCreated({ recoveryKey: result.recoveryKey, groupName: input.groupName, createdAt: new Date(), session: result.session }),
    });
  };

  const e = form.errors;
  const busy = create.isPending;
  const secrecyId = form.id('coordinator.secrecyStatus');

  return (
    <PublicLayout mode={mode}>
      <h1>{t('create.title')}</h1>
      <p className="lead">{t('create.intro')}</p>
      <p className="muted small">{t('create.location', { location })}</p>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset disabled={busy} className="form-section">
          <legend>{t('create.groupSection')}</legend>
          <TextField id={form.id('groupName')} label={t('create.groupName')} hint={t('create.groupNameHint')} value={values.groupName} onChange={(v) => update({ groupName: v })} error={e.groupName} required autoComplete="organization" />
          <TextField id={form.id('territory')} label={t('create.territory')} hint={t('create.territoryHint')} value={values.territory} onChange={(v) => update({ territory: v })} error={e.territory} />
        </fieldset>

        <fieldset disabled={busy} className="form-section">
          <legend>{t('create.coordinatorSection')}</legend>
          <p className="field-hint">{t('create.coordinatorIntro')}</p>
          <div className="field-row">
            <TextField id={form.id('coordinator.firstName')} label={t('person.firstName')} value={values.firstName} onChange={(v) => update({ firstName: v })} error={e['coordinator.firstName']} required autoComplete="given-name" />
            <TextField id={form.id('coordinator.lastName')} label={t('person.lastName')} value={values.lastName} onChange={(v) => update({ lastName: v })} error={e['coordinator.lastName']} required autoComplete="family-name" />
          </div>
          <TextField
            id={form.id('coordinator.username')}
            label={t('account.username')}
            hint={t('account.usernameHint')}
            value={values.username}
            onChange={(v) => {
              setUsernameEdited(true);
              update({ username: v });
            }}
            error={e['coordinator.username']}
            required
            autoComplete="username"
            spellCheck={false}
            autoCapitalize="off"
          />
          <fieldset className="radio-group" aria-describedby={describedBy(e['coordinator.secrecyStatus'] && errorIdOf(secrecyId))}>
            <legend>
              {t('secrecy.legend')}
              <RequiredMark />
            </legend>
            {SECRECY_STATUSES.map((status, index) => (
              <div className="radio-option" key={status}>
                <input
                  type="radio"
                  id={index === 0 ? secrecyId : `${secrecyId}-${status}`}
                  name="secrecyStatus"
                  value={status}
                  checked={values.secrecyStatus === status}
                  onChange={() => update({ secrecyStatus: status })}
                  aria-describedby={`${secrecyId}-${status}-help`}
                  aria-invalid={e['coordinator.secrecyStatus'] ? true : undefined}
                />
                <label htmlFor={index === 0 ? secrecyId : `${secrecyId}-${status}`}>{t(`reference:secrecy.${status}`)}</label>
                <p id={`${secrecyId}-${status}-help`} className="field-hint">
                  {t(`secrecy.help.${status}`)}
                </p>
              </div>
            ))}
            <FieldError fieldId={secrecyId} messageKey={e['coordinator.secrecyStatus']} />
          </fieldset>
        </fieldset>

        <fieldset disabled={busy} className="form-section">
          <legend>{t('create.passphraseSection')}</legend>
          <p className="field-hint">{t('create.passphraseIntro')}</p>
          <NewPassphraseFields form={form} values={values} update={update} />
        </fieldset>

        <FormFooter error={create.error} busy={busy} submitLabel={t('create.submit')} busyLabel={t('create.busy')} status={busy ? t('create.busyHelp') : null} />
      </form>
      <RestoreSection id="create-restore" variant="newComputer" />
    </PublicLayout>
  );
}

// Add an account for an active roster member who has none; that person types their own passphrase.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createAccountInput } from '../../../contract/schemas/passphrases';
import type { Role } from '../../../contract/schemas/common';
import type { AccountSummary } from '../../../contract/types/app';
import { request } from '../api/client';
import { ACCOUNTS_KEY, MEMBERS_KEY, STATUS_KEY } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { RequiredMark, TextField } from '../components/Field';
import { FieldError, describedBy, errorIdOf } from '../components/FieldError';
import { FormFooter } from '../components/FormFooter';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { useFieldErrors } from '../forms/validation';
import { suggestUsername } from '../lib/format';
import { namesakeIds, pickerDetail } from '../features/roster/namesakes';
import { RolesFieldset } from './RolesFieldset';

const EMPTY = { memberId: '', username: '', roles: ['member'] as Role[], passphrase: '', passphraseConfirm: '' };

export function AddAccountForm({ onCreated }: { onCreated(account: AccountSummary): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Fresh each time the form shows: who has an account may have changed since the roster was last read.
  const members = useQuery({ queryKey: MEMBERS_KEY, queryFn: () => request('members.list', {}), refetchOnMount: 'always' });
  const [values, setValues] = useState(EMPTY);
  const [usernameEdited, setUsernameEdited] = useState(false);
  const form = useFieldErrors(createAccountInput, 'add-account');
  const create = useMutation({
    mutationFn: (input: typeof EMPTY) => request('accounts.create', input),
    onError: (error) => form.fromServer(error),
  });

  const candidates = useMemo(
    () =>
      (members.data ?? [])
        .filter((m) => m.active && !m.hasAccount)
        .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr')),
    [members.data],
  );
  const namesakes = useMemo(() => namesakeIds(members.data ?? []), [members.data]);
  const detailOf = (m: (typeof candidates)[number]) => pickerDetail(m, namesakes, (code) => t(`reference:serviceTypes.${code}`));

  const update = (patch: Partial<typeof EMPTY>) => {
    const next = { ...values, ...patch };
    if (!usernameEdited && 'memberId' in patch) {
      const member = candidates.find((m) => m.id === patch.memberId);
      next.username = member ? suggestUsername(member.firstName, member.lastName) : '';
    }
    setValues(next);
    form.recheck(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const input = form.check(values);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (account) => {
        setValues(EMPTY);
        setUsernameEdited(false);
        form.reset();
        create.reset();
        void queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
        void queryClient.invalidateQueries({ queryKey: MEMBERS_KEY });
        // The unlock screen's list of accounts comes from the status.
        void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
        onCreated(account);
      },
    });
  };

  const memberId = form.id('memberId');
  const busy = create.isPending;
  return (
    <div className="subsection">
      <h3>{t('settings.addAccount.title')}</h3>
      {members.isError ? <ErrorAlert error={members.error} /> : null}
      {candidates.length === 0 ? (
        members.isFetching ? (
          <p role="status">{t('common.loading')}</p>
        ) : members.data ? (
          <p className="notice">{t('settings.addAccount.noCandidates')}</p>
        ) : null
      ) : (
        <form onSubmit={submit} noValidate aria-busy={busy} className="narrow-form">
          <p className="field-hint">{t('settings.addAccount.intro')}</p>
          <fieldset disabled={busy} className="plain-fieldset">
            <legend className="visually-hidden">{t('settings.addAccount.title')}</legend>
            <div className="field">
              <label htmlFor={memberId}>
                {t('settings.addAccount.member')}
                <RequiredMark />
              </label>
              <select
                id={memberId}
                value={values.memberId}
                onChange={(e) => update({ memberId: e.target.value })}
                aria-invalid={form.errors.memberId ? true : undefined}
                aria-describedby={describedBy(form.errors.memberId && errorIdOf(memberId))}
                aria-required
              >
                <option value="">{t('settings.addAccount.chooseMember')}</option>
                {candidates.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.lastName} {m.firstName}
                    {detailOf(m) ? ` — ${detailOf(m)}` : ''}
                  </option>
                ))}
              </select>
              <FieldError fieldId={memberId} messageKey={form.errors.memberId} />
            </div>
            <TextField
              id={form.id('username')}
              label={t('account.username')}
              hint={t('account.usernameHint')}
              value={values.username}
              onChange={(v) => {
                setUsernameEdited(true);
                update({ username: v });
              }}
              error={form.errors.username}
              required
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="off"
            />
            <RolesFieldset idPrefix={form.id('roles')} legend={t('settings.addAccount.roles')} value={values.roles} onChange={(roles) => update({ roles })} error={form.errors.roles} />
            <p className="notice">{t('settings.addAccount.passphraseByPerson')}</p>
            <NewPassphraseFields form={form} values={values} update={update} labels={{ passphrase: t('settings.addAccount.passphrase'), confirm: t('settings.addAccount.passphraseConfirm') }} />
          </fieldset>
          <FormFooter error={create.error} busy={busy} submitLabel={t('settings.addAccount.submit')} busyLabel={t('settings.addAccount.busy')} />
        </form>
      )}
    </div>
  );
}

// Forgotten passphrase: recovery key + account + new passphrase → session.recover.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recoverInput } from '../../../contract/schemas/passphrases';
import type { AccountChoice, SessionInfo } from '../../../contract/types/app';
import { request } from '../api/client';
import { TextField } from '../components/Field';
import { FormFooter } from '../components/FormFooter';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { useFieldErrors } from '../forms/validation';
import { AccountSelect } from './AccountSelect';

export function RecoverForm({ accounts, onUnlocked }: { accounts: AccountChoice[]; onUnlocked(session: SessionInfo): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ recoveryKey: '', accountId: accounts[0]?.id ?? '', passphrase: '', passphraseConfirm: '' });
  const form = useFieldErrors(recoverInput, 'recover');
  const recover = useMutation({
    mutationFn: (input: typeof values) => request('session.recover', input),
    onError: (error) => form.fromServer(error),
  });

  const update = (patch: Partial<typeof values>) => {
    const next = { ...values, ...patch };
    setValues(next);
    form.recheck(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (recover.isPending) return;
    const input = form.check(values);
    if (!input) return;
    recover.mutate(input, { onSuccess: onUnlocked });
  };

  const busy = recover.isPending;
  return (
    <form onSubmit={submit} noValidate aria-busy={busy} className="narrow-form">
      <fieldset disabled={busy} className="plain-fieldset">
        <legend className="visually-hidden">{t('recover.title')}</legend>
        <TextField
          id={form.id('recoveryKey')}
          className="field-monospace"
          label={t('recover.key')}
          hint={t('recover.keyHint')}
          value={values.recoveryKey}
          onChange={(v) => update({ recoveryKey: v })}
          error={form.errors.recoveryKey}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          required
        />
        <AccountSelect id={form.id('accountId')} accounts={accounts} value={values.accountId} onChange={(v) => update({ accountId: v })} error={form.errors.accountId} />
        <NewPassphraseFields form={form} values={values} update={update} labels={{ passphrase: t('passphrase.newLabel'), confirm: t('passphrase.newConfirm') }} />
      </fieldset>
      <FormFooter error={recover.error} busy={busy} submitLabel={t('recover.submit')} busyLabel={t('recover.busy')} status={busy ? t('unlock.busyHelp') : null} />
    </form>
  );
}

// Account + passphrase → session.unlock. A wrong passphrase says so and changes nothing.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountChoice, SessionInfo } from '../../../contract/types/app';
import { request } from '../api/client';
import { TextField } from '../components/Field';
import { FormFooter } from '../components/FormFooter';
import { useFieldErrorState } from '../forms/validation';
import { AccountSelect } from './AccountSelect';

export function UnlockForm({ accounts, onUnlocked }: { accounts: AccountChoice[]; onUnlocked(session: SessionInfo): void }) {
  const { t } = useTranslation();
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  const [passphrase, setPassphrase] = useState('');
  // Validated by the backend with the contract's unlockInput; its field issues show next to the fields.
  const form = useFieldErrorState('unlock');
  const unlock = useMutation({
    mutationFn: (input: { accountId: string; passphrase: string }) => request('session.unlock', input),
    onError: (error) => {
      form.fromServer(error);
      // Type again from scratch: the wrong passphrase is not kept.
      setPassphrase('');
      document.getElementById(form.id('passphrase'))?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unlock.isPending) return;
    form.reset();
    unlock.mutate({ accountId, passphrase }, { onSuccess: onUnlocked });
  };

  const busy = unlock.isPending;
  return (
    <form onSubmit={submit} noValidate aria-busy={busy} className="narrow-form">
      <fieldset disabled={busy} className="plain-fieldset">
        <legend className="visually-hidden">{t('unlock.title')}</legend>
        <AccountSelect id={form.id('accountId')} accounts={accounts} value={accountId} onChange={setAccountId} error={form.errors.accountId} />
        <TextField
          id={form.id('passphrase')}
          type="password"
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(v) => {
            setPassphrase(v);
          }}
          error={form.errors.passphrase}
          autoComplete="current-password"
          spellCheck={false}
          autoCapitalize="off"
          required
          autoFocus
        />
      </fieldset>
      <FormFooter error={unlock.error} busy={busy} submitLabel={t('unlock.submit')} busyLabel={t('unlock.busy')} status={busy ? t('unlock.busyHelp') : null} />
    </form>
  );
}

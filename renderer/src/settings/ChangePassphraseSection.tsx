// Change one's own passphrase: rewrites this account's key slot only.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassphraseInput } from '../../../contract/schemas/passphrases';
import { request } from '../api/client';
import { TextField } from '../components/Field';
import { FormFooter } from '../components/FormFooter';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { useFieldErrors } from '../forms/validation';

const EMPTY = { currentPassphrase: '', passphrase: '', passphraseConfirm: '' };

export function ChangePassphraseSection({ username }: { username: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const form = useFieldErrors(changePassphraseInput, 'change-passphrase');
  const change = useMutation({
    mutationFn: (input: typeof EMPTY) => request('account.changePassphrase', input),
    onError: (error) => form.fromServer(error),
  });

  const update = (patch: Partial<typeof EMPTY>) => {
    const next = { ...values, ...patch };
    setValues(next);
    setDone(false);
    form.recheck(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const input = form.check(values);
    if (!input) return;
    change.mutate(input, {
      onSuccess: () => {
        // Forget the passphrases at once: the form, the errors and the mutation's variables.
        setValues(EMPTY);
        form.reset();
        change.reset();
        setDone(true);
      },
    });
  };

  const busy = change.isPending;
  return (
    <section className="card" aria-labelledby="settings-passphrase">
      <h2 id="settings-passphrase">{t('settings.passphrase.title')}</h2>
      <p className="field-hint">{t('settings.passphrase.intro')}</p>
      <form onSubmit={submit} noValidate aria-busy={busy} className="narrow-form">
        <fieldset disabled={busy} className="plain-fieldset">
          <legend className="visually-hidden">{t('settings.passphrase.title')}</legend>
          {/* Tells password managers which account this passphrase belongs to. */}
          <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
          <TextField
            id={form.id('currentPassphrase')}
            type="password"
            label={t('settings.passphrase.current')}
            value={values.currentPassphrase}
            onChange={(v) => update({ currentPassphrase: v })}
            error={form.errors.currentPassphrase}
            autoComplete="current-password"
            spellCheck={false}
            required
          />
          <NewPassphraseFields form={form} values={values} update={update} labels={{ passphrase: t('passphrase.newLabel'), confirm: t('passphrase.newConfirm') }} />
        </fieldset>
        <FormFooter error={change.error} busy={busy} submitLabel={t('settings.passphrase.submit')} busyLabel={t('settings.passphrase.busy')} status={done ? t('settings.passphrase.done') : null} />
      </form>
    </section>
  );
}

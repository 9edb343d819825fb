// The inactivity delay before Concerto locks itself: set by coordinators, shown to everyone.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSettingsInput } from '../../../electron/api/schemas/auth';
import type { AppStatus, SessionInfo } from '../../../electron/api/types';
import { request } from '../api/client';
import { SETTINGS_KEY, STATUS_KEY } from '../api/queries';
import { ErrorAlert, StatusMessage } from '../components/ErrorAlert';
import { TextField } from '../components/Field';
import { useFieldErrors } from '../forms/validation';

export function AutoLockSection({ session, editable }: { session: SessionInfo; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [minutes, setMinutes] = useState(String(session.autoLockMinutes));
  const [done, setDone] = useState(false);
  const form = useFieldErrors(updateSettingsInput, 'autolock');
  const save = useMutation({
    mutationFn: (autoLockMinutes: number) => request('settings.update', { autoLockMinutes }),
    onError: (error) => form.fromServer(error),
    onSuccess: (settings) => {
      queryClient.setQueryData(SETTINGS_KEY, settings);
      // The client's own timer follows the new delay at once.
      queryClient.setQueryData<AppStatus>(STATUS_KEY, (old) =>
        old?.session ? { ...old, session: { ...old.session, autoLockMinutes: settings.autoLockMinutes } } : old,
      );
      setDone(true);
    },
  });

  const toInput = (value: string) => ({ autoLockMinutes: value.trim() === '' ? Number.NaN : Number(value) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const input = form.check(toInput(minutes));
    if (input?.autoLockMinutes !== undefined) save.mutate(input.autoLockMinutes);
  };

  return (
    <section className="card" aria-labelledby="settings-autolock">
      <h2 id="settings-autolock">{t('settings.autoLock.title')}</h2>
      {editable ? (
        <form onSubmit={submit} noValidate className="narrow-form">
          <TextField
            id={form.id('autoLockMinutes')}
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            step={1}
            className="field-short"
            label={t('settings.autoLock.label')}
            hint={t('settings.autoLock.hint')}
            value={minutes}
            onChange={(v) => {
              setMinutes(v);
              setDone(false);
              form.recheck(toInput(v));
            }}
            error={form.errors.autoLockMinutes}
            required
            disabled={save.isPending}
          />
          <ErrorAlert error={save.error} />
          <div className="form-actions">
            <button type="submit" className="button-secondary" disabled={save.isPending}>
              {t('common.save')}
            </button>
          </div>
          <StatusMessage>{done ? t('settings.autoLock.done', { count: session.autoLockMinutes }) : null}</StatusMessage>
        </form>
      ) : (
        <p>{t('settings.autoLock.readOnly', { count: session.autoLockMinutes })}</p>
      )}
    </section>
  );
}

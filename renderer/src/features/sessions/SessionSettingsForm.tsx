// The coordinator's setting of the sessions: how long before a session its agenda closes
// (48 hours by default, as multidisciplinary meetings do, so that everyone can prepare).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionSettingsInput } from '../../../../electron/api/schemas/sessions';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { useFieldErrors } from '../../forms/validation';
import { formLevelError } from './formBits';
import { useSessionMutation, useSessionSettings } from './sessionsQueries';

export function SessionSettingsForm() {
  const { t } = useTranslation('sessions');
  const settings = useSessionSettings();
  const save = useSessionMutation('sessions.updateSettings');
  const form = useFieldErrors(sessionSettingsInput, 'session-settings');
  const [hours, setHours] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (settings.data) setHours(String(settings.data.agendaClosingHours));
  }, [settings.data]);
  return (
    <details className="sessions-settings">
      <summary>{t('settings.title')}</summary>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setMessage('');
          const input = form.check({ agendaClosingHours: hours === '' ? Number.NaN : Number(hours) });
          if (input) save.mutate(input, { onSuccess: (saved) => setMessage(t('settings.saved', { hours: saved.agendaClosingHours })), onError: form.fromServer });
        }}
      >
        <TextField
          id={form.id('agendaClosingHours')}
          type="number"
          min={0}
          max={336}
          className="field-short"
          label={t('settings.closingHours')}
          hint={t('settings.closingHint')}
          value={hours}
          onChange={setHours}
          error={form.errors.agendaClosingHours}
        />
        <ErrorAlert error={formLevelError(save.error)} />
        <button type="submit" className="button-secondary" disabled={save.isPending}>
          {t('settings.save')}
        </button>
        <StatusMessage>{message}</StatusMessage>
      </form>
    </details>
  );
}

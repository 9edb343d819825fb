// The coordinator's setting of the sessions: how long before a session its agenda closes
// (48 hours by default, as multidisciplinary meetings do, so that everyone can prepare).
import { useTranslation } from 'react-i18next';
import { sessionSettingsInput } from '../../../../contract/schemas/sessions';
import { NumberSettingForm } from '../../components/NumberSettingForm';
import { useSessionMutation, useSessionSettings } from './sessionsQueries';

export function SessionSettingsForm() {
  const { t } = useTranslation('sessions');
  const settings = useSessionSettings();
  const save = useSessionMutation('sessions.updateSettings');
  return (
    <details className="sessions-settings">
      <summary>{t('settings.title')}</summary>
      {settings.data ? (
        <NumberSettingForm
          schema={sessionSettingsInput}
          field="agendaClosingHours"
          idPrefix="session-settings"
          value={settings.data.agendaClosingHours}
          min={0}
          max={336}
          label={t('settings.closingHours')}
          hint={t('settings.closingHint')}
          saveLabel={t('settings.save')}
          save={async (hours) => t('settings.saved', { hours: (await save.mutateAsync({ agendaClosingHours: hours })).agendaClosingHours })}
        />
      ) : null}
    </details>
  );
}

// The inactivity delay before Concerto locks itself: set by coordinators, shown to everyone.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateSettingsInput } from '../../../contract/schemas/auth';
import type { AppStatus, SessionInfo } from '../../../contract/types/app';
import { request } from '../api/client';
import { SETTINGS_KEY, STATUS_KEY } from '../api/queries';
import { NumberSettingForm } from '../components/NumberSettingForm';

export function AutoLockSection({ session, editable }: { session: SessionInfo; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const save = async (autoLockMinutes: number): Promise<string> => {
    const settings = await request('settings.update', { autoLockMinutes });
    queryClient.setQueryData(SETTINGS_KEY, settings);
    // The client's own timer follows the new delay at once.
    queryClient.setQueryData<AppStatus>(STATUS_KEY, (old) =>
      old?.session ? { ...old, session: { ...old.session, autoLockMinutes: settings.autoLockMinutes } } : old,
    );
    return t('settings.autoLock.done', { count: settings.autoLockMinutes });
  };

  return (
    <section className="card" aria-labelledby="settings-autolock">
      <h2 id="settings-autolock">{t('settings.autoLock.title')}</h2>
      {editable ? (
        <NumberSettingForm
          schema={updateSettingsInput}
          field="autoLockMinutes"
          idPrefix="autolock"
          value={session.autoLockMinutes}
          min={1}
          max={240}
          label={t('settings.autoLock.label')}
          hint={t('settings.autoLock.hint')}
          save={save}
        />
      ) : (
        <p>{t('settings.autoLock.readOnly', { count: session.autoLockMinutes })}</p>
      )}
    </section>
  );
}

// The coordinator's setting: how many years a closed situation's content is kept (1 to 30, 5 by default).
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { situationSettingsInput } from '../../../../contract/schemas/situations';
import { request } from '../../api/client';
import { NumberSettingForm } from '../../components/NumberSettingForm';
import { useSituationSettings } from './situationsQueries';

export function RetentionSettings() {
  const { t } = useTranslation('situations');
  const settings = useSituationSettings();
  const queryClient = useQueryClient();
  return (
    <details className="card situation-settings">
      <summary>{t('settings.title')}</summary>
      {settings.data ? (
        <NumberSettingForm
          schema={situationSettingsInput}
          field="retentionYears"
          idPrefix="situation-settings"
          value={settings.data.retentionYears}
          min={1}
          max={30}
          label={t('settings.years')}
          hint={t('settings.hint')}
          saveLabel={t('settings.save')}
          save={async (years) => {
            const saved = await request('situations.updateSettings', { retentionYears: years });
            queryClient.setQueryData(['situations.getSettings'], saved);
            return t('settings.saved', { years: saved.retentionYears });
          }}
        />
      ) : null}
    </details>
  );
}

// How many recent backups the folder keeps (coordinators set it; everyone sees it).
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keepLastInput } from '../../../../contract/schemas/safety';
import { request } from '../../api/client';
import { NumberSettingForm } from '../../components/NumberSettingForm';
import { BACKUP_STATUS_KEY } from './safetyQueries';

export function KeepLastForm({ keepLast, editable }: { keepLast: number; editable: boolean }) {
  const { t } = useTranslation('safety');
  const queryClient = useQueryClient();
  if (!editable) return <p>{t('backup.keepLast.readOnly', { count: keepLast })}</p>;

  const save = async (n: number): Promise<string> => {
    const status = await request('backup.setKeepLast', { keepLast: n });
    queryClient.setQueryData(BACKUP_STATUS_KEY, status);
    return t('backup.keepLast.done', { count: status.keepLast });
  };
  return (
    <NumberSettingForm
      schema={keepLastInput}
      field="keepLast"
      idPrefix="keep-last"
      value={keepLast}
      min={1}
      max={100}
      label={t('backup.keepLast.label')}
      hint={t('backup.keepLast.hint')}
      save={save}
    />
  );
}

// The confirmation shown after a restore, wherever the user lands (unlock screen).
import { useTranslation } from 'react-i18next';
import type { RestoreNotice } from './restoreNotice';

export function RestoreNoticeView({ notice }: { notice: RestoreNotice }) {
  const { t } = useTranslation('safety');
  return (
    <div className="notice" role="status">
      <p>{t('restore.done')}</p>
      {notice.keptAs ? <p>{t('restore.keptAs', { name: notice.keptAs })}</p> : null}
      {notice.withRecoveryKey ? <p>{t('restore.afterRecovery')}</p> : null}
    </div>
  );
}

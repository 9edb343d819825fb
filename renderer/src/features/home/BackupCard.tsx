// Home card of data safety: when the last verified backup was made; a warning past a week.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useBackupStatus } from '../safety/safetyQueries';
import { HomeCard } from './HomeCard';

export function BackupCard({ onNavigate }: { onNavigate(route: 'settings'): void }) {
  const { t, i18n } = useTranslation('safety');
  const status = useBackupStatus();
  const last = status.data?.lastVerified;
  return (
    <HomeCard id="backups" title={t('home.title')} route="settings" onNavigate={onNavigate} tone={status.data?.stale ? 'warning' : 'normal'}>
      {!status.data ? (
        <p role="status">{t('ui:common.loading')}</p>
      ) : (
        <>
          {last ? <p>{t('home.last', { date: formatDateTime(last.createdAt, i18n.language) })}</p> : null}
          {status.data.stale ? (
            <p className="notice notice-warning">
              <strong>{last ? t('home.stale') : t('home.none')}</strong>
            </p>
          ) : null}
        </>
      )}
    </HomeCard>
  );
}

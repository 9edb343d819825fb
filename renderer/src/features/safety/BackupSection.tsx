// Paramètres › Sauvegardes: back up now (verified), download a copy, the list of the folder, how many to keep.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../contract/types/app';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { WorkInProgress } from '../../components/WorkInProgress';
import { formatDateTime } from '../../lib/format';
import { BackupList } from './BackupList';
import { downloadBackup } from './files';
import { KeepLastForm } from './KeepLastForm';
import { BACKUP_LIST_KEY, BACKUP_STATUS_KEY, useBackupStatus } from './safetyQueries';
import './safety.css';

export function BackupSection({ session }: { session: SessionInfo }) {
  const { t, i18n } = useTranslation('safety');
  const status = useBackupStatus();
  const last = status.data?.lastVerified;
  // A backup is a full copy of the workspace: other accounts only see that one exists, and when.
  const coordinates = session.roles.includes('coordinator');

  return (
    <section className="card safety-section" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <p>{t('backup.pace')}</p>
      <p className="notice">{t('backup.cryptoLimit')}</p>
      <p className={status.data?.stale ? 'notice notice-warning' : undefined}>
        {last ? t('backup.last', { date: formatDateTime(last.createdAt, i18n.language) }) : t('backup.none')}
      </p>
      {coordinates ? <p className="muted">{t('backup.offsite')}</p> : <p className="muted">{t('backup.coordinationOnly')}</p>}
      {coordinates ? <BackupActions /> : null}
      {status.data ? <KeepLastForm keepLast={status.data.keepLast} editable={coordinates} /> : null}
    </section>
  );
}

/** Back up now, download, the folder's list: for the coordination only (the backend refuses the others). */
function BackupActions() {
  const { t } = useTranslation('safety');
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => request('backup.create', {}),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: BACKUP_STATUS_KEY });
      void queryClient.invalidateQueries({ queryKey: BACKUP_LIST_KEY });
    },
  });
  const download = useMutation({
    mutationFn: (name: string) => request('backup.download', { name }),
    onSuccess: (file) => downloadBackup(file.fileName, file.contentBase64),
  });
  const created = create.data;
  return (
    <div aria-busy={create.isPending || download.isPending}>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => create.mutate()} disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? t('backup.busy') : t('backup.now')}
        </button>
      </div>
      <WorkInProgress active={create.isPending} label={t('backup.progress')} />
      <WorkInProgress active={download.isPending} label={t('backup.downloading')} />
      <ErrorAlert error={create.error ?? download.error} />
      <StatusMessage>
        {created ? t('backup.done', { name: created.name, members: created.counts.members ?? 0, events: created.counts.audit_events ?? 0 }) : null}
      </StatusMessage>
      {created ? (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={() => download.mutate(created.name)} disabled={download.isPending}>
            {t('backup.downloadNow')}
          </button>
        </div>
      ) : null}
      <BackupList onDownload={(name) => download.mutate(name)} downloading={download.isPending} />
    </div>
  );
}

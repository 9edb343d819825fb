// The backups of the workspace's backups/ folder, newest first, each downloadable.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { formatSize } from './files';
import { useBackupList } from './safetyQueries';

export function BackupList({ onDownload, downloading }: { onDownload(name: string): void; downloading: boolean }) {
  const { t, i18n } = useTranslation('safety');
  const list = useBackupList();
  return (
    <>
      <h3>{t('backup.listTitle')}</h3>
      {!list.data ? (
        <p role="status">{t('ui:common.loading')}</p>
      ) : list.data.length === 0 ? (
        <p>{t('backup.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('backup.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup.columns.date')}</th>
                <th scope="col">{t('backup.columns.kind')}</th>
                <th scope="col">{t('backup.columns.size')}</th>
                <th scope="col">{t('backup.columns.verified')}</th>
                <th scope="col">{t('backup.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((b) => {
                const date = formatDateTime(b.createdAt, i18n.language);
                return (
                  <tr key={b.name}>
                    <td>
                      {date}
                      <span className="muted small safety-file-name">{b.name}</span>
                    </td>
                    <td>{t(`backup.kinds.${b.kind}`)}</td>
                    <td>{formatSize(b.sizeBytes, i18n.language)}</td>
                    <td>{b.verified ? t('backup.verifiedYes') : t('backup.verifiedNo')}</td>
                    <td>
                      <button type="button" className="button-secondary button-small" onClick={() => onDownload(b.name)} disabled={downloading} aria-label={t('backup.downloadLabel', { date })}>
                        {t('backup.download')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

// What a checked backup holds, before the user confirms replacing the workspace with it.
import { useTranslation } from 'react-i18next';
import type { RestorePreviewInfo } from '../../../../contract/types/safety';
import { formatDateTime } from '../../lib/format';

const CURRENT_KEYS = { none: 'restore.preview.currentNone', same: 'restore.preview.currentSame', other: 'restore.preview.currentOther' } as const;

const NEEDS_KEYS = {
  nothing: 'restore.preview.needsNothing',
  currentCredentials: 'restore.preview.needsCurrent',
  emptyFolder: 'restore.preview.needsEmptyFolder',
} as const;

export function RestorePreview({ preview }: { preview: RestorePreviewInfo }) {
  const { t, i18n } = useTranslation('safety');
  return (
    <section className="subsection restore-preview" aria-labelledby="restore-preview-title">
      <h3 id="restore-preview-title">{t('restore.preview.title')}</h3>
      <ul className="plain-list">
        <li>{t('restore.preview.group', { group: preview.groupName })}</li>
        <li>{t('restore.preview.date', { date: formatDateTime(preview.createdAt, i18n.language), kind: t(`backup.kinds.${preview.kind}`), version: preview.appVersion })}</li>
        <li>{t('restore.preview.members', { count: preview.counts.members ?? 0, events: preview.counts.audit_events ?? 0 })}</li>
      </ul>
      {preview.needsMigration ? <p>{t('restore.preview.migration')}</p> : null}
      <p className={preview.current === 'other' ? 'notice notice-warning' : 'notice'}>{t(CURRENT_KEYS[preview.current])}</p>
      <p className={preview.replaceNeeds === 'nothing' ? 'notice' : 'notice notice-warning'}>{t(NEEDS_KEYS[preview.replaceNeeds])}</p>
    </section>
  );
}

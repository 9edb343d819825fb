// The finalised versions, newest first: number, date, author, the reason of a correction; each can
// be opened by the people present.
import { useTranslation } from 'react-i18next';
import type { MinutesVersionSummary } from '../../../../contract/types/minutes';
import { formatDateTime } from '../../lib/format';

interface Props {
  versions: MinutesVersionSummary[];
  /** Absent for a reader who may not open them. */
  onOpen?(version: number): void;
  opened?: number | null;
}

export function VersionsList({ versions, onOpen, opened }: Props) {
  const { t, i18n } = useTranslation('minutes');
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  return (
    <ul className="plain-list minutes-versions">
      {newestFirst.map((v) => (
        <li key={v.number}>
          <strong>{t('versions.number', { number: v.number })}</strong> — {t('versions.finalised', { date: formatDateTime(v.finalisedAt, i18n.language), author: v.authorName })}
          {v.reason ? <span className="muted"> — {t('versions.reason', { reason: v.reason })}</span> : null}
          {onOpen ? (
            <button type="button" className="link-button" aria-pressed={opened === v.number} onClick={() => onOpen(v.number)}>
              {t('versions.open', { number: v.number })}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

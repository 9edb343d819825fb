// The state of a session's minutes in words: not written yet, draft, or version n of a date
// (and, for the people present, a correction in progress).
import { useTranslation } from 'react-i18next';
import type { MinutesPublic } from '../../../../contract/types/minutes';
import { formatDate } from '../../lib/format';

export function MinutesStateBadge({ view }: { view: MinutesPublic & { draft?: unknown } }) {
  const { t, i18n } = useTranslation('minutes');
  const latest = view.versions.find((v) => v.number === view.latestVersion);
  const kind = latest ? 'final' : view.state;
  const text = latest
    ? t('state.final', { number: latest.number, date: formatDate(latest.finalisedAt, i18n.language) }) + (view.draft ? t('state.correcting') : '')
    : t(`state.${view.state}`);
  return <span className={`badge minutes-state minutes-state--${kind}`}>{text}</span>;
}

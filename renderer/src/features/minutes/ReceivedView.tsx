// One received PV, opened with this account's key and verified against its author's signature.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { MarkdownView } from '../charter/MarkdownView';
import { longDay } from '../sessions/sessionText';
import { useOpenedReceived } from './minutesQueries';

export function ReceivedView({ id, onClose }: { id: string; onClose(): void }) {
  const { t, i18n } = useTranslation('minutes');
  const headingId = useId();
  const opened = useOpenedReceived(id);
  const m = opened.data;
  return (
    <div className="subsection minutes-opened" aria-labelledby={headingId} role="region">
      <h3 id={headingId}>{m ? t('received.openedTitle', { group: m.groupName, date: longDay(m.sessionDate, i18n.language), number: m.minutesVersion }) : t('received.opening')}</h3>
      <ErrorAlert error={opened.error} />
      {m ? (
        <>
          <p className="status-message">
            <span aria-hidden="true">✓ </span>
            {t('opened.verified', { author: m.authorName, date: formatDateTime(m.finalisedAt, i18n.language) })}
          </p>
          <dl className="details minutes-facts">
            <dt>{t('opened.key')}</dt>
            <dd className="fingerprint">{m.authorKeyFingerprint}</dd>
            {m.correctionReason ? (
              <>
                <dt>{t('opened.reason')}</dt>
                <dd>{m.correctionReason}</dd>
              </>
            ) : null}
          </dl>
          <div className="minutes-document">
            <MarkdownView text={m.text} headingBase={4} />
          </div>
        </>
      ) : null}
      <button type="button" className="button-secondary" onClick={onClose}>
        {t('opened.close')}
      </button>
    </div>
  );
}

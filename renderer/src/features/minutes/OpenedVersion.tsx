// One finalised version as its readers see it: the whole document (generated head and body),
// verified against its signed manifest, with who signed it, its fingerprint and who received it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedMinutes } from '../../../../contract/types/minutes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { MarkdownView } from '../charter/MarkdownView';
import { useOpenedVersion } from './minutesQueries';

export function OpenedVersion({ sessionId, version, onClose }: { sessionId: string; version: number; onClose(): void }) {
  const { t } = useTranslation('minutes');
  const id = useId();
  const opened = useOpenedVersion(sessionId, version);
  return (
    <section className="card minutes-opened" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('opened.title', { number: version })}</h2>
      <ErrorAlert error={opened.error} />
      {opened.data ? <OpenedBody minutes={opened.data} /> : opened.isPending ? <p role="status">{t('ui:common.loading')}</p> : null}
      <button type="button" className="button-secondary" onClick={onClose}>
        {t('opened.close')}
      </button>
    </section>
  );
}

function OpenedBody({ minutes }: { minutes: OpenedMinutes }) {
  const { t, i18n } = useTranslation('minutes');
  return (
    <>
      <p className="status-message">
        <span aria-hidden="true">✓ </span>
        {t('opened.verified', { author: minutes.authorName, date: formatDateTime(minutes.finalisedAt, i18n.language) })}
      </p>
      {minutes.withdrawnCodes.length ? <p className="notice notice-warning">{t('opened.withdrawn', { codes: minutes.withdrawnCodes.join(', ') })}</p> : null}
      <div className="minutes-document">
        <MarkdownView text={minutes.text} headingBase={3} />
      </div>
      <dl className="details minutes-facts">
        {minutes.reason ? (
          <>
            <dt>{t('opened.reason')}</dt>
            <dd>{minutes.reason}</dd>
          </>
        ) : null}
        <dt>{t('opened.key')}</dt>
        <dd className="fingerprint">{minutes.authorKeyFingerprint}</dd>
        <dt>{t('opened.hash')}</dt>
        <dd className="fingerprint minutes-hash">{minutes.contentHash}</dd>
        <dt>{t('opened.recipients', { count: minutes.recipients.length })}</dt>
        <dd>{minutes.recipients.map((r) => r.name).join(', ')}</dd>
        {minutes.excluded.length ? (
          <>
            <dt>{t('opened.excluded', { count: minutes.excluded.length })}</dt>
            <dd>{minutes.excluded.map((x) => `${x.name} (${t(`exclusion.${x.reason}`)})`).join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

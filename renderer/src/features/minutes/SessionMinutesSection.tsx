// On a session's screen: its minutes (PV), their state and the way to them, once the session is held.
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../contract/types/sessions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MinutesStateBadge } from './MinutesStateBadge';
import { useMinutes } from './minutesQueries';

export function SessionMinutesSection({ session, onOpen }: { session: SessionDetail; onOpen(): void }) {
  const { t } = useTranslation('minutes');
  return (
    <section className="card sessions-section" aria-labelledby="session-minutes-heading">
      <h2 id="session-minutes-heading">{t('session.title')}</h2>
      {session.status === 'held' ? <HeldMinutes sessionId={session.id} onOpen={onOpen} /> : <p className="field-hint">{t(session.status === 'cancelled' ? 'session.cancelled' : 'session.notHeld')}</p>}
    </section>
  );
}

function HeldMinutes({ sessionId, onOpen }: { sessionId: string; onOpen(): void }) {
  const { t } = useTranslation('minutes');
  const minutes = useMinutes(sessionId);
  return (
    <>
      <ErrorAlert error={minutes.error} />
      {minutes.data ? (
        <p>
          <MinutesStateBadge view={minutes.data} />
          {minutes.data.access === 'restricted' ? <span className="muted"> — {t('restricted.title')}</span> : null}
        </p>
      ) : null}
      <button type="button" className="button-secondary" onClick={onOpen}>
        {t('session.open')}
      </button>
    </>
  );
}

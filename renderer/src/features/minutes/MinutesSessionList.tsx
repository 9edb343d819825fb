// The held sessions, newest first, each with the state of its minutes.
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../electron/api/types/sessions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HeaderRow } from '../sessions/formBits';
import { longDay, timeRange } from '../sessions/sessionText';
import { useSessions } from '../sessions/sessionsQueries';
import { MinutesStateBadge } from './MinutesStateBadge';
import { useMinutes } from './minutesQueries';

export function MinutesSessionList({ onOpen }: { onOpen(sessionId: string): void }) {
  const { t } = useTranslation('minutes');
  const sessions = useSessions();
  const held = (sessions.data ?? []).filter((s) => s.status === 'held').sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime));
  return (
    <section className="card" aria-labelledby="minutes-sessions">
      <h2 id="minutes-sessions">{t('list.title')}</h2>
      <ErrorAlert error={sessions.error} />
      {sessions.data && held.length === 0 ? <p className="muted">{t('list.empty')}</p> : null}
      {held.length ? (
        <table className="data-table minutes-sessions">
          <caption className="visually-hidden">{t('list.title')}</caption>
          <HeaderRow labels={[t('list.date'), t('list.session'), t('list.state')]} />
          <tbody>
            {held.map((s) => (
              <SessionRow key={s.id} session={s} onOpen={() => onOpen(s.id)} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function SessionRow({ session, onOpen }: { session: SessionSummary; onOpen(): void }) {
  const { t, i18n } = useTranslation('minutes');
  const minutes = useMinutes(session.id);
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link-button" onClick={onOpen}>
          {longDay(session.date, i18n.language)}
          <span className="visually-hidden"> — {t('list.open')}</span>
        </button>
      </th>
      <td>
        {session.title} <span className="muted">({timeRange(session)})</span>
      </td>
      <td>{minutes.data ? <MinutesStateBadge view={minutes.data} /> : minutes.error ? t('list.unknown') : '…'}</td>
    </tr>
  );
}

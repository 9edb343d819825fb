// The held sessions, newest first, each with the state of its minutes.
import { useTranslation } from 'react-i18next';
import type { MinutesPublic } from '../../../../contract/types/minutes';
import type { SessionSummary } from '../../../../contract/types/sessions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HeaderRow } from '../sessions/formBits';
import { longDay, timeRange } from '../sessions/sessionText';
import { useSessions } from '../sessions/sessionsQueries';
import { MinutesStateBadge } from './MinutesStateBadge';
import { useMinutesOverview } from './minutesQueries';

export function MinutesSessionList({ onOpen }: { onOpen(sessionId: string): void }) {
  const { t } = useTranslation('minutes');
  const sessions = useSessions();
  const overview = useMinutesOverview();
  const stateOf = new Map((overview.data ?? []).map((m) => [m.sessionId, m]));
  const held = (sessions.data ?? []).filter((s) => s.status === 'held').sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime));
  return (
    <section className="card" aria-labelledby="minutes-sessions">
      <h2 id="minutes-sessions">{t('list.title')}</h2>
      <ErrorAlert error={sessions.error ?? overview.error} />
      {sessions.data && held.length === 0 ? <p className="muted">{t('list.empty')}</p> : null}
      {held.length ? (
        <table className="data-table minutes-sessions">
          <caption className="visually-hidden">{t('list.title')}</caption>
          <HeaderRow labels={[t('list.date'), t('list.session'), t('list.state')]} />
          <tbody>
            {held.map((s) => (
              <SessionRow key={s.id} session={s} minutes={stateOf.get(s.id)} onOpen={() => onOpen(s.id)} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function SessionRow({ session, minutes, onOpen }: { session: SessionSummary; minutes: MinutesPublic | undefined; onOpen(): void }) {
  const { i18n, t } = useTranslation('minutes');
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
      <td>{minutes ? <MinutesStateBadge view={minutes} /> : '…'}</td>
    </tr>
  );
}

// Home card of the sessions: the next session, its agenda readiness and who is invited.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { longDay, timeRange } from '../sessions/sessionText';
import { useNextSession } from '../sessions/sessionsQueries';
import { HomeCard } from './HomeCard';

export function NextSessionCard({ onNavigate }: { onNavigate(route: 'sessions'): void }) {
  const { t, i18n } = useTranslation('sessions');
  const next = useNextSession();
  const s = next.data?.session;
  const names = s?.participants.filter((p) => p.invited).map((p) => `${p.firstName} ${p.lastName}`) ?? [];
  const warn = s ? s.agenda.items.length === 0 || s.coverage.missingAmongInvited.length > 0 || s.charterWarnings > 0 : false;
  return (
    <HomeCard id="sessions" title={t('home.title')} route="sessions" onNavigate={onNavigate} tone={warn ? 'warning' : 'normal'}>
      {!next.data ? (
        <p role="status">{t('common.loading')}</p>
      ) : !s ? (
        <p>{t('home.none')}</p>
      ) : (
        <>
          <p>
            <strong>{longDay(s.date, i18n.language)}</strong>, {timeRange(s)}
            {s.place ? ` — ${s.place}` : ''}
          </p>
          <p>
            {s.agenda.items.length === 0
              ? t('home.agendaEmpty')
              : t('home.agenda', { count: s.agenda.items.length, minutes: s.agenda.totalMinutes, total: s.agenda.sessionMinutes })}{' '}
            {t(s.agenda.closed ? 'home.agendaClosed' : 'home.agendaCloses', { when: formatDateTime(s.agenda.closesAt, i18n.language) })}
          </p>
          <p>
            {names.length === 0 ? t('home.nobodyInvited') : t('home.invited', { count: names.length })}
            {names.length ? ` ${names.slice(0, 6).join(', ')}${names.length > 6 ? ` ${t('home.andMore', { count: names.length - 6 })}` : ''}` : ''}
          </p>
          {s.coverage.missingAmongInvited.length ? (
            <p>
              <span aria-hidden="true">⚠ </span>
              {t('coverage.missingInvited', { sectors: s.coverage.missingAmongInvited.map((x) => t(`needs.${x}`)).join(', ') })}
            </p>
          ) : null}
          {s.charterWarnings ? (
            <p>
              <span aria-hidden="true">⚠ </span>
              {t('invitations.charterWarning', { count: s.charterWarnings })}
            </p>
          ) : null}
        </>
      )}
    </HomeCard>
  );
}

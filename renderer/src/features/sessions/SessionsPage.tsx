// Séances: the group's sessions as a month or a list, planning one session or a series, one
// session's screen, and the participation figures.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { RuleNotice } from '../../components/RuleNotice';
import { SituationFigures } from '../situations/followup';
import { FiguresView } from './FiguresView';
import { MonthView } from './MonthView';
import { SeriesFormDialog } from './SeriesFormDialog';
import { SessionDetailView } from './SessionDetailView';
import { SessionFormDialog } from './SessionFormDialog';
import { SessionList } from './SessionList';
import { SessionSettingsForm } from './SessionSettingsForm';
import { todayDay } from './sessionText';
import { useRoles, useSessions } from './sessionsQueries';
import './sessions.css';

type View = 'month' | 'list' | 'figures';

/** The working year that contains a day: September to June. */
function schoolYearOf(day: string): { from: string; until: string } {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 8 ? year : year - 1;
  return { from: `${start}-09-01`, until: `${start + 1}-06-30` };
}

/** A new series starts from today (never proposes past dates), until the end of the working year. */
function seriesPeriodFrom(day: string): { from: string; until: string } {
  const year = schoolYearOf(day);
  return { from: day > year.from ? day : year.from, until: year.until };
}

export function SessionsPage({ onOpenMinutes }: { onOpenMinutes(sessionId: string): void }) {
  const { t } = useTranslation('sessions');
  const sessions = useSessions();
  const { canPlan, canRecord } = useRoles();
  const today = todayDay();
  const [view, setView] = useState<View>('month');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [openId, setOpenId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'session' | 'series' | null>(null);
  const [message, setMessage] = useState('');

  if (openId) return <SessionDetailView id={openId} onBack={() => setOpenId(null)} onOpenMinutes={onOpenMinutes} />;
  const views: View[] = canRecord ? ['month', 'list', 'figures'] : ['month', 'list'];

  return (
    <div className="page">
      <h1 id="sessions-title" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      {canPlan ? (
        <div className="button-row">
          <button type="button" className="button-primary" onClick={() => setDialog('series')}>
            {t('actions.newSeries')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setDialog('session')}>
            {t('actions.newSession')}
          </button>
        </div>
      ) : (
        <RuleNotice>{t('rules.planCoordinatorOnly')}</RuleNotice>
      )}
      <StatusMessage>{message}</StatusMessage>
      <nav className="sessions-views" aria-label={t('views.label')}>
        {views.map((v) => (
          <button key={v} type="button" className={view === v ? 'button-primary' : 'button-secondary'} aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`views.${v}`)}
          </button>
        ))}
      </nav>
      {sessions.error ? <ErrorAlert error={sessions.error} /> : null}
      {view === 'month' ? <MonthView month={month} sessions={sessions.data ?? []} onMonth={setMonth} onOpen={setOpenId} /> : null}
      {view === 'list' ? <SessionList sessions={sessions.data ?? []} onOpen={setOpenId} /> : null}
      {view === 'figures' ? (
        <>
          <FiguresView defaultPeriod={schoolYearOf(today)} />
          <SituationFigures />
        </>
      ) : null}
      {canPlan ? <SessionSettingsForm /> : null}
      {dialog === 'session' ? (
        <SessionFormDialog
          initialDate={month === today.slice(0, 7) ? today : `${month}-01`}
          onClose={() => setDialog(null)}
          onCreated={(id) => {
            setDialog(null);
            setOpenId(id);
          }}
        />
      ) : null}
      {dialog === 'series' ? (
        <SeriesFormDialog
          {...seriesPeriodFrom(today)}
          onClose={() => setDialog(null)}
          onCreated={(count) => {
            setDialog(null);
            setMessage(t('series.created', { count }));
            setView('list');
          }}
        />
      ) : null}
    </div>
  );
}

// One session: when and where, its status and history (moved, cancelled), then invitations,
// agenda, sector coverage, attendance and the calendar file with the invitation text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { SessionMinutesSection } from '../minutes/SessionMinutesSection';
import { SessionSituations } from '../situations/followup/SessionSituations';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { CalendarSection } from './CalendarSection';
import { CoverageSection } from './CoverageSection';
import { InvitationsSection } from './InvitationsSection';
import { SessionChangeDialog, type ChangeKind } from './SessionChangeDialogs';
import { longDay, statusText, timeRange } from './sessionText';
import { useRoles, useSession } from './sessionsQueries';

export function SessionDetailView({ id, onBack, onOpenMinutes }: { id: string; onBack(): void; onOpenMinutes(sessionId: string): void }) {
  const { t, i18n } = useTranslation('sessions');
  const session = useSession(id);
  const { canPlan, canRecord } = useRoles();
  const [change, setChange] = useState<ChangeKind | null>(null);
  const [message, setMessage] = useState('');
  const s = session.data;

  return (
    <div className="page sessions-detail">
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('detail.back')}
        </button>
      </p>
      {!s ? (
        session.error ? <ErrorAlert error={session.error} /> : <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <h1 id="sessions-title" tabIndex={-1}>
            {s.title} — {longDay(s.date, i18n.language)}
          </h1>
          <dl className="details sessions-facts">
            <dt>{t('detail.time')}</dt>
            <dd>
              {timeRange(s)} <span className="muted">({t('detail.zone')})</span>
            </dd>
            <dt>{t('detail.place')}</dt>
            <dd>{s.place || t('detail.noPlace')}</dd>
            <dt>{t('detail.status')}</dt>
            <dd>
              <span className={`badge sessions-status sessions-status--${s.status}`}>{statusText(t, s)}</span>
            </dd>
            {s.series ? (
              <>
                <dt>{t('detail.series')}</dt>
                <dd>{s.series.title}</dd>
              </>
            ) : null}
            {s.moveReason ? (
              <>
                <dt>{t('detail.moved')}</dt>
                <dd>{t('detail.movedFrom', { date: longDay(s.originalDate, i18n.language), reason: s.moveReason })}</dd>
              </>
            ) : null}
            {s.cancelReason ? (
              <>
                <dt>{t('detail.cancelReason')}</dt>
                <dd>{s.cancelReason}</dd>
              </>
            ) : null}
            {s.notes ? (
              <>
                <dt>{t('form.notes')}</dt>
                <dd className="sessions-notes">{s.notes}</dd>
              </>
            ) : null}
          </dl>
          {canPlan ? (
            <div className="button-row">
              {s.status !== 'cancelled' ? (
                <button type="button" className="button-secondary" onClick={() => setChange('edit')}>
                  {t('change.edit')}
                </button>
              ) : null}
              {s.status === 'planned' ? (
                <>
                  <button type="button" className="button-secondary" onClick={() => setChange('move')}>
                    {t('change.moveOpen')}
                  </button>
                  <button type="button" className="button-secondary" onClick={() => setChange('cancel')}>
                    {t('change.cancelOpen')}
                  </button>
                </>
              ) : null}
            </div>
          ) : null}
          <StatusMessage>{message}</StatusMessage>
          <div className="sessions-sections">
            <InvitationsSection session={s} canPlan={canPlan} />
            <AgendaSection session={s} canPlan={canPlan} />
            <SessionSituations session={s} canPlan={canPlan} />
            <CoverageSection coverage={s.coverage} />
            <AttendanceSection session={s} canRecord={canRecord} />
            <SessionMinutesSection session={s} onOpen={() => onOpenMinutes(s.id)} />
            <CalendarSection session={s} canPlan={canPlan} />
          </div>
          {change ? (
            <SessionChangeDialog
              kind={change}
              session={s}
              onClose={(done) => {
                setChange(null);
                if (done) setMessage(done);
              }}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

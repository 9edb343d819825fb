// Calendar file (.ics) of the session or its whole series, and the French invitation text
// ready to copy into an e-mail beside it.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../contract/types/sessions';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { StatusMessage } from '../../components/ErrorAlert';
import { downloadText } from '../roster/csvFiles';
import { InvitationEmailDialog } from './InvitationEmailDialog';

export function CalendarSection({ session, canPlan }: { session: SessionDetail; canPlan: boolean }) {
  const { t } = useTranslation('sessions');
  const [message, setMessage] = useState('');
  const [emailOpen, setEmailOpen] = useState(false);
  const text = useQuery({
    queryKey: ['sessions.invitationText', session.id, session.sequence, session.status],
    queryFn: () => request('sessions.invitationText', { id: session.id }),
    enabled: canPlan,
  });

  const download = async (which: 'session' | 'series') => {
    setMessage('');
    try {
      const file = which === 'session' ? await request('sessions.exportIcs', { id: session.id }) : await request('sessions.exportSeriesIcs', { id: session.seriesId! });
      downloadText(file.fileName, file.content, 'text/calendar;charset=utf-8');
      setMessage(t('calendar.downloaded', { fileName: file.fileName }));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  };
  const copy = async () => {
    if (!text.data) return;
    try {
      await navigator.clipboard.writeText(`${text.data.subject}\n\n${text.data.body}`);
      setMessage(t('calendar.copied'));
    } catch {
      setMessage(t('calendar.copyFailed'));
    }
  };

  return (
    <section className="card sessions-section" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendar.title')}</h2>
      <p className="field-hint">{t('calendar.hint')}</p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => void download('session')}>
          {t('calendar.downloadSession')}
        </button>
        {session.seriesId ? (
          <button type="button" className="button-secondary" onClick={() => void download('series')}>
            {t('calendar.downloadSeries')}
          </button>
        ) : null}
        {canPlan ? (
          <button type="button" className="button-primary" onClick={() => setEmailOpen(true)}>
            {t('email.open')}
          </button>
        ) : null}
      </div>
      {emailOpen ? <InvitationEmailDialog session={session} onClose={() => setEmailOpen(false)} /> : null}
      {canPlan && text.data ? (
        <div className="sessions-invitation">
          <label htmlFor="invitation-subject">{t('calendar.subject')}</label>
          <input id="invitation-subject" readOnly value={text.data.subject} />
          <label htmlFor="invitation-body">{t('calendar.body')}</label>
          <textarea id="invitation-body" readOnly rows={16} value={text.data.body} />
          <button type="button" className="button-secondary" onClick={() => void copy()}>
            {t('calendar.copy')}
          </button>
        </div>
      ) : null}
      <StatusMessage>{message}</StatusMessage>
    </section>
  );
}

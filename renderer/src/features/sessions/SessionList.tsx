// Sessions as a list: upcoming, past or all, with status, invitees and agenda size.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../contract/types/sessions';
import { HeaderRow } from './formBits';
import { longDay, statusText, timeRange, todayDay } from './sessionText';

type Filter = 'upcoming' | 'past' | 'all';

export function SessionList({ sessions, onOpen }: { sessions: SessionSummary[]; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation('sessions');
  const [filter, setFilter] = useState<Filter>('upcoming');
  const today = todayDay();
  const shown = sessions.filter((s) => filter === 'all' || (filter === 'upcoming' ? s.date >= today : s.date < today));
  if (filter === 'past') shown.reverse();
  return (
    <div>
      <fieldset className="plain-fieldset radio-group sessions-filter">
        <legend>{t('list.show')}</legend>
        {(['upcoming', 'past', 'all'] as const).map((f) => (
          <label key={f} className="radio-inline">
            <input type="radio" name="sessions-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} /> {t(`list.${f}`)}
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <table className="data-table sessions-table">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <HeaderRow labels={[t('list.date'), t('list.time'), t('list.titleCol'), t('list.place'), t('list.status'), t('list.invited'), t('list.agenda')]} />
          <tbody>
            {shown.map((s) => (
              <tr key={s.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(s.id)}>
                    {longDay(s.date, i18n.language)}
                  </button>
                </td>
                <td>{timeRange(s)}</td>
                <td>{s.title}</td>
                <td>{s.place || '—'}</td>
                <td>
                  <span className={`badge sessions-status sessions-status--${s.status}`}>{statusText(t, s)}</span>
                </td>
                <td>{s.status === 'held' ? t('list.presentOf', { present: s.presentCount, invited: s.invitedCount }) : s.invitedCount}</td>
                <td>{s.agendaItemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

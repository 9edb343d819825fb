// The month as a calendar grid (weeks from Monday); each session is a button that opens it.
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../contract/types/sessions';
import { WEEKDAYS } from '../../../../contract/schemas/sessions';
import { addDays, addMonths, monthTitle, statusText, timeRange, todayDay } from './sessionText';

interface Props {
  month: string;
  sessions: SessionSummary[];
  onMonth(month: string): void;
  onOpen(id: string): void;
}

/** The days shown for a month: whole weeks, Monday first. */
function weeksOf(month: string): string[][] {
  const first = `${month}-01`;
  const weekday = (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7;
  let day = addDays(first, -weekday);
  const weeks: string[][] = [];
  while (weeks.length < 6 && (weeks.length === 0 || day.slice(0, 7) <= month)) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(day, i));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}

export function MonthView({ month, sessions, onMonth, onOpen }: Props) {
  const { t, i18n } = useTranslation('sessions');
  const today = todayDay();
  const byDay = new Map<string, SessionSummary[]>();
  for (const s of sessions) byDay.set(s.date, [...(byDay.get(s.date) ?? []), s]);
  return (
    <div className="sessions-month">
      <div className="sessions-month-nav">
        <button type="button" className="button-secondary" onClick={() => onMonth(addMonths(month, -1))}>
          <span aria-hidden="true">← </span>
          {t('month.previous')}
        </button>
        <h2 id="sessions-month-title" aria-live="polite">
          {monthTitle(month, i18n.language)}
        </h2>
        <button type="button" className="button-secondary" onClick={() => onMonth(addMonths(month, 1))}>
          {t('month.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" className="link-button" onClick={() => onMonth(today.slice(0, 7))}>
          {t('month.today')}
        </button>
      </div>
      <table className="sessions-calendar" aria-labelledby="sessions-month-title">
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                <abbr title={t(`weekdays.${d}`)}>{t(`weekdaysShort.${d}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => (
                <td key={day} className={`${day.slice(0, 7) === month ? '' : 'sessions-outside'}${day === today ? ' sessions-today' : ''}`} aria-current={day === today ? 'date' : undefined}>
                  <span className="sessions-daynum">{Number(day.slice(8))}</span>
                  {(byDay.get(day) ?? []).map((s) => (
                    <button key={s.id} type="button" className={`sessions-chip sessions-chip--${s.status}`} onClick={() => onOpen(s.id)}>
                      <span>{timeRange(s)}</span> <span className="sessions-chip-title">{s.title}</span> <span className="sessions-chip-status">({statusText(t, s)})</span>
                    </button>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

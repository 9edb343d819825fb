// Home card: the logged-in member's actions past their due date (decided after a situation's
// presentation). The text shows only where the member may see the situation's content.
import { useTranslation } from 'react-i18next';
import { shortDay } from '../sessions/sessionText';
import { useOverdueActions } from '../situations/followup/queries';
import { HomeCard } from './HomeCard';

export function OverdueActionsCard({ onNavigate }: { onNavigate(route: 'sessions'): void }) {
  const { t, i18n } = useTranslation('situationFollowUp');
  const overdue = useOverdueActions();
  const list = overdue.data ?? [];
  return (
    <HomeCard id="overdue-actions" title={t('home.title')} route="sessions" onNavigate={onNavigate} tone={list.length ? 'warning' : 'normal'}>
      {!overdue.data ? (
        <p role="status">{t('loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('home.none')}</p>
      ) : (
        <>
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('home.count', { count: list.length })}
          </p>
          <ul>
            {list.map((a) => (
              <li key={a.id}>
                <strong>{a.situationCode}</strong> — {a.what ?? t('home.hidden')} — {t('home.due', { date: shortDay(a.dueOn, i18n.language), count: a.daysOverdue })}
              </li>
            ))}
          </ul>
        </>
      )}
    </HomeCard>
  );
}

// Home card of the roster: how many members are active, and how many left.
import { useTranslation } from 'react-i18next';
import { useMembers } from '../roster/rosterQueries';
import { HomeCard } from './HomeCard';

export function RosterCard({ onNavigate }: { onNavigate(route: 'members'): void }) {
  const { t } = useTranslation();
  const members = useMembers();
  const active = members.data?.filter((m) => m.active).length ?? 0;
  const inactive = (members.data?.length ?? 0) - active;
  return (
    <HomeCard id="roster" title={t('home.roster.title')} route="members" onNavigate={onNavigate}>
      {members.data ? (
        <p>
          {t('home.roster.active', { count: active })}
          {inactive > 0 ? ` ${t('home.roster.inactive', { count: inactive })}` : ''}
        </p>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </HomeCard>
  );
}

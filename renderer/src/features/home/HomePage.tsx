// Accueil: what needs attention today. Each feature contributes one card (charter review,
// next session, last backup…); the cards read their own channels.
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../contract/types/app';
import type { RouteId } from '../../app/routes';
import { CharterCard } from './CharterCard';
import { NextSessionCard } from './NextSessionCard';
import { BackupCard } from './BackupCard';
import { RosterCard } from './RosterCard';
import { OverdueActionsCard } from './OverdueActionsCard';
import './home.css';

interface Props {
  session: SessionInfo;
  onNavigate(route: RouteId): void;
}

export function HomePage({ session, onNavigate }: Props) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.welcome', { name: session.displayName, group: session.groupName })}</p>
      <div className="home-cards">
        <NextSessionCard onNavigate={onNavigate} />
        <OverdueActionsCard onNavigate={onNavigate} />
        <RosterCard onNavigate={onNavigate} />
        <CharterCard onNavigate={onNavigate} />
        <BackupCard onNavigate={onNavigate} />
      </div>
    </div>
  );
}

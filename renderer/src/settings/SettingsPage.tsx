// Paramètres: the account's own settings, and for coordinators the workspace's and the accounts.
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../contract/types/app';
import { GroupFolderSection } from '../features/group/GroupFolderSection';
import { BackupSection } from '../features/safety/BackupSection';
import { IntegritySection } from '../features/safety/IntegritySection';
import { RestoreSection } from '../features/safety/RestoreSection';
import { AccountsSection } from './AccountsSection';
import { AutoLockSection } from './AutoLockSection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { IdentitySection } from './IdentitySection';
import { LanguageSection } from './LanguageSection';

export function SettingsPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const isCoordinator = session.roles.includes('coordinator');
  return (
    <div className="page settings-page">
      <h1>{t('settings.title')}</h1>
      <IdentitySection session={session} />
      <LanguageSection session={session} />
      <ChangePassphraseSection username={session.username} />
      <AutoLockSection session={session} editable={isCoordinator} />
      {isCoordinator ? <AccountsSection session={session} /> : null}
      <GroupFolderSection session={session} />
      <BackupSection session={session} />
      {isCoordinator ? <IntegritySection /> : null}
      {isCoordinator ? <RestoreSection id="settings-restore" variant="settings" /> : null}
    </div>
  );
}

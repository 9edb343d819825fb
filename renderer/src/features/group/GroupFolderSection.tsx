// Paramètres › Dossier du groupe: the group across its members' own computers, through a shared
// folder that a sync engine keeps in step (issue 17).
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../contract/types/app';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AdmitPanel } from './AdmitPanel';
import { ChangeFolderForm } from './ChangeFolderForm';
import { PublishCharterButton } from './GroupCharter';
import { useGroupStatus } from './groupQueries';
import { GroupState } from './GroupState';
import { FoundForm, JoinForm, OwnCard } from './LinkForms';
import { SetupHelp } from './SetupHelp';

export function GroupFolderSection({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('group');
  const status = useGroupStatus();
  const coordinates = session.roles.includes('coordinator');
  const data = status.data;
  // Admitting is the group's coordination's: a member may coordinate their own workspace without coordinating the group.
  const coordinatesGroup = Boolean(data?.computers.some((c) => c.isMe && c.roles.includes('coordinator')));
  return (
    <section className="card" aria-labelledby="settings-group-folder" id="settings-group-folder-section">
      <h2 id="settings-group-folder">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p className="muted">{t('optional')}</p>
      <SetupHelp />
      {status.isError ? <ErrorAlert error={status.error} /> : null}
      {data && !data.linked ? (
        coordinates ? (
          <>
            <FoundForm />
            <JoinForm />
          </>
        ) : (
          <p className="notice">{t('coordinationOnly')}</p>
        )
      ) : null}
      {data?.linked ? <GroupState status={data} /> : null}
      {data?.linked && coordinates && coordinatesGroup ? <AdmitPanel status={data} /> : null}
      {data?.linked && coordinates && coordinatesGroup ? <PublishCharterButton /> : null}
      {data && !data.me.admitted && !data.me.isFounder ? <OwnCard fingerprint={data.me.keyFingerprint} /> : null}
      {data?.linked && coordinates ? <ChangeFolderForm /> : null}
    </section>
  );
}

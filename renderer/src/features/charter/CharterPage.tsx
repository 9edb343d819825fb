// Charte: the version in force and one's own signature; for the coordination, the draft,
// the register of signatures and the files exchanged with other computers; the history.
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../contract/types/app';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMembers } from '../roster/rosterQueries';
import { useCharterOverview, useIsCoordinator } from './charterQueries';
import { CurrentVersion } from './CurrentVersion';
import { DraftEditor } from './DraftEditor';
import { FileExchange } from './FileExchange';
import { RemoteSigning } from './RemoteSigning';
import { SignatureRegister } from './SignatureRegister';
import { VersionHistory } from './VersionHistory';
import { GroupCharter } from '../group/GroupCharter';
import './charter.css';

export function CharterPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('charter');
  const overview = useCharterOverview();
  const coordinator = useIsCoordinator();
  const members = useMembers();
  const defaultStatus = members.data?.find((m) => m.id === session.memberId)?.secrecyStatus ?? 'professional_secret';

  return (
    <div className="page charter-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ErrorAlert error={overview.error} />
      {overview.isPending ? <p role="status">{t('ui:common.loading')}</p> : null}
      {overview.data ? (
        <>
          <GroupCharter defaultStatus={defaultStatus} />
          <CurrentVersion overview={overview.data} defaultStatus={defaultStatus} coordinator={coordinator} />
          {coordinator ? <DraftEditor overview={overview.data} /> : null}
          {coordinator ? <SignatureRegister overview={overview.data} /> : null}
          {coordinator ? <FileExchange /> : null}
          <VersionHistory versions={overview.data.versions.filter((v) => v.status !== 'draft')} />
          <RemoteSigning defaultStatus={defaultStatus} />
        </>
      ) : null}
    </div>
  );
}

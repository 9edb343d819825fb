// Before the workspace is linked to a group: found it (the coordination) or join it from the
// folder after comparing the founder's fingerprint aloud; and one's own contact card to hand over.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupInFolder, GroupStatus } from '../../../../contract/types/group';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { errorText } from '../../api/errors';
import { downloadText } from '../roster/csvFiles';
import { FolderField } from './FolderField';
import { GROUP_STATUS_KEY } from './groupQueries';

function useSetStatus() {
  const queryClient = useQueryClient();
  return (status: GroupStatus) => queryClient.setQueryData(GROUP_STATUS_KEY, status);
}

export function FoundForm() {
  const { t } = useTranslation('group');
  const id = useId();
  const [folder, setFolder] = useState('');
  const setStatus = useSetStatus();
  const found = useMutation({ mutationFn: () => request('group.found', { folder }), onSuccess: setStatus });
  return (
    <form
      className="subsection"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        found.mutate();
      }}
    >
      <h3 id={`${id}-h`}>{t('found.heading')}</h3>
      <p className="field-hint">{t('found.intro')}</p>
      <FolderField id={`${id}-folder`} value={folder} onChange={setFolder} />
      <ErrorAlert error={found.error} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={found.isPending}>
          {found.isPending ? t('found.busy') : t('found.submit')}
        </button>
      </div>
    </form>
  );
}

export function JoinForm() {
  const { t } = useTranslation('group');
  const id = useId();
  const [folder, setFolder] = useState('');
  const setStatus = useSetStatus();
  const search = useMutation({ mutationFn: () => request('group.findInFolder', { folder }) });
  const join = useMutation({ mutationFn: (g: GroupInFolder) => request('group.join', { folder, groupId: g.groupId, founderKeyId: g.founderKeyId }), onSuccess: setStatus });
  return (
    <div className="subsection" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('join.heading')}</h3>
      <p className="field-hint">{t('join.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          join.reset();
          search.mutate();
        }}
      >
        <FolderField id={`${id}-folder`} value={folder} onChange={setFolder} />
        <ErrorAlert error={search.error} />
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={search.isPending}>
            {search.isPending ? t('join.searching') : t('join.search')}
          </button>
        </div>
      </form>
      {search.data && search.data.length === 0 ? <p className="notice">{t('join.none')}</p> : null}
      {(search.data ?? []).map((g) => (
        <div key={`${g.groupId}-${g.founderKeyId}`} className="group-candidate">
          <p>
            {t('join.candidate', { count: g.computers })} <strong className="fingerprint">{g.founderFingerprint}</strong>
          </p>
          <p className="notice">{t('join.compare')}</p>
          <div className="form-actions">
            <button type="button" className="button-primary" disabled={join.isPending} onClick={() => join.mutate(g)}>
              {join.isPending ? t('join.busy') : t('join.submit')}
            </button>
          </div>
        </div>
      ))}
      <ErrorAlert error={join.error} />
    </div>
  );
}

/** The member's side of admission: their fingerprint, and their contact card saved as a file for the coordination. */
export function OwnCard({ fingerprint }: { fingerprint: string }) {
  const { t } = useTranslation('group');
  const id = useId();
  const [message, setMessage] = useState('');
  const exportCard = async () => {
    setMessage('');
    try {
      const card = await request('contacts.exportCard', {});
      downloadText(card.fileName, card.content, 'application/json');
      setMessage(t('card.exported', { fileName: card.fileName }));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  };
  return (
    <div className="subsection" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('card.heading')}</h3>
      <p className="field-hint">{t('card.intro')}</p>
      <p>
        {t('card.fingerprint')} : <code className="fingerprint" data-testid="group-own-fingerprint">{fingerprint}</code>
      </p>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => void exportCard()}>
          {t('card.export')}
        </button>
      </div>
      <StatusMessage>{message}</StatusMessage>
    </div>
  );
}

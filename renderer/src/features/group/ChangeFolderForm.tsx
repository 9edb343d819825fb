// Another folder for the same group: the workspace holds every change and writes them there.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { FolderField } from './FolderField';
import { GROUP_STATUS_KEY } from './groupQueries';

export function ChangeFolderForm() {
  const { t } = useTranslation('group');
  const id = useId();
  const queryClient = useQueryClient();
  const [folder, setFolder] = useState('');
  const change = useMutation({ mutationFn: () => request('group.setFolder', { folder }), onSuccess: (s) => queryClient.setQueryData(GROUP_STATUS_KEY, s) });
  return (
    <details className="subsection">
      <summary>{t('change.heading')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate();
        }}
      >
        <p className="field-hint">{t('change.intro')}</p>
        <FolderField id={`${id}-folder`} value={folder} onChange={setFolder} />
        <ErrorAlert error={change.error} />
        <StatusMessage>{change.isSuccess ? t('change.done') : null}</StatusMessage>
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={change.isPending}>
            {t('change.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}

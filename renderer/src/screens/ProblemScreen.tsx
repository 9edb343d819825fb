// The workspace exists but cannot be opened (key file missing or damaged, newer version…): say so,
// and offer to restore a backup (no reinstall needed).
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../contract/types/app';
import { PublicLayout } from '../app/PublicLayout';
import { errorText } from '../api/errors';
import { STATUS_KEY } from '../api/queries';
import { RestoreForm } from '../features/safety/RestoreForm';
import { setRestoreNotice } from '../features/safety/restoreNotice';

export function ProblemScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problem = status.problem ?? { code: 'INTERNAL' as const, message: '' };
  return (
    <PublicLayout mode={status.mode}>
      <h1>{t('problem.title')}</h1>
      <div role="alert" className="alert alert-error">
        <p>{errorText(t, problem)}</p>
      </div>
      <p>{t('problem.location', { location: status.workspaceLocation })}</p>
      <p>{t('problem.advice')}</p>
      <p className="muted small">{t('problem.code', { code: problem.code, version: status.version })}</p>
      <section aria-labelledby="problem-restore">
        <h2 id="problem-restore">{t('safety:restore.title')}</h2>
        <p>{t('safety:restore.intro')}</p>
        <RestoreForm
          idPrefix="problem-restore"
          onRestored={(done, withRecoveryKey) => {
            setRestoreNotice({ keptAs: done.keptCurrentAs, withRecoveryKey });
            void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
          }}
        />
      </section>
    </PublicLayout>
  );
}

// The workspace exists but cannot be opened (key file missing or damaged, newer version…): say so, offer no form.
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../electron/api/types';
import { PublicLayout } from '../app/PublicLayout';
import { errorText } from '../api/errors';

export function ProblemScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
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
    </PublicLayout>
  );
}

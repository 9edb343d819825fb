// "Vérifier toutes les signatures": every signature re-checked against the stored text and the
// signer's public key; failures listed by member.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';

export function VerifyAll() {
  const { t, i18n } = useTranslation('charter');
  const verify = useMutation({ mutationFn: () => request('charter.verifyAll', {}) });
  const result = verify.data;
  return (
    <div className="charter-verify">
      <button type="button" className="button-secondary" disabled={verify.isPending} onClick={() => verify.mutate()}>
        {verify.isPending ? t('verify.running') : t('verify.button')}
      </button>
      <ErrorAlert error={verify.error} />
      <div role="status" aria-live="polite">
        {result?.ok ? (
          <p className="charter-verify-ok">
            <span aria-hidden="true">✓ </span>
            {t('verify.ok', { count: result.checked, date: formatDateTime(result.checkedAt, i18n.language) })}
          </p>
        ) : null}
        {result && !result.ok ? (
          <div className="alert alert-error">
            <p>
              <span aria-hidden="true">✕ </span>
              {t('verify.failed', { count: result.failures.length })}
            </p>
            <ul data-testid="charter-verify-failures">
              {result.failures.map((f) => (
                <li key={f.signatureId}>
                  <strong>{f.memberName}</strong> (v{f.versionNumber}) : {t(`verify.reason.${f.reason}`, { version: f.versionNumber })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}

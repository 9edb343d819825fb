// Paramètres › Vérifier l'intégrité: one report, one line per check, passed/failed in words.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WorkInProgress } from '../../components/WorkInProgress';
import { formatDateTime } from '../../lib/format';

export function IntegritySection() {
  const { t, i18n } = useTranslation('safety');
  const check = useMutation({ mutationFn: () => request('integrity.check', {}) });
  const report = check.data;
  return (
    <section className="card safety-section" aria-labelledby="settings-integrity" aria-busy={check.isPending}>
      <h2 id="settings-integrity">{t('integrity.title')}</h2>
      <p>{t('integrity.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => check.mutate()} disabled={check.isPending} aria-busy={check.isPending}>
          {check.isPending ? t('integrity.busy') : t('integrity.run')}
        </button>
      </div>
      <WorkInProgress active={check.isPending} label={t('integrity.progress')} />
      <ErrorAlert error={check.error} />
      <div role="status">
        {report ? (
          <>
            <p className={report.ok ? 'notice notice-ok' : 'alert alert-error'}>
              {t(report.ok ? 'integrity.ok' : 'integrity.failed', { date: formatDateTime(report.at, i18n.language) })}
            </p>
            <h3>{t('integrity.reportTitle')}</h3>
            <ul className="integrity-report">
              {report.checks.map((c) => (
                <li key={c.id} className={c.ok ? 'check-ok' : 'check-failed'}>
                  <span aria-hidden="true">{c.ok ? '✓ ' : '✗ '}</span>
                  <strong>{c.ok ? t('integrity.passed') : t('integrity.failedCheck')}</strong> — {t(`integrity.checks.${c.id}`, { defaultValue: c.id })}
                  {c.checked !== undefined ? ` (${t('integrity.checked', { count: c.checked })})` : ''}
                  {c.problems.length > 0 ? (
                    <ul>
                      {c.problems.map((p) => (
                        <li key={p}>
                          <code>{p}</code>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}

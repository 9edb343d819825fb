// The status bar of the five conditions: each one met or missing, in words (never colour alone),
// and one sentence naming what is still missing before the situation can be marked ready.
import { useTranslation } from 'react-i18next';
import type { SituationConditions } from '../../../../contract/types/situations';

export function ConditionsBar({ conditions }: { conditions: SituationConditions }) {
  const { t } = useTranslation('situations');
  const items = [
    { key: 'c1', met: conditions.presenterSecret, extra: '' },
    { key: 'c2', met: conditions.presenterCharter, extra: '' },
    { key: 'c3', met: conditions.informed, extra: '' },
    { key: 'c4', met: conditions.consent, extra: '' },
    { key: 'c5', met: conditions.unresolvedFindings === 0, extra: conditions.unresolvedFindings > 0 ? t('conditions.findings', { count: conditions.unresolvedFindings }) : '' },
  ];
  const missing = items.filter((i) => !i.met).map((i) => t(`conditions.${i.key}`).replace(/^\d\.\s*/, '').toLocaleLowerCase('fr'));
  return (
    <section className="card situation-conditions" aria-labelledby="situation-conditions-title">
      <h2 id="situation-conditions-title">{t('conditions.title')}</h2>
      <ul className="situation-condition-list">
        {items.map((item) => (
          <li key={item.key} className={item.met ? 'condition-met' : 'condition-missing'}>
            <span aria-hidden="true" className="condition-icon">
              {item.met ? '✓' : '✗'}
            </span>{' '}
            {t(`conditions.${item.key}`)} : <strong>{t(item.met ? 'conditions.met' : 'conditions.missing')}</strong>
            {item.extra ? ` (${item.extra})` : null}
          </li>
        ))}
      </ul>
      <p className={missing.length ? 'situation-missing' : 'status-message'}>{missing.length ? t('conditions.missingSummary', { list: missing.join(', ') }) : t('conditions.allMet')}</p>
      <p className="field-hint">{t('conditions.privateNote')}</p>
    </section>
  );
}

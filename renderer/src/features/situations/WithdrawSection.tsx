// Recording the family's withdrawal of consent, after an explicit confirmation.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationDetail } from '../../../../electron/api/types/situations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSituationChange } from './situationsQueries';

export function WithdrawSection({ situation, onDone }: { situation: SituationDetail; onDone(message: string): void }) {
  const { t } = useTranslation('situations');
  const id = useId();
  const [confirmed, setConfirmed] = useState(false);
  const withdraw = useSituationChange('situations.withdrawConsent');
  return (
    <details className="card situation-withdraw">
      <summary>{t('withdraw.title')}</summary>
      <p>{t('withdraw.intro')}</p>
      <label className="checkbox-field" htmlFor={`${id}-confirm`}>
        <input id={`${id}-confirm`} type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <span>{t('withdraw.confirm')}</span>
      </label>
      <ErrorAlert error={withdraw.error} />
      <button
        type="button"
        className="button-secondary"
        disabled={!confirmed || withdraw.isPending}
        onClick={() => withdraw.mutate({ id: situation.id, confirm: true }, { onSuccess: () => onDone(t('withdraw.done')) })}
      >
        {t('actions.withdraw')}
      </button>
    </details>
  );
}

// Recording the family's withdrawal of consent, after an explicit confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationDetail } from '../../../../contract/types/situations';
import { ConfirmBox } from './ConfirmBox';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSituationChange } from './situationsQueries';

export function WithdrawSection({ situation, onDone }: { situation: SituationDetail; onDone(message: string): void }) {
  const { t } = useTranslation('situations');
  const [confirmed, setConfirmed] = useState(false);
  const withdraw = useSituationChange('situations.withdrawConsent');
  return (
    <details className="card situation-withdraw">
      <summary>{t('withdraw.title')}</summary>
      <p>{t('withdraw.intro')}</p>
      <ConfirmBox label={t('withdraw.confirm')} checked={confirmed} onChange={setConfirmed} />
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

// The coordinator's purge: the closed situations past their retention, removed after a confirmation.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from './ConfirmBox';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format';
import { usePurgeDue, useSituationChange } from './situationsQueries';

export function PurgePanel() {
  const { t, i18n } = useTranslation('situations');
  const id = useId();
  const due = usePurgeDue(true);
  const purge = useSituationChange('situations.purge');
  const [confirmed, setConfirmed] = useState(false);
  const [message, setMessage] = useState('');
  const items = due.data ?? [];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('purge.title')}</h2>
      <StatusMessage>{message}</StatusMessage>
      {items.length === 0 ? (
        <p className="muted">{t('purge.none')}</p>
      ) : (
        <>
          <p>{t('purge.intro')}</p>
          <ul>
            {items.map((item) => (
              <li key={item.id}>{t('purge.item', { code: item.code, date: formatDate(`${item.purgeAfter}T12:00:00Z`, i18n.language) })}</li>
            ))}
          </ul>
          <ConfirmBox label={t('purge.confirm')} checked={confirmed} onChange={setConfirmed} />
          <ErrorAlert error={purge.error} />
          <button
            type="button"
            className="button-secondary"
            disabled={!confirmed || purge.isPending}
            onClick={() =>
              purge.mutate(
                { ids: items.map((i) => i.id), confirm: true },
                {
                  onSuccess: (result) => {
                    setConfirmed(false);
                    setMessage(t('purge.done', { count: result.purged.length }));
                  },
                },
              )
            }
          >
            {t('purge.run')}
          </button>
        </>
      )}
    </section>
  );
}

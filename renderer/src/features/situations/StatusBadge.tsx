// A situation's status in words, with the withdrawal or purge said in words too (never colour alone).
import { useTranslation } from 'react-i18next';
import type { SituationPublic } from '../../../../contract/types/situations';

export function StatusBadge({ item }: { item: Pick<SituationPublic, 'status' | 'withdrawn' | 'purged'> }) {
  const { t } = useTranslation('situations');
  return (
    <span className="situation-badges">
      <span className={`badge situation-status situation-status--${item.status}`}>{t(`status.${item.status}`)}</span>
      {item.withdrawn ? <span className="badge badge-soon">{t('flags.withdrawn')}</span> : null}
      {item.purged ? <span className="badge badge-soon">{t('flags.purged')}</span> : null}
    </span>
  );
}

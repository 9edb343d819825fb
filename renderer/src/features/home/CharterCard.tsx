// Home card of the charter: the version in force, a reminder once its review date has passed,
// and how many members hold a valid signature.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useCharterOverview } from '../charter/charterQueries';
import { HomeCard } from './HomeCard';

export function CharterCard({ onNavigate }: { onNavigate(route: 'charter'): void }) {
  const { t, i18n } = useTranslation('charter');
  const overview = useCharterOverview();
  const data = overview.data;
  const inForce = data?.inForce ?? null;
  const warn = data ? !inForce || data.reviewOverdue || data.mine.status !== 'valid' : false;
  return (
    <HomeCard id="charter" title={t('home.title')} route="charter" onNavigate={onNavigate} tone={warn ? 'warning' : 'normal'}>
      {!data ? <p role="status">{t('ui:common.loading')}</p> : null}
      {data && !inForce ? <p>{t('home.none')}</p> : null}
      {data && inForce ? (
        <>
          <p>
            {t('home.inForce', { number: inForce.number, fingerprint: inForce.fingerprint })}{' '}
            {inForce.reviewDue && !data.reviewOverdue ? t('home.reviewOn', { date: formatDate(inForce.reviewDue, i18n.language) }) : null}
          </p>
          {data.reviewOverdue && inForce.reviewDue ? (
            <p>
              <strong>
                <span aria-hidden="true">⚠ </span>
                {t('home.overdue', { date: formatDate(inForce.reviewDue, i18n.language) })}
              </strong>
            </p>
          ) : null}
          <p>{t('register.counts', data.counts)}</p>
          <p>{t('home.mine', { status: t(`status.${data.mine.status}`) })}</p>
        </>
      ) : null}
    </HomeCard>
  );
}

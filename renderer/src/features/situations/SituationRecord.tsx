// The situation's record, read-only: what the group will see of it.
import { useTranslation } from 'react-i18next';
import type { SituationDetail } from '../../../../contract/types/situations';
import { formatDate } from '../../lib/format';

export function SituationRecord({ situation }: { situation: SituationDetail }) {
  const { t, i18n } = useTranslation('situations');
  const none = t('detail.none');
  return (
    <section className="card" aria-labelledby="situation-record-title">
      <h2 id="situation-record-title">{t('detail.record')}</h2>
      <dl className="details">
        <dt>{t('detail.presenter')}</dt>
        <dd>{situation.presenterName}</dd>
        <dt>{t('detail.ageBand')}</dt>
        <dd>{t('ageBand', { band: situation.ageBand.replace('-', '–') })}</dd>
        <dt>{t('detail.gender')}</dt>
        <dd>{t(`gender.${situation.gender}`)}</dd>
        <dt>{t('detail.sectors')}</dt>
        <dd>{situation.needSectors.map((s) => t(`reference:sectors.${s}`)).join(', ')}</dd>
        <dt>{t('detail.severity')}</dt>
        <dd>{t(`severity.${situation.severity}`)}</dd>
        <dt>{t('detail.services')}</dt>
        <dd>{situation.servicesInvolved.length ? situation.servicesInvolved.map((s) => t(`reference:serviceTypes.${s}`)).join(', ') : none}</dd>
      </dl>
      <h3>{t('detail.question')}</h3>
      <p className="situation-text">{situation.question || none}</p>
      <h3>{t('detail.summary')}</h3>
      <p className="situation-text">{situation.summary || none}</p>
      {situation.consentWithdrawnAt ? <p className="notice notice-warning">{t('detail.withdrawnOn', { date: formatDate(situation.consentWithdrawnAt, i18n.language) })}</p> : null}
      {situation.purgeAfter ? <p className="muted">{t('detail.purgeAfter', { date: formatDate(`${situation.purgeAfter}T12:00:00Z`, i18n.language) })}</p> : null}
    </section>
  );
}

// The notice for the family (condition 3), laid out for printing: plain French, what will be
// shared, with whom, when, why, their rights and whom to contact. No identifier of the young
// person (the pseudonymous code only, for the family to quote if they withdraw).
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { longDay } from '../../sessions/sessionText';
import { useNotice } from './queries';

export function FamilyNotice({ situationId, onClose }: { situationId: string; onClose(): void }) {
  const { t, i18n } = useTranslation('situationFollowUp');
  const notice = useNotice(situationId, true);
  const n = notice.data;
  return (
    <div className="followup-notice-wrap">
      <div className="button-row followup-no-print">
        <button type="button" className="button-primary" onClick={() => window.print()} disabled={!n}>
          {t('notice.print')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('notice.close')}
        </button>
      </div>
      {notice.error ? <ErrorAlert error={notice.error} /> : null}
      {n ? (
        <article className="followup-notice" aria-labelledby={`notice-${situationId}`}>
          <h3 id={`notice-${situationId}`}>{t('notice.title', { group: n.groupName })}</h3>
          <p>{t('notice.intro', { group: n.groupName, territory: n.territory })}</p>
          <h4>{t('notice.whatTitle')}</h4>
          <ul>
            <li>{t('notice.age', { band: t(`ageBands.${n.ageBand}`) })}</li>
            <li>{t('notice.sectors', { sectors: n.needSectors.map((s) => t(`reference:sectors.${s}`).toLowerCase()).join(', ') })}</li>
            {n.question ? <li>{t('notice.question', { question: n.question })}</li> : null}
          </ul>
          <p>{t('notice.notShared')}</p>
          <h4>{t('notice.whoTitle')}</h4>
          <p>{t('notice.who', { group: n.groupName })}</p>
          <ul className="followup-notice-orgs">
            {n.organisations.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
          <p>{t('notice.secrecy')}</p>
          <h4>{t('notice.whenTitle')}</h4>
          <p>{n.sessionDate ? t('notice.when', { date: longDay(n.sessionDate, i18n.language) }) : t('notice.whenUnknown')}</p>
          <h4>{t('notice.whyTitle')}</h4>
          <p>{t('notice.why')}</p>
          <h4>{t('notice.rightsTitle')}</h4>
          <p>{t('notice.rights')}</p>
          <h4>{t('notice.contactTitle')}</h4>
          <p>{n.presenterOrganisation ? t('notice.contact', { organisation: n.presenterOrganisation, code: n.code }) : t('notice.contactNoOrganisation', { code: n.code })}</p>
          <p className="muted">{t('notice.generated', { date: longDay(n.generatedOn, i18n.language) })}</p>
        </article>
      ) : null}
    </div>
  );
}

// Cells of the roster table: badges, service types with their acronyms expanded, row buttons.
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contract/types/app';
import { AcronymText } from '../../components/Acronym';
import { useRosterActions } from './rosterActions';
import { formatDay, fullName } from './rosterText';

export function SecrecyBadge({ status }: { status: Member['secrecyStatus'] }) {
  const { t } = useTranslation('roster');
  return <span className={`roster-badge roster-badge--${status === 'professional_secret' ? 'secret' : 'reserve'}`}>{t(`reference:secrecy.${status}`)}</span>;
}

export function ServiceTypeLabel({ code }: { code: Member['serviceType'] }) {
  const { t } = useTranslation('roster');
  return <AcronymText text={t(`reference:serviceTypes.${code}`)} />;
}

export function ReferentCell({ value }: { value: boolean }) {
  const { t } = useTranslation('roster');
  return value ? <span>{t('referent.yes')}</span> : <span className="roster-muted">{t('referent.no')}</span>;
}

export function StatusCell({ member }: { member: Member }) {
  const { t, i18n } = useTranslation('roster');
  return (
    <span className="roster-status">
      <span className={`roster-badge roster-badge--${member.active ? 'active' : 'inactive'}`}>{t(member.active ? 'status.active' : 'status.inactive')}</span>
      {member.activeUntil ? <span className="roster-status-until">{t('status.until', { date: formatDay(member.activeUntil, i18n.language) })}</span> : null}
    </span>
  );
}

export function RowActions({ member }: { member: Member }) {
  const { t } = useTranslation('roster');
  const actions = useRosterActions();
  const name = fullName(member);
  if (!actions.canEdit) {
    return (
      <button type="button" className="link-button roster-link-button" onClick={() => actions.open(member)}>
        {t('actions.view')}
        <span className="roster-sr-only"> {name}</span>
      </button>
    );
  }
  // A member whose start date is still to come is inactive but not deactivated: nothing to reactivate.
  const deactivated = member.deactivatedAt !== null || (member.activeUntil !== null && !member.active);
  return (
    <span className="roster-row-actions">
      <button type="button" className="link-button roster-link-button" onClick={() => actions.open(member)}>
        {t('actions.edit')}
        <span className="roster-sr-only"> {name}</span>
      </button>
      {deactivated ? (
        <button type="button" className="link-button roster-link-button" disabled={actions.busyId === member.id} onClick={() => actions.reactivate(member)}>
          {t('actions.reactivate')}
          <span className="roster-sr-only"> {name}</span>
        </button>
      ) : (
        <button type="button" className="link-button roster-link-button" onClick={() => actions.deactivate(member)}>
          {t('actions.deactivate')}
          <span className="roster-sr-only"> {name}</span>
        </button>
      )}
    </span>
  );
}

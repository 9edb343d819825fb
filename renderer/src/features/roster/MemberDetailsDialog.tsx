// Read-only view of a member, for accounts that are not coordinators.
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contract/types/app';
import { SecrecyBadge, ServiceTypeLabel, StatusCell } from './RosterCells';
import { RosterDialog } from './RosterDialog';
import { formatDay, fullName } from './rosterText';

export function MemberDetailsDialog({ member, onClose }: { member: Member; onClose(): void }) {
  const { t, i18n } = useTranslation('roster');
  const day = (value: string | null) => (value ? formatDay(value, i18n.language) : t('details.none'));
  const orNone = (value: string) => value || t('details.none');
  return (
    <RosterDialog title={t('details.title', { name: fullName(member) })} onClose={onClose} description={t('details.readOnly')}>
      <dl className="roster-details">
        <dt>{t('form.organisation')}</dt>
        <dd>{orNone(member.organisation)}</dd>
        <dt>{t('form.serviceType')}</dt>
        <dd>
          <ServiceTypeLabel code={member.serviceType} />
        </dd>
        <dt>{t('columns.sector')}</dt>
        <dd>{t(`reference:sectors.${member.sector}`)}</dd>
        <dt>{t('form.function')}</dt>
        <dd>{orNone(member.function)}</dd>
        <dt>{t('form.email')}</dt>
        <dd>{member.email ? <a href={`mailto:${member.email}`}>{member.email}</a> : t('details.none')}</dd>
        <dt>{t('form.phone')}</dt>
        <dd>{orNone(member.phone)}</dd>
        <dt>{t('form.town')}</dt>
        <dd>{orNone(member.town)}</dd>
        <dt>{t('form.secrecyStatus')}</dt>
        <dd>
          <SecrecyBadge status={member.secrecyStatus} />
        </dd>
        <dt>{t('form.isReferent')}</dt>
        <dd>{member.isReferent ? t('referent.yes') : t('referent.no')}</dd>
        <dt>{t('form.activeFrom')}</dt>
        <dd>{day(member.activeFrom)}</dd>
        <dt>{t('form.activeUntil')}</dt>
        <dd>{day(member.activeUntil)}</dd>
        <dt>{t('columns.active')}</dt>
        <dd>
          <StatusCell member={member} />
        </dd>
        {member.namesakeNote ? (
          <>
            <dt>{t('details.namesakeNote')}</dt>
            <dd>{member.namesakeNote}</dd>
          </>
        ) : null}
        {member.deactivationReason ? (
          <>
            <dt>{t('deactivate.reason')}</dt>
            <dd>{member.deactivationReason}</dd>
          </>
        ) : null}
      </dl>
      <div className="roster-dialog-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </RosterDialog>
  );
}

// What finalising would give now: attendance, the check, withdrawn situations, who receives the
// minutes and who, though present, does not (and why, in words).
import { useTranslation } from 'react-i18next';
import type { MinutesReadiness } from '../../../../contract/types/minutes';

function Condition({ met, text }: { met: boolean; text: string }) {
  const { t } = useTranslation('minutes');
  return (
    <li className={met ? 'minutes-met' : 'minutes-unmet'}>
      <span aria-hidden="true">{met ? '✓ ' : '✗ '}</span>
      <span className="visually-hidden">{met ? t('readiness.met') : t('readiness.unmet')} </span>
      {text}
    </li>
  );
}

export function ReadinessList({ readiness }: { readiness: MinutesReadiness }) {
  const { t } = useTranslation('minutes');
  const { check, withdrawnCodes, recipients, excluded } = readiness;
  return (
    <div className="minutes-readiness">
      <ul className="plain-list">
        <Condition met={readiness.attendanceRecorded} text={readiness.attendanceRecorded ? t('readiness.attendance') : t('readiness.noAttendance')} />
        <Condition met={check.unresolved === 0} text={check.unresolved ? t('check.summary', { count: check.unresolved }) : t('readiness.checkClean')} />
        <Condition met={withdrawnCodes.length === 0} text={withdrawnCodes.length ? t('readiness.withdrawn', { codes: withdrawnCodes.join(', ') }) : t('readiness.noWithdrawn')} />
        <Condition met={recipients.length > 0} text={t('readiness.recipientCount', { count: recipients.length })} />
      </ul>
      <h3>{t('readiness.recipients', { count: recipients.length })}</h3>
      {recipients.length ? (
        <ul>
          {recipients.map((r) => (
            <li key={r.memberId}>
              {r.name}
              {r.hasIdentity ? null : <span className="muted"> — {t('readiness.noIdentity')}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('readiness.noRecipient')}</p>
      )}
      {excluded.length ? (
        <>
          <h3>{t('readiness.excluded', { count: excluded.length })}</h3>
          <ul>
            {excluded.map((x) => (
              <li key={x.memberId}>
                {x.name} — {t(`exclusion.${x.reason}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className={readiness.ready ? 'status-message' : 'status-error minutes-strong'}>{readiness.ready ? t('readiness.ready') : t('readiness.notReady')}</p>
    </div>
  );
}

// The five conditions of shared professional secrecy, as one gate before a situation may be
// marked ready (and kept ready or on an agenda after an edit). Each refusal names its condition.
import { eq } from 'drizzle-orm';
import { members } from '../../../db/schema.js';
import type { SituationConditions } from '../../../contract/types/situations.js';
import { appendAudit } from '../audit.js';
import { charterStatusOf } from '../charter/status.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { assertMayPresent, isSecretBound, situationRow, type SituationRow } from './access.js';
import { checkSituation, consentRow, inspectSituation, type ConsentRow } from './anonymisation.js';
import { setSituationStatus } from './statusLog.js';

/** Condition 3: the date the family was told and how. */
export const isInformed = (c: ConsentRow | undefined): boolean => Boolean(c?.informedOn && c.informedHow.trim());
/** Condition 4: the date of the agreement, its form, and who gave it. */
export const hasConsent = (c: ConsentRow | undefined): boolean => Boolean(c?.consentOn && c.consentForm && c.consentGivenBy.trim());

/** Conditions 3 and 4, in the charter's order: the family was informed, then agreed. */
export function assertInformedAndAgreed(consent: ConsentRow | undefined): void {
  if (!isInformed(consent)) throw new AppError('SITUATION_NOT_INFORMED');
  if (!hasConsent(consent)) throw new AppError('SITUATION_NO_CONSENT');
}

/** The five conditions for the status bar (condition 5 without private words: those only exist during a check). */
export function conditionsOf(db: Db, situation: SituationRow): SituationConditions {
  const presenter = db.select({ secrecy: members.secrecyStatus }).from(members).where(eq(members.id, situation.presenterMemberId)).get();
  const consent = consentRow(db, situation.id);
  return {
    presenterSecret: isSecretBound(presenter?.secrecy),
    presenterCharter: charterStatusOf(db, situation.presenterMemberId) === 'valid',
    informed: isInformed(consent),
    consent: hasConsent(consent),
    unresolvedFindings: inspectSituation(db, situation, []).unresolved,
  };
}

/** Throws the error of the first condition that is not met, in the charter's order. Condition 5 is checked on the saved texts. */
export function assertConditions(db: Db, situation: SituationRow, privateWords: readonly string[]): void {
  if (situation.consentWithdrawnAt) throw new AppError('SITUATION_WITHDRAWN');
  assertMayPresent(db, situation.presenterMemberId);
  assertInformedAndAgreed(consentRow(db, situation.id));
  if (checkSituation(db, situation, privateWords).unresolved > 0) throw new AppError('SITUATION_UNRESOLVED_FINDINGS');
}

/** draft → ready, once the five conditions hold. Already ready: nothing to do. */
export function markReady(ws: OpenWorkspace, accountId: string, situation: SituationRow, privateWords: readonly string[]): void {
  inTransaction(ws, () => {
    const current = situationRow(ws.db, situation.id);
    if (current.status === 'ready') return;
    if (current.status !== 'draft') throw new AppError('CONFLICT');
    assertConditions(ws.db, current, privateWords);
    setSituationStatus(ws.db, accountId, current, 'ready');
  });
}

/**
 * After an edit, inside the edit's transaction. A ready situation goes back to draft (it will be
 * checked again when marked ready). One already on an agenda or presented stays where it is only
 * if the five conditions still hold, checked with the private words given with the edit.
 */
export function afterEdit(db: Db, accountId: string, situationId: string, privateWords: readonly string[]): void {
  const edited = situationRow(db, situationId);
  if (edited.status === 'ready') {
    setSituationStatus(db, accountId, edited, 'draft');
    return;
  }
  if (edited.status !== 'draft') assertConditions(db, edited, privateWords);
}

/** Audit helper for the changes of this feature. */
export const auditSituation = (db: Db, accountId: string | null, action: string, situationId: string) =>
  appendAudit(db, { accountId, action, entity: 'situation', entityId: situationId });

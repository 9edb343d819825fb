// Finalising: the checks of the issue (attendance recorded, recipients holding a valid charter
// signature on the session's date, no unresolved finding, no situation whose consent was withdrawn),
// then the version is frozen: sealed to its recipients, signed by its author, never changed again.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { minutes, minutesRecipients, minutesVersions } from '../../../db/schema.js';
import type { Language } from '../../../contract/schemas/common.js';
import type { MinutesReadiness } from '../../../contract/types/minutes.js';
import { sealMinutes } from '../../crypto/minutesSeal.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { getWorkspaceSettings } from '../settings.js';
import { sessionRow } from '../sessions/rows.js';
import { inTransaction } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { membersSignedOn } from '../charter/validOn.js';
import { actorOf, assertMayWrite, minutesOf, type MinutesRow } from './access.js';
import { checkMinutesBody, withdrawnCodesIn } from './check.js';
import { serialiseDocument } from './document.js';
import { assertDraftAuthor, draftBodyOf } from './draft.js';
import { minutesHeader } from './prefill.js';
import { recipientsFor } from './recipients.js';

/** The author's draft as finalising would judge it: opened once, checked once. */
function assessDraft(s: Sodium, session: UnlockedWorkspace, row: MinutesRow, privateWords: readonly string[]) {
  const body = draftBodyOf(s, session, row);
  if (body === null) throw new AppError('MINUTES_KEY_UNAVAILABLE');
  return { body, check: checkMinutesBody(session.ws.db, row.sessionId, row.id, body, privateWords), withdrawnCodes: withdrawnCodesIn(session.ws.db, body) };
}

/** What finalising now would give, for the draft's author: recipients, exclusions, findings. */
export function minutesReadiness(s: Sodium, session: UnlockedWorkspace, sessionId: string, privateWords: readonly string[]): MinutesReadiness {
  const db = session.ws.db;
  const record = sessionRow(db, sessionId);
  const row = minutesOf(db, sessionId);
  assertDraftAuthor(row, session.accountId);
  const list = recipientsFor(db, record);
  const { check, withdrawnCodes } = assessDraft(s, session, row, privateWords);
  const attendanceRecorded = record.status === 'held' && list.present.length > 0;
  return {
    attendanceRecorded,
    recipients: list.recipients.map((r) => ({ memberId: r.memberId, name: r.name, hasIdentity: r.identity !== null })),
    excluded: list.excluded,
    withdrawnCodes,
    check,
    ready: attendanceRecorded && list.recipients.length > 0 && check.unresolved === 0 && withdrawnCodes.length === 0,
  };
}

export function finaliseMinutes(s: Sodium, session: UnlockedWorkspace, input: { sessionId: string; privateWords: readonly string[]; reason: string }, language: Language, now: Date = new Date()): void {
  const { ws, accountId, identity } = session;
  inTransaction(ws, () => {
    const db = ws.db;
    const record = sessionRow(db, input.sessionId);
    const actor = actorOf(db, accountId);
    const signed = membersSignedOn(db, record.date);
    assertMayWrite(db, record, actor, signed);
    const list = recipientsFor(db, record, signed);
    const row = minutesOf(db, input.sessionId);
    assertDraftAuthor(row, accountId);
    const number = row.latestVersion + 1;
    if (number > 1 && !input.reason.trim()) throw new AppError('MINUTES_REASON_REQUIRED');
    const { body, check, withdrawnCodes } = assessDraft(s, session, row, input.privateWords);
    if (check.unresolved > 0) throw new AppError('MINUTES_UNRESOLVED_FINDINGS');
    if (withdrawnCodes.length > 0) throw new AppError('MINUTES_WITHDRAWN_SITUATION');
    const header = minutesHeader(db, record, getWorkspaceSettings(ws).groupName);
    const at = nowIso(now);
    const sealed = sealMinutes(s, {
      text: serialiseDocument(language, header, body),
      author: identity,
      authorMemberId: actor.memberId,
      workspaceId: ws.workspaceId,
      sessionId: record.id,
      minutesVersion: number,
      finalisedAt: at,
      recipients: list.recipients.map((r) => ({ memberId: r.memberId, identity: r.identity ? { memberId: r.memberId, keyId: r.identity.keyId, boxPublicKey: r.identity.boxPublicKey } : null })),
    });
    const versionId = randomUUID();
    db.insert(minutesVersions)
      .values({
        id: versionId,
        minutesId: row.id,
        number,
        reason: number > 1 ? input.reason.trim() : null,
        authorAccountId: accountId,
        authorMemberId: actor.memberId,
        authorKeyId: identity.keyId,
        nonce: sealed.nonce,
        ciphertext: sealed.ciphertext,
        manifest: JSON.stringify(sealed.manifest),
        signature: sealed.signature,
        excluded: list.excluded,
        finalisedAt: at,
      })
      .run();
    const names = new Map(list.recipients.map((r) => [r.memberId, r.name]));
    for (const r of sealed.manifest.recipients) {
      const seal = sealed.seals.find((x) => x.memberId === r.memberId && x.keyId === r.keyId);
      db.insert(minutesRecipients)
        .values({ versionId, memberId: r.memberId, name: names.get(r.memberId) ?? '', keyId: r.keyId, sealedKey: seal?.sealedKey ?? null })
        .run();
    }
    db.update(minutes).set({ latestVersion: number, draftSealed: null, draftAccountId: null, draftKeyId: null, draftUpdatedAt: null }).where(eq(minutes.id, row.id)).run();
    appendAudit(db, { accountId, action: 'minutes.finalise', entity: 'minutes', entityId: `${row.id}:v${number}` }, now);
  });
}

// The secretary's working draft: started pre-filled (or from the latest version, for a correction),
// saved on every pause in typing, sealed to its author alone, discarded on request.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { anonymisationOverrides, minutes } from '../../../db/schema.js';
import type { Language } from '../../../contract/schemas/common.js';
import type { SaveMinutesDraftInput } from '../../../contract/schemas/minutes.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { sessionRow } from '../sessions/rows.js';
import { inTransaction } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { actorOf, assertMayWrite, minutesOf, type MinutesRow } from './access.js';
import { openDraft, sealDraft } from './draftSeal.js';
import { prefilledBody } from './prefill.js';
import { openVersionDocument, versionRow } from './versions.js';

/** The draft's text, for its author; null when this account holds no draft here. */
export function draftBodyOf(s: Sodium, session: UnlockedWorkspace, row: MinutesRow | undefined): string | null {
  if (!row?.draftSealed || row.draftAccountId !== session.accountId) return null;
  return openDraft(s, row.draftSealed, session.identity);
}

export function assertDraftAuthor(row: MinutesRow | undefined, accountId: string): asserts row is MinutesRow & { draftSealed: string } {
  if (!row?.draftSealed) throw new AppError('MINUTES_NO_DRAFT');
  if (row.draftAccountId !== accountId) throw new AppError('MINUTES_DRAFT_HELD');
}

export function startDraft(s: Sodium, session: UnlockedWorkspace, sessionId: string, language: Language, now: Date = new Date()): void {
  const { ws, accountId, identity } = session;
  inTransaction(ws, () => {
    const sessionRecord = sessionRow(ws.db, sessionId);
    assertMayWrite(ws.db, sessionRecord, actorOf(ws.db, accountId));
    const existing = minutesOf(ws.db, sessionId);
    if (existing?.draftSealed) {
      if (existing.draftAccountId === accountId) return;
      throw new AppError('MINUTES_DRAFT_HELD');
    }
    // A correction starts from the body of the latest version, which this account must be able to open.
    const body =
      existing && existing.latestVersion > 0
        ? openVersionDocument(s, ws.db, sessionId, versionRow(ws.db, existing.id, existing.latestVersion), identity).body
        : prefilledBody(ws.db, language, sessionRecord);
    const at = nowIso(now);
    const draft = { draftSealed: sealDraft(s, identity.boxPublicKey, body), draftAccountId: accountId, draftKeyId: identity.keyId, draftUpdatedAt: at };
    const id = existing?.id ?? randomUUID();
    if (existing) ws.db.update(minutes).set(draft).where(eq(minutes.id, id)).run();
    else ws.db.insert(minutes).values({ id, sessionId, createdAt: at, latestVersion: 0, ...draft }).run();
    appendAudit(ws.db, { accountId, action: 'minutes.draft.start', entity: 'minutes', entityId: id }, now);
  });
}

export function saveDraft(s: Sodium, session: UnlockedWorkspace, input: SaveMinutesDraftInput, now: Date = new Date()): { savedAt: string } {
  const { ws, accountId, identity } = session;
  return inTransaction(ws, () => {
    const row = minutesOf(ws.db, input.sessionId);
    assertDraftAuthor(row, accountId);
    if (input.baseUpdatedAt !== null && input.baseUpdatedAt !== row.draftUpdatedAt) throw new AppError('MINUTES_DRAFT_STALE');
    let savedAt = nowIso(now);
    // Two saves in the same millisecond must still be told apart by the next save's base.
    if (savedAt <= (row.draftUpdatedAt ?? '')) savedAt = new Date(Date.parse(row.draftUpdatedAt ?? savedAt) + 1).toISOString();
    ws.db.update(minutes).set({ draftSealed: sealDraft(s, identity.boxPublicKey, input.body), draftKeyId: identity.keyId, draftUpdatedAt: savedAt }).where(eq(minutes.id, row.id)).run();
    appendAudit(ws.db, { accountId, action: 'minutes.draft.save', entity: 'minutes', entityId: row.id }, now);
    return { savedAt };
  });
}

/** Drops the draft; minutes never finalised disappear altogether, with their kept findings. */
export function discardDraft(session: UnlockedWorkspace, sessionId: string, now: Date = new Date()): void {
  const { ws, accountId } = session;
  inTransaction(ws, () => {
    const row = minutesOf(ws.db, sessionId);
    assertDraftAuthor(row, accountId);
    if (row.latestVersion === 0) {
      ws.db.delete(anonymisationOverrides).where(and(eq(anonymisationOverrides.subject, 'minutes'), eq(anonymisationOverrides.subjectId, row.id))).run();
      ws.db.delete(minutes).where(eq(minutes.id, row.id)).run();
    } else {
      ws.db.update(minutes).set({ draftSealed: null, draftAccountId: null, draftKeyId: null, draftUpdatedAt: null }).where(eq(minutes.id, row.id)).run();
    }
    appendAudit(ws.db, { accountId, action: 'minutes.draft.discard', entity: 'minutes', entityId: row.id }, now);
  });
}

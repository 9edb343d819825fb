// What each account sees of a session's minutes. Everyone may know they exist, their date and
// versions; the content goes only to the people present, and every opening is in the audit log.
import { desc, eq } from 'drizzle-orm';
import { minutes, sessions } from '../../../db/schema.js';
import type { MinutesPublic, MinutesView, OpenedMinutes } from '../../../contract/types/minutes.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { keyFingerprint } from '../charter/envelope.js';
import { AppError } from '../../../contract/errors.js';
import { getWorkspaceSettings } from '../settings.js';
import { sessionRow, type SessionRow } from '../sessions/rows.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { membersSignedOn } from '../charter/validOn.js';
import { actorOf, eligibleWriters, isReader, mayDistribute, minutesOf, writeRefusal, type MinutesRow } from './access.js';
import { withdrawnCodesIn } from './check.js';
import { documentMarkdown } from './document.js';
import { draftBodyOf } from './draft.js';
import { wasPresent } from './participants.js';
import { minutesHeader } from './prefill.js';
import { contentHashOf, memberName, openVersionDocument, recipientsOf, versionRow, versionSummaries } from './versions.js';

/** The public part of a session's minutes: that they exist, their state, versions and dates. */
function publicPart(db: UnlockedWorkspace['ws']['db'], record: SessionRow, row: MinutesRow | undefined): MinutesPublic {
  return {
    sessionId: record.id,
    sessionDate: record.date,
    sessionTitle: record.title,
    sessionStatus: record.status,
    state: !row ? 'none' : row.latestVersion > 0 ? 'final' : 'draft',
    latestVersion: row?.latestVersion ?? 0,
    versions: row ? versionSummaries(db, row.id) : [],
  };
}

/** Every held session, newest first, with the public part of its minutes: no content, no key needed. */
export function minutesOverview(db: UnlockedWorkspace['ws']['db']): MinutesPublic[] {
  const bySession = new Map(db.select().from(minutes).all().map((m) => [m.sessionId, m]));
  return db
    .select()
    .from(sessions)
    .where(eq(sessions.status, 'held'))
    .orderBy(desc(sessions.date), desc(sessions.startTime))
    .all()
    .map((record) => publicPart(db, record, bySession.get(record.id)));
}

export function minutesView(s: Sodium, session: UnlockedWorkspace, sessionId: string): MinutesView {
  const db = session.ws.db;
  const record = sessionRow(db, sessionId);
  const row = minutesOf(db, sessionId);
  const base = publicPart(db, record, row);
  const actor = actorOf(db, session.accountId);
  if (!wasPresent(db, sessionId, actor.memberId)) return { ...base, access: 'restricted' };
  const body = draftBodyOf(s, session, row);
  const heldByOther = row?.draftSealed && row.draftAccountId !== session.accountId;
  const signed = membersSignedOn(db, record.date);
  const refusal = writeRefusal(db, record, actor, signed);
  return {
    ...base,
    access: 'attendee',
    header: minutesHeader(db, record, getWorkspaceSettings(session.ws).groupName),
    draft: body !== null && row?.draftUpdatedAt ? { body, updatedAt: row.draftUpdatedAt, correctingVersion: row.latestVersion > 0 ? row.latestVersion : null } : null,
    draftHeldBy: heldByOther && row.draftAccountId ? memberName(db, actorOf(db, row.draftAccountId).memberId) : null,
    canWrite: !heldByOther && record.status === 'held' && refusal === null,
    writeRefusal: refusal,
    writers: refusal === null ? [] : eligibleWriters(db, record, signed),
    canDistribute: row !== undefined && row.latestVersion > 0 && mayDistribute(actor),
  };
}

/** Throws MINUTES_ATTENDEES_ONLY (and logs the refusal) unless the account's member may read this version. */
export function assertReader(session: UnlockedWorkspace, sessionId: string, minutesId: string, number: number) {
  const db = session.ws.db;
  const version = versionRow(db, minutesId, number);
  const actor = actorOf(db, session.accountId);
  if (!isReader(db, sessionId, version.id, actor.memberId)) {
    appendAudit(db, { accountId: session.accountId, action: 'minutes.open.refused', entity: 'minutes', entityId: `${minutesId}:v${number}` });
    throw new AppError('MINUTES_ATTENDEES_ONLY');
  }
  return { version, actor };
}

export function openMinutes(s: Sodium, session: UnlockedWorkspace, input: { sessionId: string; version: number }): OpenedMinutes {
  const db = session.ws.db;
  const row = minutesOf(db, input.sessionId);
  if (!row || row.latestVersion === 0) throw new AppError('MINUTES_VERSION_NOT_FOUND');
  const { version } = assertReader(session, input.sessionId, row.id, input.version);
  const document = openVersionDocument(s, db, input.sessionId, version, session.identity);
  appendAudit(db, { accountId: session.accountId, action: 'minutes.open', entity: 'minutes', entityId: `${row.id}:v${version.number}` });
  return {
    sessionId: input.sessionId,
    number: version.number,
    reason: version.reason,
    finalisedAt: version.finalisedAt,
    authorName: memberName(db, version.authorMemberId),
    authorKeyFingerprint: keyFingerprint(version.authorKeyId),
    contentHash: contentHashOf(version),
    text: documentMarkdown(document),
    recipients: recipientsOf(db, version.id).map((r) => ({ memberId: r.memberId, name: r.name })),
    excluded: version.excluded.map((e) => ({ ...e, reason: 'no_valid_signature' as const })),
    withdrawnCodes: withdrawnCodesIn(db, document.body),
  };
}

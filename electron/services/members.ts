// The roster. Members are never deleted: deactivation keeps their history (signatures,
// attendance, minutes received) intact and readable.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { sectorOf, type ServiceType } from '../../contract/reference/taxonomy.js';
import { accounts, memberNamesakeNotes, members } from '../../db/schema.js';
import type { MemberData } from '../../contract/schemas/members.js';
import type { Member } from '../../contract/types/app.js';
import { activeCoordinators } from './accounts.js';
import { appendAudit } from './audit.js';
import { revokeSignaturesOf } from './charter/signatures.js';
import { nowIso, todayInBrussels } from './clock.js';
import { AppError } from '../../contract/errors.js';
import { inTransaction, type OpenWorkspace } from './store.js';
import { foldText } from './textFold.js';

type MemberRow = typeof members.$inferSelect;

export function toMember(row: MemberRow, hasAccount: boolean, today: string = todayInBrussels(), namesakeNote: string | null = null): Member {
  const serviceType = row.serviceType as ServiceType;
  const active = !row.deactivatedAt && row.activeFrom <= today && (row.activeUntil === null || row.activeUntil >= today);
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    organisation: row.organisation,
    serviceType,
    sector: sectorOf(serviceType),
    function: row.function,
    email: row.email,
    phone: row.phone,
    town: row.town,
    secrecyStatus: row.secrecyStatus,
    isReferent: row.isReferent,
    activeFrom: row.activeFrom,
    activeUntil: row.activeUntil,
    active,
    deactivatedAt: row.deactivatedAt,
    deactivationReason: row.deactivationReason,
    hasAccount,
    namesakeNote,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function accountHolders(ws: OpenWorkspace): Set<string> {
  return new Set(ws.db.select({ memberId: accounts.memberId }).from(accounts).all().map((r) => r.memberId));
}

function namesakeNotes(ws: OpenWorkspace): Map<string, string> {
  return new Map(ws.db.select().from(memberNamesakeNotes).all().map((r) => [r.memberId, r.note]));
}

export function listMembers(ws: OpenWorkspace): Member[] {
  const holders = accountHolders(ws);
  const notes = namesakeNotes(ws);
  const today = todayInBrussels();
  return ws.db
    .select()
    .from(members)
    .orderBy(asc(members.lastName), asc(members.firstName))
    .all()
    .map((row) => toMember(row, holders.has(row.id), today, notes.get(row.id) ?? null));
}

export function getMember(ws: OpenWorkspace, id: string): Member {
  const row = ws.db.select().from(members).where(eq(members.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  const hasAccount = ws.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.memberId, id)).get() !== undefined;
  const note = ws.db.select().from(memberNamesakeNotes).where(eq(memberNamesakeNotes.memberId, id)).get();
  return toMember(row, hasAccount, todayInBrussels(), note?.note ?? null);
}

/** What the duplicate rule compares. */
export type DuplicateKey = Pick<MemberData, 'firstName' | 'lastName' | 'organisation' | 'email'>;


/**
 * The one duplicate rule (member form and CSV import): the same first and last name, accents and
 * case aside, and the same organisation or the same e-mail. Two "Marie Dubois" of different
 * services with different e-mails are namesakes, not duplicates.
 */
export function isLikelyDuplicate(a: DuplicateKey, b: DuplicateKey): boolean {
  if (foldText(a.firstName) !== foldText(b.firstName) || foldText(a.lastName) !== foldText(b.lastName)) return false;
  const sameEmail = a.email.trim() !== '' && foldText(a.email) === foldText(b.email);
  return sameEmail || foldText(a.organisation) === foldText(b.organisation);
}

/** The roster's members that the rule finds like this one. */
export function findLikelyDuplicates(ws: OpenWorkspace, candidate: DuplicateKey): Member[] {
  return listMembers(ws).filter((m) => isLikelyDuplicate(m, candidate));
}

/** Inserts without its own transaction, so that an import can add many rows in one. */
export function insertMember(ws: OpenWorkspace, accountId: string, data: MemberData, namesakeNote = ''): string {
  const id = randomUUID();
  const at = nowIso();
  ws.db.insert(members).values({ id, ...data, createdAt: at, updatedAt: at }).run();
  const note = namesakeNote.trim();
  if (note !== '') ws.db.insert(memberNamesakeNotes).values({ memberId: id, note, createdAt: at }).run();
  appendAudit(ws.db, { accountId, action: 'member.create', entity: 'member', entityId: id });
  return id;
}

/** Adds a member; a likely duplicate of an existing one needs a namesake note saying what tells them apart. */
export function createMember(ws: OpenWorkspace, accountId: string, data: MemberData, namesakeNote = ''): Member {
  const id = inTransaction(ws, () => {
    if (namesakeNote.trim() === '' && findLikelyDuplicates(ws, data).length > 0) {
      throw new AppError('MEMBER_LIKELY_DUPLICATE', { issues: [{ path: 'namesakeNote', message: 'validation.namesakeNoteRequired' }] });
    }
    return insertMember(ws, accountId, data, namesakeNote);
  });
  return getMember(ws, id);
}

export function updateMember(ws: OpenWorkspace, accountId: string, id: string, data: MemberData): Member {
  inTransaction(ws, () => {
    const result = ws.db.update(members).set({ ...data, updatedAt: nowIso() }).where(eq(members.id, id)).run();
    if (result.changes === 0) throw new AppError('NOT_FOUND');
    appendAudit(ws.db, { accountId, action: 'member.update', entity: 'member', entityId: id });
  });
  return getMember(ws, id);
}

export function deactivateMember(ws: OpenWorkspace, accountId: string, id: string, until: string, reason: string): Member {
  inTransaction(ws, () => {
    const row = ws.db.select().from(members).where(eq(members.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND');
    if (until < row.activeFrom) throw new AppError('VALIDATION', { issues: [{ path: 'until', message: 'validation.untilBeforeFrom' }] });
    const coordinators = activeCoordinators(ws);
    if (coordinators.length > 0 && coordinators.every((a) => a.memberId === id)) throw new AppError('LAST_COORDINATOR');
    const at = nowIso();
    ws.db.update(members).set({ activeUntil: until, deactivatedAt: at, deactivationReason: reason || null, updatedAt: at }).where(eq(members.id, id)).run();
    // A deactivated member cannot log in any more; their account stays for the history.
    ws.db.update(accounts).set({ disabledAt: at }).where(eq(accounts.memberId, id)).run();
    // Leaving the group revokes their charter signatures (they stay in the history, marked revoked).
    revokeSignaturesOf(ws.db, id, at);
    appendAudit(ws.db, { accountId, action: 'member.deactivate', entity: 'member', entityId: id });
  });
  return getMember(ws, id);
}

export function reactivateMember(ws: OpenWorkspace, accountId: string, id: string): Member {
  inTransaction(ws, () => {
    const result = ws.db
      .update(members)
      .set({ activeUntil: null, deactivatedAt: null, deactivationReason: null, updatedAt: nowIso() })
      .where(eq(members.id, id))
      .run();
    if (result.changes === 0) throw new AppError('NOT_FOUND');
    ws.db.update(accounts).set({ disabledAt: null }).where(eq(accounts.memberId, id)).run();
    appendAudit(ws.db, { accountId, action: 'member.reactivate', entity: 'member', entityId: id });
  });
  return getMember(ws, id);
}

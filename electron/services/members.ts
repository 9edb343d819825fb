// The roster. Members are never deleted: deactivation keeps their history (signatures,
// attendance, minutes received) intact and readable.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { sectorOf, type ServiceType } from '../../contract/reference/taxonomy.js';
import { accounts, members } from '../../db/schema.js';
import type { MemberData } from '../../contract/schemas/members.js';
import type { Member } from '../../contract/types/app.js';
import { activeCoordinators } from './accounts.js';
import { appendAudit } from './audit.js';
import { revokeSignaturesOf } from './charter/signatures.js';
import { nowIso, todayInBrussels } from './clock.js';
import { AppError } from '../../contract/errors.js';
import { inTransaction, type OpenWorkspace } from './store.js';

type MemberRow = typeof members.$inferSelect;

export function toMember(row: MemberRow, hasAccount: boolean, today: string = todayInBrussels()): Member {
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
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function accountHolders(ws: OpenWorkspace): Set<string> {
  return new Set(ws.db.select({ memberId: accounts.memberId }).from(accounts).all().map((r) => r.memberId));
}

export function listMembers(ws: OpenWorkspace): Member[] {
  const holders = accountHolders(ws);
  const today = todayInBrussels();
  return ws.db
    .select()
    .from(members)
    .orderBy(asc(members.lastName), asc(members.firstName))
    .all()
    .map((row) => toMember(row, holders.has(row.id), today));
}

export function getMember(ws: OpenWorkspace, id: string): Member {
  const row = ws.db.select().from(members).where(eq(members.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  const hasAccount = ws.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.memberId, id)).get() !== undefined;
  return toMember(row, hasAccount);
}

/** Inserts without its own transaction, so that an import can add many rows in one. */
export function insertMember(ws: OpenWorkspace, accountId: string, data: MemberData): string {
  const id = randomUUID();
  const at = nowIso();
  ws.db.insert(members).values({ id, ...data, createdAt: at, updatedAt: at }).run();
  appendAudit(ws.db, { accountId, action: 'member.create', entity: 'member', entityId: id });
  return id;
}

export function createMember(ws: OpenWorkspace, accountId: string, data: MemberData): Member {
  const id = inTransaction(ws, () => insertMember(ws, accountId, data));
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

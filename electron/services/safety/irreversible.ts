// What must never come back when an older backup is restored: a purge, a consent withdrawal, a
// member's departure (their accounts disabled, their charter signatures revoked), a role taken from
// an account (a coordinator demoted). Accounts are disabled and signatures revoked only by a
// departure, so these kinds cover every revocation the services offer. Each is written,
// when it happens, to a small log beside the key file (concerto.irreversible.json), authenticated by
// HMAC-SHA256 under a key derived from the database key (like the backup manifest's MAC), and
// re-applied to a restored database in the scratch folder, before it replaces the workspace and
// before anyone can open it. A reactivation and a role given are logged too, so that re-applying stays
// faithful (the signatures revoked at the departure stay revoked: the member signs again).
//
// Why re-apply rather than refuse an older backup: the workspace a backup is restored over is often
// the damaged one, which could not say what happened since; and refusing would leave the group
// without its data. The log lives outside the database and outside backups, so it survives both.
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, members, situations } from '../../../db/schema.js';
import { AppError } from '../../../contract/errors.js';
import { ROLES } from '../../../contract/schemas/common.js';
import { appendAudit } from '../audit.js';
import { revokeSignaturesOf } from '../charter/signatures.js';
import { activeCoordinatorIds } from '../coordinators.js';
import type { Db } from '../store.js';
import { applyPurge } from '../situations/retention.js';
import { refreshSearchIndex } from '../situations/search.js';
import { applyWithdrawal } from '../situations/withdrawal.js';
import { publishFile } from './durable.js';

export const IRREVERSIBLE_FILE_NAME = 'concerto.irreversible.json';
const FORMAT = 'concerto.irreversible';
const KEY_LABEL = 'concerto.irreversible.log-key.v1';

// Every event of a log must be one of these, exactly: a kind this version does not know (a newer
// version's, or an edit) would be silently skipped, so the restore is refused instead.
const base = { id: z.string().min(1), at: z.iso.datetime() };
const eventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('situation.purge'), ...base }),
  z.strictObject({ kind: z.literal('situation.withdrawConsent'), ...base }),
  z.strictObject({ kind: z.literal('member.deactivate'), ...base, until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.strictObject({ kind: z.literal('member.reactivate'), ...base }),
  z.strictObject({ kind: z.literal('account.removeRole'), ...base, role: z.enum(ROLES) }),
  z.strictObject({ kind: z.literal('account.addRole'), ...base, role: z.enum(ROLES) }),
]);
export type IrreversibleEvent = z.infer<typeof eventSchema>;

interface LogFile {
  format: typeof FORMAT;
  version: 1;
  workspaceId: string;
  events: IrreversibleEvent[];
  mac: string;
}

const logKey = (dbKey: Uint8Array) => createHmac('sha256', Buffer.from(dbKey)).update(KEY_LABEL, 'utf8').digest();
const macOf = (dbKey: Uint8Array, workspaceId: string, events: IrreversibleEvent[]) =>
  createHmac('sha256', logKey(dbKey)).update(canonicalize({ format: FORMAT, version: 1, workspaceId, events })!, 'utf8').digest();

/** The workspace's events, oldest first; none when there is no log or it is another workspace's. A log that does not authenticate is refused. */
export function readIrreversible(dir: string, workspaceId: string, dbKey: Uint8Array): IrreversibleEvent[] {
  const file = path.join(dir, IRREVERSIBLE_FILE_NAME);
  if (!fs.existsSync(file)) return [];
  let log: LogFile;
  try {
    log = JSON.parse(fs.readFileSync(file, 'utf8')) as LogFile;
  } catch (error) {
    throw new AppError('IRREVERSIBLE_LOG_INVALID', { cause: error });
  }
  if (log?.format !== FORMAT || log.version !== 1 || !Array.isArray(log.events) || typeof log.mac !== 'string') throw new AppError('IRREVERSIBLE_LOG_INVALID');
  if (log.workspaceId !== workspaceId) return [];
  const given = /^[0-9a-f]{64}$/.test(log.mac) ? Buffer.from(log.mac, 'hex') : Buffer.alloc(0);
  const expected = macOf(dbKey, workspaceId, log.events);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('IRREVERSIBLE_LOG_INVALID');
  const events = z.array(eventSchema).safeParse(log.events);
  if (!events.success) throw new AppError('IRREVERSIBLE_LOG_INVALID');
  return events.data;
}

/** Appends one event, durably (tmp, fsync, rename). Called right after the change is committed. */
export function recordIrreversible(dir: string, workspaceId: string, dbKey: Uint8Array, event: IrreversibleEvent): void {
  const events = [...readIrreversible(dir, workspaceId, dbKey), event];
  const log: LogFile = { format: FORMAT, version: 1, workspaceId, events, mac: macOf(dbKey, workspaceId, events).toString('hex') };
  const tmp = path.join(dir, `.${IRREVERSIBLE_FILE_NAME}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(log, null, 2) + '\n', { mode: 0o600 });
  publishFile(tmp, path.join(dir, IRREVERSIBLE_FILE_NAME), dir);
}

/**
 * Re-applies every event to a (restored) database, in order; idempotent. Call inside a transaction.
 * Returns how many changed something.
 *
 * A workspace always keeps an active coordinator. The live services make sure of it at each step,
 * but a restored backup may lack an account created since (the coordinator who took over), so
 * re-applying every demotion and departure could leave nobody able to manage it. The guard looks at
 * the end result, not at each step (an intermediate state of the replay is not one the group was
 * in): when it has no active coordinator, the replay starts again without the last event that took
 * one away, and the audit log says so; repeated until one is left.
 */
export function reapplyIrreversible(db: Db, events: IrreversibleEvent[]): number {
  const kept = new Set<number>();
  const hadCoordinator = activeCoordinatorIds(db).length > 0;
  for (;;) {
    db.run(sql`SAVEPOINT reapply_irreversible`);
    const { applied, lastLoss } = replay(db, events, kept);
    if (!hadCoordinator || lastLoss < 0 || activeCoordinatorIds(db).length > 0) {
      db.run(sql`RELEASE reapply_irreversible`);
      for (const index of [...kept].sort((a, b) => a - b)) {
        const event = events[index]!;
        appendAudit(db, { accountId: null, action: `${event.kind}.keptLastCoordinator`, entity: event.kind.startsWith('account.') ? 'account' : 'member', entityId: event.id });
      }
      if (applied > 0) appendAudit(db, { accountId: null, action: 'workspace.restore.reapplied', entity: 'restore', entityId: String(applied) });
      return applied;
    }
    db.run(sql`ROLLBACK TO reapply_irreversible`);
    db.run(sql`RELEASE reapply_irreversible`);
    kept.add(lastLoss);
  }
}

/** One pass over the log, skipping the events in `skip`; `lastLoss` is the index of the last event that left fewer active coordinators (-1: none). */
function replay(db: Db, events: IrreversibleEvent[], skip: Set<number>): { applied: number; lastLoss: number } {
  let applied = 0;
  let lastLoss = -1;
  events.forEach((event, index) => {
    if (skip.has(index)) return;
    const mayRemoveCoordinator = event.kind === 'member.deactivate' || (event.kind === 'account.removeRole' && event.role === 'coordinator');
    const before = mayRemoveCoordinator ? activeCoordinatorIds(db).length : 0;
    if (applyEvent(db, event)) applied++;
    if (mayRemoveCoordinator && activeCoordinatorIds(db).length < before) lastLoss = index;
  });
  return { applied, lastLoss };
}

/** Applies one event; true when it changed something. */
function applyEvent(db: Db, event: IrreversibleEvent): boolean {
  const at = new Date(event.at);
  switch (event.kind) {
    case 'situation.purge':
    case 'situation.withdrawConsent': {
      const row = db.select().from(situations).where(eq(situations.id, event.id)).get();
      if (!row || row.purgedAt) return false;
      if (event.kind === 'situation.purge') {
        applyPurge(db, null, event.id, at);
        refreshSearchIndex(db);
        return true;
      }
      if (row.consentWithdrawnAt) return false;
      applyWithdrawal(db, null, event.id, at);
      return true;
    }
    case 'member.deactivate':
    case 'member.reactivate': {
      const member = db.select().from(members).where(eq(members.id, event.id)).get();
      if (!member) return false;
      if (event.kind === 'member.deactivate') {
        if (!member.deactivatedAt) db.update(members).set({ activeUntil: event.until, deactivatedAt: event.at, updatedAt: event.at }).where(eq(members.id, event.id)).run();
        const disabled = db.update(accounts).set({ disabledAt: event.at }).where(and(eq(accounts.memberId, event.id), isNull(accounts.disabledAt))).run().changes;
        // Only the signatures that existed at the departure: one recorded after it (back, signed again) stays.
        const revoked = revokeSignaturesOf(db, event.id, event.at, event.at);
        return !member.deactivatedAt || disabled > 0 || revoked > 0;
      }
      if (!member.deactivatedAt) return false;
      db.update(members).set({ activeUntil: null, deactivatedAt: null, deactivationReason: null, updatedAt: event.at }).where(eq(members.id, event.id)).run();
      db.update(accounts).set({ disabledAt: null }).where(eq(accounts.memberId, event.id)).run();
      return true;
    }
    case 'account.removeRole':
    case 'account.addRole': {
      const account = db.select({ roles: accounts.roles }).from(accounts).where(eq(accounts.id, event.id)).get();
      if (!account) return false;
      const has = account.roles.includes(event.role);
      if (event.kind === 'account.removeRole' ? !has : has) return false;
      const roles = event.kind === 'account.removeRole' ? account.roles.filter((r) => r !== event.role) : [...account.roles, event.role];
      db.update(accounts).set({ roles }).where(eq(accounts.id, event.id)).run();
      return true;
    }
  }
}

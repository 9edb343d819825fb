// What must never come back when an older backup is restored: a purge, a consent withdrawal, a
// member's departure (their accounts disabled, their charter signatures revoked). Each is written,
// when it happens, to a small log beside the key file (concerto.irreversible.json), authenticated by
// HMAC-SHA256 under a key derived from the database key (like the backup manifest's MAC), and
// re-applied to a restored database in the scratch folder, before it replaces the workspace and
// before anyone can open it. A reactivation is logged too, so that re-applying stays faithful (the
// signatures revoked at the departure stay revoked: the member signs again).
//
// Why re-apply rather than refuse an older backup: the workspace a backup is restored over is often
// the damaged one, which could not say what happened since; and refusing would leave the group
// without its data. The log lives outside the database and outside backups, so it survives both.
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { and, eq, isNull } from 'drizzle-orm';
import { accounts, members, situations } from '../../../db/schema.js';
import { AppError } from '../../../contract/errors.js';
import { appendAudit } from '../audit.js';
import { revokeSignaturesOf } from '../charter/signatures.js';
import type { Db } from '../store.js';
import { applyPurge } from '../situations/retention.js';
import { refreshSearchIndex } from '../situations/search.js';
import { applyWithdrawal } from '../situations/withdrawal.js';
import { publishFile } from './durable.js';

export const IRREVERSIBLE_FILE_NAME = 'concerto.irreversible.json';
const FORMAT = 'concerto.irreversible';
const KEY_LABEL = 'concerto.irreversible.log-key.v1';

export type IrreversibleEvent =
  | { kind: 'situation.purge'; id: string; at: string }
  | { kind: 'situation.withdrawConsent'; id: string; at: string }
  | { kind: 'member.deactivate'; id: string; at: string; until: string }
  | { kind: 'member.reactivate'; id: string; at: string };

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
  return log.events;
}

/** Appends one event, durably (tmp, fsync, rename). Called right after the change is committed. */
export function recordIrreversible(dir: string, workspaceId: string, dbKey: Uint8Array, event: IrreversibleEvent): void {
  const events = [...readIrreversible(dir, workspaceId, dbKey), event];
  const log: LogFile = { format: FORMAT, version: 1, workspaceId, events, mac: macOf(dbKey, workspaceId, events).toString('hex') };
  const tmp = path.join(dir, `.${IRREVERSIBLE_FILE_NAME}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(log, null, 2) + '\n', { mode: 0o600 });
  publishFile(tmp, path.join(dir, IRREVERSIBLE_FILE_NAME), dir);
}

/** Re-applies every event to a (restored) database, in order; idempotent. Call inside a transaction. Returns how many changed something. */
export function reapplyIrreversible(db: Db, events: IrreversibleEvent[]): number {
  let applied = 0;
  for (const event of events) {
    const at = new Date(event.at);
    if (event.kind === 'situation.purge' || event.kind === 'situation.withdrawConsent') {
      const row = db.select().from(situations).where(eq(situations.id, event.id)).get();
      if (!row || row.purgedAt) continue;
      if (event.kind === 'situation.purge') {
        applyPurge(db, null, event.id, at);
        refreshSearchIndex(db);
      }
      else if (!row.consentWithdrawnAt) applyWithdrawal(db, null, event.id, at);
      else continue;
      applied++;
      continue;
    }
    const member = db.select().from(members).where(eq(members.id, event.id)).get();
    if (!member) continue;
    if (event.kind === 'member.deactivate') {
      if (!member.deactivatedAt) db.update(members).set({ activeUntil: event.until, deactivatedAt: event.at, updatedAt: event.at }).where(eq(members.id, event.id)).run();
      const disabled = db.update(accounts).set({ disabledAt: event.at }).where(and(eq(accounts.memberId, event.id), isNull(accounts.disabledAt))).run().changes;
      // Only the signatures that existed at the departure: one recorded after it (back, signed again) stays.
      const revoked = revokeSignaturesOf(db, event.id, event.at, event.at);
      if (!member.deactivatedAt || disabled > 0 || revoked > 0) applied++;
    } else if (member.deactivatedAt) {
      db.update(members).set({ activeUntil: null, deactivatedAt: null, deactivationReason: null, updatedAt: event.at }).where(eq(members.id, event.id)).run();
      db.update(accounts).set({ disabledAt: null }).where(eq(accounts.memberId, event.id)).run();
      applied++;
    }
  }
  if (applied > 0) appendAudit(db, { accountId: null, action: 'workspace.restore.reapplied', entity: 'restore', entityId: String(applied) });
  return applied;
}

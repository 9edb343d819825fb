// Accounts: roster members who can log in on this computer, each with their own passphrase slot.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { accounts, members } from '../../db/schema.js';
import { writeKeyFile } from '../crypto/keyFile.js';
import { generateIdentity } from '../crypto/identity.js';
import type { Sodium } from '../crypto/sodium.js';
import type { Role } from '../../contract/schemas/common.js';
import type { AccountSummary } from '../../contract/types/app.js';
import { appendAudit } from './audit.js';
import { activeCoordinatorIds } from './coordinators.js';
import { nowIso } from './clock.js';
import { AppError } from '../../contract/errors.js';
import { irreversible } from './safety/irreversibleRecord.js';
import { inTransaction, type OpenWorkspace } from './store.js';
import { addAccountSlot, insertAccount, type UnlockedWorkspace, type WorkspaceOptions } from './workspace.js';

export interface AccountRecord {
  id: string;
  memberId: string;
  username: string;
  roles: Role[];
  language: 'fr' | 'en';
  identityKeyId: string;
  disabledAt: string | null;
  firstName: string;
  lastName: string;
}

export function getAccount(ws: OpenWorkspace, accountId: string): AccountRecord {
  const row = ws.db
    .select({
      id: accounts.id,
      memberId: accounts.memberId,
      username: accounts.username,
      roles: accounts.roles,
      language: accounts.language,
      identityKeyId: accounts.identityKeyId,
      disabledAt: accounts.disabledAt,
      firstName: members.firstName,
      lastName: members.lastName,
    })
    .from(accounts)
    .innerJoin(members, eq(members.id, accounts.memberId))
    .where(eq(accounts.id, accountId))
    .get();
  if (!row) throw new AppError('UNKNOWN_ACCOUNT');
  return { ...row, roles: row.roles as Role[], language: row.language === 'en' ? 'en' : 'fr' };
}

export function listAccounts(ws: OpenWorkspace): AccountSummary[] {
  return ws.db
    .select({
      id: accounts.id,
      memberId: accounts.memberId,
      username: accounts.username,
      roles: accounts.roles,
      identityKeyId: accounts.identityKeyId,
      createdAt: accounts.createdAt,
      disabledAt: accounts.disabledAt,
      firstName: members.firstName,
      lastName: members.lastName,
    })
    .from(accounts)
    .innerJoin(members, eq(members.id, accounts.memberId))
    .orderBy(asc(accounts.username))
    .all()
    .map((r) => ({
      id: r.id,
      memberId: r.memberId,
      memberName: `${r.firstName} ${r.lastName}`,
      username: r.username,
      roles: r.roles as Role[],
      identityKeyId: r.identityKeyId,
      createdAt: r.createdAt,
      disabled: r.disabledAt !== null,
    }));
}

/** Active accounts holding the coordinator role. */
export function activeCoordinators(ws: OpenWorkspace): AccountSummary[] {
  const ids = new Set(activeCoordinatorIds(ws.db));
  return listAccounts(ws).filter((a) => ids.has(a.id));
}

export async function createAccount(
  s: Sodium,
  session: UnlockedWorkspace,
  args: { memberId: string; username: string; roles: Role[]; passphrase: string },
  options: WorkspaceOptions,
): Promise<AccountSummary> {
  const { ws } = session;
  const member = ws.db.select().from(members).where(eq(members.id, args.memberId)).get();
  if (!member) throw new AppError('NOT_FOUND');
  if (member.deactivatedAt) throw new AppError('MEMBER_INACTIVE');
  if (ws.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.memberId, args.memberId)).get()) throw new AppError('MEMBER_HAS_ACCOUNT');
  if (ws.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, args.username)).get()) throw new AppError('USERNAME_TAKEN');
  const accountId = randomUUID();
  const identity = generateIdentity(s);
  try {
    const keyFile = await addAccountSlot(session, { accountId, username: args.username, passphrase: args.passphrase, identity }, options);
    inTransaction(ws, () => {
      insertAccount(ws, { accountId, memberId: args.memberId, username: args.username, roles: args.roles, identity, at: nowIso() });
      appendAudit(ws.db, { accountId: session.accountId, action: 'account.create', entity: 'account', entityId: accountId });
      // Last step of the transaction: if the key file cannot be written, the account row is rolled back.
      writeKeyFile(ws.dir, keyFile);
    });
  } finally {
    s.memzero(identity.signSecretKey);
    s.memzero(identity.boxSecretKey);
  }
  const created = listAccounts(ws).find((a) => a.id === accountId);
  if (!created) throw new AppError('INTERNAL');
  return created;
}

/**
 * Replaces an account's roles. Each role removed (and, so that a restore stays faithful, each role
 * added) is written to the log of irreversible changes once committed: a demotion done after a
 * backup stays in effect when that backup is restored (safety/irreversible.ts).
 */
export function setRoles(session: UnlockedWorkspace, accountId: string, roles: Role[]): AccountSummary {
  const { ws } = session;
  const before = inTransaction(ws, () => {
    const target = ws.db.select().from(accounts).where(eq(accounts.id, accountId)).get();
    if (!target) throw new AppError('NOT_FOUND');
    const remaining = activeCoordinatorIds(ws.db).filter((id) => id !== accountId);
    if (!roles.includes('coordinator') && remaining.length === 0) throw new AppError('LAST_COORDINATOR');
    ws.db.update(accounts).set({ roles }).where(eq(accounts.id, accountId)).run();
    appendAudit(ws.db, { accountId: session.accountId, action: 'account.setRoles', entity: 'account', entityId: accountId });
    return target.roles as Role[];
  });
  const at = nowIso();
  for (const role of before.filter((r) => !roles.includes(r))) irreversible(session, { kind: 'account.removeRole', id: accountId, role, at });
  for (const role of roles.filter((r) => !before.includes(r))) irreversible(session, { kind: 'account.addRole', id: accountId, role, at });
  const updated = listAccounts(ws).find((a) => a.id === accountId);
  if (!updated) throw new AppError('NOT_FOUND');
  return updated;
}

export function setLanguage(ws: OpenWorkspace, accountId: string, language: 'fr' | 'en'): void {
  inTransaction(ws, () => {
    ws.db.update(accounts).set({ language }).where(eq(accounts.id, accountId)).run();
    appendAudit(ws.db, { accountId, action: 'account.setLanguage', entity: 'account', entityId: accountId });
  });
}

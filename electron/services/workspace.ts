// Creating and unlocking a workspace: the key file's slots, the encrypted store, the account's identity.
import { warmAnonymisation } from './anonymisation/warmUp.js';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { accounts, members, retiredIdentities, workspace } from '../../db/schema.js';
import { generateIdentity, type UnlockedIdentity, wipeIdentity } from '../crypto/identity.js';
import { readKeyFile, writeKeyFile, type AccountSlot, type KeyFile } from '../crypto/keyFile.js';
import { makeAccountSlot, makeRecoverySlot, openRecoverySlot, openSlotIdentityWithKey, unwrapAccountSlot } from '../crypto/keySlots.js';
import { generateRecoveryKey, normaliseRecoveryKey, RECOVERY_KEY_PATTERN } from '../crypto/recoveryKey.js';
import type { KdfStrength } from '../crypto/kdf.js';
import { getSodium } from '../crypto/sodium.js';
import type { Role } from '../../contract/schemas/common.js';
import { appendAudit } from './audit.js';
import { nowIso, todayInBrussels } from './clock.js';
import { AppError } from '../../contract/errors.js';
import { closeStore, dbFilePath, inTransaction, openStore, workspaceState, type OpenWorkspace, type StoreOptions } from './store.js';

export interface UnlockedWorkspace {
  ws: OpenWorkspace;
  accountId: string;
  identity: UnlockedIdentity;
  /** Kept while unlocked to wrap new accounts' slots; wiped on lock. SQLite holds it in memory anyway. */
  dbKey: Uint8Array;
}

export interface WorkspaceOptions extends StoreOptions {
  /** Argon2id cost; MODERATE unless raised. */
  kdfStrength?: KdfStrength;
}

export interface CreateWorkspaceArgs {
  groupName: string;
  territory: string;
  coordinator: { firstName: string; lastName: string; username: string; secrecyStatus: 'professional_secret' | 'duty_of_reserve' };
  passphrase: string;
}

export async function createWorkspace(dir: string, args: CreateWorkspaceArgs, options: WorkspaceOptions): Promise<{ session: UnlockedWorkspace; recoveryKey: string }> {
  if (workspaceState(dir) !== 'none') throw new AppError('WORKSPACE_EXISTS');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const s = await getSodium();
  const workspaceId = randomUUID();
  const memberId = randomUUID();
  const accountId = randomUUID();
  const dbKey = s.randombytes_buf(32);
  const identity = generateIdentity(s);
  const recoveryKey = generateRecoveryKey(s);
  const keyFile: KeyFile = {
    format: 'concerto.keyfile',
    version: 1,
    workspaceId,
    slots: [
      makeAccountSlot(s, { workspaceId, accountId, username: args.coordinator.username, passphrase: args.passphrase, dbKey, identity, strength: options.kdfStrength }),
      makeRecoverySlot(s, { workspaceId, recoveryKey, dbKey, strength: options.kdfStrength }),
    ],
  };
  const { sqlite, db } = openStore(dir, dbKey, { ...options, create: true });
  restrictToOwner(dir);
  const ws: OpenWorkspace = { dir, workspaceId, sqlite, db };
  try {
    const at = nowIso();
    inTransaction(ws, () => {
      db.insert(workspace).values({ id: workspaceId, groupName: args.groupName, territory: args.territory, createdAt: at }).run();
      appendAudit(db, { accountId, action: 'workspace.create', entity: 'workspace', entityId: workspaceId });
      db.insert(members)
        .values({
          id: memberId,
          firstName: args.coordinator.firstName,
          lastName: args.coordinator.lastName,
          serviceType: 'other',
          secrecyStatus: args.coordinator.secrecyStatus,
          activeFrom: todayInBrussels(),
          createdAt: at,
          updatedAt: at,
        })
        .run();
      appendAudit(db, { accountId, action: 'member.create', entity: 'member', entityId: memberId });
      insertAccount(ws, { accountId, memberId, username: args.coordinator.username, roles: ['coordinator'], identity, at });
      appendAudit(db, { accountId, action: 'account.create', entity: 'account', entityId: accountId });
    });
    // The key file is written last: until it exists, nothing can open the new database.
    writeKeyFile(dir, keyFile);
  } catch (error) {
    closeStore(ws);
    removeHalfCreated(dir);
    s.memzero(dbKey);
    throw error;
  }
  return { session: { ws, accountId, identity, dbKey }, recoveryKey };
}

/** Encrypted or not, the files are nobody else's business: owner read/write only. */
function restrictToOwner(dir: string): void {
  if (process.platform === 'win32') return;
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(dbFilePath(dir) + suffix)) fs.chmodSync(dbFilePath(dir) + suffix, 0o600);
}

function removeHalfCreated(dir: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFilePath(dir) + suffix, { force: true });
}

export function insertAccount(
  ws: OpenWorkspace,
  a: { accountId: string; memberId: string; username: string; roles: Role[]; identity: UnlockedIdentity; at: string },
): void {
  ws.db
    .insert(accounts)
    .values({
      id: a.accountId,
      memberId: a.memberId,
      username: a.username,
      roles: a.roles,
      signPublicKey: a.identity.signPublicKey,
      boxPublicKey: a.identity.boxPublicKey,
      identityKeyId: a.identity.keyId,
      createdAt: a.at,
    })
    .run();
}

export function accountChoices(keyFile: KeyFile): Array<{ id: string; username: string }> {
  return keyFile.slots.filter((slot): slot is AccountSlot => slot.kind === 'account').map((slot) => ({ id: slot.accountId, username: slot.username }));
}

function findAccountSlot(keyFile: KeyFile, accountId: string): AccountSlot {
  const slot = keyFile.slots.find((x): x is AccountSlot => x.kind === 'account' && x.accountId === accountId);
  if (!slot) throw new AppError('UNKNOWN_ACCOUNT');
  return slot;
}

/** Opens the store with an unwrapped key and checks it belongs to the key file. */
function openChecked(dir: string, keyFile: KeyFile, dbKey: Uint8Array, options: StoreOptions): OpenWorkspace {
  if (!fs.existsSync(dbFilePath(dir))) throw new AppError('DATABASE_MISSING');
  const { sqlite, db } = openStore(dir, dbKey, options);
  const ws: OpenWorkspace = { dir, workspaceId: keyFile.workspaceId, sqlite, db };
  const row = db.select({ id: workspace.id }).from(workspace).get();
  if (row?.id !== keyFile.workspaceId) {
    sqlite.close();
    throw new AppError('DATABASE_MISMATCH');
  }
  return ws;
}

export async function unlockWithPassphrase(dir: string, accountId: string, passphrase: string, options: StoreOptions): Promise<UnlockedWorkspace> {
  const s = await getSodium();
  const keyFile = readKeyFile(dir);
  const slot = findAccountSlot(keyFile, accountId);
  const keys = unwrapAccountSlot(s, keyFile.workspaceId, slot, passphrase);
  if (!keys) throw new AppError('WRONG_PASSPHRASE');
  let ws: OpenWorkspace | undefined;
  try {
    ws = openChecked(dir, keyFile, keys.dbKey, options);
    const account = ws.db.select().from(accounts).where(eq(accounts.id, accountId)).get();
    if (!account) throw new AppError('UNKNOWN_ACCOUNT');
    if (account.disabledAt) throw new AppError('ACCOUNT_DISABLED');
    const identity = openSlotIdentityWithKey(s, keyFile.workspaceId, slot, keys.identityKey, {
      keyId: account.identityKeyId,
      signPublicKey: account.signPublicKey,
      boxPublicKey: account.boxPublicKey,
    });
    // The slot opened, so a failure here means the key file and the database disagree.
    if (!identity) throw new AppError('DATABASE_MISMATCH');
    void warmAnonymisation();
    return { ws, accountId, identity, dbKey: keys.dbKey };
  } catch (error) {
    if (ws) closeStore(ws);
    s.memzero(keys.dbKey);
    throw error;
  } finally {
    s.memzero(keys.identityKey);
  }
}

/**
 * Forgotten passphrase: the recovery key opens the database, the account gets a new passphrase
 * and a new identity (its old private keys were sealed under the lost passphrase and stay unusable;
 * the old public keys are kept so that what it signed stays verifiable).
 */
export async function recoverAccount(
  dir: string,
  args: { recoveryKey: string; accountId: string; passphrase: string },
  options: WorkspaceOptions,
): Promise<UnlockedWorkspace> {
  const s = await getSodium();
  const keyFile = readKeyFile(dir);
  const slot = findAccountSlot(keyFile, args.accountId);
  const recovery = keyFile.slots.find((x) => x.kind === 'recovery');
  const normalised = normaliseRecoveryKey(args.recoveryKey);
  if (!recovery || !RECOVERY_KEY_PATTERN.test(normalised)) throw new AppError('WRONG_RECOVERY_KEY');
  const dbKey = openRecoverySlot(s, keyFile.workspaceId, recovery, normalised);
  if (!dbKey) throw new AppError('WRONG_RECOVERY_KEY');
  let ws: OpenWorkspace | undefined;
  try {
    ws = openChecked(dir, keyFile, dbKey, options);
    const account = ws.db.select().from(accounts).where(eq(accounts.id, args.accountId)).get();
    if (!account) throw new AppError('UNKNOWN_ACCOUNT');
    if (account.disabledAt) throw new AppError('ACCOUNT_DISABLED');
    const identity = generateIdentity(s);
    const newSlot = makeAccountSlot(s, {
      workspaceId: keyFile.workspaceId,
      accountId: args.accountId,
      username: slot.username,
      passphrase: args.passphrase,
      dbKey,
      identity,
      strength: options.kdfStrength,
    });
    const opened = ws;
    inTransaction(opened, () => {
      const at = nowIso();
      opened.db
        .insert(retiredIdentities)
        .values({ identityKeyId: account.identityKeyId, accountId: account.id, signPublicKey: account.signPublicKey, boxPublicKey: account.boxPublicKey, retiredAt: at })
        .onConflictDoNothing()
        .run();
      opened.db
        .update(accounts)
        .set({ signPublicKey: identity.signPublicKey, boxPublicKey: identity.boxPublicKey, identityKeyId: identity.keyId })
        .where(eq(accounts.id, account.id))
        .run();
      appendAudit(opened.db, { accountId: account.id, action: 'account.recover', entity: 'account', entityId: account.id });
      // Inside the transaction: if the key file cannot be written, the database change is rolled back.
      writeKeyFile(dir, replaceSlot(keyFile, newSlot));
    });
    return { ws: opened, accountId: args.accountId, identity, dbKey };
  } catch (error) {
    if (ws) closeStore(ws);
    s.memzero(dbKey);
    throw error;
  }
}

function replaceSlot(keyFile: KeyFile, slot: AccountSlot): KeyFile {
  return { ...keyFile, slots: keyFile.slots.map((x) => (x.kind === 'account' && x.accountId === slot.accountId ? slot : x)) };
}

/** Rewrites the account's slot (database key and identity re-wrapped); the database is not rekeyed. */
export async function changePassphrase(session: UnlockedWorkspace, current: string, next: string, options: WorkspaceOptions): Promise<void> {
  const s = await getSodium();
  const { ws } = session;
  const keyFile = readKeyFile(ws.dir);
  const slot = findAccountSlot(keyFile, session.accountId);
  const opened = unwrapAccountSlot(s, keyFile.workspaceId, slot, current);
  if (!opened) throw new AppError('WRONG_PASSPHRASE');
  s.memzero(opened.identityKey);
  try {
    const newSlot = makeAccountSlot(s, {
      workspaceId: keyFile.workspaceId,
      accountId: session.accountId,
      username: slot.username,
      passphrase: next,
      dbKey: opened.dbKey,
      identity: session.identity,
      strength: options.kdfStrength,
    });
    inTransaction(ws, () => {
      appendAudit(ws.db, { accountId: session.accountId, action: 'account.changePassphrase', entity: 'account', entityId: session.accountId });
      writeKeyFile(ws.dir, replaceSlot(keyFile, newSlot));
    });
  } finally {
    s.memzero(opened.dbKey);
  }
}

/** Adds a slot for a new account, wrapping the session's database key under that person's passphrase. */
export async function addAccountSlot(
  session: UnlockedWorkspace,
  args: { accountId: string; username: string; passphrase: string; identity: UnlockedIdentity },
  options: WorkspaceOptions,
): Promise<KeyFile> {
  const s = await getSodium();
  const keyFile = readKeyFile(session.ws.dir);
  const slot = makeAccountSlot(s, { workspaceId: keyFile.workspaceId, ...args, dbKey: session.dbKey, strength: options.kdfStrength });
  return { ...keyFile, slots: [...keyFile.slots, slot] };
}

export async function endSession(session: UnlockedWorkspace): Promise<void> {
  const s = await getSodium();
  try {
    closeStore(session.ws);
  } finally {
    wipeIdentity(s, session.identity);
    s.memzero(session.dbKey);
  }
}

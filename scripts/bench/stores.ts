// The two stores the benchmark compares: the encrypted workspace file and a plaintext SQLite
// file, opened by the same module with the same pragmas, schema and migrations; only the key differs.
import fs from 'node:fs';
import path from 'node:path';
import { openEncrypted, openPlaintextForBenchmark } from '../../db/connection.js';
import { defaultMigrationsDir } from '../../db/migrate.js';
import { writeKeyFile, type KeyFile } from '../../electron/crypto/keyFile.js';
import { makeAccountSlot } from '../../electron/crypto/keySlots.js';
import type { Sodium } from '../../electron/crypto/sodium.js';
import { appendAudit } from '../../electron/services/audit.js';
import { attachStore, closeStore, dbFilePath, inTransaction, type OpenWorkspace } from '../../electron/services/store.js';
import type { GeneratedGroup } from './generate.js';

export type StoreKind = 'encrypted' | 'plaintext';
export const STORE_KINDS: readonly StoreKind[] = ['encrypted', 'plaintext'];

export const BENCH_PASSPHRASE = 'banc-essai-concerto-lanterne-57';

export interface BenchStore {
  kind: StoreKind;
  dir: string;
  /** The database key (encrypted store only). */
  key: Uint8Array | null;
}

export function openBenchStore(store: BenchStore, workspaceId: string, create = false): OpenWorkspace {
  const file = dbFilePath(store.dir);
  const sqlite = store.key ? openEncrypted(file, store.key, { create }) : openPlaintextForBenchmark(file, { create });
  return { dir: store.dir, workspaceId, sqlite, db: attachStore(sqlite, defaultMigrationsDir()) };
}

/** Writes the whole group in one transaction, as an import or a restore would. */
export function loadGroup(ws: OpenWorkspace, group: GeneratedGroup): void {
  inTransaction(ws, () => {
    for (const event of group.events) {
      event.write(ws.db);
      appendAudit(ws.db, { accountId: event.accountId, action: event.action, entity: event.entity, entityId: event.entityId }, new Date(event.at));
    }
  });
}

export function newBenchStore(s: Sodium, kind: StoreKind, parent: string, name: string): BenchStore {
  const dir = path.join(parent, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { kind, dir, key: kind === 'encrypted' ? s.randombytes_buf(32) : null };
}

/** Creates the store, loads the group and returns the time the load took (open and migrations excluded). */
export function buildStore(store: BenchStore, group: GeneratedGroup): number {
  const ws = openBenchStore(store, group.workspaceId, true);
  try {
    const t0 = performance.now();
    loadGroup(ws, group);
    return performance.now() - t0;
  } finally {
    closeStore(ws);
  }
}

/**
 * A key file with the coordinator's slot (one Argon2id MODERATE derivation), so the encrypted
 * store becomes a workspace the app itself can unlock with BENCH_PASSPHRASE.
 */
export function writeBenchKeyFile(s: Sodium, store: BenchStore, group: GeneratedGroup): KeyFile {
  if (!store.key) throw new Error('only the encrypted store has a key file');
  const c = group.coordinator;
  const keyFile: KeyFile = {
    format: 'concerto.keyfile',
    version: 1,
    workspaceId: group.workspaceId,
    slots: [
      makeAccountSlot(s, {
        workspaceId: group.workspaceId,
        accountId: c.id,
        username: c.username,
        passphrase: BENCH_PASSPHRASE,
        dbKey: store.key,
        identity: { keyId: c.keyId, signPublicKey: c.signPublicKey, boxPublicKey: c.boxPublicKey, signSecretKey: c.signSecretKey, boxSecretKey: c.boxSecretKey },
      }),
    ],
  };
  writeKeyFile(store.dir, keyFile);
  return keyFile;
}

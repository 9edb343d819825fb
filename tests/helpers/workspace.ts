// Real encrypted workspaces in temp folders for integration tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRouter, type Router, type RouterOptions } from '../../electron/api/router.js';
import type { Result } from '../../contract/types/app.js';

export const PASSPHRASE = 'cerise-tambour-galaxie-42';
export const OTHER_PASSPHRASE = 'violon-marée-boussole-17';

export function tempDir(prefix = 'concerto-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const openRouters: Router[] = [];

/** A clock a test moves by hand (for the pace of automatic backups), instead of sleeping. */
export function testClock(start = new Date()) {
  let now = start.getTime();
  return {
    clock: () => new Date(now),
    advanceMinutes(minutes: number) {
      now += minutes * 60_000;
    },
  };
}

/** A router on a (by default new) temp folder; closed by closeTrackedRouters after each test. */
export function newRouter(dir = tempDir(), options: Pick<RouterOptions, 'clock' | 'groupSyncMs'> = {}): { router: Router; dir: string } {
  // The group folder's timer is off unless a test asks for it: passes happen when the test says.
  const router = createRouter({ workspaceDir: dir, mode: 'browser', version: 'test', groupSyncMs: 0, ...options });
  openRouters.push(router);
  return { router, dir };
}

/** Use as afterEach(closeTrackedRouters): locks and closes every router the test opened. */
export async function closeTrackedRouters(): Promise<void> {
  await Promise.all(openRouters.splice(0).map((r) => r.close()));
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export const coordinatorInput = {
  groupName: 'Concertation Brabant wallon',
  territory: 'Brabant wallon',
  coordinator: { firstName: 'Anne', lastName: 'Dupont', username: 'anne', secrecyStatus: 'professional_secret' as const },
  passphrase: PASSPHRASE,
  passphraseConfirm: PASSPHRASE,
};

export async function createdWorkspace(options: Pick<RouterOptions, 'clock'> = {}) {
  const { router, dir } = newRouter(undefined, options);
  const created = unwrap(await router.handle('workspace.create', coordinatorInput)) as { recoveryKey: string; session: { accountId: string } };
  return { router, dir, recoveryKey: created.recoveryKey, accountId: created.session.accountId };
}

export const sampleMember = {
  firstName: 'Luc',
  lastName: 'Martin',
  organisation: 'SAJ de Nivelles',
  serviceType: 'saj',
  function: 'Délégué',
  email: 'luc.martin@example.be',
  phone: '067 12 34 56',
  town: 'Nivelles',
  secrecyStatus: 'professional_secret',
  isReferent: true,
  activeFrom: '2025-09-01',
  activeUntil: null,
};

/** Every file of the folder, bytes included (db, -wal, -shm, key file). */
export function folderBytes(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) out.set(name, fs.readFileSync(full));
  }
  return out;
}

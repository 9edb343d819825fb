// Failure cases: a full disk, a folder that turns read-only. Each gives a clear French message,
// nothing already committed is lost, and the app recovers without being reinstalled.
// Errors are injected through SQLite itself (max_page_count → SQLITE_FULL, query_only → SQLITE_READONLY)
// and through real file system errors (/dev/full → ENOSPC), never by mocking our own code.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapSqliteError, openEncrypted } from '../../db/connection.js';
import { errorMessage } from '../../contract/messages.js';
import { verifyAuditChain } from '../../electron/services/audit.js';
import { createMember, listMembers } from '../../electron/services/members.js';
import { createBackup } from '../../electron/services/safety/backup.js';
import { backupFileName } from '../../electron/services/safety/naming.js';
import { endSession, type UnlockedWorkspace } from '../../electron/services/workspace.js';
import { serviceWorkspace } from '../helpers/safetyWorkspace.js';
import { sampleMember, tempDir } from '../helpers/workspace.js';

let session: UnlockedWorkspace;
let dir: string;
let key: Uint8Array;

const member = (lastName: string) => ({ ...sampleMember, lastName, organisation: 'x'.repeat(900) }) as Parameters<typeof createMember>[2];

/** The error fn throws, or undefined. */
function attempt(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error;
  }
}

function caught(fn: () => unknown): unknown {
  const error = attempt(fn);
  if (!error) throw new Error('expected an error');
  return error;
}

beforeAll(async () => {
  ({ session, dir } = await serviceWorkspace());
  key = new Uint8Array(session.dbKey);
  for (let i = 0; i < 5; i += 1) createMember(session.ws, session.accountId, member(`Déjà-${i}`));
});
afterAll(async () => {
  if (session.ws.sqlite.open) await endSession(session);
});

describe('a full disk', () => {
  it('refuses the write with STORAGE_FULL, keeps what was committed, and works again once space is freed', () => {
    const pages = session.ws.sqlite.pragma('page_count', { simple: true }) as number;
    session.ws.sqlite.pragma(`max_page_count = ${pages}`);
    let error: unknown;
    for (let i = 0; i < 50 && !error; i += 1) error = attempt(() => createMember(session.ws, session.accountId, member(`Trop-${i}`)));
    const mapped = mapSqliteError(error);
    expect(mapped.code).toBe('STORAGE_FULL');
    expect(errorMessage(mapped.code)).toMatch(/disque est plein.*rien de ce qui était enregistré n'est perdu/);
    // The failed transaction left nothing half-written.
    expect(verifyAuditChain(session.ws.db).ok).toBe(true);
    expect(session.ws.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    session.ws.sqlite.pragma('max_page_count = 1073741823');
    createMember(session.ws, session.accountId, member('Après-libération'));
    const names = listMembers(session.ws).map((m) => m.lastName);
    expect(names).toEqual(expect.arrayContaining(['Déjà-0', 'Déjà-4', 'Après-libération']));
  });

  it('makes a backup fail with STORAGE_FULL and leaves no file announced as a backup', () => {
    const destDir = tempDir('concerto-full-');
    const now = new Date('2026-11-23T10:00:00Z');
    const name = backupFileName('Concertation Brabant wallon', now, 'manual');
    // The backup's temporary file is a link to /dev/full: every write fails with ENOSPC.
    fs.symlinkSync('/dev/full', path.join(destDir, `.${name}.tmp`));
    const error = caught(() => createBackup(session, { appVersion: 'test', destDir, now }));
    expect((error as { code?: string }).code).toBe('STORAGE_FULL');
    expect(fs.readdirSync(destDir).filter((n) => n.endsWith('.tar'))).toEqual([]);
    // Space freed (the link is gone): the same backup now succeeds.
    const created = createBackup(session, { appVersion: 'test', destDir, now });
    expect(created.verified).toBe(true);
  });
});

describe('a folder that turns read-only', () => {
  it('refuses the write with STORAGE_READONLY and loses nothing', () => {
    // As root, file modes do not stop writes; SQLite's query_only gives the same SQLITE_READONLY a read-only mount gives.
    session.ws.sqlite.pragma('query_only = 1');
    const error = caught(() => createMember(session.ws, session.accountId, member('Refusé')));
    const mapped = mapSqliteError(error);
    expect(mapped.code).toBe('STORAGE_READONLY');
    expect(errorMessage(mapped.code)).toMatch(/pas accessible en écriture.*rien de ce qui était enregistré n'est perdu/);
    session.ws.sqlite.pragma('query_only = 0');
    createMember(session.ws, session.accountId, member('Accepté'));
    expect(listMembers(session.ws).map((m) => m.lastName)).toEqual(expect.arrayContaining(['Déjà-0', 'Accepté']));
    expect(listMembers(session.ws).map((m) => m.lastName)).not.toContain('Refusé');
  });

  it('makes a backup into a read-only folder fail with STORAGE_READONLY', () => {
    let destDir: string;
    if (process.getuid?.() === 0) {
      destDir = '/sys/concerto-backups'; // sysfs refuses new folders even to root (EPERM)
    } else {
      destDir = tempDir('concerto-ro-');
      fs.chmodSync(destDir, 0o500);
    }
    const error = caught(() => createBackup(session, { appVersion: 'test', destDir }));
    expect((error as { code?: string }).code).toBe('STORAGE_READONLY');
  });

  it('after all this, the workspace reopens intact', async () => {
    await endSession(session);
    const db = openEncrypted(path.join(dir, 'concerto.db'), key);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const names = (db.prepare('select last_name as n from members').all() as Array<{ n: string }>).map((r) => r.n);
      expect(names).toEqual(expect.arrayContaining(['Déjà-0', 'Déjà-4', 'Après-libération', 'Accepté']));
    } finally {
      db.close();
    }
  });
});

// The backup manifest is authenticated: an edited kind or date (an old backup shown as newer, or a
// copy as verified) is refused by the restore preview like a damaged file, before anything is shown.
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedBackupInfo, RestorePreviewInfo } from '../../contract/types/safety.js';
import type { Router } from '../../electron/api/router.js';
import { extractTo } from '../helpers/safety.js';
import { closeTrackedRouters, createdWorkspace, PASSPHRASE, tempDir, unwrap } from '../helpers/workspace.js';

let router: Router;
let dir: string;
let backup: CreatedBackupInfo;
const credentials = { kind: 'passphrase', username: 'anne', passphrase: PASSPHRASE } as const;

beforeAll(async () => {
  ({ router, dir } = await createdWorkspace());
  backup = unwrap(await router.handle('backup.create', {})) as CreatedBackupInfo;
  await router.lockNow();
});
afterAll(closeTrackedRouters);

/** The backup repacked with its manifest edited (and its hashes left as they are: they still match). */
function edited(patch: (manifest: Record<string, unknown>) => void, entries = ['manifest.json', 'manifest.mac', 'concerto.db', 'concerto.keys.json']): string {
  const files = extractTo(path.join(dir, 'backups', backup.name));
  const manifestFile = path.join(files, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  patch(manifest);
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  const out = path.join(tempDir('concerto-edited-'), 'edited.tar');
  tar.c({ file: out, cwd: files, sync: true, portable: true }, entries);
  return fs.readFileSync(out).toString('base64');
}

const inspect = (contentBase64: string) => router.handle('restore.inspect', { source: { kind: 'upload', fileName: 'x.tar', contentBase64 }, credentials });

describe('the backup manifest', () => {
  it('opens as it was written', async () => {
    const preview = unwrap(await inspect(edited(() => undefined))) as RestorePreviewInfo;
    expect(preview).toMatchObject({ kind: 'manual', createdAt: backup.createdAt });
  });

  it('is refused when its kind or its date was edited, with the damaged-file message', async () => {
    for (const patch of [(m: Record<string, unknown>) => (m.kind = 'auto'), (m: Record<string, unknown>) => (m.createdAt = '2030-01-01T00:00:00.000Z')]) {
      const result = await inspect(edited(patch));
      expect(result.ok ? 'ok' : result.error.code).toBe('BACKUP_INVALID');
      if (!result.ok) expect(result.error.message).toMatch(/endommagé/);
    }
  });

  it('is refused without its MAC', async () => {
    const result = await inspect(edited(() => undefined, ['manifest.json', 'concerto.db', 'concerto.keys.json']));
    expect(result.ok ? 'ok' : result.error.code).toBe('BACKUP_INVALID');
  });
});

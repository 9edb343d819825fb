// `npm run demo`, the README's first step, run as a user runs it: it must finish (exit 0), say how
// to open the workspace with which passphrases, leave a closed store (no -wal), and open.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppStatus } from '../../contract/types/app.js';
import { closeTrackedRouters, newRouter, tempDir, unwrap } from '../helpers/workspace.js';

afterAll(closeTrackedRouters);

function runDemo(dir: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('npm run demo', () => {
  it('completes, prints how to open it, closes the store, and the workspace opens with the printed passphrase', async () => {
    const dir = path.join(tempDir('concerto-demo-'), 'demo');
    const { code, out, err } = await runDemo(dir);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/Ouvrez-le avec : npm start -- --workspace /);
    expect(out).toMatch(/Clé de récupération \(démo uniquement\) : [0-9A-Z]{4}(-[0-9A-Z]{4}){12}/);
    expect(out).toMatch(/secretariat .* phrase de passe : /);
    const passphrase = /Compte : coordination — phrase de passe : (\S+)/.exec(out)?.[1];
    expect(passphrase).toBeTruthy();
    expect(fs.existsSync(path.join(dir, 'concerto.db-wal'))).toBe(false);

    const { router } = newRouter(dir);
    const status = unwrap(await router.handle('app.status', {})) as AppStatus;
    const coordination = status.accounts.find((a) => a.username === 'coordination')!;
    unwrap(await router.handle('session.unlock', { accountId: coordination.id, passphrase }));
    expect(router.isUnlocked()).toBe(true);
  }, 240_000);
});

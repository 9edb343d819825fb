// `npm run check -- <workspace>`: the integrity report from a terminal, with the passphrase or the recovery key.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../db/connection.js';
import { endSession } from '../../electron/services/workspace.js';
import { serviceWorkspace } from '../helpers/safetyWorkspace.js';
import { PASSPHRASE } from '../helpers/workspace.js';

let dir: string;
let recoveryKey: string;
let key: Uint8Array;

/** Runs the check with `stdin` piped in (the prompts read lines from a pipe when there is no terminal). */
function check(args: string[], stdin: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', dir, ...args], { input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  const created = await serviceWorkspace();
  ({ dir, recoveryKey } = created);
  key = new Uint8Array(created.session.dbKey);
  await endSession(created.session);
});

describe('npm run check', () => {
  it('reports every check passed with the passphrase (exit 0), never echoing it', () => {
    const { code, out, err } = check([], `${PASSPHRASE}\n`);
    expect(code, err).toBe(0);
    expect(err).toContain('Phrase de passe de « anne »');
    expect(out + err).not.toContain(PASSPHRASE);
    expect(out).toMatch(/OK\s+Structure de la base de données/);
    expect(out).toMatch(/OK\s+Chaîne du journal d'audit \(3 vérifiés\)/);
    expect(out).toContain('Résultat : tout est en ordre.');
  });

  it('accepts the recovery key', () => {
    const { code, out } = check(['--recovery-key'], `${recoveryKey.toLowerCase()}\n`);
    expect(code).toBe(0);
    expect(out).toContain('tout est en ordre');
  });

  it('says clearly when the passphrase is wrong (exit 2)', () => {
    const { code, err } = check([], 'pas-la-bonne\n');
    expect(code).toBe(2);
    expect(err).toMatch(/Phrase de passe incorrecte.*\(WRONG_PASSPHRASE\)/);
  });

  it('reports a tampered audit log (exit 1)', () => {
    const db = openEncrypted(path.join(dir, 'concerto.db'), key);
    db.prepare("update audit_events set entity_id = 'autre' where seq = 1").run();
    db.close();
    const { code, out } = check(['--user', 'anne'], `${PASSPHRASE}\n`);
    expect(code).toBe(1);
    expect(out).toMatch(/ÉCHEC\s+Chaîne du journal d'audit/);
    expect(out).toContain('edited@1');
  });
});

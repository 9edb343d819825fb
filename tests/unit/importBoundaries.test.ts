// The import-boundary lint (.dependency-cruiser.cjs) must fail on each kind of bad import:
// planted files in a scratch tree laid out like the repository, cruised with the real config.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve('.');
let scratch = '';

function plant(file: string, text: string): void {
  const full = path.join(scratch, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
}

function cruise(...targets: string[]): { status: number | null; output: string } {
  const bin = path.join(repo, 'node_modules/.bin/depcruise');
  const result = spawnSync(bin, [...targets, '--config', path.join(repo, '.dependency-cruiser.cjs'), '--output-type', 'err'], { cwd: scratch, encoding: 'utf8' });
  // Colours are stripped: under CI the cruiser may colour its report, which splits the rule from its file.
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-lint-'));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(scratch, 'node_modules'));
  plant('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowJs: true } }));
  plant('electron/api/router.ts', 'export const router = 1;\n');
  plant('electron/host/host.ts', 'export const host = 1;\n');
  plant('electron/services/clock.ts', 'export const clock = 1;\n');
  plant('db/schema.ts', 'export const schema = 1;\n');
  plant('contract/errors.ts', 'export const errors = 1;\n');
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('import boundaries', () => {
  it('accepts imports that point down', () => {
    plant('electron/services/good.ts', "import { errors } from '../../contract/errors.js';\nimport { schema } from '../../db/schema.js';\nexport const good = [errors, schema];\n");
    plant('renderer/src/good.ts', "import { errors } from '../../contract/errors.js';\nexport const good = errors;\n");
    const { status, output } = cruise('electron/services/good.ts', 'renderer/src/good.ts');
    expect(output).not.toMatch(/error/);
    expect(status).toBe(0);
  });

  const cases: Array<[string, string, string, string]> = [
    ['a service importing the router', 'electron/services/bad1.ts', "import { router } from '../api/router.js';\nexport const x = router;\n", 'lower-layers-do-not-import-upper'],
    ['db importing a service', 'db/bad2.ts', "import { clock } from '../electron/services/clock.js';\nexport const x = clock;\n", 'db-and-crypto-below-services'],
    ['the contract importing db', 'contract/bad3.ts', "import { schema } from '../db/schema.js';\nexport const x = schema;\n", 'contract-imports-nothing-of-ours'],
    ['the contract importing node', 'contract/bad4.ts', "import fs from 'node:fs';\nexport const x = fs;\n", 'contract-no-node'],
    ['the renderer importing a service', 'renderer/src/bad5.ts', "import { clock } from '../../electron/services/clock.js';\nexport const x = clock;\n", 'renderer-only-contract-and-own-files'],
    ['the renderer importing node', 'renderer/src/bad6.ts', "import path from 'node:path';\nexport const x = path;\n", 'renderer-no-node'],
    ['a service importing electron', 'electron/services/bad7.ts', "import { app } from 'electron';\nexport const x = app;\n", 'only-main-and-preload-import-electron'],
    ['a service importing React', 'electron/services/bad8.ts', "import React from 'react';\nexport const x = React;\n", 'lower-layers-no-react'],
    ['the router importing the host', 'electron/api/bad9.ts', "import { host } from '../host/host.js';\nexport const x = host;\n", 'router-below-transports'],
  ];
  // One cruise over every planted bad file (a spawn costs about 2 s); each case then finds its own rule and file.
  let bad = { status: 0 as number | null, output: '' };
  beforeAll(() => {
    for (const [, file, text] of cases) plant(file, text);
    bad = cruise(...cases.map(([, file]) => file));
  });

  it.each(cases)('refuses %s', (_label, file, _text, rule) => {
    expect(bad.output).toMatch(new RegExp(`${rule}: ${file.replace(/[.]/g, '\\.')} → `));
    expect(bad.status).not.toBe(0);
  });

  it('refuses a circle', () => {
    plant('electron/services/circleA.ts', "import { b } from './circleB.js';\nexport const a = () => b;\n");
    plant('electron/services/circleB.ts', "import { a } from './circleA.js';\nexport const b = () => a;\n");
    const { status, output } = cruise('electron/services/circleA.ts');
    expect(output).toContain('no-circular');
    expect(status).not.toBe(0);
  });
});

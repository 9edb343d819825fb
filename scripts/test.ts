// `npm test`: type checking, unit + integration tests (vitest), the renderer build, and the
// end-to-end tests (Playwright, Chromium) — then ONE summary line summed over all of them,
// "N passed, N failed, N skipped", which is the line CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_HELP, findChromium } from './find-chromium.js';

const RESULTS = path.resolve('test-results');
fs.rmSync(RESULTS, { recursive: true, force: true });
fs.mkdirSync(RESULTS, { recursive: true });

const counts = { passed: 0, failed: 0, skipped: 0 };
let stepFailed = false;

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const ok = result.status === 0;
  if (!ok) stepFailed = true;
  return ok;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// 1. Types: counted as one check, so that a type error shows in the summary line.
const typesOk = run('Vérification des types / type checking', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']) &&
  run('Vérification des types (interface) / renderer type checking', npx, ['tsc', '--noEmit', '-p', 'renderer/tsconfig.json']);
counts[typesOk ? 'passed' : 'failed'] += 1;

// 1b. Import boundaries (.dependency-cruiser.cjs): layers point down, no circle; counted as one check.
const importsOk = run('Frontières des imports / import boundaries', npx, ['depcruise', 'contract', 'db', 'electron', 'renderer/src', 'scripts', '--config', '.dependency-cruiser.cjs']);
counts[importsOk ? 'passed' : 'failed'] += 1;

// 2. Unit, integration and Electron-shell tests.
const vitestJson = path.join(RESULTS, 'vitest.json');
run('Tests unitaires et d’intégration (vitest)', npx, [
  'vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson<{
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  testResults?: Array<{ status: string; assertionResults: Array<{ status: string }> }>;
}>(vitestJson);
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  // A file that failed without a failing test (its beforeAll threw, or it did not load) reports its
  // tests as skipped: count it as one failure, or the summary line would say "0 failed".
  counts.failed += (vitest.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  counts.failed += 1;
}

// 3. End to end, on the built renderer, in Chromium.
const chromium = findChromium();
if (!chromium) {
  console.error(`\n✖ ${CHROMIUM_HELP}`);
  counts.failed += 1;
  stepFailed = true;
} else if (run('Construction de l’interface / renderer build', npx, ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'])) {
  const playwrightJson = path.join(RESULTS, 'playwright.json');
  run('Tests de bout en bout (Playwright, Chromium)', npx, ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts']);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(playwrightJson);
  if (report) {
    counts.passed += report.stats.expected + report.stats.flaky;
    counts.failed += report.stats.unexpected;
    counts.skipped += report.stats.skipped;
  } else {
    counts.failed += 1;
  }
} else {
  counts.failed += 1;
}

console.log(`\nCaptures d’écran / screenshots: ${path.join(RESULTS, 'screenshots')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(stepFailed || counts.failed > 0 ? 1 : 0);

// The crash-safety campaign shared by the test (≥ 30 kills) and scripts/crash-test.ts (1,000):
// start the writer, SIGKILL it at a random moment, reopen, check integrity_check, the audit chain
// and that every commit it reported is there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { openStore, closeStore } from '../../electron/services/store.js';
import { verifyAuditChain } from '../../electron/services/audit.js';
import { createWorkspace } from '../../electron/services/workspace.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const MIGRATIONS_DIR = path.join(ROOT, 'db', 'migrations');

export interface CampaignOptions {
  kills: number;
  synchronous?: 'FULL' | 'NORMAL';
  /** Random delay before the kill, after the writer said it was ready. */
  maxDelayMs?: number;
  /** Start again from a fresh copy of the workspace every N kills, so checks stay fast. */
  resetEvery?: number;
  onKill?: (done: number, total: number) => void;
}

export interface CampaignFigures {
  kills: number;
  reportedCommits: number;
  /** Commits found that the writer had not reported yet (committed, killed before printing): allowed. */
  unreportedButPresent: number;
  lostCommits: number;
  integrityFailures: number;
  auditFailures: number;
  killsMidRun: number;
  elapsedMs: number;
}

/** The writer, bundled once (node starts it in ~0.1 s, instead of ~1 s through tsx). */
async function bundleWriter(): Promise<string> {
  const outDir = path.join(ROOT, 'node_modules', '.cache', 'concerto-crash');
  const outfile = path.join(outDir, `writer-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, 'tests', 'crash', 'writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
  return outfile;
}

/** A closed workspace (database + key file) to copy; its raw key is kept for the checks. */
export async function templateWorkspace(): Promise<{ dir: string; key: Buffer }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-crash-template-'));
  const { session } = await createWorkspace(
    dir,
    {
      groupName: 'Crash',
      territory: '',
      coordinator: { firstName: 'A', lastName: 'B', username: 'crash', secrecyStatus: 'professional_secret' },
      passphrase: 'cerise-tambour-galaxie-42',
    },
    { migrationsDir: MIGRATIONS_DIR },
  );
  const key = Buffer.from(session.dbKey);
  closeStore(session.ws);
  return { dir, key };
}

function freshCopy(template: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-crash-'));
  for (const name of fs.readdirSync(template)) if (!fs.statSync(path.join(template, name)).isDirectory()) fs.copyFileSync(path.join(template, name), path.join(dir, name));
  return dir;
}

/** Runs the writer once, kills it after a random delay; returns the ids it reported as committed. */
function runOnce(writer: string, dir: string, key: Buffer, run: string, synchronous: string, maxDelayMs: number): Promise<{ reported: string[]; midRun: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, CONCERTO_CRASH_DIR: dir, CONCERTO_CRASH_DB_KEY: key.toString('hex'), CONCERTO_CRASH_RUN: run, CONCERTO_CRASH_SYNC: synchronous, CONCERTO_MIGRATIONS_DIR: MIGRATIONS_DIR },
    });
    let buffer = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      if (!killed && buffer.startsWith('ready\n')) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * maxDelayMs);
      }
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      const reported = buffer
        .split('\n')
        .filter((line) => line.startsWith('commit '))
        .map((line) => line.slice('commit '.length));
      resolve({ reported, midRun: signal === 'SIGKILL' });
    });
  });
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignFigures> {
  const started = Date.now();
  const synchronous = options.synchronous ?? 'FULL';
  const maxDelayMs = options.maxDelayMs ?? 100;
  const resetEvery = options.resetEvery ?? 100;
  const writer = await bundleWriter();
  const template = await templateWorkspace();
  const figures: CampaignFigures = { kills: 0, reportedCommits: 0, unreportedButPresent: 0, lostCommits: 0, integrityFailures: 0, auditFailures: 0, killsMidRun: 0, elapsedMs: 0 };
  let dir = freshCopy(template.dir);
  try {
    for (let i = 0; i < options.kills; i += 1) {
      if (i > 0 && i % resetEvery === 0) {
        fs.rmSync(dir, { recursive: true, force: true });
        dir = freshCopy(template.dir);
      }
      const { reported, midRun } = await runOnce(writer, dir, template.key, String(i), synchronous, maxDelayMs);
      figures.kills += 1;
      if (midRun) figures.killsMidRun += 1;
      figures.reportedCommits += reported.length;

      const store = openStore(dir, template.key, { migrationsDir: MIGRATIONS_DIR });
      try {
        if (store.sqlite.pragma('integrity_check', { simple: true }) !== 'ok') figures.integrityFailures += 1;
        if (!verifyAuditChain(store.db).ok) figures.auditFailures += 1;
        const present = new Set((store.sqlite.prepare('select id from members where id like ?').all(`${i}-%`) as Array<{ id: string }>).map((r) => r.id));
        figures.lostCommits += reported.filter((id) => !present.has(id)).length;
        figures.unreportedButPresent += present.size - reported.filter((id) => present.has(id)).length;
      } finally {
        closeStore({ dir, workspaceId: '', ...store });
      }
      options.onKill?.(i + 1, options.kills);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(template.dir, { recursive: true, force: true });
    fs.rmSync(writer, { force: true });
  }
  figures.elapsedMs = Date.now() - started;
  return figures;
}

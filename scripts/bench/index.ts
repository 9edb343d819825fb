// `npm run bench`: builds the synthetic ten-year group in the encrypted store and in a plaintext
// SQLite file, measures both in alternation, measures unlock, memory, Argon2id and the UI in
// Chromium, prints one table with encrypted/plaintext ratios and writes it as JSON to bench-results/.
//   npm run bench -- [--size tiny|standard] [--seed N] [--skip-browser] [--skip-argon2] [--browser-only] [--out DIR]
// --browser-only measures the UI alone, to check a change of the screens without the long store part.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getSodium } from '../../electron/crypto/sodium.js';
import { anonymisationBench } from './anonymisationBench.js';
import { argon2Bench } from './argon2.js';
import { describeParts, generateGroup, type GroupOptions } from './generate.js';
import { groupBench } from './groupBench.js';
import { memoryBench } from './memory.js';
import { formatTable, machineInfo, writeResults, type BenchLine } from './report.js';
import { storeBench, type StoreRepeats } from './storeBench.js';
import { writeBenchKeyFile } from './stores.js';
import { unlockBench } from './unlockBench.js';

interface SizeConfig {
  group: Omit<GroupOptions, 'seed'>;
  /** Members of the large roster (lists, scrolling). */
  roster: number;
  /** Situations in the workspace whose list the browser part filters and scrolls. */
  situationList: number;
  /** Changes in the synthetic group folder (issue 17: 10,000 for a ten-year group joining). */
  groupChanges: number;
  repeats: StoreRepeats & { unlock: number; memory: number; anonymisation: number; argon2: number; browser: number; groupFirstSync: number; groupApplyOne: number };
}

export const SIZES: Record<'tiny' | 'standard', SizeConfig> = {
  tiny: { group: { members: 12, accounts: 3, sessionYears: 2, situations: 60 }, roster: 150, situationList: 300, groupChanges: 300, repeats: { load: 2, query: 4, write: 4, unlock: 1, memory: 1, anonymisation: 2, argon2: 1, browser: 1, groupFirstSync: 1, groupApplyOne: 5 } },
  standard: { group: { members: 100, accounts: 5 }, roster: 5000, situationList: 10_000, groupChanges: 10_000, repeats: { load: 7, query: 41, write: 61, unlock: 5, memory: 3, anonymisation: 15, argon2: 3, browser: 3, groupFirstSync: 2, groupApplyOne: 21 } },
};

interface Args {
  size: keyof typeof SIZES;
  seed: number;
  browser: boolean;
  argon2: boolean;
  /** Only the browser part: no store, unlock, memory or Argon2id lines. */
  browserOnly: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { size: 'standard', seed: 20160901, browser: true, argon2: true, browserOnly: false, out: path.resolve('bench-results') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--size') {
      const v = next();
      if (v !== 'tiny' && v !== 'standard') throw new Error('--size is tiny or standard');
      args.size = v;
    } else if (a === '--seed') args.seed = Number.parseInt(next(), 10);
    else if (a === '--skip-browser') args.browser = false;
    else if (a === '--skip-argon2') args.argon2 = false;
    else if (a === '--browser-only') args.browserOnly = true;
    else if (a === '--out') args.out = path.resolve(next());
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isSafeInteger(args.seed)) throw new Error('--seed must be an integer');
  return args;
}

const log = (text: string) => console.log(`· ${text}`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = SIZES[args.size];
  const startedAt = new Date().toISOString();
  // The machine is shared: its load at the start and the end says how noisy the run was.
  const machineAtStart = machineInfo();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-bench-'));
  const s = await getSodium();
  try {
    const groupOptions = { seed: args.seed, ...config.group };
    // The large roster is for lists and scrolling: only members and accounts.
    const rosterOptions = { seed: args.seed, members: config.roster, accounts: config.group.accounts, parts: ['roster', 'accounts'] };
    const group = generateGroup(s, groupOptions);
    const roster = generateGroup(s, rosterOptions);
    console.log(`Ten-year group (seed ${args.seed}, size ${args.size}):`);
    for (const line of describeParts(group)) console.log(`  ${line}`);
    console.log(`Large roster for lists and scrolling: ${roster.members.length} members, ${roster.events.length} audit events.\n`);

    const lines: BenchLine[] = [];
    if (!args.browserOnly) {
      const store = await storeBench(s, group, roster, workDir, config.repeats, log);
      lines.push(...store.lines);
      writeBenchKeyFile(s, store.stores.group.encrypted, group);
      lines.push(...(await unlockBench(s, store.stores.group.encrypted, group, config.repeats.unlock, log)));
      lines.push(...(await memoryBench(workDir, rosterOptions, config.repeats.memory, args.argon2, log)));
      lines.push(...(await anonymisationBench(config.repeats.anonymisation, log)));
      lines.push(...(await groupBench(s, config.groupChanges, workDir, { firstSync: config.repeats.groupFirstSync, applyOne: config.repeats.groupApplyOne }, log)));
    }
    let argon2: object | string = 'skipped (--skip-argon2)';
    if (args.argon2 && !args.browserOnly) {
      const a = await argon2Bench(config.repeats.argon2, log);
      lines.push(...a.lines);
      argon2 = a.details;
    }
    let browser: object | string = 'skipped (--skip-browser)';
    if (args.browser) {
      const { browserBench } = await import('./browser.js');
      // A group with the situation list at its full size (no sessions: the list is what is measured).
      const situationGroup = generateGroup(s, { seed: args.seed, ...config.group, situations: config.situationList, parts: ['roster', 'accounts', 'charter', 'situations'] });
      const b = await browserBench(s, situationGroup, workDir, config.repeats.browser, log);
      lines.push(...b.lines);
      browser = b.details;
    }

    console.log(`\n${formatTable(lines)}\n`);
    console.log(`Load average: ${machineAtStart.loadAverage.map((x) => x.toFixed(1)).join(' ')} at the start, ${machineInfo().loadAverage.map((x) => x.toFixed(1)).join(' ')} at the end (${machineAtStart.cpus} CPUs).`);
    const missed = lines.filter((l) => l.goal?.met === false).map((l) => l.id);
    console.log(missed.length ? `Goals missed: ${missed.join(', ')}` : 'All goals met.');
    const file = writeResults(args.out, {
      format: 'concerto.bench',
      version: 1,
      startedAt,
      finishedAt: new Date().toISOString(),
      size: args.size,
      seed: args.seed,
      machine: machineAtStart,
      loadAverageAtEnd: machineInfo().loadAverage,
      group: { parts: group.parts, members: group.members.length, accounts: group.accounts.length, auditEvents: group.events.length },
      roster: { members: roster.members.length, auditEvents: roster.events.length },
      lines,
      argon2,
      browser,
      processPeakRssMiB: process.resourceUsage().maxRSS / 1024,
    });
    console.log(`Results: ${path.relative(process.cwd(), file)}`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

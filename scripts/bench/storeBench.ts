// The store lines: the same group loaded and queried in the encrypted and the plaintext file,
// in alternation. Reads run on warm connections (the page cache holds decrypted pages) and once
// on a fresh connection per run (every page read from the file and decrypted).
import { count, eq } from 'drizzle-orm';
import { charterSignatures, sessions, situations } from '../../db/schema.js';
import type { Sodium } from '../../electron/crypto/sodium.js';
import { verifyAllSignatures } from '../../electron/services/charter/status.js';
import { sessionDetail } from '../../electron/services/sessions/detail.js';
import { participationFigures } from '../../electron/services/sessions/figures.js';
import { listSessions } from '../../electron/services/sessions/rows.js';
import { listSituations, openSituation, searchSituations } from '../../electron/services/situations/views.js';
import { verifyAuditChain } from '../../electron/services/audit.js';
import { todayInBrussels } from '../../electron/services/clock.js';
import { createMember, listMembers } from '../../electron/services/members.js';
import { closeStore, type OpenWorkspace } from '../../electron/services/store.js';
import type { GeneratedGroup } from './generate.js';
import { interleaved, stats, time } from './measure.js';
import { minutesStoreLines, sealLine } from './minutesBench.js';
import { pairLine, singleLine, type BenchLine } from './report.js';
import { ROSTER_QUERIES, rosterPage } from './rosterPage.js';
import { buildStore, newBenchStore, openBenchStore, STORE_KINDS, type BenchStore, type StoreKind } from './stores.js';

export interface StoreRepeats {
  load: number;
  query: number;
  write: number;
}

export interface BuiltStores {
  group: Record<StoreKind, BenchStore>;
  roster: Record<StoreKind, BenchStore>;
}

const WARM_UP = 3;
const FULL_SCAN = 'select (select sum(length(hash) + length(at)) from audit_events) + (select sum(length(last_name) + length(email)) from members) as n';

/** Bulk load, repeated on fresh files; the last files built are kept for the read measurements. */
async function measureLoad(s: Sodium, group: GeneratedGroup, workDir: string, name: string, repeats: number) {
  const kept = {} as Record<StoreKind, BenchStore>;
  const samples = await interleaved(repeats, (kind) => {
    kept[kind] = newBenchStore(s, kind, workDir, `${name}-${kind}`);
    return buildStore(kept[kind], group);
  });
  return { kept, samples };
}

function openBoth(stores: Record<StoreKind, BenchStore>, group: GeneratedGroup): Record<StoreKind, OpenWorkspace> {
  return { encrypted: openBenchStore(stores.encrypted, group.workspaceId), plaintext: openBenchStore(stores.plaintext, group.workspaceId) };
}

async function warmPair(open: Record<StoreKind, OpenWorkspace>, repeats: number, fn: (ws: OpenWorkspace, i: number) => unknown): Promise<Record<StoreKind, number[]>> {
  for (const kind of STORE_KINDS) for (let i = 0; i < WARM_UP; i++) fn(open[kind], i);
  return interleaved(repeats, (kind, i) => time(() => fn(open[kind], i)), { warmUp: 0 });
}

export async function storeBench(
  s: Sodium,
  group: GeneratedGroup,
  roster: GeneratedGroup,
  workDir: string,
  repeats: StoreRepeats,
  log: (text: string) => void,
): Promise<{ lines: BenchLine[]; stores: BuiltStores }> {
  const lines: BenchLine[] = [];
  const today = todayInBrussels();

  log(`bulk load: ten-year group (${group.events.length} changes), ${repeats.load}× per store`);
  const g = await measureLoad(s, group, workDir, 'group', repeats.load);
  lines.push(pairLine('load.group', `bulk load, ten-year group (${group.members.length} members, ${group.events.length} audit events)`, 'ms', g.samples));
  log(`bulk load: large roster (${roster.members.length} members), ${repeats.load}× per store`);
  const r = await measureLoad(s, roster, workDir, 'roster', repeats.load);
  lines.push(pairLine('load.roster', `bulk load, large roster (${roster.members.length} members, ${roster.events.length} audit events)`, 'ms', r.samples));

  log('open + migrate');
  const openSamples = await interleaved(repeats.query, async (kind) => {
    let ws: OpenWorkspace | undefined;
    const ms = await time(() => (ws = openBenchStore(g.kept[kind], group.workspaceId)));
    if (ws) closeStore(ws);
    return ms;
  });
  lines.push(pairLine('unlock.openMigrate', 'unlock, part 2: open + migrate (ten-year group)', 'ms', openSamples));

  log('reads on warm connections');
  const groupOpen = openBoth(g.kept, group);
  const rosterOpen = openBoth(r.kept, roster);
  try {
    lines.push(pairLine('list.group', `members.list service, ${group.members.length} members`, 'ms', await warmPair(groupOpen, repeats.query, (ws) => listMembers(ws))));
    lines.push(pairLine('list.roster', `members.list service, ${roster.members.length} members`, 'ms', await warmPair(rosterOpen, repeats.query, (ws) => listMembers(ws))));
    lines.push(
      pairLine(
        'list.rosterPage',
        `roster filter + sort + page of 50 with count, ${roster.members.length} members`,
        'ms',
        await warmPair(rosterOpen, repeats.query, (ws, i) => rosterPage(ws, ROSTER_QUERIES[i % ROSTER_QUERIES.length]!, today)),
      ),
    );
    lines.push(pairLine('audit.group', `audit chain verification, ${group.events.length} events`, 'ms', await warmPair(groupOpen, repeats.query, (ws) => assertChain(ws))));
    lines.push(...(await groupFeatureLines(groupOpen, group, repeats.query)));
    lines.push(...(await situationLines(groupOpen, group, repeats.query)));
    lines.push(await sealLine(s, group.options.seed, repeats.query));
    lines.push(...(await minutesStoreLines(s, groupOpen, group, repeats.query, WARM_UP)));
    lines.push(pairLine('audit.roster', `audit chain verification, ${roster.events.length} events`, 'ms', await warmPair(rosterOpen, repeats.query, (ws) => assertChain(ws))));
  } finally {
    for (const ws of [...Object.values(groupOpen), ...Object.values(rosterOpen)]) closeStore(ws);
  }

  log('reads on a fresh connection (cold page cache)');
  const cold = await interleaved(repeats.query, async (kind) => {
    const ws = openBenchStore(r.kept[kind], roster.workspaceId);
    try {
      return await time(() => listMembers(ws));
    } finally {
      closeStore(ws);
    }
  });
  lines.push(pairLine('list.rosterCold', `members.list on a fresh connection, ${roster.members.length} members`, 'ms', cold));
  // The page-level cost of encryption, without the services' JavaScript around it.
  const scan = await interleaved(repeats.query, async (kind) => {
    const ws = openBenchStore(r.kept[kind], roster.workspaceId);
    try {
      return await time(() => ws.sqlite.prepare(FULL_SCAN).get());
    } finally {
      closeStore(ws);
    }
  });
  lines.push(pairLine('scan.cold', 'full scan of members and audit events (SQL) on a fresh connection: every page decrypted and verified', 'ms', scan));

  log('single writes through the members service (one transaction and fsync each)');
  const writeOpen = openBoth(g.kept, group);
  try {
    const writes = await interleaved(repeats.write, (kind, i) => time(() => createMember(writeOpen[kind], group.coordinator.id, benchMember(i + 1))));
    lines.push(pairLine('write.member', 'members.create service: one member, its audit event, commit', 'ms', writes));
  } finally {
    for (const ws of Object.values(writeOpen)) closeStore(ws);
  }
  return { lines, stores: { group: g.kept, roster: r.kept } };
}

/** The charter and sessions queries the app runs, over the ten-year group. */
async function groupFeatureLines(open: Record<StoreKind, OpenWorkspace>, group: GeneratedGroup, repeats: number): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  const held = open.plaintext.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.status, 'held')).orderBy(sessions.date).all().map((r) => r.id);
  const signatures = open.plaintext.db.select({ n: count() }).from(charterSignatures).get()?.n ?? 0;
  if (signatures > 0) {
    lines.push(pairLine('charter.verify', `verifyAllSignatures, ${signatures} charter signatures (Ed25519 over canonical JSON)`, 'ms', await warmPair(open, repeats, (ws) => assertSignatures(ws))));
  }
  if (held.length > 0) {
    const all = open.plaintext.db.select({ n: count() }).from(sessions).get()?.n ?? 0;
    lines.push(pairLine('sessions.list', `sessions.list service as the UI calls it (all ${all} sessions with counts)`, 'ms', await warmPair(open, repeats, (ws) => listSessions(ws.db, {}))));
    lines.push(
      pairLine(
        'sessions.get',
        'sessions.get service: one held session with invitations, agenda, attendance, coverage',
        'ms',
        await warmPair(open, repeats, (ws, i) => sessionDetail(ws.db, held[(i * 37) % held.length]!)),
      ),
    );
    // A school year of figures, a different year each run.
    const firstYear = Number(group.events[0]!.at.slice(0, 4));
    lines.push(
      pairLine(
        'participation.figures',
        'participation.figures service over one school year (by member, organisation, sector, session)',
        'ms',
        await warmPair(open, repeats, (ws, i) => {
          const y = firstYear + (i % 10);
          return participationFigures(ws.db, `${y}-09-01`, `${y + 1}-08-31`);
        }),
      ),
    );
  }
  return lines;
}

/** Words a member would search for, from the summaries' vocabulary; the last finds nothing. */
export const SEARCH_QUERIES = [
  'hospitalisation',
  'décrochage scolaire',
  'TDAH',
  'SRJ',
  'fugue',
  'guidance parentale',
  'logement',
  'autisme',
  'IPPJ',
  'cannabis',
  'majorité',
  'enseignement spécialisé',
  'violence intrafamiliale',
  'pédopsy',
  'SIT-2021',
  'zèbre',
];

/** The situation list, opening one situation, and full-text search, as the coordinator runs them. */
async function situationLines(open: Record<StoreKind, OpenWorkspace>, group: GeneratedGroup, repeats: number): Promise<BenchLine[]> {
  const ids = open.plaintext.db.select({ id: situations.id }).from(situations).orderBy(situations.code).all().map((r) => r.id);
  if (ids.length === 0) return [];
  const by = group.coordinator.id;
  const lines: BenchLine[] = [];
  lines.push(pairLine('situations.list', `situations.list service with visibility, ${ids.length} situations`, 'ms', await warmPair(open, repeats, (ws) => listSituations(ws.db, by))));
  lines.push(
    pairLine(
      'situations.open',
      'situations.get service: one situation with consent, conditions (anonymisation check of every field) and its opening audit event (commit)',
      'ms',
      await warmPair(open, repeats, (ws, i) => openSituation(ws, by, ids[(i * 37) % ids.length]!)),
    ),
  );
  // Every query of the set in each run, each query timed on its own.
  const runs = Math.max(3, Math.ceil(repeats / 4));
  const search = await warmPair(open, runs * SEARCH_QUERIES.length, (ws, i) => searchSituations(ws.db, by, SEARCH_QUERIES[i % SEARCH_QUERIES.length]!));
  lines.push(pairLine('situations.search', `situations.search service (FTS5, visibility), ${SEARCH_QUERIES.length} queries × ${runs}`, 'ms', search));
  const p95 = stats(search.encrypted).p95;
  lines.push(
    singleLine('situations.searchP95', `situations.search over the query set (encrypted), ${ids.length} situations: goal on p95`, 'ms', search.encrypted, { max: 20, text: 'p95 ≤ 20 ms', on: 'p95' }, `p95 ${p95.toFixed(2)} ms`),
  );
  return lines;
}

function assertSignatures(ws: OpenWorkspace): void {
  const result = verifyAllSignatures(ws.db);
  if (!result.ok) throw new Error(`charter signatures fail in ${ws.dir}: ${JSON.stringify(result.failures.slice(0, 3))}`);
}

function assertChain(ws: OpenWorkspace): void {
  const result = verifyAuditChain(ws.db);
  if (!result.ok) throw new Error(`audit chain broken in ${ws.dir}: ${JSON.stringify(result.problem)}`);
}

function benchMember(i: number) {
  return {
    firstName: 'Camille',
    lastName: `Essai ${i}`,
    organisation: 'Service fictif',
    serviceType: 'amo' as const,
    function: 'Éducatrice',
    email: '',
    phone: '',
    town: 'Wavre',
    secrecyStatus: 'professional_secret' as const,
    isReferent: false,
    activeFrom: '2026-01-05',
    activeUntil: null,
  };
}

// The benchmark harness: the synthetic group is the same for the same seed (down to the audit
// hashes), both stores get identical data while only one is encrypted, and `npm run bench`
// runs end to end on the tiny size and writes a JSON report.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { minutes, minutesVersions } from '../../db/schema.js';
import { getSodium, type Sodium } from '../../electron/crypto/sodium.js';
import { openVersionDocument } from '../../electron/services/minutes/versions.js';
import { verifyAuditChain } from '../../electron/services/audit.js';
import { verifyAllSignatures } from '../../electron/services/charter/status.js';
import { closeStore, dbFilePath, type OpenWorkspace } from '../../electron/services/store.js';
import { generateGroup, type GeneratedGroup, type GroupOptions } from '../../scripts/bench/generate.js';
import { identityOf } from '../../scripts/bench/generateMinutes.js';
import { buildStore, newBenchStore, openBenchStore, type StoreKind } from '../../scripts/bench/stores.js';
import { tempDir } from '../helpers/workspace.js';

// Sessions in the last two school years only, as the tiny bench size: the full ten years are checked without loading them.
const TINY: Omit<GroupOptions, 'seed'> = { members: 15, accounts: 3, sessionYears: 2, situations: 80 };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function newDir(): string {
  const dir = tempDir('concerto-bench-test-');
  dirs.push(dir);
  return dir;
}

/** Every row of the group's tables, in a stable order. */
function dump(ws: OpenWorkspace) {
  const all = (sql: string) => ws.sqlite.prepare(sql).all();
  return {
    workspace: all('select * from workspace'),
    members: all('select * from members order by id'),
    accounts: all('select * from accounts order by id'),
    charterVersions: all('select * from charter_versions order by number'),
    charterSignatures: all('select * from charter_signatures order by id'),
    series: all('select * from session_series order by id'),
    sessions: all('select * from sessions order by id'),
    participants: all('select * from session_participants order by session_id, member_id'),
    agenda: all('select * from agenda_items order by id'),
    situations: all('select * from situations order by id'),
    consents: all('select * from situation_consents order by situation_id'),
    statusChanges: all('select * from situation_status_changes order by id'),
    needs: all('select * from situation_needs order by id'),
    needStates: all('select * from situation_need_states order by id'),
    presentations: all('select * from situation_presentations order by id'),
    leads: all('select * from situation_leads order by id'),
    actions: all('select * from situation_actions order by id'),
    search: all('select situation_id, code from situations_fts order by situation_id'),
    // Sealing draws fresh keys and nonces: the content is compared, not the ciphertext.
    minutes: all('select * from minutes order by id'),
    minutesVersions: all(
      "select id, minutes_id, number, reason, author_account_id, author_member_id, author_key_id, json_remove(manifest, '$.ciphertextHash') as manifest, excluded, finalised_at from minutes_versions order by id",
    ),
    minutesRecipients: all('select version_id, member_id, name, key_id, sealed_key is not null as sealed from minutes_recipients order by version_id, member_id'),
    minutesDistributions: all('select * from minutes_distributions order by id'),
    audit: all('select * from audit_events order by seq'),
  };
}

/** Every version opened with each account's seeded identity: the document when sealed to it, the error otherwise. */
function openWithEachAccount(ws: OpenWorkspace, group: GeneratedGroup, s: Sodium) {
  const versions = ws.db.select().from(minutesVersions).all();
  return versions.flatMap((version) => {
    const sessionId = ws.db.select({ sessionId: minutes.sessionId }).from(minutes).where(eq(minutes.id, version.minutesId)).get()!.sessionId;
    const present = new Set(
      ws.sqlite
        .prepare("select member_id from session_participants where session_id = ? and attendance = 'present'")
        .pluck()
        .all(sessionId) as string[],
    );
    return group.accounts.map((account) => {
      let outcome: string;
      try {
        const document = openVersionDocument(s, ws.db, sessionId, version, identityOf(account));
        outcome = document.header.sessionDate && document.body.includes('## Ouverture') ? 'opened' : 'wrong document';
      } catch (error) {
        outcome = (error as { code?: string }).code ?? String(error);
      }
      return { present: present.has(account.memberId), author: version.authorAccountId === account.id, outcome };
    });
  });
}

async function built(seed: number, kind: StoreKind) {
  const s = await getSodium();
  const group = generateGroup(s, { seed, ...TINY });
  const store = newBenchStore(s, kind, newDir(), kind);
  buildStore(store, group);
  const ws = openBenchStore(store, group.workspaceId);
  try {
    return { group, store, rows: dump(ws), chain: verifyAuditChain(ws.db), signatures: verifyAllSignatures(ws.db), opened: openWithEachAccount(ws, group, s) };
  } finally {
    closeStore(ws);
  }
}

describe('synthetic ten-year group', () => {
  it('is the same for the same seed, down to the audit hashes, and differs for another seed', async () => {
    const a = await built(42, 'plaintext');
    const b = await built(42, 'plaintext');
    const c = await built(43, 'plaintext');
    expect(a.rows.members).toHaveLength(TINY.members);
    expect(a.rows.accounts).toHaveLength(TINY.accounts);
    expect(a.rows.audit.length).toBeGreaterThan(TINY.members + TINY.accounts);
    expect(b.rows).toEqual(a.rows);
    expect(c.rows.members).not.toEqual(a.rows.members);
    expect(a.chain).toEqual({ ok: true, count: a.rows.audit.length });
    expect(c.rows.sessions).not.toEqual(a.rows.sessions);
    expect(c.rows.charterSignatures).not.toEqual(a.rows.charterSignatures);
    // Every generated signature verifies with the charter service's own check.
    expect(a.signatures.failures).toEqual([]);
    expect(a.signatures.checked).toBe(a.rows.charterSignatures.length);
    expect(a.rows.charterVersions.map((v) => (v as { status: string }).status)).toEqual(['retired', 'retired', 'in_force']);
    expect(a.rows.series).toHaveLength(2);
    expect(a.rows.sessions.length).toBeGreaterThanOrEqual(22);
    expect(a.rows.participants.length).toBeGreaterThan(a.rows.sessions.length);
    // Series sessions not moved fall on the third Tuesday, September to June.
    const series = (a.rows.sessions as Array<{ series_id: string | null; move_reason: string | null; date: string }>).filter((r) => r.series_id && !r.move_reason);
    expect(series.length).toBeGreaterThan(15);
    for (const { date } of series) {
      const d = new Date(`${date}T00:00:00Z`);
      expect([d.getUTCDay(), d.getUTCDate() >= 15 && d.getUTCDate() <= 21, d.getUTCMonth() === 6 || d.getUTCMonth() === 7]).toEqual([2, true, false]);
    }
    expect(a.rows.agenda.length).toBeGreaterThan(a.rows.sessions.length);
    // Minutes: finalised versions with their recipients; each opens with the seeded identity of an
    // account holder who was present and signed, and never with one who was not present.
    expect(a.rows.minutesVersions.length).toBeGreaterThan(10);
    expect(a.rows.minutesRecipients.length).toBeGreaterThan(a.rows.minutesVersions.length);
    expect(a.rows.minutesDistributions.length).toBeGreaterThan(0);
    expect(a.opened.filter((o) => o.author).every((o) => o.outcome === 'opened')).toBe(true);
    expect(a.opened.filter((o) => o.present && o.outcome === 'opened').length).toBeGreaterThan(a.rows.minutesVersions.length);
    const absent = a.opened.filter((o) => !o.present);
    expect(absent.length).toBeGreaterThan(0);
    expect(new Set(absent.map((o) => o.outcome))).toEqual(new Set(['MINUTES_KEY_UNAVAILABLE']));
  });

  it('spans ten years, says which parts exist, and keeps account holders on the roster', async () => {
    const s = await getSodium();
    const group = generateGroup(s, { seed: 1, members: 60, accounts: 4 });
    const days = group.events.map((e) => e.at.slice(0, 10));
    expect(days[0]).toBe('2016-09-01');
    expect(days.at(-1)! > '2024-01-01').toBe(true);
    expect(days.at(-1)! < '2026-09-01').toBe(true);
    expect(group.parts.filter((p) => p.generated).map((p) => p.key)).toEqual(['roster', 'accounts', 'charter', 'sessions', 'situations', 'minutes']);
    expect(group.parts.filter((p) => !p.generated)).toEqual([]);
    // Members with an account sign with their own key, the others in front of a witness.
    const holders = new Set(group.accounts.map((a) => a.memberId));
    const signs = group.events.filter((e) => e.action === 'charter.sign' || e.action === 'charter.witness');
    expect(signs.some((e) => e.action === 'charter.witness')).toBe(true);
    expect(signs.filter((e) => e.action === 'charter.sign').every((e) => group.accounts.some((a) => a.id === e.accountId))).toBe(true);
    expect(holders.size).toBe(4);
    // Sessions: third Tuesdays from September to June, ten school years, invitations before each session.
    const created = group.events.filter((e) => e.action === 'session.create');
    expect(created.length).toBeGreaterThanOrEqual(110);
    expect(created.length).toBeLessThanOrEqual(130);
    expect(group.events.filter((e) => e.action === 'series.create')).toHaveLength(10);
    expect(group.events.filter((e) => e.action === 'session.invite').length).toBeGreaterThan(created.length * 10);
    expect(group.events.filter((e) => e.action === 'attendance.set').length).toBeGreaterThan(created.length * 10);
    // Situations: 2,000 over ten years, each made ready before it is scheduled, most presented, old closed ones purged.
    const situationEvents = group.events.filter((e) => e.entity === 'situation');
    expect(situationEvents.filter((e) => e.action === 'situation.create')).toHaveLength(2000);
    const order = new Map<string, string[]>();
    for (const e of situationEvents) if (e.action.startsWith('situation.status.')) order.set(e.entityId, [...(order.get(e.entityId) ?? []), e.action.slice(17)]);
    for (const statuses of order.values()) {
      expect(statuses[0]).toBe('ready');
      // Then on an agenda, or closed without having been presented.
      if (statuses.length > 1) expect(['scheduled', 'closed']).toContain(statuses[1]);
    }
    expect(situationEvents.filter((e) => e.action === 'situation.outcome').length).toBeGreaterThan(1500);
    expect(situationEvents.filter((e) => e.action === 'situation.purge').length).toBeGreaterThan(100);
    // Minutes: most held sessions finalised, a few corrected, some copies distributed, thousands of paragraphs.
    const finalised = group.events.filter((e) => e.action === 'minutes.finalise');
    expect(finalised.length).toBeGreaterThan(created.length * 0.6);
    expect(finalised.filter((e) => e.entityId.endsWith(':v2')).length).toBeGreaterThan(0);
    expect(group.events.filter((e) => e.action.startsWith('minutes.distribute.')).length).toBeGreaterThan(0);
    expect(Number(/(\d+) paragraphs/.exec(group.parts.find((p) => p.key === 'minutes')!.summary)?.[1])).toBeGreaterThan(5000);
    // Only the parts asked for (the large roster has no sessions).
    const rosterOnly = generateGroup(s, { seed: 1, members: 60, accounts: 4, parts: ['roster', 'accounts'] });
    expect(rosterOnly.parts.filter((p) => p.generated).map((p) => p.key)).toEqual(['roster', 'accounts']);
    const memberChanges = (events: typeof group.events) => events.filter((e) => e.entity === 'member').map(({ at, action, entityId }) => ({ at, action, entityId }));
    expect(memberChanges(rosterOnly.events)).toEqual(memberChanges(group.events));
    expect(group.members.filter((m) => m.leftOn !== null).length).toBeGreaterThan(0);
    for (const account of group.accounts) expect(group.members.find((m) => m.id === account.memberId)?.leftOn).toBeNull();
  });

  it('fills both stores with the same rows, and only the encrypted file hides them', async () => {
    const encrypted = await built(42, 'encrypted');
    const plaintext = await built(42, 'plaintext');
    expect(encrypted.rows).toEqual(plaintext.rows);
    const marker = Buffer.from(String((plaintext.rows.members[0] as { last_name: string }).last_name));
    const encryptedBytes = fs.readFileSync(dbFilePath(encrypted.store.dir));
    const plaintextBytes = fs.readFileSync(dbFilePath(plaintext.store.dir));
    expect(plaintextBytes.subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(plaintextBytes.includes(marker)).toBe(true);
    expect(encryptedBytes.subarray(0, 15).toString()).not.toBe('SQLite format 3');
    expect(encryptedBytes.includes(marker)).toBe(false);
  });

  it('opens both stores with the same settings; only the key differs', async () => {
    const s = await getSodium();
    const group = generateGroup(s, { seed: 5, ...TINY });
    const settings = (kind: StoreKind) => {
      const store = newBenchStore(s, kind, newDir(), kind);
      const ws = openBenchStore(store, group.workspaceId, true);
      try {
        return ['page_size', 'cache_size', 'journal_mode', 'synchronous', 'temp_store', 'secure_delete', 'foreign_keys'].map((p) => [p, ws.sqlite.pragma(p, { simple: true })]);
      } finally {
        closeStore(ws);
      }
    };
    const encrypted = settings('encrypted');
    expect(encrypted).toEqual(settings('plaintext'));
    expect(Object.fromEntries(encrypted)).toMatchObject({ cache_size: -65536, journal_mode: 'wal', synchronous: 2 });
  });
});

describe('npm run bench', () => {
  it('runs end to end on the tiny size and writes a JSON report with a ratio per store line', () => {
    const out = newDir();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/index.ts', '--size', 'tiny', '--skip-browser', '--skip-argon2', '--out', out], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('not yet available');
    expect(run.stdout).toMatch(/✔ generated {2}minutes: \d+ minutes/);
    expect(run.stdout).toMatch(/✔ generated {2}sessions: 2\d sessions/);
    expect(run.stdout).toMatch(/members\.list service.*×/);
    const files = fs.readdirSync(out).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    const report = JSON.parse(fs.readFileSync(path.join(out, files[0]!), 'utf8')) as {
      format: string;
      size: string;
      lines: Array<{
        id: string;
        ratio: number | null;
        ratioSpread?: { p25: number; p75: number; ofMedians: number };
        encrypted: { median: number; runs: number } | null;
        plaintext: { median: number; runs: number } | null;
      }>;
    };
    expect(report.format).toBe('concerto.bench');
    expect(report.size).toBe('tiny');
    const ids = report.lines.map((l) => l.id);
    for (const id of ['load.group', 'list.group', 'list.rosterPage', 'unlock.openMigrate', 'unlock.derive', 'unlock.total', 'audit.group', 'memory.store', 'charter.verify', 'sessions.list', 'sessions.get', 'participation.figures', 'minutes.seal60', 'minutes.open', 'minutes.list', 'anonymisation.firstCheck', 'anonymisation.words5000', 'group.firstSync', 'group.applyOne', 'group.folderSize'])
      expect(ids).toContain(id);
    for (const line of report.lines.filter((l) => l.plaintext)) {
      expect(line.encrypted!.median).toBeGreaterThan(0);
      expect(line.encrypted!.runs).toBe(line.plaintext!.runs);
      expect(line.ratio).toBeGreaterThan(0);
      expect(line.ratioSpread!.p25).toBeLessThanOrEqual(line.ratio!);
      expect(line.ratioSpread!.p75).toBeGreaterThanOrEqual(line.ratio!);
      expect(line.ratioSpread!.ofMedians).toBeCloseTo(line.encrypted!.median / line.plaintext!.median, 6);
    }
  }, 180_000);
});

// A synthetic ten-year concertation group for the benchmarks: fictional people (seeded faker,
// French locale) in fictional services of real Walloon Brabant towns, deterministic from a seed.
// The group is a timeline of dated changes, each written with the app's drizzle schema and
// recorded with the real audit service, so the encrypted and plaintext stores get identical data.
//
// Each part of the group is one function. A part whose tables do not exist yet has no function:
// the generator says it was not generated instead of pretending. When a feature lands, its part
// gets a function (it can read the roster and accounts generated before it from the context).
import { Faker, base, fr } from '@faker-js/faker';
import { workspace } from '../../db/schema.js';
import type { Db } from '../../electron/services/store.js';
import type { Sodium } from '../../electron/crypto/sodium.js';
import { generateAccounts } from './generateAccounts.js';
import { generateCharter } from './generateCharter.js';
import { generateMinutes } from './generateMinutes.js';
import { generateRoster } from './generateRoster.js';
import { generateSessions } from './generateSessions.js';
import { generateSituations } from './generateSituations.js';

export const GROUP_START = '2016-09-01';
export const GROUP_YEARS = 10;

export interface GroupEvent {
  /** ISO instant; events are applied in this order and the audit chain follows it. */
  at: string;
  accountId: string | null;
  action: string;
  entity: string;
  entityId: string;
  write(db: Db): void;
}

export interface GeneratedMember {
  id: string;
  firstName: string;
  lastName: string;
  serviceType: string;
  organisation: string;
  activeFrom: string;
  /** Day the member left, if they did. */
  leftOn: string | null;
  /** The spell away, if they left: from the day they left until the day they came back (null: never). */
  away: { from: string; until: string | null } | null;
}

/** Whether the member was on the roster that day (as the sessions service's activeOn sees it then). */
export function memberActiveOn(m: GeneratedMember, day: string): boolean {
  if (day < m.activeFrom) return false;
  return !m.away || day < m.away.from || (m.away.until !== null && day >= m.away.until);
}

/** A session as the situations part needs it: its final date and whether it was held. */
export interface GeneratedSession {
  id: string;
  date: string;
  /** When it was planned: a follow-up can only name a session planned already. */
  createdAt: string;
  held: boolean;
  /** Members marked present, and excused (the minutes' header lists both). */
  present: string[];
  excused: string[];
  title: string;
  startTime: string;
  endTime: string;
  place: string;
}

/** The charter as the minutes need it: who held a valid signature on a given day. */
export interface GeneratedCharter {
  /** Versions in order: in force from `from` (a day) until the day the next one came in (null: still). */
  versions: Array<{ from: string; until: string | null }>;
  signatures: Array<{ version: number; memberId: string; signedOn: string; recordedAt: string }>;
}

export interface GeneratedAccount {
  id: string;
  memberId: string;
  username: string;
  roles: string[];
  createdAt: string;
  signPublicKey: string;
  boxPublicKey: string;
  keyId: string;
  /** Kept so the benchmark can seal it into a real key slot; fictional keys, for benchmarks only. */
  signSecretKey: Uint8Array;
  boxSecretKey: Uint8Array;
}

export interface GroupOptions {
  seed: number;
  /** Members over the ten years, the coordinator included. */
  members: number;
  /** Accounts (the coordinator's first). */
  accounts: number;
  /** School years with sessions, the last ones of the ten (all ten when absent); the tiny size keeps two to stay fast. */
  sessionYears?: number;
  /** Situations over the ten years (2,000 when absent). */
  situations?: number;
  /** Parts to generate (all when absent); roster and accounts are always generated. */
  parts?: readonly string[];
}

/** What the parts generated so far hand to the next ones. */
export interface GroupContext {
  options: GroupOptions;
  /** A faker of its own per part, so adding a part never changes another part's data. */
  faker: Faker;
  sodium: Sodium;
  workspaceId: string;
  groupName: string;
  start: Date;
  end: Date;
  coordinatorAccountId: string;
  members: GeneratedMember[];
  accounts: GeneratedAccount[];
  /** Filled by the sessions part, in date order. */
  sessions: GeneratedSession[];
  /** Filled by the charter part. */
  charter: GeneratedCharter;
  /** Filled by the situations part: the codes presented at each session (by session id). */
  presentations: Map<string, string[]>;
}

export interface GroupPart {
  key: string;
  /** What this part is in a ten-year group, in words. */
  contents: string;
  generate: ((ctx: GroupContext) => { events: GroupEvent[]; summary: string }) | null;
  /** For a part without a generator: the feature it waits for. */
  waitsFor?: string;
}

export const TEN_YEAR_GROUP: GroupPart[] = [
  { key: 'roster', contents: 'about 100 members across sectors, joining, changing and leaving over ten years', generate: generateRoster },
  { key: 'accounts', contents: 'accounts for a few members (coordinator, secretary, members) with their identities', generate: generateAccounts },
  { key: 'charter', contents: 'three charter versions put in force, and the members’ signatures (own key or witnessed)', generate: generateCharter },
  { key: 'sessions', contents: '~120 sessions (third Tuesday, September to June, and extra ones) with invitations, agenda and attendance', generate: generateSessions },
  { key: 'situations', contents: '2,000 situations with summaries, consent records, needs grids, presentations with leads and actions, openings, and the purge of old closed ones', generate: generateSituations },
  { key: 'minutes', contents: '10,000 paragraphs of minutes, finalised and sealed to those present, a few corrected, some distributed', generate: generateMinutes },
];

export interface PartReport {
  key: string;
  contents: string;
  generated: boolean;
  summary: string;
}

export interface GeneratedGroup {
  options: GroupOptions;
  workspaceId: string;
  groupName: string;
  coordinator: GeneratedAccount;
  members: GeneratedMember[];
  accounts: GeneratedAccount[];
  events: GroupEvent[];
  parts: PartReport[];
}

export function newFaker(seed: number, part: string): Faker {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed([seed, ...Array.from(part, (c) => c.charCodeAt(0))]);
  return faker;
}

export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);
export const addDays = (day: string, days: number): string => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

/** Timestamps strictly increase within a day so the order of a day's changes is fixed. */
export function instant(day: string, secondOfDay: number): string {
  return new Date(Date.parse(`${day}T08:00:00.000Z`) + secondOfDay * 1000).toISOString();
}

export function generateGroup(sodium: Sodium, options: GroupOptions): GeneratedGroup {
  if (options.members < 1 || options.accounts < 1 || options.accounts > options.members) throw new Error('a group needs at least one member and one account, and no more accounts than members');
  const start = new Date(`${GROUP_START}T00:00:00.000Z`);
  const end = new Date(start);
  end.setUTCFullYear(start.getUTCFullYear() + GROUP_YEARS);
  const ids = newFaker(options.seed, 'ids');
  const ctx: GroupContext = {
    options,
    faker: ids,
    sodium,
    workspaceId: ids.string.uuid(),
    groupName: 'Concertations cliniques (groupe synthétique)',
    start,
    end,
    coordinatorAccountId: ids.string.uuid(),
    members: [],
    accounts: [],
    sessions: [],
    charter: { versions: [], signatures: [] },
    presentations: new Map(),
  };
  const createdAt = instant(GROUP_START, 0);
  const events: GroupEvent[] = [
    {
      at: createdAt,
      accountId: ctx.coordinatorAccountId,
      action: 'workspace.create',
      entity: 'workspace',
      entityId: ctx.workspaceId,
      write: (db) => db.insert(workspace).values({ id: ctx.workspaceId, groupName: ctx.groupName, territory: 'Brabant wallon', createdAt }).run(),
    },
  ];
  const parts: PartReport[] = [];
  for (const part of TEN_YEAR_GROUP) {
    if (!part.generate) {
      parts.push({ key: part.key, contents: part.contents, generated: false, summary: `not yet available: waits for ${part.waitsFor}` });
      continue;
    }
    if (options.parts && !options.parts.includes(part.key) && part.key !== 'roster' && part.key !== 'accounts') {
      parts.push({ key: part.key, contents: part.contents, generated: false, summary: 'left out of this group' });
      continue;
    }
    const out = part.generate({ ...ctx, faker: newFaker(options.seed, part.key) });
    events.push(...out.events);
    parts.push({ key: part.key, contents: part.contents, generated: true, summary: out.summary });
  }
  // Stable sort: same-instant events keep their generation order.
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const coordinator = ctx.accounts[0];
  if (!coordinator) throw new Error('the accounts part did not create the coordinator');
  return { options, workspaceId: ctx.workspaceId, groupName: ctx.groupName, coordinator, members: ctx.members, accounts: ctx.accounts, events, parts };
}

export function describeParts(group: GeneratedGroup): string[] {
  return group.parts.map((p) => `${p.generated ? '✔ generated' : '· not yet  '}  ${p.key}: ${p.summary}`);
}

// The roster as a paged server-side query: filter (sector, active, name prefix), sort by name,
// one page of 50 plus the total count. The UI filters members.list in memory today; this is the
// shape the larger lists (situations) will query, measured on the roster until they exist.
import { and, asc, count, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import { SERVICE_TYPE_CODES, sectorOf, type Sector } from '../../contract/reference/taxonomy.js';
import { members } from '../../db/schema.js';
import type { Member } from '../../contract/types/app.js';
import { toMember } from '../../electron/services/members.js';
import type { OpenWorkspace } from '../../electron/services/store.js';

export interface RosterPageQuery {
  sector: Sector | null;
  namePrefix: string;
  page: number;
}

export const PAGE_SIZE = 50;

/** A fixed rotation of filters, so both stores answer the same questions. */
export const ROSTER_QUERIES: RosterPageQuery[] = [
  { sector: 'youth_aid', namePrefix: '', page: 0 },
  { sector: 'mental_health', namePrefix: 'M', page: 0 },
  { sector: null, namePrefix: 'L', page: 1 },
  { sector: 'disability', namePrefix: '', page: 2 },
  { sector: null, namePrefix: '', page: 10 },
  { sector: 'education', namePrefix: 'D', page: 0 },
];

export function rosterPage(ws: OpenWorkspace, q: RosterPageQuery, today: string): { total: number; rows: Member[] } {
  const conditions: SQL[] = [isNull(members.deactivatedAt)];
  if (q.sector) conditions.push(inArray(members.serviceType, SERVICE_TYPE_CODES.filter((t) => sectorOf(t) === q.sector)));
  if (q.namePrefix) conditions.push(or(like(members.lastName, `${q.namePrefix}%`), like(members.firstName, `${q.namePrefix}%`))!);
  const where = and(...conditions);
  const total = ws.db.select({ n: count() }).from(members).where(where).get()?.n ?? 0;
  const rows = ws.db
    .select()
    .from(members)
    .where(where)
    .orderBy(asc(members.lastName), asc(members.firstName))
    .limit(PAGE_SIZE)
    .offset(q.page * PAGE_SIZE)
    .all();
  return { total, rows: rows.map((row) => toMember(row, false, today)) };
}

// Full-text search over situations (FTS5 inside the encrypted database). User input never
// reaches the MATCH syntax as such: it is cut into words, each quoted and searched as a prefix,
// so quotes, operators (AND, NEAR, *, ^, :) and brackets are plain text, never an error.
import { getTableColumns, sql } from 'drizzle-orm';
import { situations } from '../../../db/schema.js';
import type { Db } from '../store.js';
import type { SituationRow } from './access.js';

const MAX_TERMS = 12;

/** The FTS5 query for what the user typed, or null when there is nothing to search for. */
export function ftsQuery(input: string): string | null {
  const terms = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (terms.length === 0) return null;
  // Only letters and digits are left: no quote can end the string early.
  return terms
    .slice(0, MAX_TERMS)
    .map((term) => `"${term}"*`)
    .join(' ');
}

/**
 * All the situations whose code, question or summary match every word, best first. No cap: the
 * list sorts and filters them like the others, and a silent cut would hide matches. The match is
 * a subquery, so the number of hits never meets SQLite's limit on bound variables.
 */
export function situationsMatching(db: Db, input: string): SituationRow[] {
  const query = ftsQuery(input);
  if (!query) return [];
  const matches = sql`select situation_id, rank from situations_fts where situations_fts match ${query}`;
  return db
    .select(getTableColumns(situations))
    .from(situations)
    .innerJoin(sql`(${matches}) as hits`, sql`hits.situation_id = ${situations.id}`)
    .orderBy(sql`hits.rank`)
    .all();
}

/**
 * Merges the index's segments into one, so the text of a deleted or replaced row (a name just
 * anonymised, a purged summary) no longer survives in an older segment; secure_delete then
 * zeroes the freed pages. Call after removing text; cheap at a group's scale.
 */
export function refreshSearchIndex(db: Db): void {
  db.run(sql`insert into situations_fts(situations_fts) values ('optimize')`);
}

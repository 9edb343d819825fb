// The per-situation list of names the anonymisation check has found (issue 18). Kept only in the
// encrypted store: a name found once is looked for again in every later check of that situation,
// even where the context that revealed it (a first name before it, a title) has been replaced.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { situationFoundNames } from '../../../db/schema.js';
import type { FindingKind } from '../../../contract/schemas/anonymisation.js';
import type { KnownName } from '../anonymisation/check.js';
import { fold } from '../anonymisation/text.js';
import { nowIso } from '../clock.js';
import type { Db } from '../store.js';

// Private words are never stored (the presenter types them for one check); roster names are always looked for.
const REMEMBERED: ReadonlySet<FindingKind> = new Set(['firstName', 'lastName']);

export function foundNamesOf(db: Db, situationId: string): KnownName[] {
  return db
    .select({ kind: situationFoundNames.kind, text: situationFoundNames.text })
    .from(situationFoundNames)
    .where(eq(situationFoundNames.situationId, situationId))
    .all()
    .map((row) => ({ kind: row.kind as FindingKind, text: row.text }));
}

/** Adds the names among these findings (not those kept with a reason) to the situation's list; known ones are skipped. */
export function rememberFoundNames(db: Db, situationId: string, findings: ReadonlyArray<{ kind: FindingKind; text: string; overridden?: boolean }>): void {
  const at = nowIso();
  for (const f of findings) {
    if (!REMEMBERED.has(f.kind) || f.overridden) continue;
    const text = f.text.normalize('NFC').trim();
    if (text.replace(/[^\p{L}]/gu, '').length < 2) continue;
    db.insert(situationFoundNames)
      .values({ id: randomUUID(), situationId, kind: f.kind, text, folded: fold(text).replace(/\p{M}/gu, ''), at })
      .onConflictDoNothing()
      .run();
  }
}

export function forgetFoundNames(db: Db, situationId: string): void {
  db.delete(situationFoundNames).where(eq(situationFoundNames.situationId, situationId)).run();
}

// Figures of the situations brought to the group: per combination of sectors of need, per age
// band, per severity, per year of creation. Drafts are not counted (they may never be presented);
// purged situations are (their code, sectors, age band and dates are kept for these counts).
import { and, eq, ne } from 'drizzle-orm';
import { situations } from '../../../db/schema.js';
import { SECTORS, type Sector } from '../../../contract/reference/taxonomy.js';
import type { CountRow, SituationFigures } from '../../../contract/types/situationFollowUp.js';
import type { Db } from '../store.js';

export const AGE_BANDS = ['0-5', '6-11', '12-14', '15-17', '18-25'] as const;

function tally(keys: string[], order: readonly string[] = []): CountRow[] {
  const counts = new Map<string, number>(order.map((k) => [k, 0]));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

const sectorOrder = (s: Sector) => SECTORS.indexOf(s);

/** The figures of one year of creation (a group reports year by year), or of all years when year is null. */
export function situationFigures(db: Db, year: number | null = null): SituationFigures {
  const counted = ne(situations.status, 'draft');
  const years = db.selectDistinct({ year: situations.year }).from(situations).where(counted).all().map((r) => r.year).sort((a, b) => b - a);
  const rows = db
    .select({ needSectors: situations.needSectors, ageBand: situations.ageBand, severity: situations.severity, year: situations.year })
    .from(situations)
    .where(year === null ? counted : and(counted, eq(situations.year, year)))
    .all();
  const combos = new Map<string, { sectors: Sector[]; count: number }>();
  for (const row of rows) {
    const sectors = [...new Set(row.needSectors as Sector[])].sort((a, b) => sectorOrder(a) - sectorOrder(b));
    const key = sectors.join('+');
    const entry = combos.get(key) ?? { sectors, count: 0 };
    entry.count += 1;
    combos.set(key, entry);
  }
  return {
    year,
    years,
    total: rows.length,
    bySectorCombination: [...combos.values()].sort((a, b) => b.count - a.count || a.sectors.join('+').localeCompare(b.sectors.join('+'))),
    byAgeBand: tally(rows.map((r) => r.ageBand), AGE_BANDS),
    bySeverity: tally(rows.map((r) => r.severity), ['difficulty', 'danger']),
    byYear: tally(rows.map((r) => String(r.year))).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

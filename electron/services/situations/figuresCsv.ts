// Situation figures as CSV for French spreadsheets (UTF-8 with BOM, ';'), one table with a
// "dimension" column, like the participation figures (sessions/figuresCsv.ts).
import Papa from 'papaparse';
import type { Sector } from '../../../contract/reference/taxonomy.js';
import referenceFr from '../../../resources/locales/fr/reference.json' with { type: 'json' };
import followUpFr from '../../../resources/locales/fr/situationFollowUp.json' with { type: 'json' };
import type { CsvExport } from '../../../contract/types/app.js';
import type { SituationFigures } from '../../../contract/types/situationFollowUp.js';
import { neutraliseCell } from '../csvCell.js';

const BOM = '\uFEFF';
const FIELDS = ['dimension', 'valeur', 'situations'];
const sectorLabel = (sector: Sector) => referenceFr.sectors[sector];

export function situationFiguresCsv(figures: SituationFigures, today: string): CsvExport {
  const data = [
    // Which year the counts are for, so a file that travels says so itself.
    ['annee_comptee', figures.year === null ? 'toutes' : String(figures.year), ''],
    ['total', '', String(figures.total)],
    ...figures.bySectorCombination.map((c) => ['combinaison_secteurs', c.sectors.map(sectorLabel).join(' + '), String(c.count)]),
    ...figures.byAgeBand.map((r) => ['tranche_age', followUpFr.ageBands[r.key as keyof typeof followUpFr.ageBands] ?? r.key, String(r.count)]),
    ...figures.bySeverity.map((r) => ['gravite', followUpFr.severity[r.key as keyof typeof followUpFr.severity] ?? r.key, String(r.count)]),
    ...figures.byYear.map((r) => ['annee', r.key, String(r.count)]),
  ];
  // Every label is Concerto's own today; neutralised all the same, like every CSV it writes.
  const content = BOM + Papa.unparse({ fields: FIELDS, data: data.map((row) => row.map(neutraliseCell)) }, { delimiter: ';', newline: '\r\n', quotes: true });
  const period = figures.year === null ? '' : `${figures.year}-`;
  return { fileName: `situations-chiffres-${period}${today}.csv`, content };
}

// Participation figures as CSV for French spreadsheets (UTF-8 with BOM, ';'), one table with a
// "niveau" column: member, organisation, sector, then one row per held session.
import Papa from 'papaparse';
import type { Sector } from '../../../contract/reference/taxonomy.js';
import referenceFr from '../../../resources/locales/fr/reference.json' with { type: 'json' };
import type { CsvExport } from '../../../contract/types/app.js';
import type { AttendanceRate, ParticipationFigures } from '../../../contract/types/sessions.js';
import { neutraliseCell } from '../csvCell.js';

const BOM = '\uFEFF';
const sectorLabel = (sector: Sector) => referenceFr.sectors[sector];
const percent = (rate: number | null) => (rate === null ? '' : (Math.round(rate * 1000) / 10).toString().replace('.', ','));

const FIELDS = ['niveau', 'libelle', 'secteur', 'seances_attendues', 'present', 'excuse', 'absent', 'taux_presence_pct', 'date', 'nombre_secteurs_presents', 'secteurs_presents'];

function rateRow(level: string, rate: AttendanceRate): string[] {
  const label = level === 'secteur' ? sectorLabel(rate.key as Sector) : rate.label;
  return [level, neutraliseCell(label), rate.sector ? sectorLabel(rate.sector) : '', String(rate.expected), String(rate.present), String(rate.excused), String(rate.absent), percent(rate.rate), '', '', ''];
}

export function figuresCsv(figures: ParticipationFigures): CsvExport {
  const data = [
    ...figures.members.map((r) => rateRow('membre', r)),
    ...figures.organisations.map((r) => rateRow('organisation', r)),
    ...figures.sectors.map((r) => rateRow('secteur', r)),
    ...figures.sessions.map((s) => ['seance', '', '', '', String(s.present), '', '', '', s.date, String(s.sectors.length), s.sectors.map(sectorLabel).join(', ')]),
  ];
  const content = BOM + Papa.unparse({ fields: FIELDS, data }, { delimiter: ';', newline: '\r\n', quotes: true });
  return { fileName: `participation-${figures.from}-${figures.to}.csv`, content };
}

// Roster CSV. Export: UTF-8 with BOM, ';', French headers and French labels (service types,
// secrecy, oui/non, JJ/MM/AAAA), as a French office's spreadsheet expects.
// Import: a file as offices write it (Windows-1252 or UTF-8, ';' ',' or tab, French or Dutch headers).
// The backend decodes it, guesses which column holds which field and what each value means, and the
// user corrects the guesses; preview and commit re-read the same bytes with the same mapping (the
// renderer's copy of the rows is never trusted).
import Papa from 'papaparse';
import type { ServiceType } from '../../contract/reference/taxonomy.js';
import referenceFr from '../../resources/locales/fr/reference.json' with { type: 'json' };
import rosterFr from '../../resources/locales/fr/roster.json' with { type: 'json' };
import {
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  VALUE_MAPPED_FIELDS,
  memberInput,
  type ImportField,
  type ImportMapping,
  type MemberData,
  type ValueMappedField,
} from '../../contract/schemas/members.js';
import type { CsvExport, ImportPreview, ImportResult, ImportValueChoice, Member } from '../../contract/types/app.js';
import { toFrenchDay } from '../../contract/days.js';
import { todayInBrussels } from './clock.js';
import { neutraliseCell, unneutraliseCell } from './csvCell.js';
import { AppError, fieldIssuesOf, type FieldIssue } from '../../contract/errors.js';
import { insertMember, isLikelyDuplicate, listMembers, type DuplicateKey } from './members.js';
import { decodeCsvBytes, detectSeparator, type CsvEncoding, type CsvSeparator } from './roster/csvFile.js';
import { parseCsvDate } from './roster/csvDates.js';
import { guessColumns } from './roster/columnGuess.js';
import { VALUES_OF, guessValue } from './roster/valueGuess.js';
import { inTransaction, type OpenWorkspace } from './store.js';
import { foldText } from './textFold.js';

const BOM = '\uFEFF';
const FIRST_ROWS = 5;
const HEADERS = rosterFr.csv.headers;

/** One row of the export (and of the template), in the French words an office reads. */
function rowOf(values: Record<ImportField, string>): string[] {
  return IMPORT_FIELDS.map((field) => neutraliseCell(values[field]));
}

function memberCells(m: Pick<Member, Exclude<ImportField, 'namesakeNote'>> & { namesakeNote: string | null }): Record<ImportField, string> {
  return {
    lastName: m.lastName,
    firstName: m.firstName,
    organisation: m.organisation,
    serviceType: referenceFr.serviceTypes[m.serviceType],
    function: m.function,
    email: m.email,
    phone: m.phone,
    town: m.town,
    secrecyStatus: referenceFr.secrecy[m.secrecyStatus],
    isReferent: m.isReferent ? rosterFr.csv.yes : rosterFr.csv.no,
    activeFrom: toFrenchDay(m.activeFrom),
    activeUntil: toFrenchDay(m.activeUntil),
    namesakeNote: m.namesakeNote ?? '',
  };
}

function csvText(rows: string[][]): string {
  return BOM + Papa.unparse({ fields: IMPORT_FIELDS.map((f) => HEADERS[f]), data: rows }, { delimiter: ';', newline: '\r\n', quotes: true });
}

export function exportRosterCsv(ws: OpenWorkspace, groupName: string): CsvExport {
  const content = csvText(listMembers(ws).map((m) => rowOf(memberCells(m))));
  const slug = foldText(groupName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'groupe';
  return { fileName: `concerto-membres-${slug}-${todayInBrussels()}.csv`, content };
}

/** The header row and one fictional example, in the export's own format (which the import reads back). */
export function rosterImportTemplate(): CsvExport {
  const e = rosterFr.csv.templateExample;
  const example = memberCells({
    ...e,
    serviceType: e.serviceType as ServiceType,
    secrecyStatus: e.secrecyStatus as Member['secrecyStatus'],
    isReferent: e.isReferent === 'true',
    activeUntil: null,
    namesakeNote: null,
  });
  return { fileName: rosterFr.csv.templateFileName, content: csvText([rowOf(example)]) };
}

interface ParsedRow {
  line: number;
  raw: string;
  values: Partial<Record<ImportField, string | boolean | null>>;
  data?: MemberData;
  namesakeNote: string;
  issues: FieldIssue[];
}

interface ParsedFile {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  headers: string[];
  columns: Array<ImportField | null>;
  firstCells: string[];
  missingFields: ImportField[];
  values: ImportValueChoice[];
  rows: ParsedRow[];
}

/** The user's column choices when they fit this file, the guesses otherwise. */
function columnsFor(headers: string[], mapping: ImportMapping | undefined): Array<ImportField | null> {
  if (!mapping || mapping.columns.length !== headers.length) return guessColumns(headers);
  // A field read from two columns would be ambiguous: the first one keeps it.
  const taken = new Set<ImportField>();
  return mapping.columns.map((field) => {
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Each distinct cell of each value-mapped column, with what it will be read as. */
function valueChoices(headers: string[], columns: Array<ImportField | null>, cells: string[][], mapping: ImportMapping | undefined): ImportValueChoice[] {
  const choices: ImportValueChoice[] = [];
  for (const field of VALUE_MAPPED_FIELDS) {
    const index = columns.indexOf(field);
    if (index < 0) continue;
    const counts = new Map<string, number>();
    for (const row of cells) {
      const raw = unneutraliseCell((row[index] ?? '').trim());
      counts.set(raw, (counts.get(raw) ?? 0) + 1);
    }
    for (const [raw, count] of counts) {
      const chosen = mapping?.values[field]?.[raw];
      if (chosen !== undefined && VALUES_OF[field].includes(chosen)) {
        choices.push({ field, column: headers[index]!, raw, value: chosen, match: 'chosen', count });
      } else {
        const guess = guessValue(field, raw, headers[index]!);
        choices.push({ field, column: headers[index]!, raw, ...guess, count });
      }
    }
  }
  return choices;
}

function parseRoster(ws: OpenWorkspace, bytes: Uint8Array, mapping: ImportMapping | undefined): ParsedFile {
  const { text, encoding } = decodeCsvBytes(bytes);
  const separator = detectSeparator(text);
  const table = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: 'greedy' }).data;
  const headers = (table[0] ?? []).map((h) => h.trim());
  const cells = table.slice(1);
  const columns = columnsFor(headers, mapping);
  const missingFields = REQUIRED_IMPORT_FIELDS.filter((f) => !columns.includes(f));
  const values = valueChoices(headers, columns, cells, mapping);
  const firstCells = headers.map((_, i) => unneutraliseCell((cells[0]?.[i] ?? '').trim()));
  const base = { encoding, separator, headers, columns, firstCells, missingFields, values };
  if (missingFields.length > 0) return { ...base, rows: [] };

  const meaning = new Map(values.map((c) => [`${c.field}|${c.raw}`, c.value]));
  const columnName = (field: string) => {
    const index = columns.indexOf(field as ImportField);
    return index >= 0 ? headers[index]! : (HEADERS[field as ImportField] ?? field);
  };
  const existing: DuplicateKey[] = listMembers(ws);
  const seen: DuplicateKey[] = [];

  const rows = cells.map((row, index): ParsedRow => {
    const line = index + 2; // line 1 is the header
    const cell = (field: ImportField) => {
      const i = columns.indexOf(field);
      return i < 0 ? undefined : unneutraliseCell((row[i] ?? '').trim());
    };
    const issues: FieldIssue[] = [];
    const mapped = (field: ValueMappedField) => {
      const raw = cell(field);
      return raw === undefined ? undefined : (meaning.get(`${field}|${raw}`) ?? null);
    };
    const date = (field: 'activeFrom' | 'activeUntil') => {
      const raw = cell(field);
      const parsed = raw === undefined ? null : parseCsvDate(raw);
      if (parsed === undefined) issues.push({ path: columnName(field), message: 'validation.csvDate' });
      return parsed ?? null;
    };
    const serviceType = mapped('serviceType');
    const secrecyStatus = mapped('secrecyStatus');
    const referent = mapped('isReferent');
    if (serviceType === null) issues.push({ path: columnName('serviceType'), message: cell('serviceType') ? 'validation.csvValueUnknown' : 'validation.serviceType' });
    if (secrecyStatus === null) issues.push({ path: columnName('secrecyStatus'), message: cell('secrecyStatus') ? 'validation.csvValueUnknown' : 'validation.secrecyStatus' });
    if (referent === null) issues.push({ path: columnName('isReferent'), message: 'validation.boolean' });
    const values = {
      firstName: cell('firstName') ?? '',
      lastName: cell('lastName') ?? '',
      organisation: cell('organisation') ?? '',
      serviceType: serviceType ?? null,
      function: cell('function') ?? '',
      email: cell('email') ?? '',
      phone: cell('phone') ?? '',
      town: cell('town') ?? '',
      secrecyStatus: secrecyStatus ?? null,
      isReferent: referent === 'true',
      activeFrom: date('activeFrom') ?? (cell('activeFrom') ? null : todayInBrussels()),
      activeUntil: date('activeUntil'),
    };
    const namesakeNote = cell('namesakeNote') ?? '';
    const raw = row.join(separator);
    const shown = { ...values, namesakeNote };
    // The schema's issues too, except on a column already reported (an unknown value, a date in neither form).
    const result = memberInput.safeParse({ ...values, serviceType: serviceType ?? '', secrecyStatus: secrecyStatus ?? '', activeFrom: values.activeFrom ?? '' });
    if (!result.success) {
      for (const issue of fieldIssuesOf(result.error)) {
        const path = columnName(issue.path.split('.')[0] ?? '');
        if (!issues.some((i) => i.path === path)) issues.push({ ...issue, path });
      }
    }
    if (!result.success || issues.length > 0) return { line, raw, values: shown, namesakeNote, issues };
    // The member form's rule: a likely duplicate passes only with a note saying what tells them apart.
    if (namesakeNote === '' && [...existing, ...seen].some((m) => isLikelyDuplicate(m, result.data))) {
      return { line, raw, values: shown, namesakeNote, issues: [{ path: columnName('lastName'), message: 'validation.duplicateMember' }] };
    }
    seen.push(result.data);
    return { line, raw, values: shown, data: result.data, namesakeNote, issues: [] };
  });
  return { ...base, rows };
}

export function previewRosterImport(ws: OpenWorkspace, bytes: Uint8Array, mapping?: ImportMapping): ImportPreview {
  const { rows, ...file } = parseRoster(ws, bytes, mapping);
  return {
    ...file,
    firstRows: rows.slice(0, FIRST_ROWS).map((r) => ({ line: r.line, values: r.values, issues: r.issues })),
    total: rows.length,
    valid: rows
      .filter((r) => r.data)
      .map((r) => ({ line: r.line, firstName: r.data!.firstName, lastName: r.data!.lastName, organisation: r.data!.organisation, serviceType: r.data!.serviceType })),
    rejected: rows.filter((r) => !r.data).map((r) => ({ line: r.line, raw: r.raw, issues: r.issues })),
  };
}

export function commitRosterImport(ws: OpenWorkspace, accountId: string, bytes: Uint8Array, mapping: ImportMapping | undefined, acceptValidRows: boolean): ImportResult {
  const { rows, missingFields } = parseRoster(ws, bytes, mapping);
  if (missingFields.length > 0) throw new AppError('IMPORT_COLUMNS_MISSING', { issues: missingFields.map((f) => ({ path: f, message: 'validation.csvMissingColumn' })) });
  const valid = rows.filter((r) => r.data);
  const rejected = rows.length - valid.length;
  if (rejected > 0 && !acceptValidRows) throw new AppError('IMPORT_HAS_ERRORS');
  inTransaction(ws, () => {
    for (const row of valid) insertMember(ws, accountId, row.data!, row.namesakeNote);
  });
  return { imported: valid.length, rejected };
}

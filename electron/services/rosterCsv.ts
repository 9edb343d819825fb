// Roster CSV for French spreadsheets: UTF-8 with BOM, ';' separator, French column names.
// Import is two-step: a preview that lists each rejected row and why, then a commit that
// re-parses the same text (the renderer's copy of the rows is never trusted).
import Papa from 'papaparse';
import { SERVICE_TYPE_CODES, type ServiceType } from '../../contract/reference/taxonomy.js';
import referenceFr from '../../resources/locales/fr/reference.json' with { type: 'json' };
import { memberInput, type MemberData } from '../../contract/schemas/members.js';
import type { CsvExport, ImportPreview, ImportResult, Member } from '../../contract/types/app.js';
import { todayInBrussels } from './clock.js';
import { neutraliseCell, unneutraliseCell } from './csvCell.js';
import { AppError, fieldIssuesOf, type FieldIssue } from '../../contract/errors.js';
import { insertMember, listMembers } from './members.js';
import { inTransaction, type OpenWorkspace } from './store.js';

/** Column name in the file → field of the member schema. */
const COLUMNS = [
  ['prenom', 'firstName'],
  ['nom', 'lastName'],
  ['organisation', 'organisation'],
  ['type_service', 'serviceType'],
  ['fonction', 'function'],
  ['email', 'email'],
  ['telephone', 'phone'],
  ['commune', 'town'],
  ['statut_secret', 'secrecyStatus'],
  ['referent', 'isReferent'],
  ['actif_depuis', 'activeFrom'],
  ['actif_jusqu_au', 'activeUntil'],
] as const;
type Field = (typeof COLUMNS)[number][1];
const REQUIRED_COLUMNS = ['prenom', 'nom', 'type_service', 'statut_secret'];

const BOM = '\uFEFF';
const SECRECY_LABELS: Record<string, 'professional_secret' | 'duty_of_reserve'> = {
  'secret professionnel': 'professional_secret',
  professional_secret: 'professional_secret',
  'devoir de reserve': 'duty_of_reserve',
  duty_of_reserve: 'duty_of_reserve',
};

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

const serviceTypeByLabel = new Map<string, ServiceType>(
  SERVICE_TYPE_CODES.flatMap((code) => [
    [fold(code), code],
    [fold(referenceFr.serviceTypes[code]), code],
  ]),
);

/** Cells starting like a formula are prefixed so a spreadsheet shows them as text. */

export function exportRosterCsv(ws: OpenWorkspace, groupName: string): CsvExport {
  const rows = listMembers(ws).map((m) => memberToRow(m));
  const content = BOM + Papa.unparse({ fields: COLUMNS.map(([column]) => column), data: rows }, { delimiter: ';', newline: '\r\n', quotes: true });
  const slug = fold(groupName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'groupe';
  return { fileName: `concerto-membres-${slug}-${todayInBrussels()}.csv`, content };
}

function memberToRow(m: Member): string[] {
  const values: Record<Field, string> = {
    firstName: m.firstName,
    lastName: m.lastName,
    organisation: m.organisation,
    serviceType: m.serviceType,
    function: m.function,
    email: m.email,
    phone: m.phone,
    town: m.town,
    secrecyStatus: m.secrecyStatus === 'professional_secret' ? 'secret professionnel' : 'devoir de réserve',
    isReferent: m.isReferent ? 'oui' : 'non',
    activeFrom: m.activeFrom,
    activeUntil: m.activeUntil ?? '',
  };
  return COLUMNS.map(([, field]) => neutraliseCell(values[field]));
}

interface ParsedRow {
  line: number;
  raw: string;
  data?: MemberData;
  issues: FieldIssue[];
}

function parseDate(value: string): string | null {
  if (value === '') return null;
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (french) return `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`;
  return value;
}

function parseBoolean(value: string): boolean | string {
  const v = fold(value);
  if (['oui', 'yes', 'true', '1', 'x'].includes(v)) return true;
  if (['non', 'no', 'false', '0', ''].includes(v)) return false;
  return value;
}

function toInput(cells: Record<string, string>): Record<string, unknown> {
  const get = (column: string) => unneutraliseCell((cells[column] ?? '').trim());
  return {
    firstName: get('prenom'),
    lastName: get('nom'),
    organisation: get('organisation'),
    serviceType: serviceTypeByLabel.get(fold(get('type_service'))) ?? get('type_service'),
    function: get('fonction'),
    email: get('email'),
    phone: get('telephone'),
    town: get('commune'),
    secrecyStatus: SECRECY_LABELS[fold(get('statut_secret'))] ?? get('statut_secret'),
    isReferent: parseBoolean(get('referent')),
    activeFrom: parseDate(get('actif_depuis')) ?? todayInBrussels(),
    activeUntil: parseDate(get('actif_jusqu_au')),
  };
}

const columnOf = (field: string) => COLUMNS.find(([, f]) => f === field)?.[0] ?? field;
const identityKey = (m: { firstName: string; lastName: string; email: string }) => `${fold(m.firstName)}|${fold(m.lastName)}|${fold(m.email)}`;

function parseRoster(ws: OpenWorkspace, content: string): { rows: ParsedRow[]; fileIssues: FieldIssue[] } {
  const text = content.startsWith(BOM) ? content.slice(1) : content;
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t'],
    transformHeader: (h) => fold(h).replace(/[\s'-]+/g, '_'),
  });
  const headers = parsed.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((c) => !headers.includes(c));
  if (missing.length > 0) return { rows: [], fileIssues: missing.map((c) => ({ path: c, message: 'validation.csvMissingColumn' })) };
  const existing = new Set(listMembers(ws).map(identityKey));
  const seen = new Set<string>();
  return {
    fileIssues: [],
    rows: parsed.data.map((cells, index) => {
      const line = index + 2; // line 1 is the header
      const raw = headers.map((h) => cells[h] ?? '').join(';');
      const result = memberInput.safeParse(toInput(cells));
      if (!result.success) {
        return { line, raw, issues: fieldIssuesOf(result.error).map((issue) => ({ ...issue, path: columnOf(issue.path.split('.')[0] ?? '') })) };
      }
      const key = identityKey(result.data);
      if (existing.has(key) || seen.has(key)) return { line, raw, issues: [{ path: 'nom', message: 'validation.duplicateMember' }] };
      seen.add(key);
      return { line, raw, data: result.data, issues: [] };
    }),
  };
}

export function previewRosterImport(ws: OpenWorkspace, content: string): ImportPreview {
  const { rows, fileIssues } = parseRoster(ws, content);
  if (fileIssues.length > 0) return { total: 0, valid: [], rejected: [{ line: 1, raw: '', issues: fileIssues }] };
  return {
    total: rows.length,
    valid: rows
      .filter((r) => r.data)
      .map((r) => ({ line: r.line, firstName: r.data!.firstName, lastName: r.data!.lastName, organisation: r.data!.organisation, serviceType: r.data!.serviceType })),
    rejected: rows.filter((r) => !r.data).map((r) => ({ line: r.line, raw: r.raw, issues: r.issues })),
  };
}

export function commitRosterImport(ws: OpenWorkspace, accountId: string, content: string, acceptValidRows: boolean): ImportResult {
  const { rows, fileIssues } = parseRoster(ws, content);
  if (fileIssues.length > 0) throw new AppError('VALIDATION', { issues: fileIssues });
  const valid = rows.filter((r) => r.data);
  const rejected = rows.length - valid.length;
  if (rejected > 0 && !acceptValidRows) throw new AppError('IMPORT_HAS_ERRORS');
  inTransaction(ws, () => {
    for (const row of valid) insertMember(ws, accountId, row.data!);
  });
  return { imported: valid.length, rejected };
}

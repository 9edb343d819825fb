import { z } from 'zod';
import { SERVICE_TYPE_CODES } from '../reference/taxonomy.js';
import { id, isoDate, optionalText, requiredText } from './common.js';

export const SECRECY_STATUSES = ['professional_secret', 'duty_of_reserve'] as const;
export const secrecyStatus = z.enum(SECRECY_STATUSES, 'validation.secrecyStatus');

export const memberFields = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  organisation: optionalText(200),
  serviceType: z.enum(SERVICE_TYPE_CODES, 'validation.serviceType'),
  function: optionalText(120),
  email: z.union([z.literal(''), z.string().trim().max(200, 'validation.tooLong').pipe(z.email('validation.email'))]).default(''),
  phone: z
    .string()
    .trim()
    .max(40, 'validation.tooLong')
    .regex(/^(\+?[0-9][0-9 ()./-]{5,}[0-9])?$/, 'validation.phone')
    .default(''),
  town: optionalText(120),
  secrecyStatus,
  isReferent: z.boolean().default(false),
  activeFrom: isoDate,
  activeUntil: isoDate.nullable().default(null),
});

const untilNotBeforeFrom = (m: { activeFrom: string; activeUntil: string | null }) => m.activeUntil === null || m.activeUntil >= m.activeFrom;
const untilIssue = { message: 'validation.untilBeforeFrom', path: ['activeUntil'] };

export const memberInput = memberFields.strict().refine(untilNotBeforeFrom, untilIssue);
export type MemberData = z.output<typeof memberInput>;

/** What tells a namesake apart ("même nom, autre service"): required to add a likely duplicate. */
export const namesakeNote = optionalText(300);

/** Creating a member: the fields, plus the namesake note when the roster already has someone like them. */
export const createMemberInput = memberFields.extend({ namesakeNote }).strict().refine(untilNotBeforeFrom, untilIssue);

/** What the duplicate rule compares (name, organisation, e-mail). */
export const duplicateQueryInput = z
  .object({ firstName: z.string().max(100), lastName: z.string().max(100), organisation: z.string().max(200).default(''), email: z.string().max(200).default('') })
  .strict();

export const updateMemberInput = memberFields.extend({ id }).strict().refine(untilNotBeforeFrom, untilIssue);

export const deactivateMemberInput = z
  .object({ id, until: isoDate, reason: optionalText(300) })
  .strict();

export const byIdInput = z.object({ id }).strict();

/** The fields a roster file's column can be read into (the select of the import's mapping step). */
export const IMPORT_FIELDS = [
  'lastName',
  'firstName',
  'organisation',
  'serviceType',
  'function',
  'email',
  'phone',
  'town',
  'secrecyStatus',
  'isReferent',
  'activeFrom',
  'activeUntil',
  'namesakeNote',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['lastName', 'firstName', 'serviceType', 'secrecyStatus'];
/** Fields whose cells are read through a value mapping (a select per distinct value). */
export const VALUE_MAPPED_FIELDS = ['serviceType', 'secrecyStatus', 'isReferent'] as const;
export type ValueMappedField = (typeof VALUE_MAPPED_FIELDS)[number];

/**
 * The user's corrections of the guessed mapping: one entry per column of the file (null: ignored),
 * and, per value-mapped field, the Concerto value of a cell (keyed by the cell as written).
 */
export const importMapping = z
  .object({
    columns: z.array(z.enum(IMPORT_FIELDS).nullable()).max(200),
    values: z.partialRecord(z.enum(VALUE_MAPPED_FIELDS), z.record(z.string().max(300), z.string().max(64))).default({}),
  })
  .strict();
export type ImportMapping = z.output<typeof importMapping>;

/** The file's bytes as chosen (base64 of at most ~5 MB: a roster, not an arbitrary upload); the backend decodes them. */
export const rosterFileInput = z
  .object({ contentBase64: z.string().max(6_700_000, 'validation.fileTooLarge'), mapping: importMapping.optional() })
  .strict();
export const importCommitInput = rosterFileInput.extend({ acceptValidRows: z.boolean() }).strict();

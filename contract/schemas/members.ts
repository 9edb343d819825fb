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

export const updateMemberInput = memberFields.extend({ id }).strict().refine(untilNotBeforeFrom, untilIssue);

export const deactivateMemberInput = z
  .object({ id, until: isoDate, reason: optionalText(300) })
  .strict();

export const byIdInput = z.object({ id }).strict();

/** CSV text of at most ~5 MB: a roster, not an arbitrary upload. */
export const csvInput = z.object({ content: z.string().max(5_000_000, 'validation.fileTooLarge') }).strict();
export const importCommitInput = csvInput.extend({ acceptValidRows: z.boolean() }).strict();

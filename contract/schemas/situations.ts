// Input schemas of the situations feature: the record, the information-and-consent
// record, the anonymisation check, overrides, withdrawal, search and retention.
// Shared by the backend and the renderer's forms; messages are i18n keys (validation.*).
import { z } from 'zod';
import { SECTORS, SERVICE_TYPE_CODES } from '../reference/taxonomy.js';
import { findingKind, privateWords } from './anonymisation.js';
import { id, isoDate, optionalText } from './common.js';

export const AGE_BANDS = ['0-5', '6-11', '12-14', '15-17', '18-25'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const GENDERS = ['', 'female', 'male', 'other'] as const;
export const SEVERITIES = ['difficulty', 'danger'] as const;
export const SITUATION_STATUSES = ['draft', 'ready', 'scheduled', 'presented', 'follow_up', 'closed'] as const;
export type SituationStatusName = (typeof SITUATION_STATUSES)[number];
export const CONSENT_FORMS = ['oral', 'written'] as const;

/** Every free-text field of a situation the anonymisation check reads (condition 5). */
export const CHECKED_FIELDS = ['question', 'summary', 'informedHow', 'informedBy', 'consentGivenBy', 'youngPersonView'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];
export const checkedField = z.enum(CHECKED_FIELDS, 'validation.invalid');

const distinct = <T extends string>(values: T[]) => new Set(values).size === values.length;

export const situationFields = z.object({
  /** Coordinator only may name another presenter; otherwise the account's own member presents. */
  presenterMemberId: id.optional(),
  ageBand: z.enum(AGE_BANDS, 'validation.required'),
  gender: z.enum(GENDERS, 'validation.invalid').default(''),
  needSectors: z
    .array(z.enum(SECTORS, 'validation.invalid'))
    .min(1, 'validation.sectorsRequired')
    .max(SECTORS.length, 'validation.tooLong')
    .refine(distinct, 'validation.invalid'),
  severity: z.enum(SEVERITIES, 'validation.required'),
  servicesInvolved: z.array(z.enum(SERVICE_TYPE_CODES, 'validation.invalid')).max(40, 'validation.tooLong').refine(distinct, 'validation.invalid').default([]),
  question: optionalText(2000),
  summary: optionalText(8000),
});
export const createSituationInput = situationFields.strict();
export type SituationFieldsInput = z.input<typeof situationFields>;

/** Editing a situation past "ready" re-runs the check: the private words are needed again then. */
export const updateSituationInput = situationFields.extend({ id, privateWords }).strict();

export const consentFields = z.object({
  informedOn: isoDate.nullable().default(null),
  informedHow: optionalText(1000),
  informedBy: optionalText(200),
  consentOn: isoDate.nullable().default(null),
  consentForm: z.enum(CONSENT_FORMS, 'validation.invalid').nullable().default(null),
  consentGivenBy: optionalText(200),
  youngPersonView: optionalText(2000),
});
export const saveConsentInput = consentFields.extend({ id, privateWords }).strict();
export type ConsentFieldsInput = z.input<typeof consentFields>;

export const checkSituationInput = z.object({ id, privateWords }).strict();
export const markReadyInput = checkSituationInput;

/** Replace one finding by its suggestion (or another text): the excerpt must still be where the check found it. */
export const replaceFindingInput = z
  .object({
    id,
    field: checkedField,
    start: z.number().int().min(0).max(10_000),
    end: z.number().int().min(0).max(10_000),
    excerpt: z.string().min(1).max(500),
    replacement: z.string().max(200, 'validation.tooLong'),
    privateWords,
  })
  .strict()
  .refine((v) => v.end > v.start, { message: 'validation.invalid', path: ['end'] });

/** Keep a finding: a written reason is required. Private words cannot be kept (enforced in the service). */
export const overrideFindingInput = z
  .object({
    id,
    field: checkedField,
    kind: findingKind,
    excerpt: z.string().min(1).max(500),
    reason: z.string('validation.required').trim().min(5, 'validation.reasonRequired').max(500, 'validation.tooLong'),
  })
  .strict();

export const withdrawConsentInput = z.object({ id, confirm: z.literal(true, 'validation.confirmRequired') }).strict();

export const searchSituationsInput = z.object({ query: z.string().max(200, 'validation.tooLong') }).strict();

export const situationSettingsInput = z
  .object({ retentionYears: z.number('validation.number').int('validation.number').min(1, 'validation.number').max(30, 'validation.number') })
  .strict();

export const purgeSituationsInput = z
  .object({ ids: z.array(id).min(1, 'validation.required').max(500, 'validation.tooLong'), confirm: z.literal(true, 'validation.confirmRequired') })
  .strict();

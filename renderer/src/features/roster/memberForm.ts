// The member form's values, their conversion to the contract's input, and validation with the
// shared zod schemas (the same ones the backend applies).
import type { z } from 'zod';
import { memberInput, updateMemberInput } from '../../../../contract/schemas/members';
import type { Member } from '../../../../contract/types/app';
import { fieldIssuesOf, type FieldIssue } from '../../../../contract/errors';
import { dayToInput, forDateField, inputToDay, todayInBrussels } from './rosterText';

export interface MemberFormValues {
  firstName: string;
  lastName: string;
  organisation: string;
  serviceType: string;
  function: string;
  email: string;
  phone: string;
  town: string;
  secrecyStatus: '' | Member['secrecyStatus'];
  isReferent: boolean;
  activeFrom: string;
  activeUntil: string;
}

export type MemberField = keyof MemberFormValues;
export type FieldErrors = Partial<Record<MemberField, string>>;

/** Order of the fields on screen: the first invalid one gets the focus. */
export const FIELD_ORDER: MemberField[] = [
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
];

export function emptyValues(): MemberFormValues {
  return {
    firstName: '',
    lastName: '',
    organisation: '',
    serviceType: '',
    function: '',
    email: '',
    phone: '',
    town: '',
    secrecyStatus: '',
    isReferent: false,
    activeFrom: dayToInput(todayInBrussels()),
    activeUntil: '',
  };
}

export function valuesOf(member: Member): MemberFormValues {
  return {
    firstName: member.firstName,
    lastName: member.lastName,
    organisation: member.organisation,
    serviceType: member.serviceType,
    function: member.function,
    email: member.email,
    phone: member.phone,
    town: member.town,
    secrecyStatus: member.secrecyStatus,
    isReferent: member.isReferent,
    activeFrom: dayToInput(member.activeFrom),
    activeUntil: dayToInput(member.activeUntil),
  };
}

/** The raw input as the schema expects it: ISO dates, and an empty end date means "no end date". */
function toInput(values: MemberFormValues): Record<string, unknown> {
  return {
    ...values,
    activeFrom: inputToDay(values.activeFrom),
    activeUntil: values.activeUntil.trim() === '' ? null : inputToDay(values.activeUntil),
  };
}

/** First message per field, as i18n keys (validation.*). */
export function issuesToErrors(issues: ReadonlyArray<FieldIssue>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] as MemberField;
    if (FIELD_ORDER.includes(field) && !errors[field]) errors[field] = field === 'activeFrom' || field === 'activeUntil' ? forDateField(issue.message) : issue.message;
  }
  return errors;
}


export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function validateCreate(values: MemberFormValues): Validated<z.output<typeof memberInput>> {
  const result = memberInput.safeParse(toInput(values));
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: issuesToErrors(fieldIssuesOf(result.error)) };
}

export function validateUpdate(id: string, values: MemberFormValues): Validated<z.output<typeof updateMemberInput>> {
  const result = updateMemberInput.safeParse({ ...toInput(values), id });
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: issuesToErrors(fieldIssuesOf(result.error)) };
}

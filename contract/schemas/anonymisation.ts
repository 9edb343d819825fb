// Kinds of identifier the anonymisation check (condition 5) looks for. Shared by the checker,
// the contract and the renderer, which labels each kind from the locale files.
import { z } from 'zod';

export const FINDING_KINDS = [
  'email',
  'phone',
  'nationalNumber',
  'iban',
  'date',
  'address',
  'postalLocality',
  'rosterName',
  'firstName',
  'lastName',
  'privateWord',
  'licencePlate',
  'institution',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const findingKind = z.enum(FINDING_KINDS, 'validation.invalid');

/** Words the presenter types for one check only (the young person's name, the school…): never stored. */
export const privateWords = z.array(z.string().trim().min(1).max(100, 'validation.tooLong')).max(50, 'validation.tooLong').default([]);

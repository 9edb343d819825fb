// Small zod pieces shared by several schemas. Messages are i18n keys (validation.*),
// translated by the renderer next to the field and by the router for its error message.
import { z } from 'zod';

export const ROLES = ['coordinator', 'secretary', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const id = z.string().min(1, 'validation.required').max(64, 'validation.tooLong');

/** A calendar date (YYYY-MM-DD) that exists. */
export const isoDate = z
  .string('validation.date')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
  }, 'validation.date');

export const requiredText = (max: number) => z.string('validation.required').trim().min(1, 'validation.required').max(max, 'validation.tooLong');
export const optionalText = (max: number) => z.string('validation.text').trim().max(max, 'validation.tooLong').default('');

export const username = z
  .string('validation.required')
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'validation.username');

export const empty = z.object({}).strict();

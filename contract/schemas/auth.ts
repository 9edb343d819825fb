// Unlocking, roles, language and workspace settings. Schemas that judge a new passphrase's
// strength live in passphrases.ts, so that the unlock screen does not load zxcvbn's dictionaries.
import { z } from 'zod';
import { id, LANGUAGES, requiredText, ROLES, optionalText } from './common.js';

export const unlockInput = z.object({ accountId: id, passphrase: z.string().min(1, 'validation.required').max(1024) }).strict();

export const roles = z.array(z.enum(ROLES, 'validation.role')).min(1, 'validation.roleRequired').transform((r) => [...new Set(r)]);

export const setRolesInput = z.object({ accountId: id, roles }).strict();

export const setLanguageInput = z.object({ language: z.enum(LANGUAGES) }).strict();

export const updateSettingsInput = z
  .object({
    groupName: requiredText(120).optional(),
    territory: optionalText(120).optional(),
    autoLockMinutes: z.number('validation.number').int('validation.number').min(1, 'validation.autoLockRange').max(240, 'validation.autoLockRange').optional(),
  })
  .strict();

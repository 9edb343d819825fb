import { z } from 'zod';
import { checkPassphrase } from '../passphrasePolicy.js';
import { id, LANGUAGES, requiredText, ROLES, username, optionalText } from './common.js';
import { secrecyStatus } from './members.js';

/** A new passphrase: strong enough, typed twice. */
export const newPassphrase = z.string('validation.required').superRefine((value, ctx) => {
  const verdict = checkPassphrase(value);
  if (!verdict.ok) ctx.addIssue({ code: 'custom', message: verdict.messageKey! });
});

const confirmed = <T extends { passphrase: string; passphraseConfirm: string }>(value: T) => value.passphrase === value.passphraseConfirm;
const mismatch = { message: 'validation.passphraseMismatch', path: ['passphraseConfirm'] };

export const createWorkspaceInput = z
  .object({
    groupName: requiredText(120),
    territory: optionalText(120),
    coordinator: z.object({
      firstName: requiredText(100),
      lastName: requiredText(100),
      username,
      secrecyStatus,
    }),
    passphrase: newPassphrase,
    passphraseConfirm: z.string(),
  })
  .strict()
  .refine(confirmed, mismatch);

export const unlockInput = z.object({ accountId: id, passphrase: z.string().min(1, 'validation.required').max(1024) }).strict();

export const recoverInput = z
  .object({
    recoveryKey: z.string().min(1, 'validation.required').max(200),
    accountId: id,
    passphrase: newPassphrase,
    passphraseConfirm: z.string(),
  })
  .strict()
  .refine(confirmed, mismatch);

export const changePassphraseInput = z
  .object({
    currentPassphrase: z.string().min(1, 'validation.required').max(1024),
    passphrase: newPassphrase,
    passphraseConfirm: z.string(),
  })
  .strict()
  .refine(confirmed, mismatch);

export const roles = z.array(z.enum(ROLES, 'validation.role')).min(1, 'validation.roleRequired').transform((r) => [...new Set(r)]);

export const createAccountInput = z
  .object({
    memberId: id,
    username,
    roles,
    passphrase: newPassphrase,
    passphraseConfirm: z.string(),
  })
  .strict()
  .refine(confirmed, mismatch);

export const setRolesInput = z.object({ accountId: id, roles }).strict();

export const setLanguageInput = z.object({ language: z.enum(LANGUAGES) }).strict();

export const updateSettingsInput = z
  .object({
    groupName: requiredText(120).optional(),
    territory: optionalText(120).optional(),
    autoLockMinutes: z.number('validation.number').int('validation.number').min(1, 'validation.autoLockRange').max(240, 'validation.autoLockRange').optional(),
  })
  .strict();

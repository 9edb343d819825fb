// Schemas that set a new passphrase: its strength is judged by zxcvbn (contract/passphrasePolicy.ts),
// whose dictionaries are large; the renderer loads the forms that use these only when they are shown.
import { z } from 'zod';
import { checkPassphrase } from '../passphrasePolicy.js';
import { roles } from './auth.js';
import { id, requiredText, username, optionalText } from './common.js';
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

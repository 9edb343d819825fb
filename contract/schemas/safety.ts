// Inputs of the data-safety channels (backups, restore, integrity check).
import { z } from 'zod';
import { username } from './common.js';

/** A backup of the workspace's backups/ folder, by name only (never a path). */
export const backupName = z
  .string('validation.required')
  .regex(/^concerto-[a-z0-9-]{1,60}-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?(-avant-restauration)?\.tar$/, 'validation.invalid');

export const backupByNameInput = z.object({ name: backupName }).strict();

export const keepLastInput = z
  .object({ keepLast: z.number('validation.number').int('validation.number').min(1, 'validation.keepLastRange').max(100, 'validation.keepLastRange') })
  .strict();

/** Uploaded backups travel as base64 in the call; the loopback host caps bodies at 6 MB. */
export const MAX_UPLOAD_BASE64 = 6 * 1024 * 1024;

export const restoreSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stored'), name: backupName }).strict(),
  z
    .object({
      kind: z.literal('upload'),
      fileName: z.string().min(1, 'validation.required').max(255, 'validation.tooLong'),
      contentBase64: z.string().min(1, 'validation.required').max(MAX_UPLOAD_BASE64, 'validation.backupTooLarge').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid'),
    })
    .strict(),
]);

export const restoreCredentials = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), username, passphrase: z.string().min(1, 'validation.required').max(1024) }).strict(),
  z.object({ kind: z.literal('recoveryKey'), recoveryKey: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong') }).strict(),
]);

export const restoreInspectInput = z.object({ source: restoreSource, credentials: restoreCredentials }).strict();

/**
 * Replacing the workspace needs an explicit yes and, when the workspace in the folder can be opened
 * (or is another one), a coordinator's passphrase of that current workspace or its recovery key.
 */
export const restoreApplyInput = restoreInspectInput
  .extend({ confirmReplace: z.literal(true, 'validation.confirmReplace'), currentCredentials: restoreCredentials.optional() })
  .strict();

// Input schemas of the minutes (PV): draft, check, finalisation, reading, distribution.
// Shared by the backend and the renderer's forms.
import { z } from 'zod';
import { findingKind, privateWords } from './anonymisation.js';
import { passphraseInput } from './charter.js';
import { id } from './common.js';

/** A PV of a few hundred pages at most: the editor, the check and the PDF all stay responsive. */
export const MINUTES_MAX_CHARS = 400_000;

export const DISTRIBUTION_CHANNELS = ['app', 'file', 'pdf'] as const;
export type DistributionChannel = (typeof DISTRIBUTION_CHANNELS)[number];

export const minutesBySessionInput = z.object({ sessionId: id }).strict();

export const saveMinutesDraftInput = z
  .object({
    sessionId: id,
    body: z.string('validation.text').max(MINUTES_MAX_CHARS, 'validation.tooLong'),
    /** The draft's updatedAt the editor started from: a save over a newer draft is refused, not merged. */
    baseUpdatedAt: z.string().max(40).nullable(),
  })
  .strict();
export type SaveMinutesDraftInput = z.input<typeof saveMinutesDraftInput>;

export const checkMinutesInput = z.object({ sessionId: id, privateWords }).strict();

export const overrideMinutesFindingInput = z
  .object({
    sessionId: id,
    kind: findingKind,
    excerpt: z.string().min(1).max(500),
    reason: z.string('validation.required').trim().min(5, 'validation.reasonRequired').max(500, 'validation.tooLong'),
  })
  .strict();

/** Why minutes are corrected: a few words at least, not a stray character. */
export const correctionReason = z.string('validation.text').trim().min(5, 'validation.reasonRequired').max(500, 'validation.tooLong');

export const finaliseMinutesInput = z
  .object({
    sessionId: id,
    privateWords,
    /** Empty for the first version; from the second on, a correctionReason (the service requires it then). */
    reason: z
      .string('validation.text')
      .trim()
      .max(500, 'validation.tooLong')
      .refine((reason) => reason === '' || reason.length >= 5, 'validation.reasonRequired')
      .default(''),
    /** Finalising signs the version: the author's passphrase is asked again, as for signing the charter. */
    passphrase: passphraseInput,
  })
  .strict();

/** The same, for a correction (version 2 on): the form's schema. */
export const finaliseCorrectionInput = finaliseMinutesInput.extend({ reason: correctionReason });

export const openMinutesInput = z.object({ sessionId: id, version: z.number().int().min(1).max(1000) }).strict();

export const distributeMinutesInput = z
  .object({
    sessionId: id,
    version: z.number().int().min(1).max(1000),
    memberId: id,
    channel: z.enum(DISTRIBUTION_CHANNELS, 'validation.invalid'),
    /** Encrypted file only: leave the session's place out of the file's readable part (it stays in the sealed text). */
    omitPlace: z.boolean('validation.invalid').optional(),
  })
  .strict()
  .refine((v) => !v.omitPlace || v.channel === 'file', { message: 'validation.invalid', path: ['omitPlace'] });
export type DistributeMinutesInput = z.input<typeof distributeMinutesInput>;

/** A minutes file received from another computer (at most a few MB). */
export const importMinutesFileInput = z.object({ text: z.string().min(1, 'validation.required').max(8_000_000, 'validation.tooLong') }).strict();
export const receivedMinutesInput = z.object({ id }).strict();

// Input schemas of the charter channels (shared with the renderer's forms).
import { z } from 'zod';
import { id, isoDate, requiredText } from './common.js';
import { secrecyStatus } from './members.js';

/** A charter is a few pages; 200 000 characters leaves room without accepting anything. */
export const charterText = z.string('validation.required').max(200_000, 'validation.tooLong');

export const saveDraftInput = z.object({ id, text: charterText }).strict();

export const putInForceInput = z
  .object({ id, adoptedOn: isoDate, reviewDue: isoDate })
  .strict()
  .refine((v) => v.reviewDue > v.adoptedOn, { message: 'validation.reviewBeforeAdoption', path: ['reviewDue'] });

export const diffInput = z.object({ fromId: id, toId: id }).strict();

/** Every commitment the signer ticks; each must be true. */
export const COMMITMENTS = ['condition1', 'condition2', 'condition3', 'condition4', 'condition5', 'confidentiality', 'minutesPresentOnly'] as const;
export type Commitment = (typeof COMMITMENTS)[number];
const ticked = z.literal(true, 'validation.commitmentRequired');
export const commitmentsSchema = z.object(Object.fromEntries(COMMITMENTS.map((c) => [c, ticked])) as Record<Commitment, typeof ticked>).strict();

export const passphraseInput = z.string('validation.required').min(1, 'validation.required').max(1024, 'validation.tooLong');

export const signInput = z
  .object({ versionId: id, declaredStatus: secrecyStatus, commitments: commitmentsSchema, passphrase: passphraseInput })
  .strict();

/** Local date and time in Europe/Brussels, as an <input type="datetime-local"> gives it. */
export const localDateTime = z.string('validation.dateTime').regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'validation.dateTime');

export const witnessInput = z
  .object({
    versionId: id,
    memberId: id,
    declaredStatus: secrecyStatus,
    signedAt: localDateTime,
    place: requiredText(200),
    passphrase: passphraseInput,
  })
  .strict();

/** A signed file pasted or read by the renderer: text, bounded. */
export const fileContent = z.string('validation.required').min(1, 'validation.required').max(1_000_000, 'validation.fileTooLarge');

export const exportCharterFileInput = z.object({ memberId: id }).strict();
export const fileInput = z.object({ content: fileContent }).strict();
export const signFileInput = z
  .object({ content: fileContent, declaredStatus: secrecyStatus, commitments: commitmentsSchema, passphrase: passphraseInput })
  .strict();
export const importCardInput = z.object({ memberId: id, content: fileContent }).strict();

// What a finalised version seals: the generated header and the written body, kept apart so a
// correction starts from the body and every copy (app, file, PDF) composes the same document.
import { z } from 'zod';
import type { Language } from '../../../contract/schemas/common.js';
import type { MinutesHeader } from '../../../contract/types/minutes.js';
import { AppError } from '../../../contract/errors.js';
import { composeMinutes } from './prefill.js';

const person = z.object({ memberId: z.string(), name: z.string(), organisation: z.string() }).strict();

const documentSchema = z
  .object({
    format: z.literal('concerto.minutes-document'),
    version: z.literal(1),
    language: z.enum(['fr', 'en']),
    header: z
      .object({
        groupName: z.string(),
        sessionTitle: z.string(),
        sessionDate: z.string(),
        startTime: z.string(),
        endTime: z.string(),
        place: z.string(),
        present: z.array(person),
        excused: z.array(person),
      })
      .strict(),
    body: z.string(),
  })
  .strict();

export type MinutesDocument = z.infer<typeof documentSchema>;

export const serialiseDocument = (language: Language, header: MinutesHeader, body: string): string =>
  JSON.stringify({ format: 'concerto.minutes-document', version: 1, language, header, body } satisfies MinutesDocument);

/** Opened plaintext back to a document; anything else is treated as tampering. */
export function parseDocument(plain: string): MinutesDocument {
  try {
    return documentSchema.parse(JSON.parse(plain));
  } catch {
    throw new AppError('MINUTES_TAMPERED');
  }
}

export const documentMarkdown = (d: MinutesDocument): string => composeMinutes(d.language, d.header, d.body);

// The anonymisation check on the minutes' body: the same detectors and the same overrides as a
// situation (subject 'minutes', one field 'body'). The names of the session's participants and of
// the members given actions are expected in minutes and are not findings; every other name is.
import { and, eq, isNotNull } from 'drizzle-orm';
import { anonymisationOverrides, members, situationActions, situationPresentations, situations } from '../../../db/schema.js';
import type { MinutesBodyCheck } from '../../../contract/types/minutes.js';
import { findIdentifiers } from '../anonymisation/check.js';
import { fold } from '../anonymisation/text.js';
import { rosterNames } from '../situations/anonymisation.js';
import type { Db } from '../store.js';
import { participantsOf } from './participants.js';

export const MINUTES_FIELD = 'body';
const NAME_KINDS = new Set(['rosterName', 'firstName', 'lastName']);

/** Folded forms of the names that belong in this session's minutes. */
function expectedNames(db: Db, sessionId: string): Set<string> {
  const people = [
    ...participantsOf(db, sessionId),
    ...db
      .select({ firstName: members.firstName, lastName: members.lastName })
      .from(situationActions)
      .innerJoin(situationPresentations, eq(situationPresentations.id, situationActions.presentationId))
      .innerJoin(members, eq(members.id, situationActions.memberId))
      .where(eq(situationPresentations.sessionId, sessionId))
      .all(),
  ];
  const names = new Set<string>();
  for (const p of people) for (const form of [p.firstName, p.lastName, `${p.firstName} ${p.lastName}`, `${p.lastName} ${p.firstName}`]) names.add(fold(form.trim()));
  return names;
}

export function minutesOverrides(db: Db, minutesId: string) {
  return db
    .select()
    .from(anonymisationOverrides)
    .where(and(eq(anonymisationOverrides.subject, 'minutes'), eq(anonymisationOverrides.subjectId, minutesId)))
    .all();
}

export function checkMinutesBody(db: Db, sessionId: string, minutesId: string, body: string, privateWords: readonly string[]): MinutesBodyCheck {
  const expected = expectedNames(db, sessionId);
  const overrides = minutesOverrides(db, minutesId);
  const found = body ? findIdentifiers(body, { rosterNames: rosterNames(db), privateWords }) : [];
  let unresolved = 0;
  const findings = found
    .filter((f) => !(NAME_KINDS.has(f.kind) && expected.has(fold(f.text.trim()))))
    .map((f) => {
      const overridden = f.kind !== 'privateWord' && overrides.some((o) => o.field === MINUTES_FIELD && o.kind === f.kind && o.excerpt === f.text);
      if (!overridden) unresolved += 1;
      return { ...f, overridden };
    });
  return { text: body, findings, unresolved };
}

/** Codes of situations whose family withdrew consent and that the text mentions. */
export function withdrawnCodesIn(db: Db, text: string): string[] {
  const withdrawn = db.select({ code: situations.code }).from(situations).where(isNotNull(situations.consentWithdrawnAt)).all();
  const upper = text.toUpperCase();
  return withdrawn.map((s) => s.code).filter((code) => upper.includes(code.toUpperCase()));
}

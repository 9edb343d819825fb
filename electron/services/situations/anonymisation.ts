// Condition 5 for a situation: every free-text field goes through the anonymisation check
// with the roster's names and the presenter's private words (used for this call only: never
// stored, never logged, never in the audit) and the names found by its earlier checks (kept in the
// encrypted store, see foundNames.ts). A finding is resolved when the same kind and the
// exact same excerpt were kept in that field with a written reason; a private word never is.
import { and, eq } from 'drizzle-orm';
import { anonymisationOverrides, members, situationConsents } from '../../../db/schema.js';
import { CHECKED_FIELDS, type CheckedField } from '../../../contract/schemas/situations.js';
import type { FieldCheck, SituationCheck } from '../../../contract/types/situations.js';
import { findIdentifiers, type KnownName } from '../anonymisation/check.js';
import type { Db } from '../store.js';
import type { SituationRow } from './access.js';
import { foundNamesOf, rememberFoundNames } from './foundNames.js';

export type ConsentRow = typeof situationConsents.$inferSelect;
export type OverrideRow = typeof anonymisationOverrides.$inferSelect;

export function consentRow(db: Db, situationId: string): ConsentRow | undefined {
  return db.select().from(situationConsents).where(eq(situationConsents.situationId, situationId)).get();
}

export function overridesOf(db: Db, situationId: string): OverrideRow[] {
  return db
    .select()
    .from(anonymisationOverrides)
    .where(and(eq(anonymisationOverrides.subject, 'situation'), eq(anonymisationOverrides.subjectId, situationId)))
    .all();
}

/** The text of each checked field, from the situation and its consent record. */
export function fieldTexts(situation: Pick<SituationRow, 'question' | 'summary'>, consent: Partial<ConsentRow> | undefined): Record<CheckedField, string> {
  return {
    question: situation.question,
    summary: situation.summary,
    informedHow: consent?.informedHow ?? '',
    informedBy: consent?.informedBy ?? '',
    consentGivenBy: consent?.consentGivenBy ?? '',
    youngPersonView: consent?.youngPersonView ?? '',
  };
}

export function rosterNames(db: Db): Array<{ firstName: string; lastName: string }> {
  return db.select({ firstName: members.firstName, lastName: members.lastName }).from(members).all();
}

/** Runs the check over the given texts; findings kept by an override are marked, not dropped. */
export function checkTexts(
  db: Db,
  texts: Record<CheckedField, string>,
  overrides: ReadonlyArray<Pick<OverrideRow, 'field' | 'kind' | 'excerpt'>>,
  privateWords: readonly string[],
  knownNames: ReadonlyArray<KnownName> = [],
): SituationCheck {
  const roster = rosterNames(db);
  // A name found in one field is looked for in all of them, in this same check ("Dupont" in the question too).
  const named = CHECKED_FIELDS.flatMap((field) => (texts[field] ? findIdentifiers(texts[field], { rosterNames: roster, privateWords, knownNames }) : []))
    .filter((f) => (f.kind === 'firstName' || f.kind === 'lastName') && !knownNames.some((k) => k.text === f.text))
    .map((f) => ({ kind: f.kind, text: f.text }));
  const context = { rosterNames: roster, privateWords, knownNames: [...knownNames, ...named] };
  let unresolved = 0;
  const fields: FieldCheck[] = CHECKED_FIELDS.map((field) => {
    const text = texts[field];
    const findings = (text ? findIdentifiers(text, context) : []).map((finding) => {
      const overridden = finding.kind !== 'privateWord' && overrides.some((o) => o.field === field && o.kind === finding.kind && o.excerpt === finding.text);
      if (!overridden) unresolved += 1;
      return { ...finding, overridden };
    });
    return { field, text, findings };
  });
  return { fields, unresolved };
}

/** The check of the situation's saved texts, with the names its earlier checks found; writes nothing. */
export function inspectSituation(db: Db, situation: SituationRow, privateWords: readonly string[]): SituationCheck {
  return checkTexts(db, fieldTexts(situation, consentRow(db, situation.id)), overridesOf(db, situation.id), privateWords, foundNamesOf(db, situation.id));
}

/** The check a presenter runs (and the gate): the names it finds are remembered for the next checks. */
export function checkSituation(db: Db, situation: SituationRow, privateWords: readonly string[]): SituationCheck {
  const result = inspectSituation(db, situation, privateWords);
  rememberFoundNames(db, situation.id, result.fields.flatMap((f) => f.findings));
  return result;
}

// Writing a situation: creation under a fresh pseudonymous code, edits of the record and of the
// information-and-consent record, one-click replacements and kept findings (condition 5).
import { randomUUID } from 'node:crypto';
import { eq, max } from 'drizzle-orm';
import { accounts, anonymisationOverrides, situationConsents, situations } from '../../../db/schema.js';
import { CHECKED_FIELDS, type CheckedField, type ConsentFieldsInput, type SituationFieldsInput } from '../../../contract/schemas/situations.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { assertMayPresent, maySeeDetails, memberIdOfAccount, situationRow, type SituationRow } from './access.js';
import { findIdentifiers } from '../anonymisation/check.js';
import { replaceEverywhere } from '../anonymisation/resolve.js';
import { consentRow, fieldTexts, inspectSituation, rosterNames } from './anonymisation.js';
import { rememberFoundNames } from './foundNames.js';
import { afterEdit, auditSituation } from './gate.js';
import { refreshSearchIndex } from './search.js';

type Fields = Required<Omit<SituationFieldsInput, 'presenterMemberId'>> & { presenterMemberId?: string };
type Consent = { [K in keyof ConsentFieldsInput]-?: Exclude<ConsentFieldsInput[K], undefined> };

export const situationCode = (year: number, number: number) => `SIT-${year}-${String(number).padStart(3, '0')}`;

/** The next number of the year; called inside the creating transaction so two creations never share one. */
function nextNumber(db: Db, year: number): number {
  const row = db.select({ last: max(situations.number) }).from(situations).where(eq(situations.year, year)).get();
  return (row?.last ?? 0) + 1;
}

/** The columns a presenter writes (the rest is the app's: code, status, dates). */
const recordValues = (presenterMemberId: string, input: Fields) => ({
  presenterMemberId,
  ageBand: input.ageBand,
  gender: input.gender,
  needSectors: input.needSectors,
  severity: input.severity,
  servicesInvolved: input.servicesInvolved,
  question: input.question,
  summary: input.summary,
});

/** Whether the account holds the coordinator role (read from the database, as the router does). */
export function isCoordinator(db: Db, accountId: string): boolean {
  const row = db.select({ roles: accounts.roles }).from(accounts).where(eq(accounts.id, accountId)).get();
  return row?.roles.includes('coordinator') ?? false;
}

/** The account's own member presents; a coordinator may name another eligible member. */
function presenterFor(ws: OpenWorkspace, accountId: string, requested: string | undefined): string {
  const own = memberIdOfAccount(ws.db, accountId);
  if (!requested || requested === own) return own;
  if (!isCoordinator(ws.db, accountId)) throw new AppError('FORBIDDEN');
  return requested;
}

export function createSituation(ws: OpenWorkspace, accountId: string, input: Fields, now: Date = new Date()): string {
  const presenter = presenterFor(ws, accountId, input.presenterMemberId);
  return inTransaction(ws, () => {
    assertMayPresent(ws.db, presenter);
    const year = Number(now.toISOString().slice(0, 4));
    const number = nextNumber(ws.db, year);
    const id = randomUUID();
    const at = nowIso(now);
    ws.db
      .insert(situations)
      .values({
        id,
        code: situationCode(year, number),
        year,
        number,
        ...recordValues(presenter, input),
        status: 'draft',
        createdAt: at,
        updatedAt: at,
      })
      .run();
    ws.db.insert(situationConsents).values({ situationId: id, updatedAt: at }).run();
    auditSituation(ws.db, accountId, 'situation.create', id);
    return id;
  });
}

/** Its presenter or a coordinator may change a situation, if they may see it, while it is not closed, withdrawn or purged. */
export function assertMayEdit(ws: OpenWorkspace, accountId: string, situation: SituationRow): void {
  const memberId = memberIdOfAccount(ws.db, accountId);
  if (!maySeeDetails(ws.db, memberId, situation)) throw new AppError('SITUATION_RESTRICTED');
  if (situation.presenterMemberId !== memberId && !isCoordinator(ws.db, accountId)) throw new AppError('FORBIDDEN');
  if (situation.status === 'closed' || situation.consentWithdrawnAt || situation.purgedAt) throw new AppError('SITUATION_NOT_EDITABLE');
}

export function mayEdit(ws: OpenWorkspace, accountId: string, situation: SituationRow): boolean {
  try {
    assertMayEdit(ws, accountId, situation);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

export function updateSituation(ws: OpenWorkspace, accountId: string, id: string, input: Fields, privateWords: readonly string[]): void {
  inTransaction(ws, () => {
    const before = situationRow(ws.db, id);
    assertMayEdit(ws, accountId, before);
    let presenter = before.presenterMemberId;
    if (input.presenterMemberId && input.presenterMemberId !== presenter) {
      if (!isCoordinator(ws.db, accountId)) throw new AppError('FORBIDDEN');
      assertMayPresent(ws.db, input.presenterMemberId);
      presenter = input.presenterMemberId;
    }
    const next = recordValues(presenter, input);
    const changed = (Object.keys(next) as Array<keyof typeof next>).some((k) => JSON.stringify(next[k]) !== JSON.stringify(before[k]));
    if (!changed) return;
    ws.db.update(situations).set({ ...next, updatedAt: nowIso() }).where(eq(situations.id, id)).run();
    auditSituation(ws.db, accountId, 'situation.update', id);
    afterEdit(ws.db, accountId, id, privateWords);
    if (next.question !== before.question || next.summary !== before.summary) refreshSearchIndex(ws.db);
  });
}

export function saveConsent(ws: OpenWorkspace, accountId: string, id: string, input: Consent, privateWords: readonly string[]): void {
  if (input.informedOn && input.consentOn && input.consentOn < input.informedOn)
    throw new AppError('VALIDATION', { issues: [{ path: 'consentOn', message: 'validation.consentBeforeInformed' }] });
  inTransaction(ws, () => {
    const situation = situationRow(ws.db, id);
    assertMayEdit(ws, accountId, situation);
    const before = consentRow(ws.db, id);
    const changed = !before || (Object.keys(input) as Array<keyof Consent>).some((k) => input[k] !== before[k]);
    if (!changed) return;
    const values = { ...input, updatedAt: nowIso() };
    ws.db.insert(situationConsents).values({ situationId: id, ...values }).onConflictDoUpdate({ target: situationConsents.situationId, set: values }).run();
    auditSituation(ws.db, accountId, 'situation.consent.update', id);
    afterEdit(ws.db, accountId, id, privateWords);
  });
}

const CONSENT_FIELDS = new Set<CheckedField>(['informedHow', 'informedBy', 'consentGivenBy', 'youngPersonView']);

/**
 * Replaces a finding where the check found it, and every other occurrence of the same text in all the
 * situation's checked fields (a name left once still identifies); refused if the text moved since. A name
 * replaced is remembered, so that later checks look for it again. A replacement only takes an identifier out,
 * so the status stays (a situation on an agenda can still be cleaned of a private word found late); the
 * replacing text itself must pass the check.
 */
export function replaceFinding(
  ws: OpenWorkspace,
  accountId: string,
  input: { id: string; field: CheckedField; start: number; end: number; excerpt: string; replacement: string },
  privateWords: readonly string[],
): void {
  inTransaction(ws, () => {
    const situation = situationRow(ws.db, input.id);
    assertMayEdit(ws, accountId, situation);
    const texts = fieldTexts(situation, consentRow(ws.db, input.id));
    if (texts[input.field].slice(input.start, input.end) !== input.excerpt) throw new AppError('SITUATION_FINDING_MOVED');
    if (findIdentifiers(input.replacement, { rosterNames: rosterNames(ws.db), privateWords }).length > 0) throw new AppError('SITUATION_UNRESOLVED_FINDINGS');
    const found = inspectSituation(ws.db, situation, privateWords).fields.find((f) => f.field === input.field)?.findings.find((f) => f.start === input.start && f.end === input.end);
    if (found) rememberFoundNames(ws.db, input.id, [found]);
    const at = nowIso();
    const changed: CheckedField[] = [];
    for (const field of CHECKED_FIELDS) {
      const next = replaceEverywhere(texts[field], input.excerpt, input.replacement);
      if (next === texts[field]) continue;
      changed.push(field);
      if (CONSENT_FIELDS.has(field)) ws.db.update(situationConsents).set({ [field]: next, updatedAt: at }).where(eq(situationConsents.situationId, input.id)).run();
      else ws.db.update(situations).set({ [field]: next, updatedAt: at }).where(eq(situations.id, input.id)).run();
    }
    // The audit says in which fields a replacement was made, never what was replaced.
    for (const field of changed) auditSituation(ws.db, accountId, `situation.anonymisation.replace.${field}`, input.id);
    if (changed.some((field) => !CONSENT_FIELDS.has(field))) refreshSearchIndex(ws.db);
  });
}

/** Keeps a finding with a written reason. The excerpt must be a current finding of that kind in that field. */
export function overrideFinding(ws: OpenWorkspace, accountId: string, input: { id: string; field: CheckedField; kind: string; excerpt: string; reason: string }): void {
  if (input.kind === 'privateWord') throw new AppError('SITUATION_OVERRIDE_NOT_ALLOWED');
  inTransaction(ws, () => {
    const situation = situationRow(ws.db, input.id);
    assertMayEdit(ws, accountId, situation);
    const field = inspectSituation(ws.db, situation, []).fields.find((f) => f.field === input.field);
    const finding = field?.findings.find((f) => f.kind === input.kind && f.text === input.excerpt);
    if (!finding) throw new AppError('SITUATION_FINDING_MOVED');
    if (finding.overridden) return;
    ws.db
      .insert(anonymisationOverrides)
      .values({ id: randomUUID(), subject: 'situation', subjectId: input.id, field: input.field, kind: input.kind, excerpt: input.excerpt, reason: input.reason, accountId, at: nowIso() })
      .run();
    auditSituation(ws.db, accountId, `situation.anonymisation.override.${input.kind}`, input.id);
  });
}

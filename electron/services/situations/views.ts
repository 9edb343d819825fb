// What an account sees of situations: everything when it holds a valid signature of the
// charter in force (and, after a withdrawal, only if it presents the situation); otherwise the
// code, the sectors and the status, and nothing else leaves the backend. Every opening is audited.
import { desc, inArray } from 'drizzle-orm';
import { members, situations } from '../../../db/schema.js';
import type { RestrictionReason, SituationDetail, SituationListItem, SituationPublic, SituationView } from '../../../contract/types/situations.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { hasValidCharter, memberIdOfAccount, situationRow, type SituationRow } from './access.js';
import { consentRow, overridesOf } from './anonymisation.js';
import { auditSituation, conditionsOf } from './gate.js';
import { isCoordinator, mayEdit } from './record.js';
import { situationsMatching } from './search.js';

/**
 * The rule of access.maySeeDetails, with the charter status read once for a whole list, plus one:
 * a draft has not passed the anonymisation check yet, so only its presenter and the coordination
 * (who may prepare it with them) read it; the group sees it once it is ready.
 */
export function restrictionFor(db: Db, accountId: string): (row: SituationRow) => RestrictionReason | null {
  const memberId = memberIdOfAccount(db, accountId);
  const valid = hasValidCharter(db, memberId);
  const coordinator = isCoordinator(db, accountId);
  return (row) => {
    if (row.purgedAt) return 'purged';
    if (!valid) return 'charter';
    if (row.consentWithdrawnAt && row.presenterMemberId !== memberId) return 'withdrawn';
    if (row.status === 'draft' && row.presenterMemberId !== memberId && !coordinator) return 'draft';
    return null;
  };
}

const publicPart = (row: SituationRow): SituationPublic => ({
  id: row.id,
  code: row.code,
  needSectors: row.needSectors,
  status: row.status,
  withdrawn: row.consentWithdrawnAt !== null,
  purged: row.purgedAt !== null,
});

function memberNames(db: Db, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: members.id, firstName: members.firstName, lastName: members.lastName }).from(members).where(inArray(members.id, ids)).all();
  return new Map(rows.map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
}

function listItems(db: Db, accountId: string, rows: SituationRow[]): SituationListItem[] {
  const restriction = restrictionFor(db, accountId);
  const names = memberNames(db, [...new Set(rows.map((r) => r.presenterMemberId))]);
  return rows.map((row) => {
    const reason = restriction(row);
    if (reason) return { ...publicPart(row), access: 'restricted', reason };
    return {
      ...publicPart(row),
      access: 'full',
      presenterMemberId: row.presenterMemberId,
      presenterName: names.get(row.presenterMemberId) ?? '',
      ageBand: row.ageBand,
      severity: row.severity,
      question: row.question,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}

export function listSituations(db: Db, accountId: string): SituationListItem[] {
  const rows = db.select().from(situations).orderBy(desc(situations.year), desc(situations.number)).all();
  return listItems(db, accountId, rows);
}

/** Only the situations this account may see in full: a match elsewhere would itself say something. */
export function searchSituations(db: Db, accountId: string, query: string): SituationListItem[] {
  return listItems(db, accountId, situationsMatching(db, query)).filter((item) => item.access === 'full');
}

/** The full detail; the caller has checked the account may see it. */
export function situationDetail(ws: OpenWorkspace, accountId: string, row: SituationRow): SituationDetail {
  const db = ws.db;
  const consent = consentRow(db, row.id);
  return {
    ...publicPart(row),
    access: 'full',
    presenterMemberId: row.presenterMemberId,
    presenterName: memberNames(db, [row.presenterMemberId]).get(row.presenterMemberId) ?? '',
    ageBand: row.ageBand,
    gender: row.gender,
    severity: row.severity,
    servicesInvolved: row.servicesInvolved,
    question: row.question,
    summary: row.summary,
    consent: {
      informedOn: consent?.informedOn ?? null,
      informedHow: consent?.informedHow ?? '',
      informedBy: consent?.informedBy ?? '',
      consentOn: consent?.consentOn ?? null,
      consentForm: consent?.consentForm ?? null,
      consentGivenBy: consent?.consentGivenBy ?? '',
      youngPersonView: consent?.youngPersonView ?? '',
    },
    conditions: conditionsOf(db, row),
    overrides: overridesOf(db, row.id).map((o) => ({ id: o.id, field: o.field, kind: o.kind, excerpt: o.excerpt, reason: o.reason, at: o.at })),
    consentWithdrawnAt: row.consentWithdrawnAt,
    closedAt: row.closedAt,
    purgeAfter: row.purgeAfter,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    editable: mayEdit(ws, accountId, row),
  };
}

/** Opens a situation: the full detail or the restricted view, and an audit event either way. */
export function openSituation(ws: OpenWorkspace, accountId: string, id: string): SituationView {
  return inTransaction(ws, () => {
    const row = situationRow(ws.db, id);
    const reason = restrictionFor(ws.db, accountId)(row);
    auditSituation(ws.db, accountId, reason ? 'situation.open.restricted' : 'situation.open', id);
    if (reason) return { ...publicPart(row), access: 'restricted' as const, reason };
    return situationDetail(ws, accountId, row);
  });
}

/** The detail after a change made by this account (no opening event: the change has its own). */
export function detailAfterChange(ws: OpenWorkspace, accountId: string, id: string): SituationView {
  const row = situationRow(ws.db, id);
  const reason = restrictionFor(ws.db, accountId)(row);
  if (reason) return { ...publicPart(row), access: 'restricted', reason };
  return situationDetail(ws, accountId, row);
}


// Retention: closing a situation sets the date after which its content may be purged (workspace
// setting, 1 to 30 years, default 5). The purge, confirmed by the coordinator, removes every
// text (question, summary, consent record, needs, leads, actions, kept findings) and keeps the
// anonymous counts: code, sectors, age band, severity, dates.
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import {
  anonymisationOverrides,
  situationActions,
  situationConsents,
  situationLeads,
  situationNeedStates,
  situationNeeds,
  situationPresentations,
  situationSettings,
  situations,
} from '../../../db/schema.js';
import type { PurgeDueItem, SituationSettingsView } from '../../../contract/types/situations.js';
import { appendAudit } from '../audit.js';
import { nowIso, todayInBrussels } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { auditSituation } from './gate.js';
import { forgetFoundNames } from './foundNames.js';
import { refreshSearchIndex } from './search.js';

export const DEFAULT_RETENTION_YEARS = 5;

export function getSituationSettings(db: Db): SituationSettingsView {
  const row = db.select().from(situationSettings).where(eq(situationSettings.singleton, 1)).get();
  return { retentionYears: row?.retentionYears ?? DEFAULT_RETENTION_YEARS };
}

export function updateSituationSettings(ws: OpenWorkspace, accountId: string, settings: SituationSettingsView): SituationSettingsView {
  inTransaction(ws, () => {
    ws.db.insert(situationSettings).values({ singleton: 1, ...settings }).onConflictDoUpdate({ target: situationSettings.singleton, set: settings }).run();
    appendAudit(ws.db, { accountId, action: 'situations.settings.update', entity: 'workspace', entityId: ws.workspaceId });
  });
  return getSituationSettings(ws.db);
}

/** The purge date of a situation closed at `closedAt`: the same calendar day (Brussels), `retentionYears` later. */
export function purgeDateFrom(db: Db, closedAt: Date): string {
  const [y, m, d] = todayInBrussels(closedAt).split('-').map(Number) as [number, number, number];
  const years = getSituationSettings(db).retentionYears;
  // 29 February closes on 28 February in a year that has none.
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export function purgeDue(db: Db, now: Date = new Date()): PurgeDueItem[] {
  return db
    .select({ id: situations.id, code: situations.code, closedAt: situations.closedAt, purgeAfter: situations.purgeAfter })
    .from(situations)
    .where(and(eq(situations.status, 'closed'), isNull(situations.purgedAt), lte(situations.purgeAfter, todayInBrussels(now))))
    .orderBy(situations.purgeAfter)
    .all()
    .map((r) => ({ ...r, purgeAfter: r.purgeAfter ?? '' }));
}

/** Purges the listed situations, all due, in one transaction. */
export function purgeSituations(ws: OpenWorkspace, accountId: string, ids: string[], now: Date = new Date()): string[] {
  return inTransaction(ws, () => {
    const due = new Set(purgeDue(ws.db, now).map((d) => d.id));
    for (const id of ids) if (!due.has(id)) throw new AppError('SITUATION_NOT_DUE');
    const unique = [...new Set(ids)];
    for (const id of unique) applyPurge(ws.db, accountId, id, now);
    refreshSearchIndex(ws.db);
    return unique;
  });
}

/** Empties one situation's words (no checks: the caller has them); also re-applied after a restore (accountId null). */
export function applyPurge(db: Db, accountId: string | null, id: string, now: Date): void {
  db.update(situations).set({ question: '', summary: '', gender: '', servicesInvolved: [], purgedAt: nowIso(now), updatedAt: nowIso(now) }).where(eq(situations.id, id)).run();
  db.delete(situationConsents).where(eq(situationConsents.situationId, id)).run();
  db.delete(anonymisationOverrides).where(and(eq(anonymisationOverrides.subject, 'situation'), eq(anonymisationOverrides.subjectId, id))).run();
  forgetFoundNames(db, id);
  const needIds = db.select({ id: situationNeeds.id }).from(situationNeeds).where(eq(situationNeeds.situationId, id)).all().map((n) => n.id);
  if (needIds.length > 0) db.delete(situationNeedStates).where(inArray(situationNeedStates.needId, needIds)).run();
  db.delete(situationNeeds).where(eq(situationNeeds.situationId, id)).run();
  const presentationIds = db.select({ id: situationPresentations.id }).from(situationPresentations).where(eq(situationPresentations.situationId, id)).all().map((p) => p.id);
  if (presentationIds.length > 0) {
    // Counts of leads and actions stay (sector, service type, dates); their words go.
    db.update(situationLeads).set({ text: '' }).where(inArray(situationLeads.presentationId, presentationIds)).run();
    db.update(situationActions).set({ what: '' }).where(inArray(situationActions.presentationId, presentationIds)).run();
  }
  auditSituation(db, accountId, 'situation.purge', id);
}

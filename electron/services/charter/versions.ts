// Charter versions: one draft at a time, edited freely; put in force, it becomes immutable and
// the version it replaces is retired (signatures of retired versions must be renewed).
import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { charterSignatures, charterVersions, workspace } from '../../../db/schema.js';
import type { CharterVersionDetail, CharterVersionSummary } from '../../../contract/types/charter.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { canonicalText, contentHash, defaultCharterText, fingerprint } from './text.js';

type VersionRow = typeof charterVersions.$inferSelect;

function summary(row: VersionRow, signatureCount: number): CharterVersionSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    contentHash: row.contentHash,
    fingerprint: fingerprint(row.contentHash),
    adoptedOn: row.adoptedOn,
    reviewDue: row.reviewDue,
    inForceAt: row.inForceAt,
    retiredAt: row.retiredAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    signatureCount,
  };
}

const detail = (row: VersionRow, signatureCount: number): CharterVersionDetail => ({ ...summary(row, signatureCount), text: row.text });

function signatureCounts(db: Db): Map<string, number> {
  const rows = db
    .select({ versionId: charterSignatures.versionId, n: sql<number>`count(*)` })
    .from(charterSignatures)
    .groupBy(charterSignatures.versionId)
    .all();
  return new Map(rows.map((r) => [r.versionId, r.n]));
}

export function listVersions(db: Db): CharterVersionSummary[] {
  const counts = signatureCounts(db);
  return db
    .select()
    .from(charterVersions)
    .orderBy(desc(charterVersions.number))
    .all()
    .map((row) => summary(row, counts.get(row.id) ?? 0));
}

export function versionRow(db: Db, id: string): VersionRow {
  const row = db.select().from(charterVersions).where(eq(charterVersions.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function getVersion(db: Db, id: string): CharterVersionDetail {
  return detail(versionRow(db, id), signatureCounts(db).get(id) ?? 0);
}

export function inForceRow(db: Db): VersionRow | undefined {
  return db.select().from(charterVersions).where(eq(charterVersions.status, 'in_force')).get();
}

export function draftRow(db: Db): VersionRow | undefined {
  return db.select().from(charterVersions).where(eq(charterVersions.status, 'draft')).get();
}

export function inForceVersion(db: Db): CharterVersionDetail | null {
  const row = inForceRow(db);
  return row ? getVersion(db, row.id) : null;
}

export function draftVersion(db: Db): CharterVersionDetail | null {
  const row = draftRow(db);
  return row ? getVersion(db, row.id) : null;
}

/** Starts the next draft from the version in force (or the latest one, or the default text). Returns the existing draft if any. */
export function createDraft(ws: OpenWorkspace, accountId: string): CharterVersionDetail {
  const id = inTransaction(ws, () => {
    const existing = draftRow(ws.db);
    if (existing) return existing.id;
    const latest = inForceRow(ws.db) ?? ws.db.select().from(charterVersions).orderBy(desc(charterVersions.number)).get();
    const text = latest ? latest.text : defaultTextFor(ws.db);
    const number = (latest ? ws.db.select({ n: sql<number>`max(${charterVersions.number})` }).from(charterVersions).get()?.n ?? 0 : 0) + 1;
    const at = nowIso();
    const newId = randomUUID();
    ws.db.insert(charterVersions).values({ id: newId, number, status: 'draft', text, contentHash: contentHash(text), createdAt: at, updatedAt: at }).run();
    appendAudit(ws.db, { accountId, action: 'charter.createDraft', entity: 'charter_version', entityId: newId });
    return newId;
  });
  return getVersion(ws.db, id);
}

function defaultTextFor(db: Db): string {
  const row = db.select({ groupName: workspace.groupName, territory: workspace.territory }).from(workspace).get();
  return defaultCharterText(row?.groupName ?? '', row?.territory ?? '');
}

export function saveDraft(ws: OpenWorkspace, accountId: string, id: string, text: string): CharterVersionDetail {
  inTransaction(ws, () => {
    const row = versionRow(ws.db, id);
    if (row.status !== 'draft') throw new AppError('CHARTER_NOT_DRAFT');
    const canonical = canonicalText(text);
    ws.db
      .update(charterVersions)
      .set({ text: canonical, contentHash: contentHash(canonical), updatedAt: nowIso() })
      .where(eq(charterVersions.id, id))
      .run();
    appendAudit(ws.db, { accountId, action: 'charter.saveDraft', entity: 'charter_version', entityId: id });
  });
  return getVersion(ws.db, id);
}

export function discardDraft(ws: OpenWorkspace, accountId: string, id: string): void {
  inTransaction(ws, () => {
    const row = versionRow(ws.db, id);
    if (row.status !== 'draft') throw new AppError('CHARTER_NOT_DRAFT');
    ws.db.delete(charterVersions).where(eq(charterVersions.id, id)).run();
    appendAudit(ws.db, { accountId, action: 'charter.discardDraft', entity: 'charter_version', entityId: id });
  });
}

/** The draft becomes the version in force; the previous one is retired and its signatures are to be renewed. */
export function putInForce(ws: OpenWorkspace, accountId: string, args: { id: string; adoptedOn: string; reviewDue: string }): CharterVersionDetail {
  if (args.reviewDue <= args.adoptedOn) throw new AppError('VALIDATION', { issues: [{ path: 'reviewDue', message: 'validation.reviewBeforeAdoption' }] });
  inTransaction(ws, () => {
    const row = versionRow(ws.db, args.id);
    if (row.status !== 'draft') throw new AppError('CHARTER_NOT_DRAFT');
    if (row.text.trim().length === 0) throw new AppError('VALIDATION', { issues: [{ path: 'text', message: 'validation.required' }] });
    const at = nowIso();
    const current = inForceRow(ws.db);
    if (current) {
      ws.db.update(charterVersions).set({ status: 'retired', retiredAt: at, updatedAt: at }).where(eq(charterVersions.id, current.id)).run();
      appendAudit(ws.db, { accountId, action: 'charter.retire', entity: 'charter_version', entityId: current.id });
    }
    ws.db
      .update(charterVersions)
      .set({ status: 'in_force', adoptedOn: args.adoptedOn, reviewDue: args.reviewDue, inForceAt: at, updatedAt: at })
      .where(eq(charterVersions.id, args.id))
      .run();
    appendAudit(ws.db, { accountId, action: 'charter.putInForce', entity: 'charter_version', entityId: args.id });
  });
  return getVersion(ws.db, args.id);
}

// Withdrawal's effect on agendas and retention's purge, at service level on a real encrypted
// workspace (the purge date is years away, so the purge runs with a later "now"). After the purge,
// the text is gone from the tables, the full-text index, and the bytes of the database file.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../db/connection.js';
import {
  agendaItems,
  anonymisationOverrides,
  auditEvents,
  sessions,
  situationActions,
  situationConsents,
  situationLeads,
  situationNeedStates,
  situationNeeds,
  situationPresentations,
  situations,
} from '../../db/schema.js';
import type { Router } from '../../electron/api/router.js';
import type { SituationDetail } from '../../contract/types/situations.js';
import { AppError } from '../../contract/errors.js';
import { getSituationSettings, purgeDateFrom, purgeDue, purgeSituations, updateSituationSettings } from '../../electron/services/situations/retention.js';
import { checkSituation } from '../../electron/services/situations/anonymisation.js';
import { createSituation, replaceFinding, saveConsent, updateSituation } from '../../electron/services/situations/record.js';
import { setSituationStatus } from '../../electron/services/situations/statusLog.js';
import { withdrawConsent } from '../../electron/services/situations/withdrawal.js';
import { dbFilePath } from '../../electron/services/store.js';
import { endSession, unlockWithPassphrase, type UnlockedWorkspace } from '../../electron/services/workspace.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { MIGRATIONS_DIR } from '../helpers/safetyWorkspace.js';
import { call, failure } from '../helpers/sessions.js';
import { createdWorkspace, PASSPHRASE, tempDir } from '../helpers/workspace.js';

const MARKER = 'purgemarkerxq';
/** Prefix compression in the index may cut a term's start: its tail is what we look for too. */
const MARKER_TAIL = 'markerxq';
const CONTROL = 'witnesskeepzz';

let router: Router;
let dir: string;
let accountId: string;
let session: UnlockedWorkspace;
const ids = { purged: '', kept: '', scheduled: '' };

const fields = {
  ageBand: '15-17' as const,
  needSectors: ['youth_aid', 'disability'] as Array<'youth_aid' | 'disability'>,
  severity: 'difficulty' as const,
  servicesInvolved: ['saj'] as Array<'saj'>,
  question: 'Quel accueil de jour pour un jeune de 16 ans ?',
};

const years = (n: number) => new Date(Date.now() + n * 366 * 24 * 3600 * 1000);

function insertSession(status: 'planned' | 'held', date: string): string {
  const id = randomUUID();
  const at = new Date().toISOString();
  session.ws.db
    .insert(sessions)
    .values({ id, uid: `${id}@test`, title: 'Séance', date, startTime: '13:30', endTime: '16:00', timeZone: 'Europe/Brussels', status, originalDate: date, createdAt: at, updatedAt: at })
    .run();
  return id;
}

function insertAgendaItem(sessionId: string, situationId: string): string {
  const id = randomUUID();
  session.ws.db.insert(agendaItems).values({ id, sessionId, position: 1, title: 'Situation', durationMinutes: 30, sectors: [], situationId, createdAt: new Date().toISOString() }).run();
  session.ws.db.insert(situationPresentations).values({ id: randomUUID(), situationId, sessionId, agendaItemId: id, createdAt: new Date().toISOString() }).run();
  return id;
}

beforeAll(async () => {
  const created = await createdWorkspace();
  ({ router, dir, accountId } = created);
  const v1 = await putDraftInForce(router);
  await call(router, 'charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  const make = async (summary: string) => ((await call(router, 'situations.create', { ...fields, summary })) as SituationDetail).id;
  ids.purged = await make(`Le jeune, ${MARKER}, a quitté l’internat. Contact : famille.x@exemple.be.`);
  ids.kept = await make(`Situation suivie, ${CONTROL}, toujours en cours.`);
  ids.scheduled = await make('Situation inscrite à deux séances.');
  await call(router, 'situations.saveConsent', {
    id: ids.purged,
    informedOn: '2026-10-01',
    informedHow: `Entretien, ${MARKER} dans la note.`,
    informedBy: 'le délégué',
    consentOn: '2026-10-02',
    consentForm: 'oral',
    consentGivenBy: 'le père',
    youngPersonView: 'D’accord.',
    privateWords: [],
  });
  await call(router, 'situations.override', { id: ids.purged, field: 'summary', kind: 'email', excerpt: 'famille.x@exemple.be', reason: `Motif avec ${MARKER}.` });
  await router.lockNow();
  session = await unlockWithPassphrase(dir, accountId, PASSPHRASE, { migrationsDir: MIGRATIONS_DIR });
}, 60_000);

afterAll(async () => {
  if (session.ws.sqlite.open) await endSession(session);
  await router.close();
});

describe('codes and edits past "ready", at service level', () => {
  it('numbers each year from 001 again', () => {
    const id = createSituation(session.ws, accountId, { ...fields, gender: '', summary: '' }, new Date('2031-01-02T09:00:00Z'));
    expect(session.ws.db.select().from(situations).where(eq(situations.id, id)).get()!.code).toBe('SIT-2031-001');
  });

  it('keeps a situation already on an agenda only if the edit passes the five conditions again', () => {
    const db = session.ws.db;
    setSituationStatus(db, accountId, db.select().from(situations).where(eq(situations.id, ids.kept)).get()!, 'scheduled');
    const withEmail = { ...fields, gender: '' as const, summary: 'Contact : parent.y@exemple.be.' };
    // Conditions 3 and 4 are missing for this one: refused, and nothing is written.
    expect(() => updateSituation(session.ws, accountId, ids.kept, withEmail, [])).toThrow(expect.objectContaining({ code: 'SITUATION_NOT_INFORMED' }));
    const consent = { informedOn: '2026-10-01', informedHow: 'Entretien.', informedBy: 'le délégué', consentOn: '2026-10-02', consentForm: 'oral' as const, consentGivenBy: 'la mère', youngPersonView: '' };
    saveConsent(session.ws, accountId, ids.kept, consent, []);
    expect(() => updateSituation(session.ws, accountId, ids.kept, withEmail, [])).toThrow(expect.objectContaining({ code: 'SITUATION_UNRESOLVED_FINDINGS' }));
    const row = db.select().from(situations).where(eq(situations.id, ids.kept)).get()!;
    expect(row.summary).toContain(CONTROL);
    expect(row.status).toBe('scheduled');
    // A private word typed with the edit counts too.
    expect(() => updateSituation(session.ws, accountId, ids.kept, { ...fields, gender: '', summary: 'Il habite rue des Glycines.' }, ['glycines'])).toThrow(
      expect.objectContaining({ code: 'SITUATION_UNRESOLVED_FINDINGS' }),
    );
    updateSituation(session.ws, accountId, ids.kept, { ...fields, gender: '', summary: `Situation suivie, ${CONTROL}, scolarité reprise.` }, ['glycines']);
    expect(db.select().from(situations).where(eq(situations.id, ids.kept)).get()).toMatchObject({ status: 'scheduled', summary: `Situation suivie, ${CONTROL}, scolarité reprise.` });
  });

  it('lets a late private word be replaced on a scheduled situation, one finding at a time, with a clean replacement', () => {
    const db = session.ws.db;
    // Two private words typed late, found in a situation already on an agenda.
    const late = ['scolarité', 'suivie'];
    const field = checkSituation(db, db.select().from(situations).where(eq(situations.id, ids.kept)).get()!, late).fields.find((f) => f.field === 'summary')!;
    const found = field.findings.filter((f) => f.kind === 'privateWord');
    expect(found.map((f) => f.text)).toEqual(['suivie', 'scolarité']);
    const [first] = found;
    expect(() =>
      replaceFinding(session.ws, accountId, { id: ids.kept, field: 'summary', start: first!.start, end: first!.end, excerpt: first!.text, replacement: 'a.b@exemple.be' }, late),
    ).toThrow(expect.objectContaining({ code: 'SITUATION_UNRESOLVED_FINDINGS' }));
    replaceFinding(session.ws, accountId, { id: ids.kept, field: 'summary', start: first!.start, end: first!.end, excerpt: first!.text, replacement: first!.suggestion }, late);
    const row = db.select().from(situations).where(eq(situations.id, ids.kept)).get()!;
    expect(row.status).toBe('scheduled');
    expect(row.summary).not.toContain('suivie');
    expect(checkSituation(db, row, late).unresolved).toBe(1);
  });
});

describe('withdrawal of consent and the agendas', () => {
  it('removes the situation from sessions not yet held, keeps it in held ones, closes it with a purge date', () => {
    const held = insertSession('held', '2026-09-15');
    const planned = insertSession('planned', '2027-01-19');
    const heldItem = insertAgendaItem(held, ids.scheduled);
    const plannedItem = insertAgendaItem(planned, ids.scheduled);
    withdrawConsent(session.ws, accountId, ids.scheduled);
    const db = session.ws.db;
    expect(db.select().from(agendaItems).where(eq(agendaItems.id, plannedItem)).get()).toBeUndefined();
    expect(db.select().from(agendaItems).where(eq(agendaItems.id, heldItem)).get()).toBeDefined();
    expect(db.select().from(situationPresentations).where(eq(situationPresentations.situationId, ids.scheduled)).all().map((p) => p.sessionId)).toEqual([held]);
    const row = db.select().from(situations).where(eq(situations.id, ids.scheduled)).get()!;
    expect(row.consentWithdrawnAt).not.toBeNull();
    expect(row.status).toBe('closed');
    expect(row.purgeAfter).toBe(purgeDateFrom(db, new Date(row.closedAt!)));
    const actions = db.select().from(auditEvents).all().map((e) => e.action);
    expect(actions).toContain('agenda.remove.withdrawn');
  });
});

describe('retention', () => {
  it('keeps the setting between 1 and 30 years, 5 by default, and dates the purge from the closing day', async () => {
    expect(getSituationSettings(session.ws.db).retentionYears).toBe(5);
    expect(purgeDateFrom(session.ws.db, new Date('2026-03-10T10:00:00Z'))).toBe('2031-03-10');
    expect(purgeDateFrom(session.ws.db, new Date('2028-02-29T10:00:00Z'))).toBe('2033-02-28');
    // Just before midnight UTC is already the next day in Brussels.
    expect(purgeDateFrom(session.ws.db, new Date('2026-12-31T23:30:00Z'))).toBe('2032-01-01');
    updateSituationSettings(session.ws, accountId, { retentionYears: 2 });
    expect(purgeDateFrom(session.ws.db, new Date('2026-03-10T10:00:00Z'))).toBe('2028-03-10');
    updateSituationSettings(session.ws, accountId, { retentionYears: 5 });
  });

  it('lists only closed situations past their date, and refuses to purge one not due', () => {
    withdrawConsent(session.ws, accountId, ids.purged);
    expect(purgeDue(session.ws.db)).toEqual([]);
    const due = purgeDue(session.ws.db, years(6)).map((d) => d.id);
    expect(due.sort()).toEqual([ids.purged, ids.scheduled].sort());
    expect(() => purgeSituations(session.ws, accountId, [ids.kept], years(6))).toThrow(AppError);
    expect(() => purgeSituations(session.ws, accountId, [ids.purged])).toThrow(AppError);
  });

  it('removes the content, keeps the anonymous counts, and leaves nothing in the index', () => {
    const db = session.ws.db;
    // Outcome content as the follow-up part writes it.
    const presentation = db.select().from(situationPresentations).where(eq(situationPresentations.situationId, ids.scheduled)).get()!;
    db.insert(situationLeads).values({ id: randomUUID(), presentationId: presentation.id, sector: 'youth_aid', serviceType: 'amo', text: `Piste ${MARKER}`, createdAt: new Date().toISOString() }).run();
    db.insert(situationActions).values({ id: randomUUID(), presentationId: presentation.id, memberId: db.select().from(situations).get()!.presenterMemberId, what: `Appeler ${MARKER}`, dueOn: '2026-12-01', createdAt: new Date().toISOString() }).run();
    const needId = randomUUID();
    db.insert(situationNeeds).values({ id: needId, situationId: ids.scheduled, sector: 'disability', need: `Besoin ${MARKER}`, serviceType: 'aviq_office', state: 'unmet', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() }).run();
    db.insert(situationNeedStates).values({ id: randomUUID(), needId, state: 'unmet', at: new Date().toISOString() }).run();

    const before = db.select().from(situations).where(eq(situations.id, ids.purged)).get()!;
    expect(purgeSituations(session.ws, accountId, [ids.purged, ids.scheduled], years(6)).sort()).toEqual([ids.purged, ids.scheduled].sort());
    const after = db.select().from(situations).where(eq(situations.id, ids.purged)).get()!;
    expect(after).toMatchObject({ code: before.code, needSectors: before.needSectors, ageBand: before.ageBand, severity: before.severity, createdAt: before.createdAt, closedAt: before.closedAt, question: '', summary: '' });
    expect(after.purgedAt).not.toBeNull();
    expect(db.select().from(situationConsents).where(eq(situationConsents.situationId, ids.purged)).all()).toEqual([]);
    expect(db.select().from(anonymisationOverrides).where(eq(anonymisationOverrides.subjectId, ids.purged)).all()).toEqual([]);
    expect(db.select().from(situationNeeds).where(eq(situationNeeds.situationId, ids.scheduled)).all()).toEqual([]);
    expect(db.select().from(situationLeads).all().map((l) => [l.sector, l.text])).toEqual([['youth_aid', '']]);
    expect(db.select().from(situationActions).all().map((a) => a.what)).toEqual(['']);
    const sqlite = session.ws.sqlite;
    expect(sqlite.prepare('select count(*) n from situations_fts where situations_fts match ?').get(`"${MARKER}"`)).toEqual({ n: 0 });
    expect(sqlite.prepare('select count(*) n from situations_fts where situations_fts match ?').get(`"${CONTROL}"`)).toEqual({ n: 1 });
    expect(sqlite.prepare('select code from situations_fts where situation_id = ?').get(ids.purged)).toEqual({ code: before.code });
    expect(db.select().from(auditEvents).all().filter((e) => e.action === 'situation.purge').map((e) => e.entityId).sort()).toEqual([ids.purged, ids.scheduled].sort());
    expect(purgeDue(db, years(6))).toEqual([]);
  });

  it('leaves no trace of the purged text in the database file, pages and free pages included', async () => {
    const key = Uint8Array.from(session.dbKey);
    await endSession(session);
    // A plaintext copy of every page: SQLite's rekey to no key rewrites each page of the file
    // (free pages too), so what secure_delete zeroed stays zero and anything left would show.
    const wal = `${dbFilePath(dir)}-wal`;
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    const copyDir = tempDir('concerto-purge-');
    const copy = path.join(copyDir, 'copy.db');
    fs.copyFileSync(dbFilePath(dir), copy);
    const db = openEncrypted(copy, key);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
    db.close();
    const bytes = fs.readFileSync(copy);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(true);
    expect(bytes.includes(Buffer.from(CONTROL))).toBe(true);
    expect(bytes.includes(Buffer.from(MARKER_TAIL))).toBe(false);
    expect(bytes.includes(Buffer.from('famille.x@exemple.be'))).toBe(false);
    // And the encrypted original holds no plaintext at all.
    expect(fs.readFileSync(dbFilePath(dir)).includes(Buffer.from(CONTROL))).toBe(false);
  });
});

describe('through the router', () => {
  it('lets only the coordinator list and purge, with a confirmation', async () => {
    await call(router, 'session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(await call(router, 'situations.purgeDue', {})).toEqual([]);
    expect(await failure(router, 'situations.purge', { ids: [ids.kept] } as never)).toBe('VALIDATION');
    expect(await failure(router, 'situations.purge', { ids: [ids.kept], confirm: true })).toBe('SITUATION_NOT_DUE');
    expect(await failure(router, 'situations.updateSettings', { retentionYears: 31 })).toBe('VALIDATION');
    expect(await call(router, 'situations.updateSettings', { retentionYears: 7 })).toEqual({ retentionYears: 7 });
    const purged = await call(router, 'situations.get', { id: ids.purged });
    expect(purged).toMatchObject({ access: 'restricted', reason: 'purged', purged: true });
  });
});

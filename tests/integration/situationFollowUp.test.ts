// Follow-up of situations: agenda linking (only ready and consented, never withdrawn),
// the follow-up cycle, outcome, needs history, overdue actions, the family notice, figures and
// CSV, and who sees what. Situations are inserted through the schema (the situation record's own
// channels belong to another part of the feature).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { situationConsents, situations } from '../../db/schema.js';
import type { Router } from '../../electron/api/router.js';
import type { AccountSummary, Member } from '../../contract/types/app.js';
import { endSession, unlockWithPassphrase, type UnlockedWorkspace } from '../../electron/services/workspace.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { addMembers, call, dayFromToday, failure } from '../helpers/sessions.js';
import { createdWorkspace, OTHER_PASSPHRASE, PASSPHRASE, sampleMember } from '../helpers/workspace.js';

const migrationsDir = path.resolve('db/migrations');
const SUMMARY_MARKER = 'Résumé-confidentiel-XK42';

let router: Router;
let dir: string;
let anne: string; // coordinator account, signed
let anneMember: string;
let aubry: AccountSummary; // member, valid (witnessed) signature
let bodart: AccountSummary; // secretary, no signature
let people: Record<'saj' | 'aviq' | 'ssm' | 'school', Member>;
const sit: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string> = { A: '', B: '', C: '', D: '', E: '', F: '' };

type SituationInsert = typeof situations.$inferInsert;

/** Inserts a situation (and, unless told otherwise, the family's information and consent). */
function insertSituation(s: UnlockedWorkspace, row: Omit<SituationInsert, 'id' | 'code' | 'createdAt' | 'updatedAt' | 'servicesInvolved' | 'question' | 'summary'>, consent = true): string {
  const id = randomUUID();
  const at = new Date().toISOString();
  const code = `SIT-${row.year}-${String(row.number).padStart(3, '0')}`;
  s.ws.db
    .insert(situations)
    .values({ id, code, servicesInvolved: ['saj'], question: `Quelles pistes pour ${code} ?`, summary: row.purgedAt ? '' : `${SUMMARY_MARKER} ${code}`, createdAt: at, updatedAt: at, ...row })
    .run();
  if (consent)
    s.ws.db
      .insert(situationConsents)
      .values({ situationId: id, informedOn: '2026-10-01', informedHow: 'entretien', informedBy: 'le délégué', consentOn: '2026-10-02', consentForm: 'written', consentGivenBy: 'la mère', youngPersonView: 'favorable', updatedAt: at })
      .run();
  return id;
}

async function as(accountId: string, passphrase: string): Promise<void> {
  await call(router, 'session.unlock', { accountId, passphrase });
}

const plan = (date: string, title = 'Séance') => call(router, 'sessions.create', { title, date, startTime: '13:30', endTime: '16:00', place: 'Wavre', notes: '' });

/** Records a member present, which makes a started session held. */
const hold = (sessionId: string) => call(router, 'attendance.set', { sessionId, memberId: people.saj.id, status: 'present' });

const view = (situationId: string) => call(router, 'situationFollowUp.get', { situationId });

beforeAll(async () => {
  ({ router, dir, accountId: anne } = await createdWorkspace());
  people = await addMembers(router);
  const v1 = await putDraftInForce(router);
  await call(router, 'charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  await call(router, 'charter.witness', { versionId: v1.id, memberId: people.saj.id, declaredStatus: 'professional_secret', signedAt: '2026-01-20T14:00', place: 'Wavre', passphrase: PASSPHRASE });
  anneMember = (await call(router, 'charter.overview', {})).mine.memberId;
  aubry = await call(router, 'accounts.create', { memberId: people.saj.id, username: 'aubry', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE });
  bodart = await call(router, 'accounts.create', { memberId: people.aviq.id, username: 'bodart', roles: ['secretary'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE });

  await router.lockNow();
  const s = await unlockWithPassphrase(dir, anne, PASSPHRASE, { migrationsDir });
  const base = { gender: '' as const, consentWithdrawnAt: null, closedAt: null, purgeAfter: null, purgedAt: null };
  sit.A = insertSituation(s, { ...base, year: 2026, number: 1, presenterMemberId: anneMember, ageBand: '12-14', needSectors: ['youth_aid', 'mental_health'], severity: 'danger', status: 'ready' });
  sit.B = insertSituation(s, { ...base, year: 2026, number: 2, presenterMemberId: anneMember, ageBand: '6-11', needSectors: ['disability'], severity: 'difficulty', status: 'ready' }, false);
  sit.C = insertSituation(s, { ...base, year: 2026, number: 3, presenterMemberId: people.saj.id, ageBand: '15-17', needSectors: ['youth_aid', 'mental_health'], severity: 'difficulty', status: 'ready', consentWithdrawnAt: '2026-10-20T10:00:00.000Z' });
  sit.D = insertSituation(s, { ...base, year: 2026, number: 4, presenterMemberId: anneMember, ageBand: '0-5', needSectors: ['disability', 'mental_health'], severity: 'danger', status: 'draft' });
  sit.E = insertSituation(s, { ...base, year: 2026, number: 5, presenterMemberId: people.saj.id, ageBand: '15-17', needSectors: ['mental_health', 'youth_aid'], severity: 'difficulty', status: 'ready' });
  sit.F = insertSituation(s, {
    ...base,
    year: 2025,
    number: 12,
    presenterMemberId: anneMember,
    ageBand: '18-25',
    needSectors: ['education', 'youth_aid', 'disability'],
    severity: 'danger',
    status: 'closed',
    closedAt: '2025-03-01T10:00:00.000Z',
    purgeAfter: '2026-03-01T10:00:00.000Z',
    purgedAt: '2026-03-02T10:00:00.000Z',
  });
  await endSession(s);
  await as(anne, PASSPHRASE);
}, 60_000);

afterAll(async () => {
  await router.close();
});

describe('agenda', () => {
  it('offers and accepts only ready, consented situations that were not withdrawn', async () => {
    const future = await plan(dayFromToday(20));
    const candidates = await call(router, 'situationAgenda.candidates', { sessionId: future.id });
    expect(candidates.map((c) => c.code)).toEqual(['SIT-2026-001', 'SIT-2026-005']);
    // Code and sectors only: no question, no summary.
    expect(JSON.stringify(candidates)).not.toContain('Quelles pistes');
    const add = (situationId: string) => failure(router, 'situationAgenda.add', { sessionId: future.id, situationId, durationMinutes: 30 });
    expect(await add(sit.D)).toBe('SITUATION_NOT_READY');
    expect(await add(sit.B)).toBe('SITUATION_NOT_INFORMED');
    expect(await add(sit.C)).toBe('SITUATION_WITHDRAWN');
    expect(await add(sit.F)).toBe('SITUATION_CLOSED');
    // Nothing was added by the refusals.
    expect((await call(router, 'sessions.get', { id: future.id })).agenda.items).toEqual([]);
  });

  it('puts a situation on the agenda under its code, and takes it back to ready when removed or the session is cancelled', async () => {
    const future = await plan(dayFromToday(21));
    let detail = await call(router, 'situationAgenda.add', { sessionId: future.id, situationId: sit.E, durationMinutes: 45 });
    expect(detail.agenda.items).toMatchObject([{ title: 'SIT-2026-005', situationId: sit.E, durationMinutes: 45, sectors: ['mental_health', 'youth_aid'] }]);
    expect((await view(sit.E)).status).toBe('scheduled');
    // Once scheduled, it is not offered again and cannot be added twice.
    expect((await call(router, 'situationAgenda.candidates', { sessionId: future.id })).map((c) => c.code)).not.toContain('SIT-2026-005');
    expect(await failure(router, 'situationAgenda.add', { sessionId: future.id, situationId: sit.E, durationMinutes: 30 })).toBe('SITUATION_ON_AGENDA');
    // The title of a situation's item stays its code.
    detail = await call(router, 'agenda.update', { id: detail.agenda.items[0]!.id, title: 'Autre titre', durationMinutes: 40, sectors: ['other'] });
    expect(detail.agenda.items[0]).toMatchObject({ title: 'SIT-2026-005', durationMinutes: 40 });

    await call(router, 'agenda.remove', { id: detail.agenda.items[0]!.id });
    let e = await view(sit.E);
    expect(e.status).toBe('ready');
    expect(e.presentations).toEqual([]);

    await call(router, 'situationAgenda.add', { sessionId: future.id, situationId: sit.E, durationMinutes: 45 });
    await call(router, 'sessions.cancel', { id: future.id, reason: 'Salle indisponible' });
    e = await view(sit.E);
    expect(e.status).toBe('ready');
    expect(e.presentations).toEqual([]);
  });

  it('respects the agenda rules: overflow, closing (override with a reason), held sessions', async () => {
    const future = await plan(dayFromToday(22));
    expect(await failure(router, 'situationAgenda.add', { sessionId: future.id, situationId: sit.E, durationMinutes: 200 })).toBe('AGENDA_OVERFLOW');
    const past = await plan(dayFromToday(-1));
    expect(await failure(router, 'situationAgenda.add', { sessionId: past.id, situationId: sit.E, durationMinutes: 30 })).toBe('AGENDA_CLOSED');
    const detail = await call(router, 'situationAgenda.add', { sessionId: past.id, situationId: sit.E, durationMinutes: 30, overrideReason: 'Situation urgente' });
    expect(detail.agenda.items[0]).toMatchObject({ lateAddition: true, lateReason: 'Situation urgente' });
    await call(router, 'agenda.remove', { id: detail.agenda.items[0]!.id });
    await hold(past.id);
    expect(await failure(router, 'situationAgenda.add', { sessionId: past.id, situationId: sit.E, durationMinutes: 30, overrideReason: 'x' })).toBe('SESSION_HELD');
    expect((await view(sit.E)).status).toBe('ready');
  });
});

describe('presentation, outcome and follow-up', () => {
  let first: { id: string; date: string };
  let second: { id: string; date: string };
  let needIds: string[];

  it('records the outcome after the session is held, then brings the situation back for follow-up', async () => {
    first = await plan(dayFromToday(-10), 'Séance d’octobre');
    second = await plan(dayFromToday(-3), 'Séance de novembre');
    let a = await call(router, 'situationNeeds.add', { situationId: sit.A, sector: 'youth_aid', need: 'Soutien éducatif à domicile', serviceType: 'amo', state: 'unmet' });
    a = await call(router, 'situationNeeds.add', { situationId: sit.A, sector: 'mental_health', need: 'Suivi psychologique', serviceType: 'ssm', state: 'unmet' });
    needIds = a.needs.rows.map((r) => r.id);
    expect(a.needs.rows.map((r) => [r.need, r.state])).toEqual([
      ['Soutien éducatif à domicile', 'unmet'],
      ['Suivi psychologique', 'unmet'],
    ]);

    await call(router, 'situationAgenda.add', { sessionId: first.id, situationId: sit.A, durationMinutes: 40, overrideReason: 'Ajout tardif convenu' });
    a = await view(sit.A);
    expect(a.status).toBe('scheduled');
    expect(a.presentations).toMatchObject([{ sessionId: first.id, followUp: false, outcomeRecordedAt: null }]);
    const presentationId = a.presentations[0]!.id;

    const outcome = {
      presentationId,
      leads: [
        { sector: 'youth_aid' as const, serviceType: 'amo' as const, text: 'Accompagnement en milieu de vie par l’AMO' },
        { sector: 'mental_health' as const, serviceType: 'child_psychiatry' as const, text: 'Bilan en pédopsychiatrie' },
      ],
      actions: [
        { memberId: people.saj.id, what: 'Contacter l’AMO pour une première rencontre', dueOn: dayFromToday(-1) },
        { memberId: people.aviq.id, what: 'Vérifier l’admissibilité AVIQ', dueOn: dayFromToday(-2) },
        { memberId: people.saj.id, what: 'Faire le point avec l’école', dueOn: dayFromToday(10) },
      ],
      followUpSessionId: second.id,
      needStates: [
        { needId: needIds[0]!, state: 'in_progress' as const },
        { needId: needIds[1]!, state: 'unmet' as const },
      ],
    };
    expect(await failure(router, 'situationFollowUp.recordOutcome', outcome)).toBe('SESSION_NOT_HELD');
    await hold(first.id);
    // The follow-up session must be a later planned one.
    expect(await failure(router, 'situationFollowUp.recordOutcome', { ...outcome, followUpSessionId: first.id })).toBe('FOLLOW_UP_SESSION_INVALID');
    a = await call(router, 'situationFollowUp.recordOutcome', outcome);
    expect(a.status).toBe('follow_up');
    expect(a.presentations[0]).toMatchObject({ followUpSession: { id: second.id, date: second.date } });
    expect(a.presentations[0]!.leads.map((l) => [l.sector, l.serviceType])).toEqual([
      ['youth_aid', 'amo'],
      ['mental_health', 'child_psychiatry'],
    ]);
    expect(a.presentations[0]!.actions.map((x) => [x.memberName, x.overdue])).toEqual([
      ['Luc Bodart', true],
      ['Luc Aubry', true],
      ['Luc Aubry', false],
    ]);
    expect(await failure(router, 'situationFollowUp.recordOutcome', outcome)).toBe('OUTCOME_RECORDED');

    // The follow-up: offered for the chosen session, scheduled again as a follow-up presentation.
    const candidates = await call(router, 'situationAgenda.candidates', { sessionId: second.id });
    expect(candidates.find((c) => c.id === sit.A)).toMatchObject({ status: 'follow_up', suggested: true });
    const detail = await call(router, 'situationAgenda.add', { sessionId: second.id, situationId: sit.A, durationMinutes: 20, overrideReason: 'Suivi prévu' });
    // Removing it puts it back to follow_up (not ready), then it is added again.
    await call(router, 'agenda.remove', { id: detail.agenda.items[0]!.id });
    expect((await view(sit.A)).status).toBe('follow_up');
    await call(router, 'situationAgenda.add', { sessionId: second.id, situationId: sit.A, durationMinutes: 20, overrideReason: 'Suivi prévu' });
    a = await view(sit.A);
    expect(a.status).toBe('scheduled');
    expect(a.presentations.map((p) => [p.sessionId, p.followUp])).toEqual([
      [first.id, false],
      [second.id, true],
    ]);
    // A scheduled situation cannot be closed.
    expect(await failure(router, 'situationFollowUp.close', { situationId: sit.A })).toBe('SITUATION_ON_AGENDA');

    await hold(second.id);
    a = await call(router, 'situationFollowUp.recordOutcome', {
      presentationId: a.presentations[1]!.id,
      needStates: [
        { needId: needIds[0]!, state: 'met' },
        { needId: needIds[1]!, state: 'in_progress' },
      ],
    });
    expect(a.status).toBe('presented');
  });

  it('keeps the needs grid session by session', async () => {
    const a = await view(sit.A);
    expect(a.needs.sessions).toEqual([
      { id: first.id, date: first.date },
      { id: second.id, date: second.date },
    ]);
    expect(a.needs.rows.map((r) => [r.need, r.state, r.bySession])).toEqual([
      ['Soutien éducatif à domicile', 'met', ['in_progress', 'met']],
      ['Suivi psychologique', 'in_progress', ['unmet', 'in_progress']],
    ]);
    expect(a.needs.rows[0]!.history.map((h) => [h.state, h.sessionDate])).toEqual([
      ['unmet', null],
      ['in_progress', first.date],
      ['met', second.date],
    ]);
    // The text of a need can be corrected; its history stays.
    const renamed = await call(router, 'situationNeeds.update', { id: needIds[0]!, sector: 'youth_aid', need: 'Soutien éducatif en famille', serviceType: 'approved_youth_service' });
    expect(renamed.needs.rows[0]).toMatchObject({ need: 'Soutien éducatif en famille', serviceType: 'approved_youth_service', state: 'met', bySession: ['in_progress', 'met'] });
    expect(renamed.mayEditNeeds).toBe(true);
    // A state set between sessions belongs to no session and shows in the current state.
    const after = await call(router, 'situationNeeds.setState', { id: needIds[1]!, state: 'met' });
    expect(after.needs.rows[1]).toMatchObject({ state: 'met', bySession: ['unmet', 'in_progress'] });
    expect(after.needs.rows[1]!.history.at(-1)).toMatchObject({ state: 'met', sessionId: null });
  });

  it('lets the coordinator or the secretary change an action (member, text, date), nobody else, and only to an active member', async () => {
    const original = (await view(sit.A)).presentations[0]!.actions[0]!;
    const moved = await call(router, 'situationActions.update', { id: original.id, memberId: people.ssm.id, what: 'Appeler le SSM pour un premier rendez-vous', dueOn: '2099-01-15' });
    expect(moved.presentations[0]!.actions.find((x) => x.id === original.id)).toMatchObject({ memberId: people.ssm.id, what: 'Appeler le SSM pour un premier rendez-vous', dueOn: '2099-01-15', overdue: false });
    const update = { id: original.id, memberId: original.memberId, what: original.what, dueOn: original.dueOn };
    // A member who signed may read it, not change it; an account without a signature may not even read it.
    await as(aubry.id, OTHER_PASSPHRASE);
    expect(await failure(router, 'situationActions.update', update)).toBe('FORBIDDEN');
    await as(bodart.id, OTHER_PASSPHRASE);
    expect(await failure(router, 'situationActions.update', update)).toBe('SITUATION_RESTRICTED');
    await as(anne, PASSPHRASE);
    const former = await call(router, 'members.create', { ...sampleMember, lastName: 'Ancienne', email: '', activeFrom: '2020-01-01', activeUntil: '2024-12-31' } as never);
    expect(await failure(router, 'situationActions.update', { ...update, memberId: (former as { id: string }).id })).toBe('MEMBER_INACTIVE');
    expect(await failure(router, 'situationActions.update', { ...update, what: '   ' })).toBe('VALIDATION');
    expect(await failure(router, 'situationActions.update', { ...update, id: randomUUID() })).toBe('NOT_FOUND');
    // Given back as it was: the next tests count on it.
    const back = await call(router, 'situationActions.update', update);
    expect(back.presentations[0]!.actions.find((x) => x.id === original.id)).toMatchObject({ memberId: original.memberId, what: original.what, dueOn: original.dueOn });
  });

  it('closes a situation with a purge date from the retention setting', async () => {
    const before = Date.now();
    const a = await call(router, 'situationFollowUp.close', { situationId: sit.A });
    expect(a.status).toBe('closed');
    const closedAt = new Date(a.closedAt!);
    expect(closedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const purge = new Date(a.purgeAfter!);
    expect(purge.getUTCFullYear() - closedAt.getUTCFullYear()).toBe(5);
    expect(purge.getUTCMonth()).toBe(closedAt.getUTCMonth());
    expect(await failure(router, 'situationFollowUp.close', { situationId: sit.A })).toBe('SITUATION_CLOSED');
    const future = await plan(dayFromToday(30));
    expect(await failure(router, 'situationAgenda.add', { sessionId: future.id, situationId: sit.A, durationMinutes: 20 })).toBe('SITUATION_CLOSED');
    expect(await failure(router, 'situationNeeds.add', { situationId: sit.A, sector: 'health', need: 'x', serviceType: 'hospital', state: 'unmet' })).toBe('SITUATION_CLOSED');
    const action = a.presentations[0]!.actions[0]!;
    expect(await failure(router, 'situationActions.update', { id: action.id, memberId: action.memberId, what: action.what, dueOn: '2099-01-15' })).toBe('SITUATION_CLOSED');
  });
});

describe('the family notice', () => {
  it('says what is shared, with which organisations, when and whom to contact, with no person’s name and no summary', async () => {
    const next = await plan(dayFromToday(35));
    await call(router, 'situationAgenda.add', { sessionId: next.id, situationId: sit.E, durationMinutes: 30 });
    const notice = await call(router, 'situationNotice.get', { situationId: sit.E });
    expect(notice).toMatchObject({
      groupName: 'Concertation Brabant wallon',
      code: 'SIT-2026-005',
      ageBand: '15-17',
      needSectors: ['mental_health', 'youth_aid'],
      question: 'Quelles pistes pour SIT-2026-005 ?',
      sessionDate: next.date,
      presenterOrganisation: 'SAJ de Nivelles',
    });
    expect(notice.organisations).toEqual(expect.arrayContaining(['Athénée de Wavre', 'SAJ de Nivelles', 'Service Horizon', 'SSM L’Équinoxe']));
    const text = JSON.stringify(notice);
    expect(text).not.toContain(SUMMARY_MARKER);
    const roster = await call(router, 'members.list', {});
    for (const m of roster) {
      expect(text).not.toContain(m.lastName);
      expect(text).not.toContain(m.firstName);
    }
  });
});

describe('actions and visibility per account', () => {
  it('shows each member their overdue actions; a member without a valid signature sees the code only', async () => {
    await as(aubry.id, OTHER_PASSPHRASE);
    let overdue = await call(router, 'situationActions.overdue', {});
    expect(overdue.map((o) => [o.situationCode, o.what, o.daysOverdue])).toEqual([['SIT-2026-001', 'Contacter l’AMO pour une première rencontre', 1]]);
    // Aubry signed: he sees the content but may not record an outcome (router) nor put on an agenda.
    const a = await view(sit.A);
    expect(a.restricted).toBe(false);
    expect(a.presentations[0]!.leads).toHaveLength(2);
    expect(await failure(router, 'situationFollowUp.recordOutcome', { presentationId: a.presentations[0]!.id })).toBe('FORBIDDEN');
    expect(await failure(router, 'situationAgenda.add', { sessionId: a.presentations[0]!.sessionId, situationId: sit.E, durationMinutes: 10 })).toBe('FORBIDDEN');
    // He is the presenter of C, withdrawn: he still sees it; the coordinator does not.
    expect(await view(sit.C)).toMatchObject({ restricted: false, mayEditNeeds: true });
    // He keeps the needs grid of his own situation only.
    expect(a.mayEditNeeds).toBe(false);
    expect(await failure(router, 'situationNeeds.add', { situationId: sit.B, sector: 'health', need: 'x', serviceType: 'hospital', state: 'unmet' })).toBe('FORBIDDEN');
    // The action's member marks it done; it leaves the home screen.
    await call(router, 'situationActions.setDone', { id: a.presentations[0]!.actions.find((x) => x.memberName === 'Luc Aubry' && x.overdue)!.id, done: true });
    overdue = await call(router, 'situationActions.overdue', {});
    expect(overdue).toEqual([]);

    // Bodart, secretary without a signature: code and sectors only, everywhere.
    await as(bodart.id, OTHER_PASSPHRASE);
    overdue = await call(router, 'situationActions.overdue', {});
    expect(overdue).toEqual([expect.objectContaining({ situationCode: 'SIT-2026-001', what: null, daysOverdue: 2 })]);
    const restricted = await view(sit.A);
    expect(restricted).toMatchObject({ restricted: true, code: 'SIT-2026-001', needSectors: ['youth_aid', 'mental_health'], mayRecord: false, mayEditNeeds: false, needs: { sessions: [], rows: [] } });
    expect(restricted.presentations.every((p) => p.leads.length === 0 && p.actions.length === 0)).toBe(true);
    const hidden = JSON.stringify(restricted);
    for (const secret of ['Soutien éducatif', 'AMO', 'Bilan']) expect(hidden).not.toContain(secret);
    expect(await failure(router, 'situationNotice.get', { situationId: sit.E })).toBe('SITUATION_RESTRICTED');
    expect(await failure(router, 'situationNeeds.add', { situationId: sit.E, sector: 'health', need: 'x', serviceType: 'hospital', state: 'unmet' })).toBe('SITUATION_RESTRICTED');
    expect(await failure(router, 'situationActions.setDone', { id: a.presentations[0]!.actions[0]!.id, done: true })).toBe('SITUATION_RESTRICTED');
    expect(await failure(router, 'situationFollowUp.close', { situationId: sit.E })).toBe('FORBIDDEN');
    // Figures are anonymous counts: every member may see them.
    expect((await call(router, 'situationFigures.get', {})).total).toBe(5);

    await as(anne, PASSPHRASE);
    const c = await view(sit.C);
    expect(c).toMatchObject({ restricted: true, withdrawn: true });
    expect(await failure(router, 'situationNotice.get', { situationId: sit.C })).toBe('SITUATION_RESTRICTED');
  });
});

describe('figures', () => {
  it('counts situations per combination of sectors, age band, severity and year (drafts aside), and exports them as CSV', async () => {
    const figures = await call(router, 'situationFigures.get', {});
    expect(figures.total).toBe(5);
    expect(figures.bySectorCombination).toEqual([
      { sectors: ['youth_aid', 'mental_health'], count: 3 },
      { sectors: ['disability'], count: 1 },
      { sectors: ['youth_aid', 'disability', 'education'], count: 1 },
    ]);
    expect(figures.byAgeBand).toEqual([
      { key: '0-5', count: 0 },
      { key: '6-11', count: 1 },
      { key: '12-14', count: 1 },
      { key: '15-17', count: 2 },
      { key: '18-25', count: 1 },
    ]);
    expect(figures.bySeverity).toEqual([
      { key: 'difficulty', count: 3 },
      { key: 'danger', count: 2 },
    ]);
    expect(figures.byYear).toEqual([
      { key: '2025', count: 1 },
      { key: '2026', count: 4 },
    ]);
    const csv = await call(router, 'situationFigures.exportCsv', {});
    expect(csv.fileName).toMatch(/^situations-chiffres-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.content.startsWith('\uFEFF"dimension";"valeur";"situations"\r\n')).toBe(true);
    const lines = csv.content.slice(1).split('\r\n');
    expect(lines).toContain('"total";"";"5"');
    expect(lines).toContain('"combinaison_secteurs";"Aide à la jeunesse + Santé mentale";"3"');
    expect(lines).toContain('"tranche_age";"15–17 ans";"2"');
    expect(lines).toContain('"gravite";"En danger";"2"');
    expect(lines).toContain('"annee";"2025";"1"');
    expect(lines).toContain('"annee_comptee";"toutes";""');
  });

  it('counts one year when asked, the years to choose from always listed', async () => {
    const y2025 = await call(router, 'situationFigures.get', { year: 2025 });
    expect(y2025).toMatchObject({ year: 2025, years: [2026, 2025], total: 1, byYear: [{ key: '2025', count: 1 }] });
    expect(y2025.bySectorCombination).toEqual([{ sectors: ['youth_aid', 'disability', 'education'], count: 1 }]);
    expect(y2025.byAgeBand.find((r) => r.key === '18-25')!.count).toBe(1);
    expect((await call(router, 'situationFigures.get', { year: 2026 })).total).toBe(4);
    expect((await call(router, 'situationFigures.get', { year: 2019 })).total).toBe(0);
    expect(await failure(router, 'situationFigures.get', { year: 1899 })).toBe('VALIDATION');
    const csv = await call(router, 'situationFigures.exportCsv', { year: 2025 });
    expect(csv.fileName).toMatch(/^situations-chiffres-2025-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.content).toContain('"annee_comptee";"2025";""');
    expect(csv.content).toContain('"total";"";"1"');
  });
});

describe('audit', () => {
  it('logs every change by name, never the content', async () => {
    await router.lockNow();
    const s = await unlockWithPassphrase(dir, anne, PASSPHRASE, { migrationsDir });
    const kinds = (s.ws.sqlite.prepare("select distinct action from audit_events where action like 'situation%'").all() as Array<{ action: string }>).map((r) => r.action);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'situation.schedule',
        'situation.status.scheduled',
        'situation.status.ready',
        'situation.status.follow_up',
        'situation.status.presented',
        'situation.status.closed',
        'situation.outcome',
        'situation.need.add',
        'situation.need.update',
        'situation.need.state',
        'situation.action.done',
        'situation.action.update',
      ]),
    );
    // Opening a follow-up is audited: full for Aubry, restricted for Bodart (A) and Anne (C, withdrawn).
    const opened = (accountId: string, action: string, situationId: string) =>
      (s.ws.sqlite.prepare('select count(*) as n from audit_events where account_id = ? and action = ? and entity_id = ?').get(accountId, action, situationId) as { n: number }).n;
    expect(opened(aubry.id, 'situation.followUp.open', sit.A)).toBeGreaterThanOrEqual(1);
    expect(opened(bodart.id, 'situation.followUp.open.restricted', sit.A)).toBe(1);
    expect(opened(bodart.id, 'situation.followUp.open', sit.A)).toBe(0);
    expect(opened(anne, 'situation.followUp.open.restricted', sit.C)).toBe(1);
    const log = JSON.stringify(s.ws.sqlite.prepare('select * from audit_events').all());
    for (const content of ['Soutien éducatif', 'Contacter', 'Bilan', SUMMARY_MARKER]) expect(log).not.toContain(content);
    await endSession(s);
    await as(anne, PASSPHRASE);
  });
});

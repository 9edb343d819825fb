// Sessions on a real encrypted workspace: series generation (skipped dates, daylight saving),
// moving and cancelling (iCalendar SEQUENCE and STATUS, parsed back with ical.js), agenda fit
// and closing, invitations and sector coverage.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../contract/types/app.js';
import type { Router } from '../../electron/api/router.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { addMembers, call, dayFromToday, failure } from '../helpers/sessions.js';
import { createdWorkspace, PASSPHRASE } from '../helpers/workspace.js';

let router: Router;
let people: Record<'saj' | 'aviq' | 'ssm' | 'school', Member>;

beforeAll(async () => {
  ({ router } = await createdWorkspace());
  people = await addMembers(router);
});
afterAll(async () => {
  await router.close();
});

const schoolYear = {
  title: 'Séance de concertation',
  place: 'Maison de l’enfance, Wavre',
  startTime: '13:30',
  endTime: '16:00',
  from: '2026-09-01',
  until: '2027-06-30',
  pattern: { kind: 'monthly' as const, nth: 3 as const, weekday: 'TU' as const },
  skipDates: ['2027-02-16'],
};

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('series', () => {
  it('generates every third Tuesday from September to June, leaving out the listed dates', async () => {
    const preview = await call(router, 'sessions.previewSeries', schoolYear);
    expect(preview.rrule).toBe('RRULE:UNTIL=20270630T000000Z;FREQ=MONTHLY;BYDAY=+3TU');
    expect(preview.skipped).toEqual(['2027-02-16']);
    expect(preview.dates).toEqual(['2026-09-15', '2026-10-20', '2026-11-17', '2026-12-15', '2027-01-19', '2027-03-16', '2027-04-20', '2027-05-18', '2027-06-15']);
    const created = await call(router, 'sessions.createSeries', schoolYear);
    expect(created.sessions.map((s) => s.date)).toEqual(preview.dates);
    expect(new Set(created.sessions.map((s) => s.seriesId))).toEqual(new Set([created.seriesId]));
  });

  it('keeps 13:30 local on both sides of the spring and autumn changes (2027)', async () => {
    // Spring: last Sunday of March 2027 is the 28th. Autumn: last Sunday of October 2027 is the 31st.
    const weekly = { ...schoolYear, title: 'Autour des changements d’heure', from: '2027-03-21', until: '2027-04-04', pattern: { kind: 'weekly' as const, interval: 1, weekday: 'SU' as const }, skipDates: [] };
    const spring = await call(router, 'sessions.createSeries', weekly);
    expect(spring.sessions.map((s) => [s.date, s.startsAt, s.endsAt])).toEqual([
      ['2027-03-21', '2027-03-21T12:30:00.000Z', '2027-03-21T15:00:00.000Z'],
      ['2027-03-28', '2027-03-28T11:30:00.000Z', '2027-03-28T14:00:00.000Z'],
      ['2027-04-04', '2027-04-04T11:30:00.000Z', '2027-04-04T14:00:00.000Z'],
    ]);
    const autumn = await call(router, 'sessions.createSeries', { ...weekly, from: '2027-10-24', until: '2027-11-07' });
    expect(autumn.sessions.map((s) => s.startsAt)).toEqual(['2027-10-24T11:30:00.000Z', '2027-10-31T12:30:00.000Z', '2027-11-07T12:30:00.000Z']);
    // The calendar file says the same thing to an independent parser.
    const file = await call(router, 'sessions.exportSeriesIcs', { id: autumn.seriesId });
    const { calendar, events } = parseCalendar(file.content);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2027-10-24T11:30:00.000Z', '2027-10-31T12:30:00.000Z', '2027-11-07T12:30:00.000Z']);
    expect(events.map((e) => e.component.getFirstProperty('dtstart')?.getParameter('tzid'))).toEqual(['Europe/Brussels', 'Europe/Brussels', 'Europe/Brussels']);
  });

  it('refuses a series without any date and a series over two years', async () => {
    expect(await failure(router, 'sessions.createSeries', { ...schoolYear, from: '2026-09-01', until: '2026-09-10' })).toBe('SERIES_EMPTY');
    expect(await failure(router, 'sessions.createSeries', { ...schoolYear, until: '2029-06-30' })).toBe('VALIDATION');
    expect(await failure(router, 'sessions.createSeries', { ...schoolYear, endTime: '12:00' })).toBe('VALIDATION');
  });
});

describe('moving and cancelling, as calendars see it', () => {
  it('keeps the UID, raises SEQUENCE on every change and marks a cancelled session', async () => {
    const series = await call(router, 'sessions.createSeries', { ...schoolYear, title: 'Série à déplacer' });
    const [first, second] = series.sessions;
    const before = parseCalendar((await call(router, 'sessions.exportIcs', { id: first!.id })).content).events[0]!;
    expect(before.sequence).toBe(0);
    expect(before.summary).toBe('Série à déplacer');
    expect(before.location).toBe('Maison de l’enfance, Wavre');
    expect(before.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(before.startDate.toString()).toBe('2026-09-15T13:30:00');
    expect(before.endDate.toString()).toBe('2026-09-15T16:00:00');

    const moved = await call(router, 'sessions.move', { id: first!.id, date: '2026-09-22', startTime: '09:30', endTime: '12:00', reason: 'Salle indisponible' });
    expect(moved).toMatchObject({ date: '2026-09-22', originalDate: '2026-09-15', moveReason: 'Salle indisponible', moved: true, sequence: 1 });
    await call(router, 'sessions.update', { id: first!.id, title: 'Série à déplacer', place: 'CPAS de Wavre, salle 2', notes: 'Parking rue Haute' });
    const after = parseCalendar((await call(router, 'sessions.exportIcs', { id: first!.id })).content).events[0]!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(2);
    expect(after.location).toBe('CPAS de Wavre, salle 2');
    expect(after.startDate.toJSDate().toISOString()).toBe('2026-09-22T07:30:00.000Z');
    // Notes are not in the calendar, and changing only them is no calendar change.
    expect((await call(router, 'sessions.exportIcs', { id: first!.id })).content).not.toContain('Parking');
    expect((await call(router, 'sessions.update', { id: first!.id, title: 'Série à déplacer', place: 'CPAS de Wavre, salle 2', notes: 'Autre note' })).sequence).toBe(2);

    const cancelled = await call(router, 'sessions.cancel', { id: second!.id, reason: 'Grève' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Grève', sequence: 1 });
    const seriesFile = parseCalendar((await call(router, 'sessions.exportSeriesIcs', { id: series.seriesId })).content);
    expect(seriesFile.events).toHaveLength(series.sessions.length);
    const cancelledEvent = seriesFile.events.find((e) => e.uid === cancelled.uid)!;
    expect(cancelledEvent.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelledEvent.sequence).toBe(1);
    expect(new Set(seriesFile.events.map((e) => e.uid)).size).toBe(series.sessions.length);
    // DTSTAMP is a UTC instant, as RFC 5545 requires.
    expect(seriesFile.events[0]!.component.getFirstProperty('dtstamp')?.toICALString()).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);

    expect(await failure(router, 'sessions.move', { id: second!.id, date: '2026-10-27', startTime: '13:30', endTime: '16:00', reason: 'x' })).toBe('SESSION_CANCELLED');
    expect(await failure(router, 'sessions.cancel', { id: first!.id, reason: '' })).toBe('VALIDATION');
    expect(await failure(router, 'sessions.move', { id: first!.id, date: '2026-09-22', startTime: '09:30', endTime: '12:00', reason: 'même' })).toBe('NOTHING_CHANGED');
  });

  it('suggests places used before, most used first', async () => {
    const places = await call(router, 'sessions.places', {});
    expect(places[0]).toBe('Maison de l’enfance, Wavre');
    expect(places).toContain('CPAS de Wavre, salle 2');
  });
});

describe('agenda', () => {
  it('plans items one after the other within the session and refuses what does not fit', async () => {
    const session = await call(router, 'sessions.create', { title: 'Séance', date: dayFromToday(20), startTime: '13:30', endTime: '16:00', place: '', notes: '' });
    await call(router, 'agenda.add', { sessionId: session.id, title: 'Tour de table', durationMinutes: 15, sectors: [] });
    await call(router, 'agenda.add', { sessionId: session.id, title: 'SIT-2026-007 — question au groupe', durationMinutes: 60, sectors: ['youth_aid', 'mental_health'] });
    let detail = await call(router, 'agenda.add', { sessionId: session.id, title: 'Suivis', durationMinutes: 45, sectors: ['disability'] });
    expect(detail.agenda.items.map((i) => [i.position, i.plannedStart, i.plannedEnd])).toEqual([
      [1, '13:30', '13:45'],
      [2, '13:45', '14:45'],
      [3, '14:45', '15:30'],
    ]);
    expect(detail.agenda).toMatchObject({ totalMinutes: 120, sessionMinutes: 150, remainingMinutes: 30, closed: false, closingHours: 48 });
    expect(await failure(router, 'agenda.add', { sessionId: session.id, title: 'Trop long', durationMinutes: 45, sectors: [] })).toBe('AGENDA_OVERFLOW');
    expect(await failure(router, 'agenda.update', { id: detail.agenda.items[0]!.id, title: 'Tour de table', durationMinutes: 50, sectors: [] })).toBe('AGENDA_OVERFLOW');
    detail = await call(router, 'agenda.move', { id: detail.agenda.items[2]!.id, direction: 'up' });
    expect(detail.agenda.items.map((i) => [i.title, i.plannedStart])).toEqual([
      ['Tour de table', '13:30'],
      ['Suivis', '13:45'],
      ['SIT-2026-007 — question au groupe', '14:30'],
    ]);
    // A calendar file never carries the agenda.
    expect((await call(router, 'sessions.exportIcs', { id: session.id })).content).not.toMatch(/SIT-2026|Suivis|Tour de table/);
    detail = await call(router, 'agenda.remove', { id: detail.agenda.items[0]!.id });
    expect(detail.agenda.items.map((i) => i.plannedStart)).toEqual(['13:30', '14:15']);
  });

  it('closes 48 hours before the session; a late addition needs the override and keeps its reason', async () => {
    const tomorrow = await call(router, 'sessions.create', { title: 'Séance', date: dayFromToday(1), startTime: '13:30', endTime: '16:00', place: '', notes: '' });
    expect((await call(router, 'sessions.get', { id: tomorrow.id })).agenda.closed).toBe(true);
    expect(await failure(router, 'agenda.add', { sessionId: tomorrow.id, title: 'Urgence', durationMinutes: 30, sectors: [] })).toBe('AGENDA_CLOSED');
    const detail = await call(router, 'agenda.add', { sessionId: tomorrow.id, title: 'Urgence', durationMinutes: 30, sectors: [], overrideReason: 'Situation en danger signalée hier' });
    expect(detail.agenda.items[0]).toMatchObject({ lateAddition: true, lateReason: 'Situation en danger signalée hier' });
    // A shorter closing delay (setting) reopens it.
    expect(await call(router, 'sessions.updateSettings', { agendaClosingHours: 2 })).toEqual({ agendaClosingHours: 2 });
    expect((await call(router, 'sessions.get', { id: tomorrow.id })).agenda.closed).toBe(false);
    await call(router, 'sessions.updateSettings', { agendaClosingHours: 48 });
  });
});

describe('invitations and coverage', () => {
  it('invites every active member, or a chosen set, and shows which sectors are covered', async () => {
    const session = await call(router, 'sessions.create', { title: 'Séance', date: dayFromToday(30), startTime: '09:00', endTime: '12:00', place: '', notes: '' });
    await call(router, 'agenda.add', { sessionId: session.id, title: 'Point', durationMinutes: 30, sectors: ['disability', 'mental_health'] });
    let detail = await call(router, 'sessions.invite', { sessionId: session.id, mode: 'chosen', memberIds: [people.saj.id, people.ssm.id] });
    expect(detail.participants.map((p) => p.lastName)).toEqual(['Aubry', 'Closset']);
    expect(detail.coverage.needed).toEqual(['disability', 'mental_health']);
    expect(detail.coverage.missingAmongInvited).toEqual(['disability']);
    expect(detail.coverage.present).toBeNull();

    // Someone who left is not invited by "all", and cannot be chosen.
    await call(router, 'members.deactivate', { id: people.school.id, until: dayFromToday(-1), reason: 'Départ' });
    detail = await call(router, 'sessions.invite', { sessionId: session.id, mode: 'all' });
    const names = detail.participants.map((p) => p.lastName);
    expect(names).toEqual(expect.arrayContaining(['Aubry', 'Bodart', 'Closset', 'Dupont']));
    expect(names).not.toContain('Dewez');
    expect(detail.coverage.missingAmongInvited).toEqual([]);
    expect(detail.invitedCount).toBe(4);
    expect(await failure(router, 'sessions.invite', { sessionId: session.id, mode: 'chosen', memberIds: [people.school.id] })).toBe('MEMBER_INACTIVE');
    expect(await failure(router, 'sessions.invite', { sessionId: session.id, mode: 'chosen', memberIds: ['nobody'] })).toBe('NOT_FOUND');

    detail = await call(router, 'sessions.uninvite', { sessionId: session.id, memberId: people.aviq.id });
    expect(detail.coverage.missingAmongInvited).toEqual(['disability']);
    await call(router, 'members.reactivate', { id: people.school.id });
  });

  it("shows each invitee's charter status and warns about those without a valid signature of the version in force", async () => {
    const session = await call(router, 'sessions.create', { title: 'Séance', date: dayFromToday(40), startTime: '09:00', endTime: '12:00', place: '', notes: '' });
    let detail = await call(router, 'sessions.invite', { sessionId: session.id, mode: 'chosen', memberIds: [people.saj.id, people.aviq.id] });
    // No version in force yet: nobody holds a valid signature.
    expect(detail.participants.map((p) => [p.lastName, p.charterStatus, p.charterWarning])).toEqual([
      ['Aubry', 'missing', true],
      ['Bodart', 'missing', true],
    ]);
    expect(detail.charterWarnings).toBe(2);

    const v1 = await putDraftInForce(router);
    // The coordinator signs with their own key; Aubry (no account) signs in person, witnessed.
    await call(router, 'charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
    await call(router, 'charter.witness', { versionId: v1.id, memberId: people.saj.id, declaredStatus: 'professional_secret', signedAt: '2026-01-20T14:00', place: 'Wavre', passphrase: PASSPHRASE });
    const coordinatorId = (await call(router, 'charter.overview', {})).mine.memberId;
    detail = await call(router, 'sessions.invite', { sessionId: session.id, mode: 'chosen', memberIds: [coordinatorId] });
    expect(detail.participants.map((p) => [p.lastName, p.charterStatus, p.charterWarning])).toEqual([
      ['Aubry', 'valid', false],
      ['Bodart', 'missing', true],
      ['Dupont', 'valid', false],
    ]);
    expect(detail.charterWarnings).toBe(1);
  });

  it('writes a French invitation with date, place, what to bring and the charter reminder', async () => {
    const session = await call(router, 'sessions.create', { title: 'Séance de concertation', date: '2027-03-16', startTime: '13:30', endTime: '16:00', place: 'Maison de l’enfance, Wavre', notes: '' });
    await call(router, 'agenda.add', { sessionId: session.id, title: 'SIT-2027-001 secret', durationMinutes: 30, sectors: [] });
    const text = await call(router, 'sessions.invitationText', { id: session.id });
    expect(text.subject).toBe('Invitation — Séance de concertation, mardi 16 mars 2027');
    expect(text.body).toContain('mardi 16 mars 2027, de 13 h 30 à 16 h 00');
    expect(text.body).toContain('Lieu : Maison de l’enfance, Wavre');
    expect(text.body).toContain('À apporter');
    expect(text.body).toContain('charte');
    expect(text.body).toContain('dimanche 14 mars à 13 h 30');
    expect(text.body).toContain('Anne Dupont');
    expect(text.body).not.toContain('SIT-2027');
    expect(text.body).toContain('la prochaine séance');
  });

  it('does not call a past session « la prochaine séance » nor invite to propose agenda points (issue 19)', async () => {
    const session = await call(router, 'sessions.create', { title: 'Séance passée', date: '2024-03-12', startTime: '13:30', endTime: '16:00', place: 'Wavre', notes: '' });
    const text = await call(router, 'sessions.invitationText', { id: session.id });
    expect(text.body).not.toContain('prochaine séance');
    expect(text.body).toContain('Vous étiez invité·e à la séance du groupe');
    expect(text.body).not.toContain('L’ordre du jour sera clôturé');
  });
});

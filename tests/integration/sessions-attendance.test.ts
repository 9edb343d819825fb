// Attendance rules (only after the session has started, only roster members, "held" once
// recorded, a reason once minutes exist) and participation figures on a known fixture.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutes } from '../../db/schema.js';
import type { Router } from '../../electron/api/router.js';
import type { Member } from '../../contract/types/app.js';
import { endSession, unlockWithPassphrase } from '../../electron/services/workspace.js';
import { addMembers, call, dayFromToday, failure } from '../helpers/sessions.js';
import { createdWorkspace, OTHER_PASSPHRASE, PASSPHRASE } from '../helpers/workspace.js';

let router: Router;
let dir: string;
let accountId: string;
let people: Record<'saj' | 'aviq' | 'ssm' | 'school', Member>;

beforeAll(async () => {
  ({ router, dir, accountId } = await createdWorkspace());
  people = await addMembers(router);
});
afterAll(async () => {
  await router.close();
});

const plan = (date: string) => call(router, 'sessions.create', { title: 'Séance', date, startTime: '13:30', endTime: '16:00', place: 'Wavre', notes: '' });

describe('attendance', () => {
  it('is recorded only once the session has started, and makes it held', async () => {
    const future = await plan(dayFromToday(7));
    await call(router, 'sessions.invite', { sessionId: future.id, mode: 'all' });
    expect(await failure(router, 'attendance.set', { sessionId: future.id, memberId: people.saj.id, status: 'present' })).toBe('SESSION_NOT_STARTED');

    const past = await plan(dayFromToday(-3));
    await call(router, 'sessions.invite', { sessionId: past.id, mode: 'chosen', memberIds: [people.saj.id, people.aviq.id] });
    let detail = await call(router, 'sessions.get', { id: past.id });
    expect(detail).toMatchObject({ status: 'planned', canRecordAttendance: true, attendanceRecorded: false });
    detail = await call(router, 'attendance.set', { sessionId: past.id, memberId: people.saj.id, status: 'present' });
    expect(detail.status).toBe('held');
    detail = await call(router, 'attendance.set', { sessionId: past.id, memberId: people.aviq.id, status: 'excused' });
    // A roster member who came without an invitation.
    detail = await call(router, 'attendance.set', { sessionId: past.id, memberId: people.ssm.id, status: 'present' });
    expect(detail.participants.map((p) => [p.lastName, p.invited, p.attendance])).toEqual([
      ['Aubry', true, 'present'],
      ['Bodart', true, 'excused'],
      ['Closset', false, 'present'],
    ]);
    expect(detail.presentCount).toBe(2);
    expect(detail.coverage.present?.filter((s) => s.count > 0).map((s) => s.sector)).toEqual(['youth_aid', 'mental_health']);

    // Someone not invited can only be recorded as present; only roster members.
    expect(await failure(router, 'attendance.set', { sessionId: past.id, memberId: people.school.id, status: 'absent' })).toBe('NOT_INVITED');
    expect(await failure(router, 'attendance.set', { sessionId: past.id, memberId: 'not-on-the-roster', status: 'present' })).toBe('NOT_FOUND');
    // A held session is no longer moved, cancelled, nor its agenda changed; its invitations keep their attendance.
    expect(await failure(router, 'sessions.cancel', { id: past.id, reason: 'x' })).toBe('SESSION_HELD');
    expect(await failure(router, 'agenda.add', { sessionId: past.id, title: 'x', durationMinutes: 10, sectors: [], overrideReason: 'x' })).toBe('SESSION_HELD');
    expect(await failure(router, 'sessions.uninvite', { sessionId: past.id, memberId: people.saj.id })).toBe('ATTENDANCE_RECORDED');

    const cancelled = await plan(dayFromToday(-10));
    await call(router, 'sessions.move', { id: cancelled.id, date: dayFromToday(-9), startTime: '13:30', endTime: '16:00', reason: 'Salle occupée' });
    await call(router, 'sessions.cancel', { id: cancelled.id, reason: 'Neige' });
    expect(await failure(router, 'attendance.set', { sessionId: cancelled.id, memberId: people.saj.id, status: 'present' })).toBe('SESSION_CANCELLED');
  });

  it('asks for a reason to change attendance once minutes exist, and keeps it', async () => {
    const past = await plan(dayFromToday(-2));
    await call(router, 'sessions.invite', { sessionId: past.id, mode: 'chosen', memberIds: [people.saj.id] });
    await call(router, 'attendance.set', { sessionId: past.id, memberId: people.saj.id, status: 'absent' });
    // Minutes exist once a draft is started (tests/integration/minutes.test.ts starts real ones):
    // here the row is written directly, as the coordinator was not present to write them.
    expect((await call(router, 'sessions.get', { id: past.id })).minutesExist).toBe(false);
    await router.lockNow();
    const direct = await unlockWithPassphrase(dir, accountId, PASSPHRASE, { migrationsDir: path.resolve('db/migrations') });
    direct.ws.db.insert(minutes).values({ id: 'minutes-1', sessionId: past.id, createdAt: new Date().toISOString(), latestVersion: 0 }).run();
    endSession(direct);
    await call(router, 'session.unlock', { accountId, passphrase: PASSPHRASE });
    expect((await call(router, 'sessions.get', { id: past.id })).minutesExist).toBe(true);
    expect(await failure(router, 'attendance.set', { sessionId: past.id, memberId: people.saj.id, status: 'present' })).toBe('REASON_REQUIRED');
    await call(router, 'attendance.set', { sessionId: past.id, memberId: people.saj.id, status: 'present', reason: 'Arrivé après la pause, noté absent par erreur' });
    // A first recording (here: the uninvited member) needs no reason.
    await call(router, 'attendance.set', { sessionId: past.id, memberId: people.aviq.id, status: 'present' });

    await router.lockNow();
    const session = await unlockWithPassphrase(dir, accountId, PASSPHRASE, { migrationsDir: path.resolve('db/migrations') });
    const changes = session.ws.sqlite.prepare('select from_status, to_status, reason from attendance_changes where session_id = ?').all(past.id);
    expect(changes).toEqual([{ from_status: 'absent', to_status: 'present', reason: 'Arrivé après la pause, noté absent par erreur' }]);
    const actions = session.ws.sqlite.prepare("select action from audit_events where entity_id like ? order by seq").all(`${past.id}%`) as Array<{ action: string }>;
    expect(actions.map((a) => a.action)).toContain('attendance.changeAfterMinutes');
    // Every kind of change of this feature is in the audit log.
    const kinds = (session.ws.sqlite.prepare('select distinct action from audit_events').all() as Array<{ action: string }>).map((a) => a.action);
    expect(kinds).toEqual(expect.arrayContaining(['session.create', 'session.invite', 'session.move', 'session.cancel', 'attendance.set', 'attendance.changeAfterMinutes']));
    // The audit log names the change, never the reason.
    const log = JSON.stringify(session.ws.sqlite.prepare('select * from audit_events').all());
    for (const reason of ['pause', 'Neige', 'Salle occupée']) expect(log).not.toContain(reason);
    await endSession(session);
    await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
  });
});

describe('participation figures', () => {
  it('computes rates per member, organisation and sector, and the sectors present per session', async () => {
    // A closed period of three sessions in 2025–2026 with known attendance.
    const dates = ['2025-10-21', '2025-11-18', '2025-12-16'];
    const attendance: Record<string, Array<[Member, 'present' | 'excused' | 'absent']>> = {
      '2025-10-21': [[people.saj, 'present'], [people.aviq, 'present'], [people.ssm, 'absent']],
      '2025-11-18': [[people.saj, 'present'], [people.aviq, 'excused'], [people.ssm, 'present'], [people.school, 'present']],
      '2025-12-16': [[people.saj, 'absent'], [people.aviq, 'present'], [people.ssm, 'present']],
    };
    for (const date of dates) {
      const s = await plan(date);
      await call(router, 'sessions.invite', { sessionId: s.id, mode: 'chosen', memberIds: [people.saj.id, people.aviq.id, people.ssm.id] });
      for (const [member, status] of attendance[date]!) await call(router, 'attendance.set', { sessionId: s.id, memberId: member.id, status });
    }
    // Planned (not held) and cancelled sessions in the period do not count.
    const planned = await plan('2025-11-25');
    await call(router, 'sessions.invite', { sessionId: planned.id, mode: 'all' });

    const figures = await call(router, 'participation.figures', { from: '2025-09-01', to: '2026-01-31' });
    expect(figures.sessionsHeld).toBe(3);
    const rate = (list: typeof figures.members, key: string) => list.find((r) => r.key === key);
    expect(rate(figures.members, people.saj.id)).toMatchObject({ expected: 3, present: 2, excused: 0, absent: 1 });
    expect(rate(figures.members, people.saj.id)!.rate).toBeCloseTo(2 / 3);
    expect(rate(figures.members, people.aviq.id)).toMatchObject({ expected: 3, present: 2, excused: 1, absent: 0 });
    expect(rate(figures.members, people.school.id)).toMatchObject({ expected: 1, present: 1, rate: 1 });
    expect(rate(figures.organisations, 'ssm l’équinoxe')).toMatchObject({ label: 'SSM L’Équinoxe', expected: 3, present: 2 });
    expect(figures.sectors.map((s) => [s.key, s.present, s.expected])).toEqual([
      ['youth_aid', 2, 3],
      ['disability', 2, 3],
      ['mental_health', 2, 3],
      ['education', 1, 1],
    ]);
    expect(figures.sessions.map((s) => [s.date, s.present, s.sectors])).toEqual([
      ['2025-10-21', 2, ['youth_aid', 'disability']],
      ['2025-11-18', 3, ['youth_aid', 'mental_health', 'education']],
      ['2025-12-16', 2, ['disability', 'mental_health']],
    ]);
    expect(figures.meanSectorsPerSession).toBeCloseTo(7 / 3);

    const csv = await call(router, 'participation.exportCsv', { from: '2025-09-01', to: '2026-01-31' });
    expect(csv.fileName).toBe('participation-2025-09-01-2026-01-31.csv');
    const lines = csv.content.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('"niveau";"libelle";"secteur";"seances_attendues";"present";"excuse";"absent";"taux_presence_pct";"date";"nombre_secteurs_presents";"secteurs_presents"');
    expect(lines).toContain('"membre";"Aubry Luc";"Aide à la jeunesse";"3";"2";"0";"1";"66,7";"";"";""');
    expect(lines).toContain('"secteur";"Santé mentale";"Santé mentale";"3";"2";"0";"1";"66,7";"";"";""');
    expect(lines).toContain('"seance";"";"";"";"3";"";"";"";"2025-11-18";"3";"Aide à la jeunesse, Santé mentale, Enseignement"');

    const empty = await call(router, 'participation.figures', { from: '2024-01-01', to: '2024-12-31' });
    expect(empty).toMatchObject({ sessionsHeld: 0, members: [], meanSectorsPerSession: null });
  });
});

describe('roles', () => {
  it('lets the secretary record attendance, but not plan; only coordinators plan', async () => {
    const past = await plan(dayFromToday(-1));
    await call(router, 'sessions.invite', { sessionId: past.id, mode: 'chosen', memberIds: [people.ssm.id] });
    const secretary = await call(router, 'accounts.create', { memberId: people.ssm.id, username: 'closset', roles: ['secretary'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE });
    await call(router, 'session.unlock', { accountId: secretary.id, passphrase: OTHER_PASSPHRASE });
    expect((await call(router, 'attendance.set', { sessionId: past.id, memberId: people.ssm.id, status: 'present' })).status).toBe('held');
    expect(await failure(router, 'sessions.create', { title: 'x', date: dayFromToday(5), startTime: '10:00', endTime: '11:00', place: '', notes: '' })).toBe('FORBIDDEN');
    expect(await failure(router, 'agenda.add', { sessionId: past.id, title: 'x', durationMinutes: 10, sectors: [] })).toBe('FORBIDDEN');
    expect(await failure(router, 'sessions.invitationText', { id: past.id })).toBe('FORBIDDEN');
    expect((await call(router, 'participation.figures', { from: dayFromToday(-1), to: dayFromToday(-1) })).sessionsHeld).toBe(1);
    await call(router, 'session.unlock', { accountId, passphrase: PASSPHRASE });
  });
});

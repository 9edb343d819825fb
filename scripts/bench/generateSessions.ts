// The sessions part of the synthetic group: every school year a series on the third Tuesday of
// the month, September to June (dates from the sessions service's own recurrence rule), plus a
// couple of extra sessions; invitations to every member on the roster three weeks before, a few
// agenda items, attendance recorded on the day; now and then a session moved or cancelled.
// Rows and audit actions are those the sessions services write.
import { eq, sql } from 'drizzle-orm';
import { agendaItems, sessionParticipants, sessionSeries, sessions } from '../../db/schema.js';
import { SESSION_TIME_ZONE, type NeedSector } from '../../contract/schemas/sessions.js';
import { seriesDates } from '../../electron/services/sessions/series.js';
import { addDays, dayOf, GROUP_YEARS, type GeneratedMember, type GroupContext, type GroupEvent, instant, memberActiveOn } from './generate.js';

const START = '13:30';
const END = '16:00';
const PLACES = ['Maison de la Laïcité, Wavre', 'CPAS de Nivelles, salle du conseil', 'Hôpital psychiatrique, Ottignies'];
const NEEDS: NeedSector[] = ['youth_aid', 'disability', 'mental_health', 'other'];
const MOVE_REASONS = ['Salle indisponible', 'Jour férié reporté', 'Grève des transports'];
const CANCEL_REASONS = ['Trop peu de situations à l’ordre du jour', 'Intempéries', 'Coordinatrice malade'];

type Row = typeof sessions.$inferInsert;

/** What happened to one session: planned, maybe moved or cancelled, and its day. */
interface Plan {
  row: Row;
  createdAt: string;
  moved: { at: string; date: string; reason: string } | null;
  cancelled: { at: string; reason: string } | null;
}

export function generateSessions(ctx: GroupContext): { events: GroupEvent[]; summary: string } {
  const f = ctx.faker;
  const by = ctx.coordinatorAccountId;
  const events: GroupEvent[] = [];
  const first = dayOf(ctx.start);
  const plans: Plan[] = [];
  const newRow = (date: string, seriesId: string | null, title: string, place: string, createdAt: string): Row => {
    const id = f.string.uuid();
    return { id, seriesId, uid: `${id}@concerto`, sequence: 0, title, date, startTime: START, endTime: END, timeZone: SESSION_TIME_ZONE, place, status: 'planned', notes: '', originalDate: date, createdAt, updatedAt: createdAt };
  };

  const years = Math.min(Math.max(ctx.options.sessionYears ?? GROUP_YEARS, 1), GROUP_YEARS);
  for (let year = GROUP_YEARS - years; year < GROUP_YEARS; year++) {
    const y = ctx.start.getUTCFullYear() + year;
    const from = `${y}-09-01`;
    const until = `${y + 1}-06-30`;
    const pattern = { kind: 'monthly' as const, nth: 3 as const, weekday: 'TU' as const };
    const { rrule, dates } = seriesDates(pattern, from, until, []);
    const seriesId = f.string.uuid();
    const title = `Concertation ${y}–${y + 1}`;
    const place = f.helpers.arrayElement(PLACES);
    // Planned in late August; the first year, the day after the workspace was created.
    const createdAt = year === 0 ? instant(addDays(first, 1), 200) : instant(`${y}-08-2${f.number.int({ min: 0, max: 8 })}`, 200);
    events.push({
      at: createdAt,
      accountId: by,
      action: 'series.create',
      entity: 'series',
      entityId: seriesId,
      write: (db) =>
        db.insert(sessionSeries).values({ id: seriesId, title, rrule, fromDate: from, untilDate: until, startTime: START, endTime: END, timeZone: SESSION_TIME_ZONE, place, skipDates: [], createdAt }).run(),
    });
    for (const date of dates) plans.push({ row: newRow(date, seriesId, title, place, createdAt), createdAt, moved: null, cancelled: null });
    // Two extra sessions a year, on the first Tuesday of two months with a full agenda.
    for (const month of f.helpers.arrayElements(['11', '12', '02', '03', '05'], 2)) {
      const yy = Number(month) >= 9 ? y : y + 1;
      const date = seriesDates({ kind: 'monthly', nth: 1, weekday: 'TU' }, `${yy}-${month}-01`, `${yy}-${month}-28`, []).dates[0]!;
      const at = instant(addDays(date, -30), 300);
      plans.push({ row: newRow(date, null, 'Séance supplémentaire', f.helpers.arrayElement(PLACES), at), createdAt: at, moved: null, cancelled: null });
    }
  }
  plans.sort((a, b) => (a.row.date < b.row.date ? -1 : 1));
  for (const plan of plans) {
    const roll = f.number.float({ min: 0, max: 1 });
    if (roll < 0.04) plan.cancelled = { at: instant(addDays(plan.row.date, -f.number.int({ min: 1, max: 10 })), 400), reason: f.helpers.arrayElement(CANCEL_REASONS) };
    else if (roll < 0.12) {
      // A month before, but never before the session exists (September sessions are planned in late August).
      const at = instant(addDays(plan.row.date, -30), 400);
      plan.moved = { at: at > plan.createdAt ? at : instant(addDays(plan.createdAt.slice(0, 10), 1), 400), date: addDays(plan.row.date, 7), reason: f.helpers.arrayElement(MOVE_REASONS) };
    }
  }

  let invitations = 0;
  let present = 0;
  let expected = 0;
  let agenda = 0;
  for (const plan of plans) {
    const row = plan.row;
    const sid = row.id!;
    events.push({ at: plan.createdAt, accountId: by, action: 'session.create', entity: 'session', entityId: sid, write: (db) => db.insert(sessions).values(row).run() });
    if (plan.moved) {
      const { at, date, reason } = plan.moved;
      events.push({
        at,
        accountId: by,
        action: 'session.move',
        entity: 'session',
        entityId: sid,
        write: (db) => db.update(sessions).set({ date, moveReason: reason, sequence: sql`${sessions.sequence} + 1`, updatedAt: at }).where(eq(sessions.id, sid)).run(),
      });
    }
    const date = plan.moved?.date ?? row.date;
    // Invitations three weeks before: every member on the roster then and on the day.
    const planned = plan.createdAt.slice(0, 10);
    const inviteDay = addDays(date, -21) > planned ? addDays(date, -21) : addDays(planned, 1);
    // On the roster the day before too: a member added or back that very day is added later in the day.
    const invited = ctx.members.filter((m) => memberActiveOn(m, addDays(inviteDay, -1)) && memberActiveOn(m, inviteDay) && memberActiveOn(m, date));
    invited.forEach((m, k) => {
      const at = instant(inviteDay, 1_000 + k);
      invitations += 1;
      events.push({
        at,
        accountId: by,
        action: 'session.invite',
        entity: 'session',
        entityId: `${sid}:${m.id}`,
        write: (db) => db.insert(sessionParticipants).values({ sessionId: sid, memberId: m.id, invited: true, invitedAt: at }).run(),
      });
    });
    // Agenda items brought by members in the fortnight before.
    for (let position = 1, n = f.number.int({ min: 2, max: 5 }); position <= n; position++) {
      const at = instant(addDays(date, -f.number.int({ min: 3, max: 14 })), 2_000 + position);
      const item = {
        id: f.string.uuid(),
        sessionId: sid,
        position,
        title: `Situation ${f.string.alpha({ length: 1, casing: 'upper' })}. (${f.helpers.arrayElement(['AMO', 'SAJ', 'SRG', 'CPAS', 'PMS', 'SSM'])})`,
        durationMinutes: f.helpers.arrayElement([20, 30, 30, 45]),
        sectors: f.helpers.arrayElements(NEEDS, { min: 1, max: 3 }),
        createdAt: at,
      };
      agenda += 1;
      events.push({ at, accountId: by, action: 'agenda.add', entity: 'session', entityId: sid, write: (db) => db.insert(agendaItems).values(item).run() });
    }
    if (plan.cancelled) {
      const { at, reason } = plan.cancelled;
      events.push({
        at,
        accountId: by,
        action: 'session.cancel',
        entity: 'session',
        entityId: sid,
        write: (db) => db.update(sessions).set({ status: 'cancelled', cancelReason: reason, sequence: sql`${sessions.sequence} + 1`, updatedAt: at }).where(eq(sessions.id, sid)).run(),
      });
      ctx.sessions.push({ id: sid, date, createdAt: plan.createdAt, held: false, present: [], excused: [], title: row.title, startTime: START, endTime: END, place: row.place ?? '' });
      continue;
    }
    const generated = { id: sid, date, createdAt: plan.createdAt, held: invited.length > 0, present: [] as string[], excused: [] as string[], title: row.title, startTime: START, endTime: END, place: row.place ?? '' };
    ctx.sessions.push(generated);
    // Attendance recorded at the end of the session; the first entry marks it held.
    invited.forEach((m: GeneratedMember, k) => {
      const at = instant(date, 30_000 + k);
      const status = f.helpers.weightedArrayElement([
        { weight: 70, value: 'present' as const },
        { weight: 18, value: 'excused' as const },
        { weight: 12, value: 'absent' as const },
      ]);
      expected += 1;
      if (status === 'present') {
        present += 1;
        generated.present.push(m.id);
      } else if (status === 'excused') generated.excused.push(m.id);
      events.push({
        at,
        accountId: by,
        action: 'attendance.set',
        entity: 'session',
        entityId: `${sid}:${m.id}`,
        write: (db) => {
          db.update(sessionParticipants)
            .set({ attendance: status, attendanceAt: at })
            .where(sql`${sessionParticipants.sessionId} = ${sid} and ${sessionParticipants.memberId} = ${m.id}`)
            .run();
          if (k === 0) db.update(sessions).set({ status: 'held', updatedAt: at }).where(eq(sessions.id, sid)).run();
        },
      });
    });
  }
  const moved = plans.filter((p) => p.moved).length;
  const cancelled = plans.filter((p) => p.cancelled).length;
  const rate = expected ? Math.round((100 * present) / expected) : 0;
  return {
    events,
    summary: `${plans.length} sessions (${moved} moved, ${cancelled} cancelled), ${invitations} invitations, ${agenda} agenda items, attendance ${rate} % present`,
  };
}

// Input schemas of the sessions feature (séances, invitations, agenda, attendance, figures).
// Shared by the backend and the renderer's forms; messages are i18n keys (validation.*).
import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './common.js';

export const SESSION_TIME_ZONE = 'Europe/Brussels';
export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The sectors an agenda item (later: a situation) may need around the table. */
export const NEED_SECTORS = ['youth_aid', 'disability', 'mental_health', 'other'] as const;
export type NeedSector = (typeof NEED_SECTORS)[number];

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const localTime = z.string('validation.time').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

const endAfterStart = (v: { startTime: string; endTime: string }) => v.endTime > v.startTime;
const endIssue = { message: 'validation.endBeforeStart', path: ['endTime'] };

export const sessionFields = z.object({
  title: requiredText(200),
  date: isoDate,
  startTime: localTime,
  endTime: localTime,
  place: optionalText(200),
  notes: optionalText(2000),
});
export const createSessionInput = sessionFields.strict().refine(endAfterStart, endIssue);
export type CreateSessionInput = z.input<typeof createSessionInput>;

export const seriesPattern = z.discriminatedUnion(
  'kind',
  [
    // e.g. every third Tuesday of the month (nth -1: the last one).
    z.object({ kind: z.literal('monthly'), nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], 'validation.invalid'), weekday: z.enum(WEEKDAYS, 'validation.invalid') }).strict(),
    // e.g. every two weeks on Thursday.
    z.object({ kind: z.literal('weekly'), interval: z.number('validation.number').int('validation.number').min(1, 'validation.number').max(8, 'validation.number'), weekday: z.enum(WEEKDAYS, 'validation.invalid') }).strict(),
  ],
  'validation.invalid',
);
export type SeriesPattern = z.output<typeof seriesPattern>;

export const seriesFields = z.object({
  title: requiredText(200),
  place: optionalText(200),
  startTime: localTime,
  endTime: localTime,
  from: isoDate,
  until: isoDate,
  pattern: seriesPattern,
  skipDates: z.array(isoDate).max(400, 'validation.tooLong').default([]),
});
const untilAfterFrom = (v: { from: string; until: string }) => v.until >= v.from;
// A series spans at most two years: the group plans a working year ahead, not a decade.
const withinTwoYears = (v: { from: string; until: string }) => Number(v.until.slice(0, 4)) - Number(v.from.slice(0, 4)) <= 2;
export const createSeriesInput = seriesFields
  .strict()
  .refine(endAfterStart, endIssue)
  .refine(untilAfterFrom, { message: 'validation.untilBeforeFrom', path: ['until'] })
  .refine(withinTwoYears, { message: 'validation.seriesTooLong', path: ['until'] });
export type SeriesData = z.output<typeof createSeriesInput>;

export const listSessionsInput = z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict();

export const updateSessionInput = z.object({ id, title: requiredText(200), place: optionalText(200), notes: optionalText(2000) }).strict();

export const moveSessionInput = z
  .object({ id, date: isoDate, startTime: localTime, endTime: localTime, reason: requiredText(500) })
  .strict()
  .refine(endAfterStart, endIssue);

export const invitationEmailInput = z.object({ id, addressing: z.enum(['bcc', 'to'], 'validation.invalid').default('bcc') }).strict();
export const cancelSessionInput = z.object({ id, reason: requiredText(500) }).strict();

export const inviteInput = z
  .object({ sessionId: id, mode: z.enum(['all', 'chosen'], 'validation.invalid'), memberIds: z.array(id).max(10_000, 'validation.tooLong').default([]) })
  .strict();
export const uninviteInput = z.object({ sessionId: id, memberId: id }).strict();

export const agendaItemFields = z.object({
  title: requiredText(200),
  durationMinutes: z.number('validation.number').int('validation.number').min(5, 'validation.durationRange').max(480, 'validation.durationRange'),
  sectors: z.array(z.enum(NEED_SECTORS, 'validation.invalid')).max(NEED_SECTORS.length, 'validation.invalid').default([]),
});
export const addAgendaItemInput = agendaItemFields
  .extend({ sessionId: id, overrideReason: optionalText(500) })
  .strict();
export const updateAgendaItemInput = agendaItemFields.extend({ id }).strict();
export const moveAgendaItemInput = z.object({ id, direction: z.enum(['up', 'down'], 'validation.invalid') }).strict();

export const setAttendanceInput = z
  .object({ sessionId: id, memberId: id, status: z.enum(ATTENDANCE_STATUSES, 'validation.invalid'), reason: optionalText(500) })
  .strict();

export const sessionSettingsInput = z
  .object({ agendaClosingHours: z.number('validation.number').int('validation.number').min(0, 'validation.closingHours').max(336, 'validation.closingHours') })
  .strict();

export const periodInput = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((v) => v.to >= v.from, { message: 'validation.untilBeforeFrom', path: ['to'] });

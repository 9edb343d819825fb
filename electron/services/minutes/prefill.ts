// The minutes' generated header (from the session and its attendance, never typed) and the body a
// new draft starts from: the agenda's situations by code with their recorded leads and actions, the
// other items, the next session. Names of young people never appear: situations go by their code.
import { and, asc, eq, gt, ne } from 'drizzle-orm';
import { agendaItems, members, sessions, situationActions, situationLeads, situationPresentations, situations } from '../../../db/schema.js';
import type { Language } from '../../../contract/schemas/common.js';
import type { MinutesHeader } from '../../../contract/types/minutes.js';
import type { SessionRow } from '../sessions/rows.js';
import type { Db } from '../store.js';
import { documentText as t, dueDate, longDate } from './documentText.js';
import { participantsOf } from './participants.js';

export function minutesHeader(db: Db, session: SessionRow, groupName: string): MinutesHeader {
  const people = participantsOf(db, session.id);
  const pick = (status: 'present' | 'excused') =>
    people.filter((p) => p.attendance === status).map((p) => ({ memberId: p.memberId, name: p.name, organisation: p.organisation }));
  return {
    groupName,
    sessionTitle: session.title,
    sessionDate: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    place: session.place,
    present: pick('present'),
    excused: pick('excused'),
  };
}

const personLines = (language: Language, list: MinutesHeader['present']) =>
  list.length === 0 ? [t(language, 'nobody')] : list.map((p) => `- ${p.name}${p.organisation ? ` (${p.organisation})` : ''}`);

/** Who was present and who was excused, as markdown sections. */
export function attendanceMarkdown(language: Language, h: MinutesHeader): string {
  return [
    `## ${t(language, 'present')}`,
    '',
    ...personLines(language, h.present),
    '',
    `## ${t(language, 'excused')}`,
    '',
    ...personLines(language, h.excused),
    '',
  ].join('\n');
}

/** The header as markdown: the first part of every finalised version. */
export function headerMarkdown(language: Language, h: MinutesHeader): string {
  return [
    `# ${t(language, 'title', { group: h.groupName })}`,
    '',
    t(language, 'session', { title: h.sessionTitle, date: longDate(language, h.sessionDate), start: h.startTime, end: h.endTime }),
    ...(h.place ? ['', t(language, 'place', { place: h.place })] : []),
    '',
    attendanceMarkdown(language, h),
  ].join('\n');
}

/** The whole document: the generated header, then the body as written. */
export const composeMinutes = (language: Language, header: MinutesHeader, body: string): string => `${headerMarkdown(language, header)}\n${body.trim()}\n`;

function situationSection(db: Db, language: Language, session: SessionRow, situationId: string): string[] {
  const situation = db.select({ code: situations.code }).from(situations).where(eq(situations.id, situationId)).get();
  if (!situation) return [];
  const presentation = db
    .select({ id: situationPresentations.id })
    .from(situationPresentations)
    .where(and(eq(situationPresentations.situationId, situationId), eq(situationPresentations.sessionId, session.id)))
    .get();
  const leads = presentation ? db.select().from(situationLeads).where(eq(situationLeads.presentationId, presentation.id)).orderBy(asc(situationLeads.createdAt)).all() : [];
  const actions = presentation
    ? db
        .select({ what: situationActions.what, dueOn: situationActions.dueOn, firstName: members.firstName, lastName: members.lastName })
        .from(situationActions)
        .innerJoin(members, eq(members.id, situationActions.memberId))
        .where(eq(situationActions.presentationId, presentation.id))
        .orderBy(asc(situationActions.dueOn))
        .all()
    : [];
  return [
    `### ${situation.code}`,
    '',
    t(language, 'discussion'),
    '',
    `**${t(language, 'leads')}**`,
    '',
    ...(leads.length ? leads.map((l) => `- ${l.text}`) : [t(language, 'noLeads')]),
    '',
    ...(actions.length
      ? [
          `**${t(language, 'actions')}**`,
          '',
          ...actions.map((a) => `- ${t(language, 'actionLine', { who: `${a.firstName} ${a.lastName}`, what: a.what, due: dueDate(language, a.dueOn, session.date) })}`),
          '',
        ]
      : []),
  ];
}

function nextSessionLine(db: Db, language: Language, session: SessionRow): string {
  const next = db
    .select()
    .from(sessions)
    .where(and(gt(sessions.date, session.date), ne(sessions.status, 'cancelled')))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .get();
  if (!next) return t(language, 'noNextSession');
  return t(language, 'nextSessionLine', {
    date: longDate(language, next.date),
    start: next.startTime,
    end: next.endTime,
    place: next.place ? t(language, 'nextSessionPlace', { place: next.place }) : '',
  });
}

/** The body a new draft starts from. */
export function prefilledBody(db: Db, language: Language, session: SessionRow): string {
  const items = db.select().from(agendaItems).where(eq(agendaItems.sessionId, session.id)).orderBy(asc(agendaItems.position)).all();
  const situationItems = items.filter((i) => i.situationId);
  const otherItems = items.filter((i) => !i.situationId);
  return [
    ...(situationItems.length ? [`## ${t(language, 'situations')}`, '', ...situationItems.flatMap((i) => situationSection(db, language, session, i.situationId as string))] : []),
    `## ${t(language, 'otherItems')}`,
    '',
    ...(otherItems.length ? otherItems.map((i) => `- ${i.title}`) : [t(language, 'noOtherItems')]),
    '',
    `## ${t(language, 'nextSession')}`,
    '',
    nextSessionLine(db, language, session),
    '',
  ].join('\n');
}

// Handlers of the sessions channels: thin glue from validated input to the session services.
import { getAccount } from '../../services/accounts.js';
import { getMember } from '../../services/members.js';
import { getWorkspaceSettings } from '../../services/settings.js';
import type { UnlockedWorkspace } from '../../services/workspace.js';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '../../services/sessions/agenda.js';
import { setAttendance } from '../../services/sessions/attendance.js';
import { nextSession, sessionDetail } from '../../services/sessions/detail.js';
import { participationFigures } from '../../services/sessions/figures.js';
import { figuresCsv } from '../../services/sessions/figuresCsv.js';
import { seriesCalendar, sessionCalendar } from '../../services/sessions/ics.js';
import { invitationEmail } from '../../services/sessions/invitationEmail.js';
import { invitationText } from '../../services/sessions/invitationText.js';
import { invite, uninvite } from '../../services/sessions/participants.js';
import { knownPlaces, listSessions } from '../../services/sessions/rows.js';
import { cancelSession, createSeries, createSession, moveSession, previewSeries, updateSession } from '../../services/sessions/scheduling.js';
import { getSessionSettings, updateSessionSettings } from '../../services/sessions/settings.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';
import type { HandlersOf, UnlockedContext } from '../handlerContext.js';

type SessionChannel = Extract<Channel, `sessions.${string}` | `agenda.${string}` | `attendance.${string}` | `participation.${string}`>;
type SessionHandlers = HandlersOf<SessionChannel>;

/** Runs a change as the unlocked account, then answers with the session's updated detail. */
function change(ctx: UnlockedContext, fn: (s: UnlockedWorkspace) => string) {
  const s = ctx.unlocked;
  return sessionDetail(s.ws.db, fn(s));
}

const groupName = (s: UnlockedWorkspace) => getWorkspaceSettings(s.ws).groupName;

export const sessionHandlers: SessionHandlers = {
  'sessions.list': (input, ctx) => listSessions(ctx.unlocked.ws.db, input),
  'sessions.get': (input, ctx) => sessionDetail(ctx.unlocked.ws.db, input.id),
  'sessions.next': (_input, ctx) => ({ session: nextSession(ctx.unlocked.ws.db) }),
  'sessions.places': (_input, ctx) => knownPlaces(ctx.unlocked.ws.db),
  'sessions.create': (input, ctx) => {
    const s = ctx.unlocked;
    return createSession(s.ws, s.accountId, input);
  },
  'sessions.previewSeries': (input) => previewSeries(input),
  'sessions.createSeries': (input, ctx) => {
    const s = ctx.unlocked;
    return createSeries(s.ws, s.accountId, input);
  },
  'sessions.update': (input, ctx) => change(ctx, (s) => (updateSession(s.ws, s.accountId, input), input.id)),
  'sessions.move': (input, ctx) => change(ctx, (s) => (moveSession(s.ws, s.accountId, input), input.id)),
  'sessions.cancel': (input, ctx) => change(ctx, (s) => (cancelSession(s.ws, s.accountId, input), input.id)),
  'sessions.invite': (input, ctx) => change(ctx, (s) => (invite(s.ws, s.accountId, input), input.sessionId)),
  'sessions.uninvite': (input, ctx) => change(ctx, (s) => (uninvite(s.ws, s.accountId, input), input.sessionId)),
  'sessions.exportIcs': (input, ctx) => {
    const s = ctx.unlocked;
    return sessionCalendar(s.ws.db, input.id, groupName(s));
  },
  'sessions.exportSeriesIcs': (input, ctx) => {
    const s = ctx.unlocked;
    return seriesCalendar(s.ws.db, input.id, groupName(s));
  },
  'sessions.invitationText': (input, ctx) => {
    const s = ctx.unlocked;
    const account = getAccount(s.ws, s.accountId);
    return invitationText(s.ws.db, input.id, groupName(s), `${account.firstName} ${account.lastName}`);
  },
  'sessions.invitationEmail': (input, ctx) => {
    const s = ctx.unlocked;
    const account = getAccount(s.ws, s.accountId);
    const sender = { name: `${account.firstName} ${account.lastName}`, email: getMember(s.ws, account.memberId).email };
    return invitationEmail(s.ws.db, input, { groupName: groupName(s), sender });
  },
  'sessions.getSettings': (_input, ctx) => getSessionSettings(ctx.unlocked.ws.db),
  'sessions.updateSettings': (input, ctx) => {
    const s = ctx.unlocked;
    return updateSessionSettings(s.ws, s.accountId, input);
  },
  'agenda.add': (input, ctx) => change(ctx, (s) => (addAgendaItem(s.ws, s.accountId, input), input.sessionId)),
  'agenda.update': (input, ctx) => change(ctx, (s) => updateAgendaItem(s.ws, s.accountId, input)),
  'agenda.remove': (input, ctx) => change(ctx, (s) => removeAgendaItem(s.ws, s.accountId, input.id)),
  'agenda.move': (input, ctx) => change(ctx, (s) => moveAgendaItem(s.ws, s.accountId, input.id, input.direction)),
  'attendance.set': (input, ctx) => change(ctx, (s) => (setAttendance(s.ws, s.accountId, input), input.sessionId)),
  'participation.figures': (input, ctx) => participationFigures(ctx.unlocked.ws.db, input.from, input.to),
  'participation.exportCsv': (input, ctx) => figuresCsv(participationFigures(ctx.unlocked.ws.db, input.from, input.to)),
};

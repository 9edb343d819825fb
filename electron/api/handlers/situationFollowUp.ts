// Handlers of the follow-up of situations: thin glue from validated input to the services.
import { todayInBrussels } from '../../services/clock.js';
import { getWorkspaceSettings } from '../../services/settings.js';
import { sessionDetail } from '../../services/sessions/detail.js';
import { memberIdOfAccount } from '../../services/situations/access.js';
import { overdueActionsOf, setActionDone, updateAction } from '../../services/situations/actions.js';
import { agendaCandidates, scheduleSituation } from '../../services/situations/agenda.js';
import { situationFigures } from '../../services/situations/figures.js';
import { situationFiguresCsv } from '../../services/situations/figuresCsv.js';
import { addNeed, setNeedState, updateNeed } from '../../services/situations/needs.js';
import { familyNotice } from '../../services/situations/notice.js';
import { closeSituation, followUpView, openFollowUp, recordOutcome } from '../../services/situations/presentations.js';
import type { UnlockedWorkspace } from '../../services/workspace.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';
import type { HandlersOf, UnlockedContext } from '../handlerContext.js';

type FollowUpChannel = Extract<Channel, `situationAgenda.${string}` | `situationFollowUp.${string}` | `situationNeeds.${string}` | `situationActions.${string}` | `situationNotice.${string}` | `situationFigures.${string}`>;
type FollowUpHandlers = HandlersOf<FollowUpChannel>;

/** Runs a change as the unlocked account, then answers with the situation's follow-up as that account sees it. */
function change(ctx: UnlockedContext, fn: (s: UnlockedWorkspace) => string) {
  const s = ctx.unlocked;
  return followUpView(s.ws.db, s.accountId, fn(s));
}

export const situationFollowUpHandlers: FollowUpHandlers = {
  'situationAgenda.candidates': (input, ctx) => agendaCandidates(ctx.unlocked.ws.db, input.sessionId),
  'situationAgenda.add': (input, ctx) => {
    const s = ctx.unlocked;
    scheduleSituation(s.ws, s.accountId, input);
    return sessionDetail(s.ws.db, input.sessionId);
  },
  'situationFollowUp.get': (input, ctx) => {
    const s = ctx.unlocked;
    return openFollowUp(s.ws, s.accountId, input.situationId);
  },
  'situationFollowUp.recordOutcome': (input, ctx) => change(ctx, (s) => recordOutcome(s.ws, s.accountId, input)),
  'situationFollowUp.close': (input, ctx) => change(ctx, (s) => closeSituation(s.ws, s.accountId, input.situationId)),
  'situationNeeds.add': (input, ctx) => change(ctx, (s) => addNeed(s.ws, s.accountId, input)),
  'situationNeeds.update': (input, ctx) => change(ctx, (s) => updateNeed(s.ws, s.accountId, input)),
  'situationNeeds.setState': (input, ctx) => change(ctx, (s) => setNeedState(s.ws, s.accountId, input)),
  'situationActions.setDone': (input, ctx) => change(ctx, (s) => setActionDone(s.ws, s.accountId, input)),
  'situationActions.update': (input, ctx) => change(ctx, (s) => updateAction(s.ws, s.accountId, input)),
  'situationActions.overdue': (_input, ctx) => {
    const s = ctx.unlocked;
    return overdueActionsOf(s.ws.db, memberIdOfAccount(s.ws.db, s.accountId));
  },
  'situationNotice.get': (input, ctx) => {
    const s = ctx.unlocked;
    return familyNotice(s.ws.db, s.accountId, input.situationId, getWorkspaceSettings(s.ws));
  },
  'situationFigures.get': (input, ctx) => situationFigures(ctx.unlocked.ws.db, input.year),
  'situationFigures.exportCsv': (input, ctx) => situationFiguresCsv(situationFigures(ctx.unlocked.ws.db, input.year), todayInBrussels()),
};

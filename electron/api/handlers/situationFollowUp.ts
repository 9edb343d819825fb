// Handlers of the follow-up of situations (issue 5): thin glue from validated input to the services.
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
import type { Session } from '../../services/workspace.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';
import type { HandlerContext } from './index.js';
import { requireSession as open } from './requireSession.js';

type FollowUpChannel = Extract<Channel, `situationAgenda.${string}` | `situationFollowUp.${string}` | `situationNeeds.${string}` | `situationActions.${string}` | `situationNotice.${string}` | `situationFigures.${string}`>;
type FollowUpHandlers = { [C in FollowUpChannel]: (input: ParsedInputOf<C>, ctx: HandlerContext) => OutputOf<C> | Promise<OutputOf<C>> };

/** Runs a change as the unlocked account, then answers with the situation's follow-up as that account sees it. */
function change(ctx: HandlerContext, fn: (s: Session) => string) {
  const s = open(ctx);
  return followUpView(s.ws.db, s.accountId, fn(s));
}

export const situationFollowUpHandlers: FollowUpHandlers = {
  'situationAgenda.candidates': (input, ctx) => agendaCandidates(open(ctx).ws.db, input.sessionId),
  'situationAgenda.add': (input, ctx) => {
    const s = open(ctx);
    scheduleSituation(s.ws, s.accountId, input);
    return sessionDetail(s.ws.db, input.sessionId);
  },
  'situationFollowUp.get': (input, ctx) => {
    const s = open(ctx);
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
    const s = open(ctx);
    return overdueActionsOf(s.ws.db, memberIdOfAccount(s.ws.db, s.accountId));
  },
  'situationNotice.get': (input, ctx) => {
    const s = open(ctx);
    return familyNotice(s.ws.db, s.accountId, input.situationId, getWorkspaceSettings(s.ws));
  },
  'situationFigures.get': (input, ctx) => situationFigures(open(ctx).ws.db, input.year),
  'situationFigures.exportCsv': (input, ctx) => situationFiguresCsv(situationFigures(open(ctx).ws.db, input.year), todayInBrussels()),
};

// Handlers of the situations channels: thin glue from validated input to the services.
import type { UnlockedWorkspace } from '../../services/workspace.js';
import { presentRefusal, situationRow } from '../../services/situations/access.js';
import { checkSituation } from '../../services/situations/anonymisation.js';
import { markReady } from '../../services/situations/gate.js';
import { eligiblePresenters } from '../../services/situations/presenters.js';
import { assertMayEdit, createSituation, overrideFinding, replaceFinding, saveConsent, updateSituation } from '../../services/situations/record.js';
import { getSituationSettings, purgeDue, purgeSituations, updateSituationSettings } from '../../services/situations/retention.js';
import { detailAfterChange, listSituations, openSituation, searchSituations } from '../../services/situations/views.js';
import { withdrawConsent } from '../../services/situations/withdrawal.js';
import { irreversible } from '../../services/safety/irreversibleRecord.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';
import type { HandlersOf, UnlockedContext } from '../handlerContext.js';

type SituationChannel = Extract<Channel, `situations.${string}`>;
type SituationHandlers = HandlersOf<SituationChannel>;

/** Runs a change as the unlocked account, then answers with what that account now sees of the situation. */
function change(ctx: UnlockedContext, fn: (s: UnlockedWorkspace) => string) {
  const s = ctx.unlocked;
  return detailAfterChange(s.ws, s.accountId, fn(s));
}

export const situationHandlers: SituationHandlers = {
  'situations.list': (_input, ctx) => {
    const s = ctx.unlocked;
    return listSituations(s.ws.db, s.accountId);
  },
  'situations.search': (input, ctx) => {
    const s = ctx.unlocked;
    return searchSituations(s.ws.db, s.accountId, input.query);
  },
  'situations.get': (input, ctx) => {
    const s = ctx.unlocked;
    return openSituation(s.ws, s.accountId, input.id);
  },
  'situations.presenters': (_input, ctx) => eligiblePresenters(ctx.unlocked.ws.db),
  'situations.presentRefusal': (_input, ctx) => ({ refusal: presentRefusal(ctx.unlocked.ws.db, ctx.unlocked.accountId) }),
  'situations.create': (input, ctx) => change(ctx, (s) => createSituation(s.ws, s.accountId, input)),
  'situations.update': (input, ctx) =>
    change(ctx, (s) => {
      const { id, privateWords, ...fields } = input;
      updateSituation(s.ws, s.accountId, id, fields, privateWords);
      return id;
    }),
  'situations.saveConsent': (input, ctx) =>
    change(ctx, (s) => {
      const { id, privateWords, ...fields } = input;
      saveConsent(s.ws, s.accountId, id, fields, privateWords);
      return id;
    }),
  // The private words live only in this call: they are not stored, logged nor audited.
  'situations.check': (input, ctx) => {
    const s = ctx.unlocked;
    const row = situationRow(s.ws.db, input.id);
    assertMayEdit(s.ws, s.accountId, row);
    return checkSituation(s.ws.db, row, input.privateWords);
  },
  'situations.replace': (input, ctx) =>
    change(ctx, (s) => {
      const { privateWords, ...rest } = input;
      replaceFinding(s.ws, s.accountId, rest, privateWords);
      return input.id;
    }),
  'situations.override': (input, ctx) => change(ctx, (s) => (overrideFinding(s.ws, s.accountId, input), input.id)),
  'situations.markReady': (input, ctx) =>
    change(ctx, (s) => {
      const row = situationRow(s.ws.db, input.id);
      assertMayEdit(s.ws, s.accountId, row);
      markReady(s.ws, s.accountId, row, input.privateWords);
      return input.id;
    }),
  'situations.withdrawConsent': (input, ctx) =>
    change(ctx, (s) => {
      withdrawConsent(s.ws, s.accountId, input.id);
      irreversible(s, { kind: 'situation.withdrawConsent', id: input.id, at: new Date().toISOString() });
      return input.id;
    }),
  'situations.getSettings': (_input, ctx) => getSituationSettings(ctx.unlocked.ws.db),
  'situations.updateSettings': (input, ctx) => {
    const s = ctx.unlocked;
    return updateSituationSettings(s.ws, s.accountId, input);
  },
  'situations.purgeDue': (_input, ctx) => purgeDue(ctx.unlocked.ws.db),
  'situations.purge': (input, ctx) => {
    const s = ctx.unlocked;
    const purged = purgeSituations(s.ws, s.accountId, input.ids);
    const at = new Date().toISOString();
    for (const id of purged) irreversible(s, { kind: 'situation.purge', id, at });
    return { purged };
  },
};

// Handlers of the minutes: thin glue from validated input to the services.
import { discardDraft, saveDraft, startDraft } from '../../services/minutes/draft.js';
import { distributeMinutes, distributionRegister } from '../../services/minutes/distribution.js';
import { confirmPassphrase } from '../../services/charter/signing.js';
import { finaliseMinutes, minutesReadiness } from '../../services/minutes/finalise.js';
import { overrideMinutesFinding } from '../../services/minutes/overrides.js';
import { minutesOverview, minutesView, openMinutes } from '../../services/minutes/read.js';
import { importMinutesFile, openReceivedMinutes, receivedMinutes } from '../../services/minutes/received.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';
import type { HandlersOf, UnlockedContext } from '../handlerContext.js';

type MinutesChannel = Extract<Channel, `minutes.${string}`>;
type MinutesHandlers = HandlersOf<MinutesChannel>;

/** The language the generated parts of the document are written in: the writer's. */
const language = (ctx: UnlockedContext) => ctx.account.language;

export const minutesHandlers: MinutesHandlers = {
  'minutes.get': async (input, ctx) => minutesView(ctx.sodium, ctx.unlocked, input.sessionId),
  'minutes.overview': (_input, ctx) => minutesOverview(ctx.unlocked.ws.db),
  'minutes.startDraft': async (input, ctx) => {
    const s = ctx.sodium;
    startDraft(s, ctx.unlocked, input.sessionId, language(ctx));
    return minutesView(s, ctx.unlocked, input.sessionId);
  },
  'minutes.saveDraft': async (input, ctx) => saveDraft(ctx.sodium, ctx.unlocked, input),
  'minutes.discardDraft': async (input, ctx) => {
    discardDraft(ctx.unlocked, input.sessionId);
    return minutesView(ctx.sodium, ctx.unlocked, input.sessionId);
  },
  'minutes.check': async (input, ctx) => minutesReadiness(ctx.sodium, ctx.unlocked, input.sessionId, input.privateWords),
  'minutes.override': async (input, ctx) => {
    const s = ctx.sodium;
    overrideMinutesFinding(s, ctx.unlocked, input);
    return minutesReadiness(s, ctx.unlocked, input.sessionId, []);
  },
  'minutes.finalise': async (input, ctx) => {
    const s = ctx.sodium;
    // Finalising signs the version with the author's key: a deliberate act, the passphrase asked again (as for the charter).
    await confirmPassphrase(s, ctx.unlocked, input.passphrase);
    finaliseMinutes(s, ctx.unlocked, input, language(ctx));
    return minutesView(s, ctx.unlocked, input.sessionId);
  },
  'minutes.open': async (input, ctx) => openMinutes(ctx.sodium, ctx.unlocked, input),
  'minutes.register': (input, ctx) => distributionRegister(ctx.unlocked, input.sessionId),
  'minutes.distribute': async (input, ctx) => distributeMinutes(ctx.sodium, ctx.unlocked, input),
  'minutes.importFile': async (input, ctx) => importMinutesFile(ctx.sodium, ctx.unlocked, input.text),
  'minutes.received': (_input, ctx) => receivedMinutes(ctx.unlocked),
  'minutes.openReceived': async (input, ctx) => openReceivedMinutes(ctx.sodium, ctx.unlocked, input.id),
};

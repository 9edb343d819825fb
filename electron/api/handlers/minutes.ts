// Handlers of the minutes (issue 6): thin glue from validated input to the services.
import { getSodium } from '../../crypto/sodium.js';
import { discardDraft, saveDraft, startDraft } from '../../services/minutes/draft.js';
import { distributeMinutes, distributionRegister } from '../../services/minutes/distribution.js';
import { finaliseMinutes, minutesReadiness } from '../../services/minutes/finalise.js';
import { overrideMinutesFinding } from '../../services/minutes/overrides.js';
import { minutesOverview, minutesView, openMinutes } from '../../services/minutes/read.js';
import { importMinutesFile, openReceivedMinutes, receivedMinutes } from '../../services/minutes/received.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';
import type { HandlerContext } from './index.js';
import { requireSession as open } from './requireSession.js';

type MinutesChannel = Extract<Channel, `minutes.${string}`>;
type MinutesHandlers = { [C in MinutesChannel]: (input: ParsedInputOf<C>, ctx: HandlerContext) => OutputOf<C> | Promise<OutputOf<C>> };

/** The language the generated parts of the document are written in: the writer's. */
const language = (ctx: HandlerContext) => ctx.account().language;

export const minutesHandlers: MinutesHandlers = {
  'minutes.get': async (input, ctx) => minutesView(await getSodium(), open(ctx), input.sessionId),
  'minutes.overview': (_input, ctx) => minutesOverview(open(ctx).ws.db),
  'minutes.startDraft': async (input, ctx) => {
    const s = await getSodium();
    startDraft(s, open(ctx), input.sessionId, language(ctx));
    return minutesView(s, open(ctx), input.sessionId);
  },
  'minutes.saveDraft': async (input, ctx) => saveDraft(await getSodium(), open(ctx), input),
  'minutes.discardDraft': async (input, ctx) => {
    discardDraft(open(ctx), input.sessionId);
    return minutesView(await getSodium(), open(ctx), input.sessionId);
  },
  'minutes.check': async (input, ctx) => minutesReadiness(await getSodium(), open(ctx), input.sessionId, input.privateWords),
  'minutes.override': async (input, ctx) => {
    const s = await getSodium();
    overrideMinutesFinding(s, open(ctx), input);
    return minutesReadiness(s, open(ctx), input.sessionId, []);
  },
  'minutes.finalise': async (input, ctx) => {
    const s = await getSodium();
    finaliseMinutes(s, open(ctx), input, language(ctx));
    return minutesView(s, open(ctx), input.sessionId);
  },
  'minutes.open': async (input, ctx) => openMinutes(await getSodium(), open(ctx), input),
  'minutes.register': (input, ctx) => distributionRegister(open(ctx), input.sessionId),
  'minutes.distribute': async (input, ctx) => distributeMinutes(await getSodium(), open(ctx), input),
  'minutes.importFile': async (input, ctx) => importMinutesFile(await getSodium(), open(ctx), input.text),
  'minutes.received': (_input, ctx) => receivedMinutes(open(ctx)),
  'minutes.openReceived': async (input, ctx) => openReceivedMinutes(await getSodium(), open(ctx), input.id),
};

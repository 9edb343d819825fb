// Handlers of the minutes (issue 6): thin glue from validated input to the services.
import { AppError } from '../../services/errors.js';
import type { Channel, OutputOf, ParsedInputOf } from '../contract.js';
import type { HandlerContext } from '../handlers.js';

type MinutesChannel = Extract<Channel, `minutes.${string}`>;
type MinutesHandlers = { [C in MinutesChannel]: (input: ParsedInputOf<C>, ctx: HandlerContext) => OutputOf<C> | Promise<OutputOf<C>> };

const pending = (): never => {
  throw new AppError('NOT_FOUND');
};

export const minutesHandlers: MinutesHandlers = {
  'minutes.get': pending,
  'minutes.startDraft': pending,
  'minutes.saveDraft': pending,
  'minutes.discardDraft': pending,
  'minutes.check': pending,
  'minutes.override': pending,
  'minutes.finalise': pending,
  'minutes.open': pending,
  'minutes.register': pending,
  'minutes.distribute': pending,
  'minutes.importFile': pending,
  'minutes.received': pending,
  'minutes.openReceived': pending,
};

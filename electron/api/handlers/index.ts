// Every channel's handler, gathered from the domain files; the type makes a missing one a compile error.
import type { Channel } from '../../../contract/contract.js';
import type { HandlersOf } from '../handlerContext.js';
import { charterHandlers } from './charter.js';
import { groupHandlers } from './group.js';
import { memberHandlers } from './members.js';
import { minutesHandlers } from './minutes.js';
import { safetyHandlers } from './safety.js';
import { sessionHandlers } from './sessions.js';
import { situationFollowUpHandlers } from './situationFollowUp.js';
import { situationHandlers } from './situations.js';
import { workspaceHandlers } from './workspace.js';

export const handlers: HandlersOf<Channel> = {
  ...workspaceHandlers,
  ...memberHandlers,
  ...charterHandlers,
  ...sessionHandlers,
  ...safetyHandlers,
  ...situationHandlers,
  ...situationFollowUpHandlers,
  ...minutesHandlers,
  ...groupHandlers,
};

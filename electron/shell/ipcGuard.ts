// Who may call the backend over IPC: only the main frame of the app's own window, showing an
// app://concerto page. A subframe, another window or a page that navigated elsewhere is refused.
import { CHANNEL_NAMES } from '../../contract/channels.js';
import { isAppUrl } from './appOrigin.js';

/** The parts of Electron's WebFrameMain this check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/** Same frame: the same object, or the same renderer process and frame routing id. */
const sameFrame = (a: FrameLike, b: FrameLike): boolean => a === b || (a.processId === b.processId && a.routingId === b.routingId);

export function isTrustedSender(senderFrame: FrameLike | null | undefined, appMainFrame: FrameLike | null | undefined): boolean {
  if (!senderFrame || !appMainFrame) return false;
  return sameFrame(senderFrame, appMainFrame) && senderFrame.parent === null && isAppUrl(senderFrame.url);
}

const KNOWN = new Set<string>(CHANNEL_NAMES);

export const isKnownChannel = (channel: unknown): channel is string => typeof channel === 'string' && KNOWN.has(channel);

/** The IPC channel names shared by main and preload (the preload repeats them: it may import nothing but the channel list). */
export const IPC_CALL = 'concerto:call';
export const IPC_LOCKED = 'concerto:locked';

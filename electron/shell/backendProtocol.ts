// Messages between the main process and the backend utility process. Each request carries a
// correlation id; each reply repeats it with a Result. Both sides check shapes: a message is data, not trust.
import type { Result } from '../../contract/types/app.js';

export type BackendRequest =
  | { id: number; kind: 'call'; channel: string; input: unknown }
  /** Lock now (system sleep, screen lock). Replies { wasUnlocked }. */
  | { id: number; kind: 'lock' }
  /** Lock and close the database before the app quits. */
  | { id: number; kind: 'close' };

export interface BackendReply {
  id: number;
  result: Result<unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

export function isBackendRequest(message: unknown): message is BackendRequest {
  if (!isRecord(message) || !isId(message.id)) return false;
  if (message.kind === 'call') return typeof message.channel === 'string';
  return message.kind === 'lock' || message.kind === 'close';
}

export function isBackendReply(message: unknown): message is BackendReply {
  if (!isRecord(message) || !isId(message.id) || !isRecord(message.result)) return false;
  const { result } = message;
  if (result.ok === true) return 'value' in result;
  return result.ok === false && isRecord(result.error) && typeof result.error.code === 'string';
}

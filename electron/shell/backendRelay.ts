// Main-process side of the backend: forwards calls to the utility process with correlation ids
// and settles each with a Result. A timeout or a dead process gives BACKEND_UNREACHABLE, never a hang.
// The process is (re)started lazily by the next call; a restart starts locked, as a new session must.
import type { Result } from '../../contract/types/app.js';
import type { ErrorCode } from '../../contract/errors.js';
import { isBackendReply, type BackendRequest } from './backendProtocol.js';

/** The parts of Electron's UtilityProcess the relay uses. */
export interface BackendChild {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface BackendRelayOptions {
  spawn: () => BackendChild;
  /** Per call; Argon2id at MODERATE takes about a second, a large import a few. */
  callTimeoutMs?: number;
  closeTimeoutMs?: number;
  /** The process ended while it may have held an open session. */
  onExit?: (code: number) => void;
}

export interface BackendRelay {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Resolves true if a session was (or may have been) open and is now locked. Does not start a process. */
  lock(): Promise<boolean>;
  /** Locks, closes the database and ends the process (killed if it does not answer in time). */
  close(): Promise<void>;
  readonly running: boolean;
}

export const failure = (code: ErrorCode, message = ''): Result<never> => ({ ok: false, error: { code, message } });

type Request = BackendRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export function createBackendRelay(options: BackendRelayOptions): BackendRelay {
  const callTimeoutMs = options.callTimeoutMs ?? 120_000;
  const closeTimeoutMs = options.closeTimeoutMs ?? 10_000;
  let child: BackendChild | null = null;
  let nextId = 1;
  const pending = new Map<number, { settle: (result: Result<unknown>) => void; timer: NodeJS.Timeout }>();

  const settle = (id: number, result: Result<unknown>) => {
    const entry = pending.get(id);
    if (!entry) return; // late reply after a timeout: dropped
    pending.delete(id);
    clearTimeout(entry.timer);
    entry.settle(result);
  };

  const start = (): BackendChild => {
    const spawned = options.spawn();
    spawned.on('message', (message) => {
      if (isBackendReply(message)) settle(message.id, message.result);
    });
    spawned.on('exit', (code) => {
      if (child !== spawned) return;
      child = null;
      for (const id of [...pending.keys()]) settle(id, failure('BACKEND_UNREACHABLE'));
      options.onExit?.(code);
    });
    child = spawned;
    return spawned;
  };

  const send = (request: Request, timeoutMs: number, target: BackendChild): Promise<Result<unknown>> =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => settle(id, failure('BACKEND_UNREACHABLE')), timeoutMs);
      pending.set(id, { settle: resolve, timer });
      try {
        target.postMessage({ ...request, id } as BackendRequest);
      } catch {
        settle(id, failure('BACKEND_UNREACHABLE'));
      }
    });

  return {
    call: (channel, input) => send({ kind: 'call', channel, input }, callTimeoutMs, child ?? start()),
    async lock() {
      if (!child) return false;
      const result = await send({ kind: 'lock' }, closeTimeoutMs, child);
      // No answer (busy or dying): the lock is queued or the session gone; either way the window must show the unlock screen.
      if (!result.ok) return true;
      return (result.value as { wasUnlocked?: unknown }).wasUnlocked === true;
    },
    async close() {
      const closing = child;
      if (!closing) return;
      const result = await send({ kind: 'close' }, closeTimeoutMs, closing);
      if (!result.ok && child === closing) closing.kill();
    },
    get running() {
      return child !== null;
    },
  };
}

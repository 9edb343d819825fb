// The one router behind both transports: validates input with the contract's zod schema,
// checks the session and the caller's roles, calls the service, and returns a Result.
// Calls are handled one at a time, so a lock can never interleave with an unlock or a write.
import { z } from 'zod';
import { mapSqliteError } from '../../db/connection.js';
import { defaultMigrationsDir } from '../../db/migrate.js';
import { getAccount } from '../services/accounts.js';
import { AppError, fieldIssuesOf, type ErrorCode, type FieldIssue } from '../../contract/errors.js';
import { autoBackupBeforeLock } from '../services/safety/autoBackupHook.js';
import { systemClock, type Clock } from '../services/clock.js';
import { endSession, type UnlockedWorkspace, type WorkspaceOptions } from '../services/workspace.js';
import { contract, type Channel } from '../../contract/contract.js';
import { handlers } from './handlers/index.js';
import { isPublic, type RouterContext, type UnlockedContext } from './handlerContext.js';
import { getSodium } from '../crypto/sodium.js';
import { backgroundGroupPass } from '../services/group/runtime.js';
import { getMember } from '../services/members.js';
import type { Member } from '../../contract/types/app.js';
import { errorMessage } from '../../contract/messages.js';
import type { Language } from '../../contract/schemas/common.js';
import type { Result } from '../../contract/types/app.js';

export interface RouterOptions {
  workspaceDir: string;
  mode: 'electron' | 'browser';
  version: string;
  migrationsDir?: string;
  nativeBinding?: string;
  /** Only tests lower this; real workspaces use MODERATE or above. */
  kdfStrength?: WorkspaceOptions['kdfStrength'];
  /** The time automatic backups go by (their pace); tests pass their own. */
  clock?: Clock;
  /** How often, while unlocked, the replica makes a pass over the group folder; 0 turns the timer off (tests). */
  groupSyncMs?: number;
}

/** A few seconds: a change reaches the folder soon after it is made, and a pass over an unchanged folder costs a few stat calls. */
export const GROUP_SYNC_MS = 5_000;

export interface Router {
  handle(channel: string, input: unknown): Promise<Result<unknown>>;
  lockNow(): Promise<void>;
  close(): Promise<void>;
  /** For tests and the Electron shell: is a session open? */
  isUnlocked(): boolean;
}

const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(contract, name);

/** Reads the screens repeat on a timer (the group folder's state): not a sign that someone is at the keyboard, so they do not push back the auto-lock. */
const POLLED_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['group.status', 'group.charter']);


export function createRouter(options: RouterOptions): Router {
  const storeOptions: WorkspaceOptions = {
    migrationsDir: options.migrationsDir ?? defaultMigrationsDir(),
    nativeBinding: options.nativeBinding,
    kdfStrength: options.kdfStrength,
  };
  let unlocked: UnlockedWorkspace | null = null;
  let language: Language = 'fr';
  let autoLockTimer: NodeJS.Timeout | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const lock = async () => {
    clearTimeout(autoLockTimer);
    autoLockTimer = undefined;
    const closing = unlocked;
    unlocked = null;
    if (closing) {
      // On every lock (manual, inactivity, system sleep, quit): a verified backup if anything changed.
      autoBackupBeforeLock(closing, options.version, (options.clock ?? systemClock)());
      await endSession(closing);
    }
  };

  let autoLockMinutes = 10;
  const router: RouterContext = {
    workspaceDir: options.workspaceDir,
    mode: options.mode,
    version: options.version,
    storeOptions,
    getUnlocked: () => unlocked,
    setUnlocked: async (next) => {
      await lock();
      unlocked = next;
    },
    lock,
    setLanguage: (next) => {
      language = next;
    },
    armAutoLock: (minutes) => {
      autoLockMinutes = minutes;
      clearTimeout(autoLockTimer);
      autoLockTimer = setTimeout(() => void enqueue(lock), minutes * 60_000);
      autoLockTimer.unref?.();
      return new Date(Date.now() + minutes * 60_000).toISOString();
    },
    touch: () => router.armAutoLock(autoLockMinutes),
  };

  const fail = (code: ErrorCode, issues?: FieldIssue[]): Result<never> => ({
    ok: false,
    error: { code, message: errorMessage(code, language), ...(issues ? { issues } : {}) },
  });

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function dispatch(channelName: string, rawInput: unknown): Promise<Result<unknown>> {
    if (typeof channelName !== 'string' || !isChannel(channelName)) return fail('UNKNOWN_CHANNEL');
    const def = contract[channelName];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail('VALIDATION', fieldIssuesOf(parsed.error));
    try {
      if (isPublic(def.access)) {
        const handler = handlers[channelName] as (input: unknown, c: RouterContext) => unknown;
        return { ok: true, value: await handler(parsed.data, router) };
      }
      if (!unlocked) return fail('UNAUTHENTICATED');
      const account = getAccount(unlocked.ws, unlocked.accountId);
      if (def.access !== 'session' && !def.access.some((role) => account.roles.includes(role))) return fail('FORBIDDEN');
      if (!POLLED_CHANNELS.has(channelName)) router.touch();
      const open = unlocked;
      let member: Member | undefined;
      // The member record is read only by a handler that asks for it, not on every call.
      const ctx: UnlockedContext = {
        unlocked: open,
        account,
        get member() {
          return (member ??= getMember(open.ws, account.memberId));
        },
        sodium: await getSodium(),
        router,
      };
      const handler = handlers[channelName] as (input: unknown, c: UnlockedContext) => unknown;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.issues);
      // A full disk or a folder turned read-only surfaces as a SQLite or file system error: say so.
      const mapped = mapSqliteError(error);
      if (mapped.code !== 'INTERNAL') return fail(mapped.code);
      // Never log inputs: they may hold names or passphrases.
      console.error(`[concerto] ${channelName} failed:`, error instanceof Error ? error.name + ': ' + error.message : 'unknown error');
      return fail('INTERNAL');
    }
  }

  // The group folder pass runs in the same queue as calls, so it never interleaves with a lock or
  // a write; it is skipped while the previous one is still queued, so a slow folder never piles up.
  let groupPassQueued = false;
  const groupPass = async () => {
    groupPassQueued = false;
    const open = unlocked;
    if (!open) return;
    try {
      backgroundGroupPass(await getSodium(), open);
    } catch (error) {
      console.error('[concerto] group folder pass failed:', error instanceof Error ? error.name + ': ' + error.message : 'unknown error');
    }
  };
  const groupSyncMs = options.groupSyncMs ?? GROUP_SYNC_MS;
  const groupTimer =
    groupSyncMs > 0
      ? setInterval(() => {
          if (!unlocked || groupPassQueued) return;
          groupPassQueued = true;
          void enqueue(groupPass);
        }, groupSyncMs)
      : undefined;
  groupTimer?.unref?.();

  return {
    handle: (channel, input) => enqueue(() => dispatch(channel, input)),
    lockNow: () => enqueue(lock),
    close: () => {
      clearInterval(groupTimer);
      return enqueue(lock);
    },
    isUnlocked: () => unlocked !== null,
  };
}

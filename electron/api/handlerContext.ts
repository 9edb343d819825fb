// What a handler is given. The router resolves the unlocked account once per call and hands
// every non-public handler an UnlockedContext, so no handler looks the session up itself.
import type { Access, Channel, Contract, OutputOf, ParsedInputOf } from '../../contract/contract.js';
import type { Language } from '../../contract/schemas/common.js';
import type { Member } from '../../contract/types/app.js';
import type { Sodium } from '../crypto/sodium.js';
import type { AccountRecord } from '../services/accounts.js';
import type { UnlockedWorkspace, WorkspaceOptions } from '../services/workspace.js';

/** The router's own state and controls: what public handlers (status, create, unlock, lock, restore) work with. */
export interface RouterContext {
  workspaceDir: string;
  mode: 'electron' | 'browser';
  version: string;
  storeOptions: WorkspaceOptions;
  getUnlocked(): UnlockedWorkspace | null;
  setUnlocked(unlocked: UnlockedWorkspace): Promise<void>;
  lock(): Promise<void>;
  setLanguage(language: Language): void;
  /** Restarts the inactivity timer; returns when it will fire. */
  armAutoLock(minutes: number): string;
  touch(): string;
}

/** Everything a non-public handler needs: the open workspace, who is calling, and libsodium (initialised once). */
export interface UnlockedContext {
  unlocked: UnlockedWorkspace;
  account: AccountRecord;
  member: Member;
  sodium: Sodium;
  router: RouterContext;
}

type Reply<C extends Channel> = OutputOf<C> | Promise<OutputOf<C>>;
type AccessOf<C extends Channel> = Contract[C]['access'];

export type HandlerOf<C extends Channel> = AccessOf<C> extends 'public'
  ? (input: ParsedInputOf<C>, router: RouterContext) => Reply<C>
  : (input: ParsedInputOf<C>, ctx: UnlockedContext) => Reply<C>;

/** The handlers of a group of channels, each typed by its channel's access rule. */
export type HandlersOf<Ch extends Channel> = { [C in Ch]: HandlerOf<C> };

export const isPublic = (access: Access): access is 'public' => access === 'public';

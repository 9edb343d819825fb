// Handlers of the workspace, unlocking, the account's own settings, accounts and reference data.
import { GLOSSARY } from '../../../contract/reference/glossary.js';
import { SECTORS, SERVICE_TYPE_CODES, sectorOf } from '../../../contract/reference/taxonomy.js';
import { AppError } from '../../../contract/errors.js';
import { errorMessage } from '../../../contract/messages.js';
import type { Channel } from '../../../contract/contract.js';
import type { AppStatus, SessionInfo } from '../../../contract/types/app.js';
import { readKeyFile } from '../../crypto/keyFile.js';
import { createAccount, getAccount, listAccounts, setLanguage, setRoles } from '../../services/accounts.js';
import { verifyAuditChain } from '../../services/audit.js';
import { getWorkspaceSettings, updateWorkspaceSettings } from '../../services/settings.js';
import { appendAudit } from '../../services/audit.js';
import { inTransaction, workspaceState } from '../../services/store.js';
import { assertMayTry, recordFailure, takeFailures } from '../../services/unlockAttempts.js';
import { accountChoices, changePassphrase, createWorkspace, recoverAccount, unlockWithPassphrase, type UnlockedWorkspace } from '../../services/workspace.js';
import type { HandlersOf, RouterContext } from '../handlerContext.js';

type WorkspaceChannel = Extract<
  Channel,
  `app.${string}` | `reference.${string}` | `workspace.${string}` | `session.${string}` | `account.${string}` | `settings.${string}` | `accounts.${string}` | `audit.${string}`
>;

function sessionInfo(unlocked: UnlockedWorkspace): SessionInfo {
  const account = getAccount(unlocked.ws, unlocked.accountId);
  const settings = getWorkspaceSettings(unlocked.ws);
  return {
    accountId: account.id,
    memberId: account.memberId,
    username: account.username,
    displayName: `${account.firstName} ${account.lastName}`,
    roles: account.roles,
    language: account.language,
    groupName: settings.groupName,
    workspaceId: unlocked.ws.workspaceId,
    autoLockMinutes: settings.autoLockMinutes,
    identityKeyId: account.identityKeyId,
  };
}

/** After any unlock: remember the language, start the inactivity timer. */
async function startSession(router: RouterContext, unlocked: UnlockedWorkspace): Promise<SessionInfo> {
  await router.setUnlocked(unlocked);
  const info = sessionInfo(unlocked);
  router.setLanguage(info.language);
  router.armAutoLock(info.autoLockMinutes);
  return info;
}

/** The audit log says that wrong passphrases were tried on this account before this unlock. */
function recordUnlockFailures(unlocked: UnlockedWorkspace): void {
  inTransaction(unlocked.ws, () =>
    appendAudit(unlocked.ws.db, { accountId: unlocked.accountId, action: 'account.unlockFailures', entity: 'account', entityId: unlocked.accountId }),
  );
}

function appStatus(router: RouterContext): AppStatus {
  const base = { mode: router.mode, version: router.version, workspaceLocation: router.workspaceDir };
  const unlocked = router.getUnlocked();
  if (workspaceState(router.workspaceDir) === 'none') return { ...base, workspace: 'none', accounts: [], session: null };
  try {
    const keyFile = readKeyFile(router.workspaceDir);
    return { ...base, workspace: 'ready', accounts: accountChoices(keyFile), session: unlocked ? sessionInfo(unlocked) : null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ...base, workspace: 'problem', problem: { code: error.code, message: errorMessage(error.code) }, accounts: [], session: null };
  }
}

export const workspaceHandlers: HandlersOf<WorkspaceChannel> = {
  'app.status': (_input, router) => appStatus(router),
  'reference.get': () => ({
    sectors: [...SECTORS],
    serviceTypes: SERVICE_TYPE_CODES.map((code) => ({ code, sector: sectorOf(code) })),
    glossary: [...GLOSSARY],
  }),
  'workspace.create': async (input, router) => {
    const { session, recoveryKey } = await createWorkspace(router.workspaceDir, input, router.storeOptions);
    return { recoveryKey, session: await startSession(router, session) };
  },
  'session.unlock': async (input, router) => {
    await router.lock();
    assertMayTry(router.workspaceDir, input.accountId);
    let unlocked: UnlockedWorkspace;
    try {
      unlocked = await unlockWithPassphrase(router.workspaceDir, input.accountId, input.passphrase, router.storeOptions);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') recordFailure(router.workspaceDir, input.accountId);
      throw error;
    }
    const failedAttempts = takeFailures(router.workspaceDir, input.accountId);
    if (failedAttempts > 0) recordUnlockFailures(unlocked);
    return { ...(await startSession(router, unlocked)), failedAttempts };
  },
  'session.recover': async (input, router) => {
    await router.lock();
    const unlocked = await recoverAccount(router.workspaceDir, input, router.storeOptions);
    // A new passphrase: the failures of the old one are the account's own story, told once.
    const failedAttempts = takeFailures(router.workspaceDir, input.accountId);
    if (failedAttempts > 0) recordUnlockFailures(unlocked);
    return { ...(await startSession(router, unlocked)), failedAttempts };
  },
  'session.lock': async (_input, router) => {
    await router.lock();
    return { locked: true };
  },
  'session.activity': (_input, ctx) => ({ autoLockAt: ctx.router.touch() }),
  'account.changePassphrase': async (input, ctx) => {
    await changePassphrase(ctx.unlocked, input.currentPassphrase, input.passphrase, ctx.router.storeOptions);
    return { changed: true };
  },
  'account.setLanguage': (input, ctx) => {
    setLanguage(ctx.unlocked.ws, ctx.unlocked.accountId, input.language);
    ctx.router.setLanguage(input.language);
    return sessionInfo(ctx.unlocked);
  },
  'settings.get': (_input, ctx) => ({ ...getWorkspaceSettings(ctx.unlocked.ws), language: ctx.account.language }),
  'settings.update': (input, ctx) => {
    const settings = updateWorkspaceSettings(ctx.unlocked.ws, ctx.unlocked.accountId, input);
    ctx.router.armAutoLock(settings.autoLockMinutes);
    return { ...settings, language: ctx.account.language };
  },
  'accounts.list': (_input, ctx) => listAccounts(ctx.unlocked.ws),
  'accounts.create': (input, ctx) => createAccount(ctx.sodium, ctx.unlocked, input, ctx.router.storeOptions),
  'accounts.setRoles': (input, ctx) => setRoles(ctx.unlocked, input.accountId, input.roles),
  'audit.verify': (_input, ctx) => verifyAuditChain(ctx.unlocked.ws.db),
};

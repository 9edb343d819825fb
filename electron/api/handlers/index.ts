// One handler per channel: thin glue from validated input to the services.
import { GLOSSARY } from '../../../contract/reference/glossary.js';
import { SECTORS, SERVICE_TYPE_CODES, sectorOf } from '../../../contract/reference/taxonomy.js';
import { readKeyFile } from '../../crypto/keyFile.js';
import { createAccount, getAccount, listAccounts, setLanguage, setRoles, type AccountRecord } from '../../services/accounts.js';
import { verifyAuditChain } from '../../services/audit.js';
import { AppError } from '../../../contract/errors.js';
import { createMember, deactivateMember, getMember, listMembers, reactivateMember, updateMember } from '../../services/members.js';
import { commitRosterImport, exportRosterCsv, previewRosterImport } from '../../services/rosterCsv.js';
import { getWorkspaceSettings, updateWorkspaceSettings } from '../../services/settings.js';
import { workspaceState } from '../../services/store.js';
import { accountChoices, changePassphrase, createWorkspace, recoverAccount, unlockWithPassphrase, type Session, type WorkspaceOptions } from '../../services/workspace.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';
import { charterHandlers } from './charter.js';
import { sessionHandlers } from './sessions.js';
import { safetyHandlers } from './safety.js';
import { situationHandlers } from './situations.js';
import { situationFollowUpHandlers } from './situationFollowUp.js';
import { minutesHandlers } from './minutes.js';
import { errorMessage } from '../../../contract/messages.js';
import type { Language } from '../../../contract/schemas/common.js';
import type { AppStatus, SessionInfo } from '../../../contract/types/app.js';
import { requireSession } from './requireSession.js';

export interface HandlerContext {
  workspaceDir: string;
  mode: 'electron' | 'browser';
  version: string;
  storeOptions: WorkspaceOptions;
  getSession(): Session | null;
  setSession(session: Session): Promise<void>;
  lock(): Promise<void>;
  setLanguage(language: Language): void;
  /** Restarts the inactivity timer; returns when it will fire. */
  armAutoLock(minutes: number): string;
  account(): AccountRecord;
  touch(): string;
}

type Handlers = { [C in Channel]: (input: ParsedInputOf<C>, ctx: HandlerContext) => OutputOf<C> | Promise<OutputOf<C>> };

function sessionInfo(ctx: HandlerContext): SessionInfo {
  const session = requireSession(ctx);
  const account = getAccount(session.ws, session.accountId);
  const settings = getWorkspaceSettings(session.ws);
  return {
    accountId: account.id,
    memberId: account.memberId,
    username: account.username,
    displayName: `${account.firstName} ${account.lastName}`,
    roles: account.roles,
    language: account.language,
    groupName: settings.groupName,
    workspaceId: session.ws.workspaceId,
    autoLockMinutes: settings.autoLockMinutes,
    identityKeyId: account.identityKeyId,
  };
}

/** After any unlock: remember the language, start the inactivity timer. */
async function startSession(ctx: HandlerContext, session: Session): Promise<SessionInfo> {
  await ctx.setSession(session);
  const info = sessionInfo(ctx);
  ctx.setLanguage(info.language);
  ctx.armAutoLock(info.autoLockMinutes);
  return info;
}

function appStatus(ctx: HandlerContext): AppStatus {
  const base = { mode: ctx.mode, version: ctx.version, workspaceLocation: ctx.workspaceDir };
  const session = ctx.getSession();
  if (workspaceState(ctx.workspaceDir) === 'none') return { ...base, workspace: 'none', accounts: [], session: null };
  try {
    const keyFile = readKeyFile(ctx.workspaceDir);
    return { ...base, workspace: 'ready', accounts: accountChoices(keyFile), session: session ? sessionInfo(ctx) : null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ...base, workspace: 'problem', problem: { code: error.code, message: errorMessage(error.code) }, accounts: [], session: null };
  }
}

export const handlers: Handlers = {
  'app.status': (_input, ctx) => appStatus(ctx),
  'reference.get': () => ({
    sectors: [...SECTORS],
    serviceTypes: SERVICE_TYPE_CODES.map((code) => ({ code, sector: sectorOf(code) })),
    glossary: [...GLOSSARY],
  }),
  'workspace.create': async (input, ctx) => {
    const { session, recoveryKey } = await createWorkspace(ctx.workspaceDir, input, ctx.storeOptions);
    return { recoveryKey, session: await startSession(ctx, session) };
  },
  'session.unlock': async (input, ctx) => {
    await ctx.lock();
    return startSession(ctx, await unlockWithPassphrase(ctx.workspaceDir, input.accountId, input.passphrase, ctx.storeOptions));
  },
  'session.recover': async (input, ctx) => {
    await ctx.lock();
    return startSession(ctx, await recoverAccount(ctx.workspaceDir, input, ctx.storeOptions));
  },
  'session.lock': async (_input, ctx) => {
    await ctx.lock();
    return { locked: true };
  },
  'session.activity': (_input, ctx) => ({ autoLockAt: ctx.touch() }),
  'account.changePassphrase': async (input, ctx) => {
    await changePassphrase(requireSession(ctx), input.currentPassphrase, input.passphrase, ctx.storeOptions);
    return { changed: true };
  },
  'account.setLanguage': (input, ctx) => {
    const session = requireSession(ctx);
    setLanguage(session.ws, session.accountId, input.language);
    ctx.setLanguage(input.language);
    return sessionInfo(ctx);
  },
  'settings.get': (_input, ctx) => ({ ...getWorkspaceSettings(requireSession(ctx).ws), language: ctx.account().language }),
  'settings.update': (input, ctx) => {
    const session = requireSession(ctx);
    const settings = updateWorkspaceSettings(session.ws, session.accountId, input);
    ctx.armAutoLock(settings.autoLockMinutes);
    return { ...settings, language: ctx.account().language };
  },
  'accounts.list': (_input, ctx) => listAccounts(requireSession(ctx).ws),
  'accounts.create': (input, ctx) => createAccount(requireSession(ctx), input, ctx.storeOptions),
  'accounts.setRoles': (input, ctx) => {
    const session = requireSession(ctx);
    return setRoles(session.ws, session.accountId, input.accountId, input.roles);
  },
  'members.list': (_input, ctx) => listMembers(requireSession(ctx).ws),
  'members.get': (input, ctx) => getMember(requireSession(ctx).ws, input.id),
  'members.create': (input, ctx) => {
    const session = requireSession(ctx);
    return createMember(session.ws, session.accountId, input);
  },
  'members.update': (input, ctx) => {
    const session = requireSession(ctx);
    const { id, ...data } = input;
    return updateMember(session.ws, session.accountId, id, data);
  },
  'members.deactivate': (input, ctx) => {
    const session = requireSession(ctx);
    return deactivateMember(session.ws, session.accountId, input.id, input.until, input.reason);
  },
  'members.reactivate': (input, ctx) => {
    const session = requireSession(ctx);
    return reactivateMember(session.ws, session.accountId, input.id);
  },
  'members.exportCsv': (_input, ctx) => {
    const session = requireSession(ctx);
    return exportRosterCsv(session.ws, getWorkspaceSettings(session.ws).groupName);
  },
  'members.importPreview': (input, ctx) => previewRosterImport(requireSession(ctx).ws, input.content),
  'members.importCommit': (input, ctx) => {
    const session = requireSession(ctx);
    return commitRosterImport(session.ws, session.accountId, input.content, input.acceptValidRows);
  },
  'audit.verify': (_input, ctx) => verifyAuditChain(requireSession(ctx).ws.db),
  ...charterHandlers,
  ...sessionHandlers,
  ...safetyHandlers,
  ...situationHandlers,
  // Situations: follow-up (issue 5)
  ...situationFollowUpHandlers,
  ...minutesHandlers,
};

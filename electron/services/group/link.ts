// Linking this workspace to the group across computers, as the Settings screen does it: the
// coordination founds the group on a shared folder, a member's Concerto joins it (after comparing
// the founder's fingerprint aloud), the coordination admits a member whose contact card it holds,
// and anyone sees what the replica and the folder are doing.
import { randomUUID } from 'node:crypto';
import { desc, eq, isNull } from 'drizzle-orm';
import { memberKeys, members } from '../../../db/schema.js';
import { AppError } from '../../../contract/errors.js';
import type { GroupMemberProfile } from '../../../contract/schemas/group.js';
import type { Role } from '../../../contract/schemas/common.js';
import type { AdmissibleMember, GroupComputer, GroupProblem, GroupStatus } from '../../../contract/types/group.js';
import type { Sodium } from '../../crypto/sodium.js';
import { getAccount } from '../accounts.js';
import { appendAudit } from '../audit.js';
import { keyFingerprint } from '../charter/envelope.js';
import { getMember } from '../members.js';
import { getWorkspaceSettings } from '../settings.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { admitOp, foundingOps } from './actions.js';
import { memberOfKey } from './authority.js';
import { groupRuntime, type GroupRuntime } from './runtime.js';
import { checkSharedFolder, findGroupsInFolder } from './sharedFolder.js';
import { readGroupLink, setSharedFolder, writeGroupLink } from './store.js';

function profileOf(unlocked: UnlockedWorkspace, memberId: string, roles: Role[]): GroupMemberProfile {
  const m = getMember(unlocked.ws, memberId);
  return {
    firstName: m.firstName,
    lastName: m.lastName,
    organisation: m.organisation,
    serviceType: m.serviceType,
    function: m.function,
    email: m.email,
    phone: m.phone,
    secrecyStatus: m.secrecyStatus,
    roles,
  };
}

function requireRuntime(s: Sodium, unlocked: UnlockedWorkspace): GroupRuntime {
  const runtime = groupRuntime(s, unlocked);
  if (!runtime) throw new AppError('GROUP_NOT_LINKED');
  return runtime;
}

function audit(unlocked: UnlockedWorkspace, action: string, entityId: string) {
  appendAudit(unlocked.ws.db, { accountId: unlocked.accountId, action, entity: 'group', entityId });
}

/** The coordination of this workspace founds the group on a shared folder: its key becomes the group's root. */
export function foundGroup(s: Sodium, unlocked: UnlockedWorkspace, workspaceDir: string, folder: string, now = new Date()): GroupStatus {
  if (readGroupLink(unlocked.ws.db)) throw new AppError('GROUP_ALREADY_LINKED');
  const shared = checkSharedFolder(folder, workspaceDir);
  const account = getAccount(unlocked.ws, unlocked.accountId);
  const groupId = randomUUID();
  writeGroupLink(unlocked.ws.db, { groupId, founderKeyId: unlocked.identity.keyId, sharedFolder: shared, linkedAt: now.toISOString() });
  const runtime = requireRuntime(s, unlocked);
  const { groupName } = getWorkspaceSettings(unlocked.ws);
  runtime.replica.write(foundingOps(groupName, account.memberId, profileOf(unlocked, account.memberId, account.roles)), now.toISOString());
  audit(unlocked, 'group.found', groupId);
  runtime.pass(now);
  return groupStatus(s, unlocked, true);
}

/** What a member's Concerto finds in the folder they chose, before joining. */
export function groupsInFolder(s: Sodium, workspaceDir: string, folder: string) {
  return findGroupsInFolder(s, checkSharedFolder(folder, workspaceDir));
}

/** A member's Concerto joins the group found in the folder, with the founder they compared aloud. */
export function joinGroup(s: Sodium, unlocked: UnlockedWorkspace, workspaceDir: string, input: { folder: string; groupId: string; founderKeyId: string }, now = new Date()): GroupStatus {
  if (readGroupLink(unlocked.ws.db)) throw new AppError('GROUP_ALREADY_LINKED');
  const shared = checkSharedFolder(input.folder, workspaceDir);
  const known = findGroupsInFolder(s, shared).some((g) => g.groupId === input.groupId && g.founderKeyId === input.founderKeyId);
  if (!known) throw new AppError('GROUP_NOT_IN_FOLDER');
  writeGroupLink(unlocked.ws.db, { groupId: input.groupId, founderKeyId: input.founderKeyId, sharedFolder: shared, linkedAt: now.toISOString() });
  audit(unlocked, 'group.join', input.groupId);
  requireRuntime(s, unlocked).pass(now);
  return groupStatus(s, unlocked, true);
}

/** Another folder for the same group (moved, or another sync engine): nothing is lost, the database holds every change. */
export function changeGroupFolder(s: Sodium, unlocked: UnlockedWorkspace, workspaceDir: string, folder: string, now = new Date()): GroupStatus {
  const runtime = requireRuntime(s, unlocked);
  const shared = checkSharedFolder(folder, workspaceDir);
  setSharedFolder(unlocked.ws.db, runtime.link.groupId, shared);
  audit(unlocked, 'group.setFolder', runtime.link.groupId);
  runtime.useFolder(shared);
  runtime.pass(now);
  return groupStatus(s, unlocked, true);
}

/** The newest key a contact card gave for a roster member. */
function contactKey(unlocked: UnlockedWorkspace, memberId: string) {
  return unlocked.ws.db.select().from(memberKeys).where(eq(memberKeys.memberId, memberId)).orderBy(desc(memberKeys.importedAt)).get() ?? null;
}

/** The coordination admits a roster member whose contact card it imported; their computer then receives the group key. */
export function admitToGroup(s: Sodium, unlocked: UnlockedWorkspace, memberId: string, roles: Role[], now = new Date()): GroupStatus {
  const runtime = requireRuntime(s, unlocked);
  const key = contactKey(unlocked, memberId);
  if (!key) throw new AppError('GROUP_MEMBER_NO_KEY');
  const profile = profileOf(unlocked, memberId, roles);
  runtime.replica.write([admitOp(memberId, profile, { keyId: key.keyId, signPublicKey: key.signPublicKey, boxPublicKey: key.boxPublicKey })], now.toISOString());
  audit(unlocked, 'group.admit', memberId);
  runtime.pass(now);
  return groupStatus(s, unlocked, true);
}

export function syncGroupNow(s: Sodium, unlocked: UnlockedWorkspace, isCoordinator: boolean): GroupStatus {
  const runtime = requireRuntime(s, unlocked);
  if (!runtime.folder) throw new AppError('GROUP_FOLDER_UNAVAILABLE');
  runtime.pass();
  return groupStatus(s, unlocked, isCoordinator);
}

function admissible(unlocked: UnlockedWorkspace, runtime: GroupRuntime): AdmissibleMember[] {
  const state = runtime.replica.state;
  const rows = unlocked.ws.db
    .select({ memberId: members.id, firstName: members.firstName, lastName: members.lastName, keyId: memberKeys.keyId })
    .from(memberKeys)
    .innerJoin(members, eq(members.id, memberKeys.memberId))
    .where(isNull(members.deactivatedAt))
    .orderBy(members.lastName, members.firstName, desc(memberKeys.importedAt))
    .all();
  const seen = new Set<string>();
  const out: AdmissibleMember[] = [];
  for (const r of rows) {
    if (seen.has(r.memberId)) continue;
    seen.add(r.memberId);
    if (state.members.has(r.memberId) || state.memberByKey.has(r.keyId)) continue;
    out.push({ memberId: r.memberId, name: `${r.firstName} ${r.lastName}`.trim(), keyFingerprint: keyFingerprint(r.keyId) });
  }
  return out;
}

/** The replica and the folder as the Settings screen shows them. */
export function groupStatus(s: Sodium, unlocked: UnlockedWorkspace, isCoordinator: boolean): GroupStatus {
  const me = unlocked.identity.keyId;
  const runtime = groupRuntime(s, unlocked);
  if (!runtime) {
    return {
      linked: false,
      groupName: null,
      founderFingerprint: null,
      folder: null,
      reachable: null,
      lastPassAt: null,
      lastPass: null,
      me: { keyFingerprint: keyFingerprint(me), admitted: false, isFounder: false, name: null },
      computers: [],
      waiting: [],
      problems: [],
      refused: [],
      admissible: [],
    };
  }
  const { replica } = runtime;
  const state = replica.state;
  const log = replica.log;
  const nameOf = (keyId: string) => {
    const m = memberOfKey(state, keyId);
    return m ? `${m.profile.firstName} ${m.profile.lastName}`.trim() : null;
  };
  const keyIds = new Set<string>([...log.heads().keys(), ...log.waiting.map((w) => w.authorKeyId), ...[...state.members.values()].map((m) => m.identity.keyId), me]);
  const computers: GroupComputer[] = [...keyIds].map((keyId) => {
    const member = memberOfKey(state, keyId);
    const chain = log.chainOf(keyId);
    const last = chain.length ? log.bodyOf(chain[chain.length - 1]!) : null;
    return {
      keyId,
      keyFingerprint: keyFingerprint(keyId),
      name: nameOf(keyId),
      roles: member?.profile.roles ?? [],
      active: member?.active ?? false,
      isMe: keyId === me,
      appliedChanges: chain.length,
      lastLamport: last?.lamport ?? null,
      lastChangeAt: last?.createdAt ?? null,
    };
  });
  computers.sort((a, b) => Number(b.isMe) - Number(a.isMe) || (a.name ?? '~').localeCompare(b.name ?? '~', 'fr') || (a.keyId < b.keyId ? -1 : 1));
  const report = runtime.lastReport;
  const problems: GroupProblem[] = [
    ...(report?.problems ?? []).map((p) => ({ kind: p.kind, where: p.relPath })),
    ...log.problems.map((p) => ({ kind: p.kind, where: `${keyFingerprint(p.authorKeyId)} · ${p.seq}` })),
  ];
  return {
    linked: true,
    groupName: state.groupName,
    founderFingerprint: keyFingerprint(runtime.link.founderKeyId),
    folder: runtime.folder,
    reachable: runtime.reachable,
    lastPassAt: runtime.lastPassAt,
    lastPass: report ? { received: report.received, written: report.written, inTransit: report.inTransit } : null,
    me: { keyFingerprint: keyFingerprint(me), admitted: replica.memberId !== null, isFounder: me === runtime.link.founderKeyId, name: nameOf(me) },
    computers,
    waiting: log.waiting.map((w) => ({ keyFingerprint: keyFingerprint(w.authorKeyId), name: nameOf(w.authorKeyId), nextSeq: w.nextSeq, reason: w.reason })),
    problems,
    refused: state.refused.map((r) => ({ keyFingerprint: keyFingerprint(r.authorKeyId), name: nameOf(r.authorKeyId), seq: r.seq, op: r.op, reason: r.reason })),
    admissible: isCoordinator ? admissible(unlocked, runtime) : [],
  };
}

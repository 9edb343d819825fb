// The charter between the coordination's Concerto and the members' own: the version in force
// here is published into the group, and each member's Concerto shows the group's version in force
// with the signatures that reached it (each verified by the replica when it was applied).
import { AppError } from '../../../contract/errors.js';
import type { GroupCharterView, GroupStatus } from '../../../contract/types/group.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { fingerprint } from '../charter/text.js';
import { confirmPassphrase } from '../charter/signing.js';
import { inForceVersion } from '../charter/versions.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { publishCharterOp, signCharterOp } from './actions.js';
import { groupStatus } from './link.js';
import { groupRuntime } from './runtime.js';

/** Publishes the charter in force in this workspace to the group; nothing is written if the group has it already. */
export function publishCharterToGroup(s: Sodium, unlocked: UnlockedWorkspace, now = new Date()): GroupStatus {
  const runtime = groupRuntime(s, unlocked);
  if (!runtime) throw new AppError('GROUP_NOT_LINKED');
  const version = inForceVersion(unlocked.ws.db);
  if (!version || !version.adoptedOn) throw new AppError('CHARTER_NONE_IN_FORCE');
  if (!runtime.replica.state.charters.has(version.id)) {
    runtime.replica.write([publishCharterOp(version.id, String(version.number), version.text, version.adoptedOn)], now.toISOString());
    appendAudit(unlocked.ws.db, { accountId: unlocked.accountId, action: 'group.publishCharter', entity: 'charter_version', entityId: version.id });
    runtime.pass(now);
  }
  return groupStatus(s, unlocked, true);
}

export function groupCharter(s: Sodium, unlocked: UnlockedWorkspace): GroupCharterView | null {
  const replica = groupRuntime(s, unlocked)?.replica;
  const state = replica?.state;
  const versionId = state?.charterInForce;
  const version = versionId ? state.charters.get(versionId) : undefined;
  if (!replica || !state || !version) return null;
  const signatures = [...state.signatures.entries()]
    .map(([memberId, byVersion]) => ({ memberId, signature: byVersion.get(version.versionId) }))
    .filter((x): x is { memberId: string; signature: NonNullable<typeof x.signature> } => x.signature !== undefined)
    .map(({ memberId, signature }) => {
      const profile = state.members.get(memberId)?.profile;
      return { memberId, name: profile ? `${profile.firstName} ${profile.lastName}`.trim() : '', signedAt: signature.signedAt };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const me = replica.memberId;
  return {
    versionId: version.versionId,
    title: version.title,
    validFrom: version.validFrom,
    text: version.text,
    fingerprint: fingerprint(version.textHash),
    signatures,
    mySignatureAt: (me && signatures.find((x) => x.memberId === me)?.signedAt) ?? null,
  };
}

/**
 * A member signs the group's charter in force on their own computer, with their own key, the
 * passphrase entered again as for a signature here; the signature travels back by the folder.
 */
export async function signGroupCharter(
  s: Sodium,
  unlocked: UnlockedWorkspace,
  args: { versionId: string; declaredStatus: 'professional_secret' | 'duty_of_reserve'; commitments: Record<string, true>; passphrase: string },
  now = new Date(),
): Promise<GroupCharterView> {
  await confirmPassphrase(s, unlocked, args.passphrase);
  const runtime = groupRuntime(s, unlocked);
  if (!runtime) throw new AppError('GROUP_NOT_LINKED');
  const { replica } = runtime;
  const memberId = replica.memberId;
  if (!memberId) throw new AppError('GROUP_NO_KEY');
  // The text the person read must still be the group's text in force when they confirm.
  if (replica.state.charterInForce !== args.versionId) throw new AppError('CHARTER_VERSION_CHANGED');
  if (replica.state.signatures.get(memberId)?.has(args.versionId)) throw new AppError('CHARTER_ALREADY_SIGNED');
  // The group's roster holds the status the member signs under; another one would be refused by every replica.
  if (replica.state.members.get(memberId)!.profile.secrecyStatus !== args.declaredStatus) throw new AppError('GROUP_CHANGE_REFUSED');
  replica.write([signCharterOp(s, replica, Object.keys(args.commitments).sort(), now.toISOString())], now.toISOString());
  appendAudit(unlocked.ws.db, { accountId: unlocked.accountId, action: 'group.signCharter', entity: 'group', entityId: runtime.link.groupId });
  runtime.pass(now);
  return groupCharter(s, unlocked)!;
}

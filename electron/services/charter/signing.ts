// Recording a signature: with the member's own key (in this workspace), or witnessed in person
// and countersigned by the coordinator. Both re-ask the passphrase; the key used is the session's.
import { and, eq, isNull } from 'drizzle-orm';
import { accounts, charterSignatures, members } from '../../../db/schema.js';
import { readKeyFile, type AccountSlot } from '../../crypto/keyFile.js';
import { unwrapAccountSlot } from '../../crypto/keySlots.js';
import type { Sodium } from '../../crypto/sodium.js';
import type { CharterSignatureView } from '../../../contract/types/charter.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type OpenWorkspace } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { signaturePayload, type SecrecyStatus } from './payload.js';
import { insertSignature, signatureView } from './signatures.js';
import { signCanonical } from './signedJson.js';
import { inForceRow } from './versions.js';

/**
 * Signing is a deliberate act: the passphrase is asked again and checked against the account's
 * slot (one derivation), then forgotten. The private key used is the one already unlocked.
 */
export async function confirmPassphrase(s: Sodium, session: UnlockedWorkspace, passphrase: string): Promise<void> {
  const keyFile = readKeyFile(session.ws.dir);
  const slot = keyFile.slots.find((x): x is AccountSlot => x.kind === 'account' && x.accountId === session.accountId);
  if (!slot) throw new AppError('UNKNOWN_ACCOUNT');
  const keys = unwrapAccountSlot(s, keyFile.workspaceId, slot, passphrase);
  if (!keys) throw new AppError('WRONG_PASSPHRASE');
  s.memzero(keys.dbKey);
  s.memzero(keys.identityKey);
}

/** The session's identity must be the one the account publishes, or nobody could verify what it signs. */
export function sessionAccount(session: UnlockedWorkspace) {
  const account = session.ws.db.select().from(accounts).where(eq(accounts.id, session.accountId)).get();
  if (!account) throw new AppError('UNKNOWN_ACCOUNT');
  if (account.identityKeyId !== session.identity.keyId || account.signPublicKey !== session.identity.signPublicKey) throw new AppError('IDENTITY_MISMATCH');
  return account;
}

function activeMember(ws: OpenWorkspace, memberId: string) {
  const member = ws.db.select().from(members).where(eq(members.id, memberId)).get();
  if (!member) throw new AppError('NOT_FOUND');
  if (member.deactivatedAt) throw new AppError('MEMBER_INACTIVE');
  return member;
}

function requireInForce(ws: OpenWorkspace) {
  const version = inForceRow(ws.db);
  if (!version) throw new AppError('CHARTER_NONE_IN_FORCE');
  return version;
}

function assertNotSigned(ws: OpenWorkspace, versionId: string, memberId: string): void {
  const existing = ws.db
    .select({ id: charterSignatures.id })
    .from(charterSignatures)
    .where(and(eq(charterSignatures.versionId, versionId), eq(charterSignatures.memberId, memberId), isNull(charterSignatures.revokedAt)))
    .get();
  if (existing) throw new AppError('CHARTER_ALREADY_SIGNED');
}

/** The logged-in member signs the version in force with their own Ed25519 identity. */
export async function signWithOwnKey(
  s: Sodium,
  session: UnlockedWorkspace,
  args: { versionId: string; declaredStatus: SecrecyStatus; passphrase: string },
  now: Date = new Date(),
): Promise<CharterSignatureView> {
  const { ws } = session;
  await confirmPassphrase(s, session, args.passphrase);
  const account = sessionAccount(session);
  const id = inTransaction(ws, () => {
    const member = activeMember(ws, account.memberId);
    const version = requireInForce(ws);
    // The text the person read must still be the text in force when they confirm.
    if (version.id !== args.versionId) throw new AppError('CHARTER_VERSION_CHANGED');
    assertNotSigned(ws, version.id, member.id);
    const signedAt = nowIso(now);
    const name = `${member.firstName} ${member.lastName}`;
    const payload = signaturePayload({
      charterHash: version.contentHash,
      workspaceId: ws.workspaceId,
      memberId: member.id,
      name,
      declaredStatus: args.declaredStatus,
      signedAt,
      method: 'own_key',
      keyId: session.identity.keyId,
    });
    const signature = signCanonical(s, session.identity.signSecretKey, payload);
    return insertSignature(ws.db, session.accountId, {
      versionId: version.id,
      memberId: member.id,
      method: 'own_key',
      contentHash: version.contentHash,
      signerName: name,
      declaredStatus: args.declaredStatus,
      signedAt,
      signerKeyId: session.identity.keyId,
      signature,
      recordedAt: signedAt,
    });
  });
  return signatureView(ws.db, id);
}

/** A member without an account signed on paper in front of the coordinator, who countersigns with their own key. */
export async function recordWitnessed(
  s: Sodium,
  session: UnlockedWorkspace,
  args: { versionId: string; memberId: string; declaredStatus: SecrecyStatus; signedAt: string; place: string; passphrase: string },
): Promise<CharterSignatureView> {
  const { ws } = session;
  await confirmPassphrase(s, session, args.passphrase);
  const coordinator = sessionAccount(session);
  const id = inTransaction(ws, () => {
    const member = activeMember(ws, args.memberId);
    // Members with an account sign with their own key: a witness must not sign in their name.
    if (ws.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.memberId, member.id)).get()) throw new AppError('MEMBER_HAS_ACCOUNT');
    const version = requireInForce(ws);
    if (version.id !== args.versionId) throw new AppError('CHARTER_VERSION_CHANGED');
    assertNotSigned(ws, version.id, member.id);
    const name = `${member.firstName} ${member.lastName}`;
    const payload = signaturePayload({
      charterHash: version.contentHash,
      workspaceId: ws.workspaceId,
      memberId: member.id,
      name,
      declaredStatus: args.declaredStatus,
      signedAt: args.signedAt,
      method: 'witnessed',
      keyId: session.identity.keyId,
      place: args.place,
      witnessMemberId: coordinator.memberId,
    });
    const witnessSignature = signCanonical(s, session.identity.signSecretKey, payload);
    return insertSignature(ws.db, session.accountId, {
      versionId: version.id,
      memberId: member.id,
      method: 'witnessed',
      contentHash: version.contentHash,
      signerName: name,
      declaredStatus: args.declaredStatus,
      signedAt: args.signedAt,
      place: args.place,
      witnessMemberId: coordinator.memberId,
      witnessKeyId: session.identity.keyId,
      witnessSignature,
      recordedAt: nowIso(),
    });
  });
  return signatureView(ws.db, id);
}

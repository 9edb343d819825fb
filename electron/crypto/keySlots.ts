// Wrapping and unwrapping the database key in slots. Nothing here touches the disk.
import { aeadOpen, aeadSeal } from './aead.js';
import { openIdentity, sealIdentity, type PublicIdentity, type UnlockedIdentity } from './identity.js';
import { deriveMasterKey, deriveSubkeys, newKdfParams, type KdfParams, type KdfStrength } from './kdf.js';
import type { AccountSlot, RecoverySlot } from './keyFile.js';
import type { Sodium } from './sodium.js';

export const slotAssociatedData = (workspaceId: string, slotId: string, kind: string, accountId: string, kdf: KdfParams) =>
  `concerto.keyslot.v1|${workspaceId}|${slotId}|${kind}|${accountId}|${kdf.alg}|${kdf.opsLimit}|${kdf.memLimit}|${kdf.salt}`;

export function newSlotId(s: Sodium): string {
  return s.to_hex(s.randombytes_buf(8));
}

export function makeAccountSlot(
  s: Sodium,
  args: { workspaceId: string; accountId: string; username: string; passphrase: string; dbKey: Uint8Array; identity: UnlockedIdentity; strength?: KdfStrength },
): AccountSlot {
  const kdf = newKdfParams(s, args.strength);
  const id = newSlotId(s);
  const master = deriveMasterKey(s, args.passphrase, kdf);
  const { slotKey, identityKey } = deriveSubkeys(s, master);
  try {
    return {
      id,
      kind: 'account',
      accountId: args.accountId,
      username: args.username,
      kdf,
      wrappedKey: aeadSeal(s, slotKey, args.dbKey, slotAssociatedData(args.workspaceId, id, 'account', args.accountId, kdf)),
      identity: sealIdentity(s, identityKey, args.workspaceId, args.accountId, args.identity),
    };
  } finally {
    s.memzero(master);
    s.memzero(slotKey);
    s.memzero(identityKey);
  }
}

export function makeRecoverySlot(s: Sodium, args: { workspaceId: string; recoveryKey: string; dbKey: Uint8Array; strength?: KdfStrength }): RecoverySlot {
  const kdf = newKdfParams(s, args.strength);
  const id = newSlotId(s);
  const master = deriveMasterKey(s, args.recoveryKey, kdf);
  const { slotKey } = deriveSubkeys(s, master);
  try {
    return { id, kind: 'recovery', kdf, wrappedKey: aeadSeal(s, slotKey, args.dbKey, slotAssociatedData(args.workspaceId, id, 'recovery', '', kdf)) };
  } finally {
    s.memzero(master);
    s.memzero(slotKey);
  }
}

/**
 * One Argon2id derivation gives both the database key and the key that opens the identity,
 * so unlocking costs a single derivation. Returns null for a wrong passphrase.
 * The caller wipes both keys.
 */
export function unwrapAccountSlot(s: Sodium, workspaceId: string, slot: AccountSlot, passphrase: string): { dbKey: Uint8Array; identityKey: Uint8Array } | null {
  const master = deriveMasterKey(s, passphrase, slot.kdf);
  const { slotKey, identityKey } = deriveSubkeys(s, master);
  s.memzero(master);
  const dbKey = aeadOpen(s, slotKey, slot.wrappedKey, slotAssociatedData(workspaceId, slot.id, 'account', slot.accountId, slot.kdf));
  s.memzero(slotKey);
  if (!dbKey) {
    s.memzero(identityKey);
    return null;
  }
  return { dbKey, identityKey };
}

export function openSlotIdentityWithKey(s: Sodium, workspaceId: string, slot: AccountSlot, identityKey: Uint8Array, pub: PublicIdentity): UnlockedIdentity | null {
  return openIdentity(s, identityKey, workspaceId, slot.accountId, pub, slot.identity);
}

/** Opens only the identity of a slot from its passphrase (e.g. to sign again). */
export function openSlotIdentity(s: Sodium, workspaceId: string, slot: AccountSlot, passphrase: string, pub: PublicIdentity): UnlockedIdentity | null {
  const keys = unwrapAccountSlot(s, workspaceId, slot, passphrase);
  if (!keys) return null;
  try {
    return openSlotIdentityWithKey(s, workspaceId, slot, keys.identityKey, pub);
  } finally {
    s.memzero(keys.dbKey);
    s.memzero(keys.identityKey);
  }
}

export function openRecoverySlot(s: Sodium, workspaceId: string, slot: RecoverySlot, recoveryKey: string): Uint8Array | null {
  const master = deriveMasterKey(s, recoveryKey, slot.kdf);
  const { slotKey } = deriveSubkeys(s, master);
  try {
    return aeadOpen(s, slotKey, slot.wrappedKey, slotAssociatedData(workspaceId, slot.id, 'recovery', '', slot.kdf));
  } finally {
    s.memzero(master);
    s.memzero(slotKey);
  }
}

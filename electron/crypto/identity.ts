// Account identities: Ed25519 for signing, X25519 for receiving sealed content.
// The private halves are sealed under the account's passphrase-derived identity key,
// never under the database key, so another account cannot use them.
import { aeadOpen, aeadSeal, type SealedBlob } from './aead.js';
import { toBase64, type Sodium } from './sodium.js';

export interface PublicIdentity {
  keyId: string;
  signPublicKey: string;
  boxPublicKey: string;
}

export interface UnlockedIdentity extends PublicIdentity {
  signSecretKey: Uint8Array;
  boxSecretKey: Uint8Array;
}

export const identityAssociatedData = (workspaceId: string, accountId: string, keyId: string) => `concerto.identity.v1|${workspaceId}|${accountId}|${keyId}`;

export function identityKeyId(s: Sodium, signPublicKey: Uint8Array, boxPublicKey: Uint8Array): string {
  const digest = s.crypto_generichash(16, new Uint8Array([...signPublicKey, ...boxPublicKey]), null);
  return s.to_hex(digest);
}

export function generateIdentity(s: Sodium): UnlockedIdentity {
  const sign = s.crypto_sign_keypair();
  const box = s.crypto_box_keypair();
  return {
    keyId: identityKeyId(s, sign.publicKey, box.publicKey),
    signPublicKey: toBase64(s, sign.publicKey),
    boxPublicKey: toBase64(s, box.publicKey),
    signSecretKey: sign.privateKey,
    boxSecretKey: box.privateKey,
  };
}

export function sealIdentity(s: Sodium, identityKey: Uint8Array, workspaceId: string, accountId: string, id: UnlockedIdentity): SealedBlob {
  const plain = new Uint8Array([...id.signSecretKey, ...id.boxSecretKey]);
  const blob = aeadSeal(s, identityKey, plain, identityAssociatedData(workspaceId, accountId, id.keyId));
  s.memzero(plain);
  return blob;
}

export function openIdentity(
  s: Sodium,
  identityKey: Uint8Array,
  workspaceId: string,
  accountId: string,
  pub: PublicIdentity,
  blob: SealedBlob,
): UnlockedIdentity | null {
  const plain = aeadOpen(s, identityKey, blob, identityAssociatedData(workspaceId, accountId, pub.keyId));
  if (!plain || plain.length !== s.crypto_sign_SECRETKEYBYTES + s.crypto_box_SECRETKEYBYTES) return null;
  return {
    ...pub,
    signSecretKey: plain.slice(0, s.crypto_sign_SECRETKEYBYTES),
    boxSecretKey: plain.slice(s.crypto_sign_SECRETKEYBYTES),
  };
}

export function wipeIdentity(s: Sodium, id: UnlockedIdentity): void {
  s.memzero(id.signSecretKey);
  s.memzero(id.boxSecretKey);
}

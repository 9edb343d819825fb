// Signing and checking the envelope of an exchanged file, and the identity it carries.
import { identityKeyId } from '../../crypto/identity.js';
import { fromBase64, type Sodium } from '../../crypto/sodium.js';
import type { UnlockedIdentity } from '../../crypto/identity.js';
import { AppError } from '../../../contract/errors.js';
import { FILE_VERSION } from './fileFormats.js';
import { signCanonical, verifyCanonical } from './signedJson.js';

export interface PublicIdentityFields {
  keyId: string;
  signPublicKey: string;
  boxPublicKey: string;
}

export function signEnvelope<C>(s: Sodium, identity: UnlockedIdentity, format: string, content: C) {
  return { format, version: FILE_VERSION, content, signature: signCanonical(s, identity.signSecretKey, content) };
}

/** A key id is a hash of both public keys: one that does not match means the keys were swapped. */
export function assertIdentityConsistent(s: Sodium, id: PublicIdentityFields): void {
  const computed = identityKeyId(s, fromBase64(s, id.signPublicKey), fromBase64(s, id.boxPublicKey));
  if (computed !== id.keyId) throw new AppError('FILE_TAMPERED');
}

export function assertSigned(content: unknown, signature: string, signPublicKey: string): void {
  if (!verifyCanonical(content, signature, signPublicKey)) throw new AppError('FILE_TAMPERED');
}

/** 32 hex characters of a key id, in eight groups of four, to compare aloud. */
export const keyFingerprint = (keyId: string): string => (keyId.toUpperCase().match(/.{4}/g) ?? []).join(' ');

export const publicPart = (id: PublicIdentityFields): PublicIdentityFields => ({ keyId: id.keyId, signPublicKey: id.signPublicKey, boxPublicKey: id.boxPublicKey });

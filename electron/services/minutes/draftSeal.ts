// The working draft is sealed to its author's own X25519 key (crypto_box_seal): it is saved on every
// pause in typing, survives a crash or a lock, and no other account can read it, whatever it queries.
import type { UnlockedIdentity } from '../../crypto/identity.js';
import { fromBase64, toBase64, type Sodium } from '../../crypto/sodium.js';

export const sealDraft = (s: Sodium, boxPublicKey: string, body: string): string =>
  toBase64(s, s.crypto_box_seal(s.from_string(body), fromBase64(s, boxPublicKey)));

/** Null when the draft was sealed to another key (another account, or this account before a recovery). */
export function openDraft(s: Sodium, sealed: string, identity: UnlockedIdentity): string | null {
  try {
    return s.to_string(s.crypto_box_seal_open(fromBase64(s, sealed), fromBase64(s, identity.boxPublicKey), identity.boxSecretKey));
  } catch {
    return null;
  }
}

// Where a signing public key comes from: an account of this workspace (current or retired
// identity) or a contact card imported for a member who uses Concerto on another computer.
import { eq } from 'drizzle-orm';
import { accounts, memberKeys, retiredIdentities } from '../../../db/schema.js';
import type { Db } from '../store.js';

export interface KnownKey {
  keyId: string;
  memberId: string;
  signPublicKey: string;
  boxPublicKey: string;
  source: 'account' | 'retired' | 'contact_card';
}

export function findKnownKey(db: Db, keyId: string): KnownKey | null {
  const account = db.select().from(accounts).where(eq(accounts.identityKeyId, keyId)).get();
  if (account) return { keyId, memberId: account.memberId, signPublicKey: account.signPublicKey, boxPublicKey: account.boxPublicKey, source: 'account' };
  const retired = db
    .select({ memberId: accounts.memberId, signPublicKey: retiredIdentities.signPublicKey, boxPublicKey: retiredIdentities.boxPublicKey })
    .from(retiredIdentities)
    .innerJoin(accounts, eq(accounts.id, retiredIdentities.accountId))
    .where(eq(retiredIdentities.identityKeyId, keyId))
    .get();
  if (retired) return { keyId, ...retired, source: 'retired' };
  const card = db.select().from(memberKeys).where(eq(memberKeys.keyId, keyId)).get();
  if (card) return { keyId, memberId: card.memberId, signPublicKey: card.signPublicKey, boxPublicKey: card.boxPublicKey, source: 'contact_card' };
  return null;
}

/** Every key map at once, for verifying many signatures without one query each. */
export function allKnownKeys(db: Db): Map<string, KnownKey> {
  const map = new Map<string, KnownKey>();
  for (const c of db.select().from(memberKeys).all()) map.set(c.keyId, { ...c, source: 'contact_card' });
  for (const r of db
    .select({ keyId: retiredIdentities.identityKeyId, memberId: accounts.memberId, signPublicKey: retiredIdentities.signPublicKey, boxPublicKey: retiredIdentities.boxPublicKey })
    .from(retiredIdentities)
    .innerJoin(accounts, eq(accounts.id, retiredIdentities.accountId))
    .all())
    map.set(r.keyId, { ...r, source: 'retired' });
  for (const a of db.select().from(accounts).all())
    map.set(a.identityKeyId, { keyId: a.identityKeyId, memberId: a.memberId, signPublicKey: a.signPublicKey, boxPublicKey: a.boxPublicKey, source: 'account' });
  return map;
}

// The recipients of a version, decided from attendance at the moment of finalising: present members
// holding a valid charter signature on the session's date. Each one's key is the identity of their
// account here, or else the latest contact card imported for them (a member on their own computer).
import { desc, eq } from 'drizzle-orm';
import { accounts, memberKeys } from '../../../db/schema.js';
import type { ExclusionReason } from '../../../contract/types/minutes.js';
import { membersSignedOn } from '../charter/validOn.js';
import type { Db } from '../store.js';
import { participantsOf, type Participant } from './participants.js';

export interface MemberIdentity {
  keyId: string;
  signPublicKey: string;
  boxPublicKey: string;
}

export interface Recipient {
  memberId: string;
  name: string;
  identity: MemberIdentity | null;
}

export interface RecipientList {
  present: Participant[];
  recipients: Recipient[];
  excluded: Array<{ memberId: string; name: string; reason: ExclusionReason }>;
}

export function identityOfMember(db: Db, memberId: string): MemberIdentity | null {
  const account = db
    .select({ keyId: accounts.identityKeyId, signPublicKey: accounts.signPublicKey, boxPublicKey: accounts.boxPublicKey })
    .from(accounts)
    .where(eq(accounts.memberId, memberId))
    .get();
  if (account) return account;
  const card = db
    .select({ keyId: memberKeys.keyId, signPublicKey: memberKeys.signPublicKey, boxPublicKey: memberKeys.boxPublicKey })
    .from(memberKeys)
    .where(eq(memberKeys.memberId, memberId))
    .orderBy(desc(memberKeys.importedAt))
    .get();
  return card ?? null;
}

export function recipientsFor(db: Db, session: { id: string; date: string }, signed: ReadonlySet<string> = membersSignedOn(db, session.date)): RecipientList {
  const present = participantsOf(db, session.id).filter((p) => p.attendance === 'present');
  const recipients: Recipient[] = [];
  const excluded: RecipientList['excluded'] = [];
  for (const p of present) {
    if (signed.has(p.memberId)) recipients.push({ memberId: p.memberId, name: p.name, identity: identityOfMember(db, p.memberId) });
    else excluded.push({ memberId: p.memberId, name: p.name, reason: 'no_valid_signature' });
  }
  return { present, recipients, excluded };
}

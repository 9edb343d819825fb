// Contact cards: a member's public identity (name, public keys), self-signed. The coordinator
// imports it into the roster after comparing the fingerprint with the person (aloud, by phone).
import { eq } from 'drizzle-orm';
import { memberKeys, members } from '../../../db/schema.js';
import type { ContactCardPreview, ExportedFile } from '../../../contract/types/charter.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type OpenWorkspace } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { assertIdentityConsistent, assertSigned, keyFingerprint, publicPart, signEnvelope } from './envelope.js';
import { CONTACT_CARD_FORMAT, contactCardSchema, parseSignedFile, serialiseFile, type ContactCard } from './fileFormats.js';
import { findKnownKey } from './keys.js';
import { sessionAccount } from './signing.js';

export async function exportContactCard(s: Sodium, session: UnlockedWorkspace): Promise<ExportedFile & { keyFingerprint: string }> {
  const account = sessionAccount(session);
  const member = session.ws.db.select().from(members).where(eq(members.id, account.memberId)).get();
  const name = member ? `${member.firstName} ${member.lastName}` : account.username;
  const card = signEnvelope(s, session.identity, CONTACT_CARD_FORMAT, { name, identity: publicPart(session.identity), createdAt: nowIso() });
  return { fileName: `carte-contact-${account.username}.concerto-contact.json`, content: serialiseFile(card), keyFingerprint: keyFingerprint(session.identity.keyId) };
}

async function checkCard(s: Sodium, raw: string): Promise<ContactCard> {
  const card = parseSignedFile(raw, CONTACT_CARD_FORMAT, contactCardSchema);
  assertIdentityConsistent(s, card.content.identity);
  assertSigned(card.content, card.signature, card.content.identity.signPublicKey);
  return card;
}

export async function previewContactCard(s: Sodium, raw: string): Promise<ContactCardPreview> {
  const card = await checkCard(s, raw);
  return { name: card.content.name, keyId: card.content.identity.keyId, keyFingerprint: keyFingerprint(card.content.identity.keyId), createdAt: card.content.createdAt };
}

export async function importContactCard(s: Sodium, ws: OpenWorkspace, accountId: string, memberId: string, raw: string): Promise<ContactCardPreview> {
  const card = await checkCard(s, raw);
  const { identity } = card.content;
  inTransaction(ws, () => {
    const member = ws.db.select().from(members).where(eq(members.id, memberId)).get();
    if (!member) throw new AppError('NOT_FOUND');
    if (member.deactivatedAt) throw new AppError('MEMBER_INACTIVE');
    if (findKnownKey(ws.db, identity.keyId)) throw new AppError('KEY_ALREADY_KNOWN');
    ws.db.insert(memberKeys).values({ keyId: identity.keyId, memberId, signPublicKey: identity.signPublicKey, boxPublicKey: identity.boxPublicKey, importedAt: nowIso() }).run();
    appendAudit(ws.db, { accountId, action: 'member.importContactCard', entity: 'member', entityId: memberId });
  });
  return previewContactCard(s, raw);
}

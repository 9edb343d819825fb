// Signing from another computer: the coordinator exports the version in force as a signed file
// for one member; the member opens it in their own Concerto, signs, and sends back a signature
// file; the coordinator imports it. Every check runs before anything is written.
import { eq } from 'drizzle-orm';
import { accounts, charterSignatures, members, workspace } from '../../../db/schema.js';
import type { CharterSignatureView, ExportedFile, ReceivedCharter } from '../../../contract/types/charter.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type OpenWorkspace } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { assertIdentityConsistent, assertSigned, keyFingerprint, publicPart, signEnvelope } from './envelope.js';
import {
  CHARTER_FILE_FORMAT,
  charterFileSchema,
  parseSignedFile,
  serialiseFile,
  SIGNATURE_FILE_FORMAT,
  signatureFileSchema,
  type CharterFile,
} from './fileFormats.js';
import { findKnownKey } from './keys.js';
import { signaturePayload, type SecrecyStatus } from './payload.js';
import { insertSignature, signatureView } from './signatures.js';
import { confirmPassphrase, sessionAccount } from './signing.js';
import { signCanonical, verifyCanonical } from './signedJson.js';
import { contentHash, fingerprint } from './text.js';
import { inForceRow } from './versions.js';

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'membre';

/** Coordinator: the version in force as a file for one member to sign elsewhere. */
export async function exportCharterFile(s: Sodium, session: UnlockedWorkspace, memberId: string): Promise<ExportedFile> {
  const { ws } = session;
  const issuer = sessionAccount(session);
  const version = inForceRow(ws.db);
  if (!version || !version.adoptedOn) throw new AppError('CHARTER_NONE_IN_FORCE');
  const member = ws.db.select().from(members).where(eq(members.id, memberId)).get();
  if (!member) throw new AppError('NOT_FOUND');
  if (member.deactivatedAt) throw new AppError('MEMBER_INACTIVE');
  const issuerMember = ws.db.select().from(members).where(eq(members.id, issuer.memberId)).get();
  const group = ws.db.select({ groupName: workspace.groupName }).from(workspace).get();
  const file = signEnvelope(s, session.identity, CHARTER_FILE_FORMAT, {
    workspaceId: ws.workspaceId,
    groupName: group?.groupName ?? '',
    charter: { versionId: version.id, number: version.number, text: version.text, contentHash: version.contentHash, adoptedOn: version.adoptedOn },
    recipient: { memberId: member.id, name: `${member.firstName} ${member.lastName}` },
    issuer: { memberId: issuer.memberId, name: issuerMember ? `${issuerMember.firstName} ${issuerMember.lastName}` : '', identity: publicPart(session.identity) },
    issuedAt: nowIso(),
  });
  inTransaction(ws, () => appendAudit(ws.db, { accountId: session.accountId, action: 'charter.exportFile', entity: 'charter_version', entityId: version.id }));
  return { fileName: `charte-v${version.number}-${slug(`${member.firstName} ${member.lastName}`)}.concerto-charte.json`, content: serialiseFile(file) };
}

/** Checks a charter file on its own: well formed, text matching its hash, signed by the key it names. */
export async function checkCharterFile(s: Sodium, raw: string): Promise<CharterFile> {
  const file = parseSignedFile(raw, CHARTER_FILE_FORMAT, charterFileSchema);
  assertIdentityConsistent(s, file.content.issuer.identity);
  if (contentHash(file.content.charter.text) !== file.content.charter.contentHash) throw new AppError('FILE_TAMPERED');
  assertSigned(file.content, file.signature, file.content.issuer.identity.signPublicKey);
  return file;
}

/** Member, on their own computer: what the file holds and who issued it. */
export async function openCharterFile(s: Sodium, ws: OpenWorkspace, raw: string): Promise<ReceivedCharter> {
  const file = await checkCharterFile(s, raw);
  const c = file.content;
  const known = findKnownKey(ws.db, c.issuer.identity.keyId);
  return {
    groupName: c.groupName,
    workspaceId: c.workspaceId,
    versionNumber: c.charter.number,
    text: c.charter.text,
    fingerprint: fingerprint(c.charter.contentHash),
    adoptedOn: c.charter.adoptedOn,
    recipientName: c.recipient.name,
    issuerName: c.issuer.name,
    issuerKeyFingerprint: keyFingerprint(c.issuer.identity.keyId),
    issuerKnown: known !== null && known.signPublicKey === c.issuer.identity.signPublicKey,
  };
}

/** Member, on their own computer: signs the received charter with their own identity and returns the signature file. */
export async function signCharterFile(
  s: Sodium,
  session: UnlockedWorkspace,
  args: { content: string; declaredStatus: SecrecyStatus; passphrase: string },
  now: Date = new Date(),
): Promise<ExportedFile> {
  const file = await checkCharterFile(s, args.content);
  await confirmPassphrase(s, session, args.passphrase);
  sessionAccount(session);
  const c = file.content;
  const payload = {
    ...signaturePayload({
      charterHash: c.charter.contentHash,
      workspaceId: c.workspaceId,
      memberId: c.recipient.memberId,
      name: c.recipient.name,
      declaredStatus: args.declaredStatus,
      signedAt: nowIso(now),
      method: 'own_key',
      keyId: session.identity.keyId,
    }),
    method: 'own_key' as const,
  };
  const content = {
    payload,
    signature: signCanonical(s, session.identity.signSecretKey, payload),
    signer: publicPart(session.identity),
    charterFile: { content: c, signature: file.signature },
  };
  const out = signEnvelope(s, session.identity, SIGNATURE_FILE_FORMAT, content);
  const { ws } = session;
  inTransaction(ws, () => appendAudit(ws.db, { accountId: session.accountId, action: 'charter.signFile', entity: 'charter_file', entityId: c.charter.versionId }));
  return { fileName: `signature-charte-v${c.charter.number}-${slug(c.recipient.name)}.concerto-signature.json`, content: serialiseFile(out) };
}

/** Coordinator: verifies a returned signature file completely, then records it. */
export async function importSignatureFile(s: Sodium, session: UnlockedWorkspace, raw: string): Promise<CharterSignatureView> {
  const { ws } = session;
  const file = parseSignedFile(raw, SIGNATURE_FILE_FORMAT, signatureFileSchema);
  const { payload, signer, charterFile } = file.content;
  if (payload.workspaceId !== ws.workspaceId || charterFile.content.workspaceId !== ws.workspaceId) throw new AppError('FILE_WRONG_WORKSPACE');
  // The charter file must have been issued here, by a coordinator's key, and not altered since.
  const issuerKey = findKnownKey(ws.db, charterFile.content.issuer.identity.keyId);
  const issuerAccount = issuerKey ? ws.db.select().from(accounts).where(eq(accounts.memberId, issuerKey.memberId)).get() : undefined;
  if (!issuerKey || !issuerAccount || !(issuerAccount.roles as string[]).includes('coordinator') || issuerKey.signPublicKey !== charterFile.content.issuer.identity.signPublicKey)
    throw new AppError('FILE_WRONG_ISSUER');
  if (!verifyCanonical(charterFile.content, charterFile.signature, issuerKey.signPublicKey)) throw new AppError('FILE_TAMPERED');
  // The signer's identity: consistent, the one that signed, and known for that very member.
  assertIdentityConsistent(s, signer);
  assertSigned(file.content, file.signature, signer.signPublicKey);
  if (payload.keyId !== signer.keyId || !verifyCanonical(payload, file.content.signature, signer.signPublicKey)) throw new AppError('FILE_TAMPERED');
  if (payload.memberId !== charterFile.content.recipient.memberId || payload.name !== charterFile.content.recipient.name || payload.charterHash !== charterFile.content.charter.contentHash)
    throw new AppError('FILE_SIGNER_MISMATCH');
  const member = ws.db.select().from(members).where(eq(members.id, payload.memberId)).get();
  if (!member) throw new AppError('FILE_SIGNER_MISMATCH');
  if (member.deactivatedAt) throw new AppError('MEMBER_INACTIVE');
  const signerKey = findKnownKey(ws.db, signer.keyId);
  if (!signerKey || signerKey.memberId !== member.id || signerKey.signPublicKey !== signer.signPublicKey) throw new AppError('FILE_SIGNER_UNKNOWN');
  if (ws.db.select({ id: charterSignatures.id }).from(charterSignatures).where(eq(charterSignatures.signature, file.content.signature)).get())
    throw new AppError('FILE_DUPLICATE');
  const id = inTransaction(ws, () => {
    const version = inForceRow(ws.db);
    if (!version || version.contentHash !== payload.charterHash) throw new AppError('FILE_UNKNOWN_CHARTER');
    const already = ws.db.select().from(charterSignatures).where(eq(charterSignatures.versionId, version.id)).all();
    if (already.some((x) => x.memberId === member.id && x.revokedAt === null)) throw new AppError('CHARTER_ALREADY_SIGNED');
    return insertSignature(ws.db, session.accountId, {
      versionId: version.id,
      memberId: member.id,
      method: 'imported',
      contentHash: payload.charterHash,
      signerName: payload.name,
      declaredStatus: payload.declaredStatus,
      signedAt: payload.signedAt,
      signerKeyId: signer.keyId,
      signature: file.content.signature,
      recordedAt: nowIso(),
    });
  });
  return signatureView(ws.db, id);
}

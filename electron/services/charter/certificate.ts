// A member's signature certificate: a PDF to print or archive, and the signature record file
// that anyone can check with any Ed25519 implementation. The last page says, in plain words, how to
// check it; the same text ships with the app (resources/verification/, from documents.json).
import { eq } from 'drizzle-orm';
import { charterSignatures, charterVersions, members, workspace } from '../../../db/schema.js';
import type { SignatureCertificate } from '../../../contract/types/charter.js';
import { DATE_LOCALE, documentStrings, fill, type DocumentLanguage } from '../documents.js';
import { AppError } from '../../../contract/errors.js';
import { PdfWriter, markdownBlocks, text, type Block } from '../pdf/index.js';
import type { Db } from '../store.js';
import { keyFingerprint } from './envelope.js';
import { serialiseFile } from './fileFormats.js';
import { findKnownKey } from './keys.js';
import { signaturePayload } from './payload.js';
import { verifyAllSignatures } from './status.js';
import { fingerprint } from './text.js';

export const SIGNATURE_RECORD_FORMAT = 'concerto.charter-signature-record';

const brussels = (iso: string, language: DocumentLanguage) =>
  new Intl.DateTimeFormat(DATE_LOCALE[language], { timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

const MARGINS = { top: 56, right: 56, bottom: 40, left: 56 };

export async function signatureCertificate(db: Db, signatureId: string, language: DocumentLanguage = 'fr'): Promise<SignatureCertificate> {
  const words = documentStrings(language).certificate;
  const sig = db.select().from(charterSignatures).where(eq(charterSignatures.id, signatureId)).get();
  if (!sig) throw new AppError('NOT_FOUND');
  const version = db.select().from(charterVersions).where(eq(charterVersions.id, sig.versionId)).get();
  const ws = db.select().from(workspace).get();
  if (!version || !ws) throw new AppError('NOT_FOUND');
  const witnessed = sig.method === 'witnessed';
  const keyId = (witnessed ? sig.witnessKeyId : sig.signerKeyId) ?? '';
  const key = findKnownKey(db, keyId);
  const payload = signaturePayload({
    charterHash: sig.contentHash,
    workspaceId: ws.id,
    memberId: sig.memberId,
    name: sig.signerName,
    declaredStatus: sig.declaredStatus,
    signedAt: sig.signedAt,
    method: witnessed ? 'witnessed' : 'own_key',
    keyId,
    place: sig.place,
    witnessMemberId: sig.witnessMemberId,
  });
  const signature = (witnessed ? sig.witnessSignature : sig.signature) ?? '';
  const record = {
    format: SIGNATURE_RECORD_FORMAT,
    version: 1,
    payload,
    signature,
    signPublicKey: key?.signPublicKey ?? '',
    charterText: version.text,
  };
  const witness = sig.witnessMemberId ? db.select().from(members).where(eq(members.id, sig.witnessMemberId)).get() : undefined;
  const verified = !verifyAllSignatures(db).failures.some((f) => f.signatureId === sig.id);
  const mono = (value: string) => text(value, { style: 'mono', size: 8 });
  const revoked = sig.revokedAt ? brussels(sig.revokedAt, language) : undefined;
  const result = verified ? words.valid : words.invalid;
  const blocks: Block[] = [
    text(words.title, { size: 16, style: 'bold' }),
    text(ws.groupName, { size: 12, gapBefore: 4 }),
    text(fill(words.signer, { name: sig.signerName }), { style: 'bold', gapBefore: 14 }),
    text(fill(words.status, { status: words.statuses[sig.declaredStatus] })),
    text(fill(words.signedAt, { date: brussels(sig.signedAt, language) })),
    text(fill(words.method, { method: words.methods[sig.method] })),
    ...(witnessed ? [text(fill(words.witness, { witness: witness ? `${witness.firstName} ${witness.lastName}` : words.none, place: sig.place ?? words.none }))] : []),
    text(version.adoptedOn ? fill(words.charterAdopted, { number: version.number, date: version.adoptedOn }) : fill(words.charter, { number: version.number })),
    text(fill(words.fingerprint, { fingerprint: fingerprint(version.contentHash) }), { style: 'bold' }),
    mono(fill(words.sha256, { hash: version.contentHash })),
    mono(fill(words.key, { holder: witnessed ? words.keyHolders.witness : words.keyHolders.signer, fingerprint: keyFingerprint(keyId) })),
    mono(fill(words.signature, { signature })),
    text(revoked ? fill(words.verificationRevoked, { result, date: revoked }) : fill(words.verification, { result }), { style: 'bold', gapBefore: 6 }),
    text(fill(words.explanation, { format: SIGNATURE_RECORD_FORMAT }), { size: 8 }),
    text(words.signedText, { size: 13, style: 'bold', gapBefore: 16, gapAfter: 6, keepWithNext: true }),
    // The charter is markdown: printed as such (headings, lists), every word kept.
    ...markdownBlocks(version.text, { size: 9 }),
    // How to verify, for a holder who has only this PDF and its record file: on a page of its own, last.
    text(words.verifyGuide.title, { size: 13, style: 'bold', gapAfter: 6, keepWithNext: true, pageBreakBefore: true }),
    ...words.verifyGuide.paragraphs.map((paragraph) => text(paragraph, { size: 9, gapAfter: 5 })),
  ];
  const writer = await PdfWriter.create({ title: fill(words.metadataTitle, { name: sig.signerName }), author: ws.groupName, language: DATE_LOCALE[language] }, MARGINS);
  writer.setFrame({
    footer: {
      height: 16,
      draw: ({ page, pageNumber, pageCount }) =>
        void writer.drawBlockAt(page, text(fill(words.page, { page: pageNumber, pages: pageCount }), { size: 8, align: 'right', grey: 0.35 }), MARGINS.left, MARGINS.bottom + 11, writer.contentWidth),
    },
  });
  writer.add(blocks);
  const pdf = await writer.save();
  const slug = sig.signerName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const base = `certificat-charte-v${version.number}-${slug || 'membre'}`;
  return {
    pdf: { fileName: `${base}.pdf`, base64: Buffer.from(pdf).toString('base64') },
    record: { fileName: `${base}.concerto-signature-record.json`, content: serialiseFile(record) },
  };
}

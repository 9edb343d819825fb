// A member's signature certificate: a PDF to print or archive, and the signature record file
// that anyone can check with any Ed25519 implementation (docs/formats.md).
import { eq } from 'drizzle-orm';
import { charterSignatures, charterVersions, members, workspace } from '../../../db/schema.js';
import type { SignatureCertificate } from '../../api/types/charter.js';
import { AppError } from '../errors.js';
import type { Db } from '../store.js';
import { keyFingerprint } from './envelope.js';
import { serialiseFile } from './fileFormats.js';
import { findKnownKey } from './keys.js';
import { signaturePayload } from './payload.js';
import { verifyAllSignatures } from './status.js';
import { textPdf, type PdfLine } from './textPdf.js';
import { fingerprint } from './text.js';

export const SIGNATURE_RECORD_FORMAT = 'concerto.charter-signature-record';

const STATUS_FR = { professional_secret: 'tenu·e au secret professionnel', duty_of_reserve: 'non tenu·e au secret professionnel, engagé·e au devoir de réserve' } as const;
const METHOD_FR = { own_key: 'avec sa clé personnelle, sur cet ordinateur', witnessed: 'en présence de la coordination (témoin), contresignée', imported: 'avec sa clé personnelle, sur un autre ordinateur' } as const;

const brussels = (iso: string) =>
  new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** Markdown to plain lines for print: headings, emphasis and quote marks removed. */
const plain = (markdown: string) =>
  markdown
    .split('\n')
    .map((l) => l.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '').replace(/\*\*|__|\*/g, '').replace(/<(https?:[^>]+)>/g, '$1'))
    .join('\n');

export function signatureCertificate(db: Db, signatureId: string): SignatureCertificate {
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
  const lines: PdfLine[] = [
    { text: 'Certificat de signature de la charte', size: 16, bold: true },
    { text: ws.groupName, size: 12, gap: 4 },
    { text: `Signataire : ${sig.signerName}`, bold: true, gap: 14 },
    { text: `Statut déclaré : ${STATUS_FR[sig.declaredStatus]}` },
    { text: `Date et heure : ${brussels(sig.signedAt)} (heure de Bruxelles)` },
    { text: `Mode : ${METHOD_FR[sig.method]}` },
    ...(witnessed ? [{ text: `Témoin : ${witness ? `${witness.firstName} ${witness.lastName}` : '—'}, lieu : ${sig.place ?? '—'}` }] : []),
    { text: `Charte : version ${version.number}${version.adoptedOn ? `, adoptée le ${version.adoptedOn}` : ''}` },
    { text: `Empreinte du texte : ${fingerprint(version.contentHash)}`, bold: true },
    { text: `SHA-256 : ${version.contentHash}`, mono: true, size: 8 },
    { text: `Clé de signature (${witnessed ? 'coordination' : 'signataire'}) : ${keyFingerprint(keyId)}`, mono: true, size: 8 },
    { text: `Signature Ed25519 : ${signature}`, mono: true, size: 8 },
    { text: `Vérification au moment de l'export : ${verified ? 'valide' : 'NON VALIDE'}${sig.revokedAt ? ` ; révoquée le ${brussels(sig.revokedAt)}` : ''}`, bold: true, gap: 6 },
    { text: `La signature porte sur le contenu JSON canonique (RFC 8785) décrit dans docs/formats.md ; le fichier ${SIGNATURE_RECORD_FORMAT} joint permet de la vérifier avec toute implémentation d'Ed25519.`, size: 8 },
    { text: 'Texte signé', size: 13, bold: true, gap: 16 },
    ...plain(version.text)
      .split('\n')
      .map((text) => ({ text, size: 9 })),
  ];
  const slug = sig.signerName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const base = `certificat-charte-v${version.number}-${slug || 'membre'}`;
  return {
    pdf: { fileName: `${base}.pdf`, base64: textPdf(lines, `Certificat de signature — ${sig.signerName}`).toString('base64') },
    record: { fileName: `${base}.concerto-signature-record.json`, content: serialiseFile(record) },
  };
}

import { createHash, createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../electron/api/router.js';
import type { AccountSummary, Member } from '../../contract/types/app.js';
import type { CharterDiff, CharterOverview, CharterSignatureView, CharterVersionDetail, MemberCharterStatus, SignatureCertificate, SignatureVerification } from '../../contract/types/charter.js';
import { charterStatusByMember, charterStatusOf, verifyAllSignatures } from '../../electron/services/charter/status.js';
import { canonicalText } from '../../electron/services/charter/text.js';
import { documentStrings } from '../../electron/services/documents.js';
import { endSession, unlockWithPassphrase } from '../../electron/services/workspace.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { pdfText, squash } from '../helpers/pdfText.js';
import { closeTrackedRouters, createdWorkspace, OTHER_PASSPHRASE, PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';

const migrationsDir = path.resolve('db/migrations');
const REPO_ROOT = path.resolve('.');

// One workspace for the whole file (Argon2id is slow): the tests run in order, as a story.
let router: Router;
let dir: string;
let coordinatorAccountId: string;
let coordinatorMemberId: string;
let luc: Member; // has an account: signs with his own key
let lucAccount: AccountSummary;
let marie: Member; // no account: witnessed signature
let v1: CharterVersionDetail;

const errorCode = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const statuses = async () => new Map((unwrap(await router.handle('charter.memberStatuses', {})) as MemberCharterStatus[]).map((m) => [m.memberId, m]));

beforeAll(async () => {
  const w = await createdWorkspace();
  router = w.router;
  dir = w.dir;
  coordinatorAccountId = w.accountId;
  const overview = unwrap(await router.handle('charter.overview', {})) as CharterOverview;
  coordinatorMemberId = overview.mine.memberId;
  luc = unwrap(await router.handle('members.create', sampleMember)) as Member;
  marie = unwrap(await router.handle('members.create', { ...sampleMember, firstName: 'Marie', lastName: 'Lambert', email: 'marie@example.be', secrecyStatus: 'duty_of_reserve' })) as Member;
  lucAccount = unwrap(
    await router.handle('accounts.create', { memberId: luc.id, username: 'luc', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE }),
  ) as AccountSummary;
});

afterAll(closeTrackedRouters);

describe('charter versions', () => {
  it('starts a draft from the default text with the group name and territory filled in', async () => {
    const empty = unwrap(await router.handle('charter.overview', {})) as CharterOverview;
    expect(empty).toMatchObject({ inForce: null, draft: null, versions: [], reviewOverdue: false });
    const draft = unwrap(await router.handle('charter.createDraft', {})) as CharterVersionDetail;
    expect(draft).toMatchObject({ number: 1, status: 'draft' });
    expect(draft.text).toContain('# Concertation Brabant wallon — La Charte-Convention');
    expect(draft.text).toContain('exerçant sur le territoire : Brabant wallon');
    expect(draft.text).toContain('Limiter le partage à ce qui est strictement nécessaire');
    expect(draft.text).not.toContain('{{');
    // The content hash is SHA-256 of the canonical text; the fingerprint is its start, grouped.
    expect(draft.contentHash).toBe(createHash('sha256').update(draft.text, 'utf8').digest('hex'));
    expect(draft.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
    expect(draft.fingerprint.replaceAll(' ', '')).toBe(draft.contentHash.slice(0, 20).toUpperCase());
    // Asking again returns the same draft: one at a time.
    expect((unwrap(await router.handle('charter.createDraft', {})) as CharterVersionDetail).id).toBe(draft.id);
  });

  it('saves the draft in canonical form, refuses a review date before adoption, then puts it in force', async () => {
    const draft = unwrap(await router.handle('charter.createDraft', {})) as CharterVersionDetail;
    const saved = unwrap(await router.handle('charter.saveDraft', { id: draft.id, text: draft.text.replaceAll('\n', '\r\n') + '\r\n\r\n' })) as CharterVersionDetail;
    expect(saved.text).toBe(canonicalText(draft.text));
    expect(saved.contentHash).toBe(draft.contentHash);
    const bad = await router.handle('charter.putInForce', { id: draft.id, adoptedOn: '2026-01-15', reviewDue: '2026-01-15' });
    expect(bad.ok ? [] : bad.error.issues).toEqual([{ path: 'reviewDue', message: 'validation.reviewBeforeAdoption' }]);
    v1 = await putDraftInForce(router);
    expect(v1).toMatchObject({ id: draft.id, status: 'in_force', adoptedOn: '2026-01-15', reviewDue: '2027-01-15' });
    // A version in force is immutable.
    expect(errorCode(await router.handle('charter.saveDraft', { id: v1.id, text: 'autre' }))).toBe('CHARTER_NOT_DRAFT');
    expect(errorCode(await router.handle('charter.discardDraft', { id: v1.id }))).toBe('CHARTER_NOT_DRAFT');
  });
});

describe('signing', () => {
  it('signs with the coordinator’s own key after the passphrase, with every commitment ticked', async () => {
    const noTicks = await router.handle('charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: { ...allCommitments, condition3: false }, passphrase: PASSPHRASE });
    expect(noTicks.ok ? [] : noTicks.error.issues).toEqual([{ path: 'commitments.condition3', message: 'validation.commitmentRequired' }]);
    const wrong = await router.handle('charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: 'pas-la-bonne-phrase' });
    expect(errorCode(wrong)).toBe('WRONG_PASSPHRASE');
    expect((await statuses()).get(coordinatorMemberId)?.status).toBe('missing');
    const sig = unwrap(await router.handle('charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE })) as CharterSignatureView;
    expect(sig).toMatchObject({ method: 'own_key', versionNumber: 1, signerName: 'Anne Dupont', declaredStatus: 'professional_secret', revokedAt: null });
    expect((await statuses()).get(coordinatorMemberId)?.status).toBe('valid');
    const again = await router.handle('charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
    expect(errorCode(again)).toBe('CHARTER_ALREADY_SIGNED');
  });

  it('records a witnessed signature, countersigned, only for a member without an account', async () => {
    const input = { versionId: v1.id, declaredStatus: 'duty_of_reserve', signedAt: '2026-02-03T14:30', place: 'Wavre, salle du conseil', passphrase: PASSPHRASE };
    expect(errorCode(await router.handle('charter.witness', { ...input, memberId: luc.id }))).toBe('MEMBER_HAS_ACCOUNT');
    expect(errorCode(await router.handle('charter.witness', { ...input, memberId: marie.id, signedAt: '2999-01-01T10:00' }))).toBe('VALIDATION');
    const sig = unwrap(await router.handle('charter.witness', { ...input, memberId: marie.id })) as CharterSignatureView;
    // 14:30 in Brussels in winter is 13:30 UTC.
    expect(sig).toMatchObject({ method: 'witnessed', place: 'Wavre, salle du conseil', witnessName: 'Anne Dupont', signedAt: '2026-02-03T13:30:00.000Z', declaredStatus: 'duty_of_reserve' });
    const all = await statuses();
    expect(all.get(marie.id)?.status).toBe('valid');
    expect(all.get(luc.id)?.status).toBe('missing');
  });

  it('lets a member sign with their own key, and not witness for others', async () => {
    await router.lockNow();
    unwrap(await router.handle('session.unlock', { accountId: lucAccount.id, passphrase: OTHER_PASSPHRASE }));
    const overview = unwrap(await router.handle('charter.overview', {})) as CharterOverview;
    expect(overview.mine.status).toBe('missing');
    expect(overview.draft).toBeNull();
    expect(errorCode(await router.handle('charter.witness', { versionId: v1.id, memberId: marie.id, declaredStatus: 'duty_of_reserve', signedAt: '2026-02-03T14:30', place: 'Wavre', passphrase: OTHER_PASSPHRASE }))).toBe('FORBIDDEN');
    expect(errorCode(await router.handle('charter.verifyAll', {}))).toBe('FORBIDDEN');
    // Another account's passphrase does not sign in Luc's name.
    expect(errorCode(await router.handle('charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    const sig = unwrap(await router.handle('charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: OTHER_PASSPHRASE })) as CharterSignatureView;
    expect(sig).toMatchObject({ method: 'own_key', signerName: 'Luc Martin', signerKeyId: lucAccount.identityKeyId });
    expect(((unwrap(await router.handle('charter.overview', {})) as CharterOverview).mine.status)).toBe('valid');
    await router.lockNow();
    unwrap(await router.handle('session.unlock', { accountId: coordinatorAccountId, passphrase: PASSPHRASE }));
  });

  it('exports a certificate: a well-formed PDF and a record any Ed25519 implementation verifies', async () => {
    const sigs = unwrap(await router.handle('charter.signatures', {})) as CharterSignatureView[];
    for (const sig of sigs) {
      const cert = unwrap(await router.handle('charter.certificate', { id: sig.id })) as SignatureCertificate;
      const pdf = Buffer.from(cert.pdf.base64, 'base64');
      const latin = pdf.toString('latin1');
      expect(latin.startsWith('%PDF-')).toBe(true);
      expect(latin.trimEnd().endsWith('%%EOF')).toBe(true);
      // Read back as a reader would: the text as printed, in the embedded fonts.
      const { pages, info } = await pdfText(pdf);
      const printed = squash(pages.join('\n'));
      expect(info).toMatchObject({ Title: `Certificat de signature — ${sig.signerName}`, Producer: 'Concerto' });
      expect(printed).toContain(`Signataire : ${sig.signerName}`);
      expect(printed).toContain('Empreinte du texte : ');
      expect(printed).toContain(sig.method === 'witnessed' ? 'Témoin : Anne Dupont, lieu : Wavre, salle du conseil' : 'Mode : avec sa clé personnelle');
      expect(squash(pages.at(-1) ?? '')).toContain(`Page ${pages.length} / ${pages.length}`);
      // The last page explains, in plain French, how to verify; no path the holder does not have.
      const lastPage = squash(pages.at(-1) ?? '');
      expect(lastPage).toContain('Comment vérifier ce certificat');
      expect(lastPage).toContain('Ed25519');
      expect(lastPage).toContain('Ce qui est signé.');
      expect(lastPage).toContain('carte de contact Concerto');
      expect(lastPage).toContain('verifier-un-certificat.md');
      expect(printed).not.toContain('formats.md');
      expect(printed).not.toContain('docs/');
      // The record: the text's hash and the Ed25519 signature, checked with Node's own crypto.
      const record = JSON.parse(cert.record.content);
      expect(record).toMatchObject({ format: 'concerto.charter-signature-record', version: 1 });
      expect(createHash('sha256').update(record.charterText, 'utf8').digest('hex')).toBe(record.payload.charterHash);
      const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(record.signPublicKey, 'base64').toString('base64url') }, format: 'jwk' });
      expect(verify(null, Buffer.from(canonicalize(record.payload)!, 'utf8'), key, Buffer.from(record.signature, 'base64'))).toBe(true);
      // Every word of the signed text is printed.
      const printedWords = new Set(printed.match(/[\p{L}\p{N}]+/gu));
      expect((record.charterText as string).match(/[\p{L}\p{N}]+/gu)?.filter((w) => !printedWords.has(w))).toEqual([]);
      expect(record.payload).toMatchObject({ memberId: sig.memberId, name: sig.signerName, declaredStatus: sig.declaredStatus, signedAt: sig.signedAt });
    }
  });

  it('verifies every signature', async () => {
    const result = unwrap(await router.handle('charter.verifyAll', {})) as SignatureVerification;
    expect(result).toMatchObject({ ok: true, checked: 3, failures: [] });
    const overview = unwrap(await router.handle('charter.overview', {})) as CharterOverview;
    expect(overview.counts).toEqual({ valid: 3, to_renew: 0, missing: 0, revoked: 0 });
  });
});

describe('new versions and leaving members', () => {
  it('shows a readable word diff and marks older signatures to be renewed when a new version is in force', async () => {
    const draft = unwrap(await router.handle('charter.createDraft', {})) as CharterVersionDetail;
    expect(draft).toMatchObject({ number: 2, text: v1.text });
    const v2 = await putDraftInForce(router, v1.text.replace('Les participants partent', 'Les participants et invités partent'), { adoptedOn: '2026-09-01', reviewDue: '2027-09-01' });
    const diff = unwrap(await router.handle('charter.diff', { fromId: v1.id, toId: v2.id })) as CharterDiff;
    expect(diff.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['et invités']);
    expect(diff.parts.filter((p) => p.kind === 'removed')).toEqual([]);
    const all = await statuses();
    expect([luc.id, marie.id, coordinatorMemberId].map((id) => all.get(id)?.status)).toEqual(['to_renew', 'to_renew', 'to_renew']);
    const versions = (unwrap(await router.handle('charter.overview', {})) as CharterOverview).versions;
    expect(versions.map((v) => [v.number, v.status])).toEqual([[2, 'in_force'], [1, 'retired']]);
  });

  it('revokes the signatures of a deactivated member', async () => {
    unwrap(await router.handle('members.deactivate', { id: marie.id, until: '2026-10-01', reason: 'Départ' }));
    const all = await statuses();
    expect(all.get(marie.id)?.status).toBe('revoked');
    expect(all.get(marie.id)?.signature?.revokedAt).not.toBeNull();
    // A revoked signature still verifies: revocation is a state, not a forgery.
    expect((unwrap(await router.handle('charter.verifyAll', {})) as SignatureVerification).ok).toBe(true);
    // Reactivated, she must sign again.
    unwrap(await router.handle('members.reactivate', { id: marie.id }));
    expect((await statuses()).get(marie.id)?.status).toBe('revoked');
  });
});

describe('tampering directly in the database', () => {
  it('detects an altered charter text, signature and public key, each by member', async () => {
    await router.lockNow();
    const session = await unlockWithPassphrase(dir, coordinatorAccountId, PASSPHRASE, { migrationsDir });
    try {
      const { db, sqlite } = session.ws;
      expect(verifyAllSignatures(db).ok).toBe(true);
      expect(charterStatusOf(db, luc.id)).toBe('to_renew');
      expect(charterStatusByMember(db).get(marie.id)).toBe('revoked');

      // 1. The text of version 1, one word changed.
      const original = sqlite.prepare('select text from charter_versions where id = ?').get(v1.id) as { text: string };
      sqlite.prepare('update charter_versions set text = ? where id = ?').run(original.text.replace('bien-être', 'bien-etre'), v1.id);
      let result = verifyAllSignatures(db);
      expect(result.failures.map((f) => [f.memberName, f.reason]).sort()).toEqual([
        ['Anne Dupont', 'text_altered'],
        ['Luc Martin', 'text_altered'],
        ['Marie Lambert', 'text_altered'],
      ]);
      sqlite.prepare('update charter_versions set text = ? where id = ?').run(original.text, v1.id);
      expect(verifyAllSignatures(db).ok).toBe(true);

      // 2. Luc's signature, one byte flipped.
      const sig = sqlite.prepare("select id, signature from charter_signatures where member_id = ?").get(luc.id) as { id: string; signature: string };
      const bytes = Buffer.from(sig.signature, 'base64');
      bytes[10] = (bytes[10] ?? 0) ^ 0x01;
      sqlite.prepare('update charter_signatures set signature = ? where id = ?').run(bytes.toString('base64'), sig.id);
      result = verifyAllSignatures(db);
      expect(result.failures.map((f) => [f.memberId, f.reason])).toEqual([[luc.id, 'bad_signature']]);
      sqlite.prepare('update charter_signatures set signature = ? where id = ?').run(sig.signature, sig.id);

      // 2b. The declared status changed after signing.
      sqlite.prepare("update charter_signatures set declared_status = 'duty_of_reserve' where id = ?").run(sig.id);
      expect(verifyAllSignatures(db).failures.map((f) => [f.memberId, f.reason])).toEqual([[luc.id, 'bad_signature']]);
      sqlite.prepare("update charter_signatures set declared_status = 'professional_secret' where id = ?").run(sig.id);

      // 3. The coordinator's public key replaced: her own signature and her countersignature of Marie's fail.
      const acc = sqlite.prepare('select sign_public_key from accounts where id = ?').get(coordinatorAccountId) as { sign_public_key: string };
      sqlite.prepare('update accounts set sign_public_key = ? where id = ?').run(Buffer.alloc(32, 7).toString('base64'), coordinatorAccountId);
      result = verifyAllSignatures(db);
      expect(result.failures.map((f) => [f.memberName, f.reason]).sort()).toEqual([
        ['Anne Dupont', 'bad_signature'],
        ['Marie Lambert', 'bad_witness_signature'],
      ]);
      sqlite.prepare('update accounts set sign_public_key = ? where id = ?').run(acc.sign_public_key, coordinatorAccountId);
      expect(verifyAllSignatures(db)).toMatchObject({ ok: true, checked: 3 });
    } finally {
      await endSession(session);
    }
  });
});

describe('the verification guide shipped with the app', () => {
  it('is the same text as the certificate prints, in each language', () => {
    for (const language of ['fr', 'en'] as const) {
      const guide = documentStrings(language).certificate.verifyGuide;
      const shipped = fs.readFileSync(path.join(REPO_ROOT, 'resources', 'verification', guide.fileName), 'utf8');
      expect(shipped).toBe(`# ${guide.title}\n\n${guide.paragraphs.join('\n\n')}\n`);
      expect(shipped).not.toContain('formats.md');
    }
    expect(fs.readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')).toMatch(/from: resources\/verification\n\s+to: verification/);
  });
});

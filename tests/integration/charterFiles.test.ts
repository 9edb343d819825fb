// Signing from another computer, between two real workspaces: the group's (A) and the member's own (B).
import { createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../electron/api/router.js';
import type { Member } from '../../contract/types/app.js';
import type { CharterOverview, CharterSignatureView, CharterVersionDetail, ContactCardPreview, ExportedFile, MemberCharterStatus, ReceivedCharter, SignatureVerification } from '../../contract/types/charter.js';
import { generateIdentity } from '../../electron/crypto/identity.js';
import { getSodium } from '../../electron/crypto/sodium.js';
import { signEnvelope } from '../../electron/services/charter/envelope.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { closeTrackedRouters, coordinatorInput, newRouter, OTHER_PASSPHRASE, PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';

let group: Router; // A: the group's workspace, Anne coordinates
let own: Router; // B: Luc's own Concerto on his computer
let luc: Member; // Luc in A's roster
let version: CharterVersionDetail;
let charterFile: ExportedFile;
let signatureFile: ExportedFile;

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

beforeAll(async () => {
  group = newRouter().router;
  unwrap(await group.handle('workspace.create', coordinatorInput));
  luc = unwrap(await group.handle('members.create', sampleMember)) as Member;
  version = await putDraftInForce(group);
  own = newRouter().router;
  unwrap(
    await own.handle('workspace.create', {
      ...coordinatorInput,
      groupName: 'Mon poste',
      coordinator: { firstName: 'Luc', lastName: 'Martin', username: 'luc', secrecyStatus: 'professional_secret' },
      passphrase: OTHER_PASSPHRASE,
      passphraseConfirm: OTHER_PASSPHRASE,
    }),
  );
});

afterAll(closeTrackedRouters);

describe('charter file', () => {
  it('is exported by the coordinator for one member and opened elsewhere with its issuer', async () => {
    charterFile = unwrap(await group.handle('charter.exportFile', { memberId: luc.id })) as ExportedFile;
    expect(charterFile.fileName).toBe('charte-v1-luc-martin.concerto-charte.json');
    const received = unwrap(await own.handle('charter.openFile', { content: charterFile.content })) as ReceivedCharter;
    expect(received).toMatchObject({ groupName: 'Concertation Brabant wallon', versionNumber: 1, recipientName: 'Luc Martin', issuerName: 'Anne Dupont', issuerKnown: false, text: version.text, fingerprint: version.fingerprint });
    expect(received.issuerKeyFingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('is rejected when malformed, truncated, of another kind or version, or tampered, each with its own message', async () => {
    const json = JSON.parse(charterFile.content);
    const cases: Array<[string, string]> = [
      ['pas du json', 'FILE_MALFORMED'],
      [charterFile.content.slice(0, charterFile.content.length / 2), 'FILE_MALFORMED'],
      [JSON.stringify({ ...json, format: 'concerto.contact-card' }), 'FILE_WRONG_KIND'],
      [JSON.stringify({ ...json, version: 2 }), 'FILE_VERSION_UNSUPPORTED'],
      [JSON.stringify({ ...json, content: { ...json.content, charter: { ...json.content.charter, text: json.content.charter.text.replace('bien-être', 'confort') } } }), 'FILE_TAMPERED'],
      [JSON.stringify({ ...json, content: { ...json.content, recipient: { ...json.content.recipient, name: 'Quelqu’un d’autre' } } }), 'FILE_TAMPERED'],
    ];
    const messages = new Set<string>();
    for (const [content, expected] of cases) {
      const result = await own.handle('charter.openFile', { content });
      expect(code(result)).toBe(expected);
      if (!result.ok) messages.add(result.error.message);
    }
    expect(messages.size).toBe(4);
    for (const m of messages) expect(m).toMatch(/[a-zé]/);
  });
});

describe('signature file', () => {
  it('is signed on the member’s computer with their own key, after their passphrase', async () => {
    const input = { content: charterFile.content, declaredStatus: 'professional_secret', commitments: allCommitments };
    expect(code(await own.handle('charter.signFile', { ...input, passphrase: PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    signatureFile = unwrap(await own.handle('charter.signFile', { ...input, passphrase: OTHER_PASSPHRASE })) as ExportedFile;
    expect(signatureFile.fileName).toBe('signature-charte-v1-luc-martin.concerto-signature.json');
  });

  it('verifies with Node’s own Ed25519 (not libsodium), over the RFC 8785 canonical payload', () => {
    const file = JSON.parse(signatureFile.content);
    const { payload, signature, signer } = file.content;
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(signer.signPublicKey, 'base64').toString('base64url') }, format: 'jwk' });
    const bytes = Buffer.from(canonicalize(payload)!, 'utf8');
    expect(verify(null, bytes, key, Buffer.from(signature, 'base64'))).toBe(true);
    expect(payload).toMatchObject({ charterHash: version.contentHash, memberId: luc.id, name: 'Luc Martin', declaredStatus: 'professional_secret', method: 'own_key' });
    const altered = Buffer.from(canonicalize({ ...payload, declaredStatus: 'duty_of_reserve' })!, 'utf8');
    expect(verify(null, altered, key, Buffer.from(signature, 'base64'))).toBe(false);
  });

  it('is refused while the signer’s key is unknown, then accepted once their contact card is imported', async () => {
    expect(code(await group.handle('charter.importSignature', { content: signatureFile.content }))).toBe('FILE_SIGNER_UNKNOWN');
    const card = unwrap(await own.handle('contacts.exportCard', {})) as ExportedFile & { keyFingerprint: string };
    const preview = unwrap(await group.handle('contacts.previewCard', { content: card.content })) as ContactCardPreview;
    expect(preview).toMatchObject({ name: 'Luc Martin', keyFingerprint: card.keyFingerprint });
    // A card altered after it was signed is refused.
    const tampered = JSON.parse(card.content);
    tampered.content.name = 'Luc Martin (modifié)';
    expect(code(await group.handle('contacts.importCard', { memberId: luc.id, content: JSON.stringify(tampered) }))).toBe('FILE_TAMPERED');
    unwrap(await group.handle('contacts.importCard', { memberId: luc.id, content: card.content }));
    expect(code(await group.handle('contacts.importCard', { memberId: luc.id, content: card.content }))).toBe('KEY_ALREADY_KNOWN');

    const recorded = unwrap(await group.handle('charter.importSignature', { content: signatureFile.content })) as CharterSignatureView;
    expect(recorded).toMatchObject({ method: 'imported', memberId: luc.id, signerName: 'Luc Martin', versionNumber: 1 });
    const statuses = unwrap(await group.handle('charter.memberStatuses', {})) as MemberCharterStatus[];
    expect(statuses.find((m) => m.memberId === luc.id)?.status).toBe('valid');
    expect((unwrap(await group.handle('charter.verifyAll', {})) as SignatureVerification)).toMatchObject({ ok: true, checked: 1 });
  });

  it('is refused when replayed, tampered, for another workspace, or from a charter another key issued', async () => {
    expect(code(await group.handle('charter.importSignature', { content: signatureFile.content }))).toBe('FILE_DUPLICATE');
    const json = JSON.parse(signatureFile.content);
    const tampered = structuredClone(json);
    tampered.content.payload.declaredStatus = 'duty_of_reserve';
    expect(code(await group.handle('charter.importSignature', { content: JSON.stringify(tampered) }))).toBe('FILE_TAMPERED');
    expect(code(await own.handle('charter.importSignature', { content: signatureFile.content }))).toBe('FILE_WRONG_WORKSPACE');
    expect(code(await group.handle('charter.importSignature', { content: charterFile.content }))).toBe('FILE_WRONG_KIND');

    // A forger copies the charter file but signs it with their own key, posing as the coordinator.
    const s = await getSodium();
    const forger = generateIdentity(s);
    const original = JSON.parse(charterFile.content);
    const forged = signEnvelope(s, forger, 'concerto.charter', {
      ...original.content,
      issuer: { ...original.content.issuer, identity: { keyId: forger.keyId, signPublicKey: forger.signPublicKey, boxPublicKey: forger.boxPublicKey } },
    });
    const signedForged = unwrap(
      await own.handle('charter.signFile', { content: JSON.stringify(forged), declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: OTHER_PASSPHRASE }),
    ) as ExportedFile;
    expect(code(await group.handle('charter.importSignature', { content: signedForged.content }))).toBe('FILE_WRONG_ISSUER');
  });

  it('is refused once a newer version is in force', async () => {
    const fresh = unwrap(await own.handle('charter.signFile', { content: charterFile.content, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: OTHER_PASSPHRASE })) as ExportedFile;
    await putDraftInForce(group, version.text + '\nAjout.\n', { adoptedOn: '2026-06-01', reviewDue: '2027-06-01' });
    expect(code(await group.handle('charter.importSignature', { content: fresh.content }))).toBe('FILE_UNKNOWN_CHARTER');
    const overview = unwrap(await group.handle('charter.overview', {})) as CharterOverview;
    expect(overview.counts.to_renew).toBe(1);
  });
});

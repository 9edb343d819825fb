// The encrypted minutes file, end to end with real libsodium: built by the secretary for one
// recipient, opened only by that recipient, and refused (with its own code) in every other case.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { errorMessage } from '../../contract/messages.js';
import { generateIdentity, type UnlockedIdentity } from '../../electron/crypto/identity.js';
import { sealMinutes, type MinutesManifest, type SealedMinutes } from '../../electron/crypto/minutesSeal.js';
import { fromBase64, getSodium, toBase64, type Sodium } from '../../electron/crypto/sodium.js';
import { publicPart, signEnvelope } from '../../electron/services/charter/envelope.js';
import { signCanonical } from '../../electron/services/charter/signedJson.js';
import type { ErrorCode } from '../../contract/errors.js';
import { MAX_CIPHERTEXT_CHARS, MAX_MINUTES_FILE_CHARS, type MinutesFileContent } from '../../electron/services/minutes/fileFormat.js';
import { buildMinutesFile, openMinutesFile, type MinutesFileArgs } from '../../electron/services/minutes/minutesFile.js';
import { thrownCode } from '../helpers/errors.js';

let s: Sodium;
let author: UnlockedIdentity; // the secretary
let alice: UnlockedIdentity;
let bob: UnlockedIdentity;
let stranger: UnlockedIdentity; // not present at the session
let mallory: UnlockedIdentity; // a valid identity trying to pass as the author
let sealed: SealedMinutes;
let base: Omit<MinutesFileArgs, 'recipient'>;
let aliceFile: string;

const MARKER = 'MARQUEUR-Confidentiel-7Q2 placement chez la grand-mère';
const TEXT = `# Procès-verbal\n\nSituation SAJ-2026-017.\n\n${MARKER}\n\nDécision : suivi à la prochaine séance.\n`;

type FileJson = { format: string; version: number; content: MinutesFileContent; signature: string };

const recipientOf = (memberId: string, name: string, id: UnlockedIdentity) => ({ memberId, name, keyId: id.keyId });


const parse = (raw: string): FileJson => JSON.parse(raw) as FileJson;

/** Flips the lowest bit of one byte of a base64 value. */
function flip(b64: string, index = 0): string {
  const bytes = fromBase64(s, b64);
  bytes[index % bytes.length]! ^= 0x01;
  return toBase64(s, bytes);
}

/** The same bytes spelt differently: one of the 4 unused low bits of the last character before "==" set. */
function respelt(b64: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const at = b64.length - 3;
  const respelt = `${b64.slice(0, at)}${alphabet[alphabet.indexOf(b64[at]!) ^ 1]}==`;
  expect(Buffer.from(respelt, 'base64').equals(Buffer.from(b64, 'base64'))).toBe(true);
  return respelt;
}

/** The file with its content changed, the envelope NOT re-signed. */
const edited = (raw: string, change: (c: MinutesFileContent) => MinutesFileContent): string => {
  const f = parse(raw);
  return JSON.stringify({ ...f, content: change(f.content) });
};

/** The file with its content changed and the envelope re-signed (by the author unless told): only deeper checks can catch it. */
const resigned = (raw: string, change: (c: MinutesFileContent) => MinutesFileContent, by: UnlockedIdentity = author): string =>
  JSON.stringify(signEnvelope(s, by, 'concerto.minutes', change(parse(raw).content)));

/** A manifest genuinely signed by the author (as the module signs it). */
const signManifest = (m: MinutesManifest, by: UnlockedIdentity = author) => signCanonical(s, by.signSecretKey, m);

beforeAll(async () => {
  s = await getSodium();
  [author, alice, bob, stranger, mallory] = Array.from({ length: 5 }, () => generateIdentity(s)) as [UnlockedIdentity, UnlockedIdentity, UnlockedIdentity, UnlockedIdentity, UnlockedIdentity];
  sealed = sealMinutes(s, {
    text: TEXT,
    author,
    authorMemberId: 'm-secretary',
    workspaceId: 'ws-1',
    sessionId: 'session-1',
    minutesVersion: 2,
    finalisedAt: '2026-11-23T11:16:49.565Z',
    recipients: [
      { memberId: 'm-alice', identity: { memberId: 'm-alice', keyId: alice.keyId, boxPublicKey: alice.boxPublicKey } },
      { memberId: 'm-bob', identity: { memberId: 'm-bob', keyId: bob.keyId, boxPublicKey: bob.boxPublicKey } },
      { memberId: 'm-carol', identity: null },
    ],
  });
  base = {
    sealed,
    groupName: 'Concertation Brabant wallon',
    session: { id: 'session-1', date: '2026-11-20', place: 'Wavre, salle 2' },
    correctionReason: 'Orthographe d’un prénom corrigée',
    authorName: 'Sophie Secrétaire',
    issuedAt: '2026-11-23T12:00:00.000Z',
  };
  aliceFile = buildMinutesFile(s, { ...base, recipient: recipientOf('m-alice', 'Alice Martin', alice) }, author);
});

describe('building', () => {
  it('is a signed concerto.minutes v1 envelope carrying this recipient’s seal only', () => {
    const f = parse(aliceFile);
    expect(Object.keys(f).sort()).toEqual(['content', 'format', 'signature', 'version']);
    expect(f.format).toBe('concerto.minutes');
    expect(f.version).toBe(1);
    expect(f.content.recipient).toEqual({ memberId: 'm-alice', name: 'Alice Martin', keyId: alice.keyId });
    expect(f.content.author).toEqual({ memberId: 'm-secretary', name: 'Sophie Secrétaire', identity: publicPart(author) });
    expect(f.content.manifest).toEqual(sealed.manifest);
    expect(f.content.sealedKey).toBe(sealed.seals.find((x) => x.keyId === alice.keyId)!.sealedKey);
    for (const other of sealed.seals.filter((x) => x.keyId !== alice.keyId)) expect(aliceFile).not.toContain(other.sealedKey);
    expect(aliceFile).not.toContain('"seals"');
  });

  it('holds no plaintext of the minutes', () => {
    for (const f of [aliceFile, JSON.stringify(parse(aliceFile))]) {
      expect(f).not.toContain(MARKER);
      expect(f).not.toContain('MARQUEUR');
      expect(f).not.toContain('SAJ-2026-017');
      expect(f).not.toContain(Buffer.from(TEXT, 'utf8').toString('base64').slice(0, 24));
    }
  });

  it('refuses a recipient without a seal, another author, another session, or fields opening would refuse', () => {
    const carol = { memberId: 'm-carol', name: 'Carol', keyId: stranger.keyId };
    expect(thrownCode(() => buildMinutesFile(s, { ...base, recipient: carol }, author))).toBe('MINUTES_NOT_RECIPIENT');
    expect(thrownCode(() => buildMinutesFile(s, { ...base, recipient: recipientOf('m-stranger', 'X', stranger) }, author))).toBe('MINUTES_NOT_RECIPIENT');
    // Alice's key under Bob's member id is not a seal of this PV.
    expect(thrownCode(() => buildMinutesFile(s, { ...base, recipient: recipientOf('m-bob', 'Bob', alice) }, author))).toBe('MINUTES_NOT_RECIPIENT');
    expect(thrownCode(() => buildMinutesFile(s, { ...base, recipient: recipientOf('m-alice', 'Alice', alice) }, mallory))).toBe('IDENTITY_MISMATCH');
    expect(thrownCode(() => buildMinutesFile(s, { ...base, session: { ...base.session, id: 'session-2' }, recipient: recipientOf('m-alice', 'Alice', alice) }, author))).toBe('VALIDATION');
    expect(thrownCode(() => buildMinutesFile(s, { ...base, groupName: 'x'.repeat(301), recipient: recipientOf('m-alice', 'Alice', alice) }, author))).toBe('VALIDATION');
    expect(thrownCode(() => buildMinutesFile(s, { ...base, sealed: { ...sealed, ciphertext: flip(sealed.ciphertext) }, recipient: recipientOf('m-alice', 'Alice', alice) }, author))).toBe('FILE_TAMPERED');
  });
});

describe('opening', () => {
  it('opens with its recipient’s identity, with who sealed it and when', () => {
    const opened = openMinutesFile(s, aliceFile, alice);
    expect(opened).toEqual({
      text: TEXT,
      workspaceId: 'ws-1',
      groupName: 'Concertation Brabant wallon',
      session: { id: 'session-1', date: '2026-11-20', place: 'Wavre, salle 2' },
      minutesVersion: 2,
      correctionReason: 'Orthographe d’un prénom corrigée',
      author: { memberId: 'm-secretary', name: 'Sophie Secrétaire', keyId: author.keyId, fingerprint: expect.stringMatching(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/) },
      recipient: { memberId: 'm-alice', name: 'Alice Martin', keyId: alice.keyId },
      issuedAt: '2026-11-23T12:00:00.000Z',
      finalisedAt: '2026-11-23T11:16:49.565Z',
    });
    expect(opened.author.fingerprint.replace(/ /g, '').toLowerCase()).toBe(author.keyId);
  });

  it('each recipient and the author open their own file', () => {
    for (const [memberId, id] of [['m-bob', bob], ['m-secretary', author]] as const) {
      const raw = buildMinutesFile(s, { ...base, recipient: recipientOf(memberId, memberId, id) }, author);
      expect(openMinutesFile(s, raw, id).text).toBe(TEXT);
    }
  });

  it('another recipient, the author, or a stranger are told the file is addressed to someone else', () => {
    for (const id of [bob, author, stranger]) expect(thrownCode(() => openMinutesFile(s, aliceFile, id))).toBe('MINUTES_FILE_NOT_FOR_YOU');
    expect(errorMessage('MINUTES_FILE_NOT_FOR_YOU', 'fr')).toBe("Ce fichier de procès-verbal est destiné à une autre personne : il ne peut être ouvert qu'avec la clé de son destinataire.");
  });

  it('relabelling the file for oneself does not help: the envelope, then the manifest, refuse it', () => {
    const forStranger = (c: MinutesFileContent) => ({ ...c, recipient: { ...c.recipient, keyId: stranger.keyId } });
    expect(thrownCode(() => openMinutesFile(s, edited(aliceFile, forStranger), stranger))).toBe('FILE_TAMPERED');
    // Even if the author's envelope signature were redone, the stranger is not in the signed manifest.
    expect(thrownCode(() => openMinutesFile(s, resigned(aliceFile, forStranger), stranger))).toBe('FILE_TAMPERED');
    // And Alice's seal under Bob's name: Bob's key does not open it.
    const forBob = (c: MinutesFileContent) => ({ ...c, recipient: { memberId: 'm-bob', name: 'Bob', keyId: bob.keyId } });
    expect(thrownCode(() => openMinutesFile(s, resigned(aliceFile, forBob), bob))).toBe('FILE_TAMPERED');
  });
});

describe('refused files', () => {
  const refused = (raw: string, id: UnlockedIdentity = alice) => thrownCode(() => openMinutesFile(s, raw, id));

  it('not JSON, truncated, of another kind or version, or malformed: each with its code', () => {
    const f = parse(aliceFile);
    const cases: Array<[string, string, ErrorCode]> = [
      ['not JSON', 'pas du json', 'FILE_MALFORMED'],
      ['empty', '', 'FILE_MALFORMED'],
      ['truncated', aliceFile.slice(0, Math.floor(aliceFile.length / 2)), 'FILE_MALFORMED'],
      ['last byte cut', aliceFile.trimEnd().slice(0, -1), 'FILE_MALFORMED'],
      ['array', '[]', 'FILE_MALFORMED'],
      ['not a Concerto file', JSON.stringify({ ...f, format: 'autre.chose' }), 'FILE_MALFORMED'],
      ['charter file', JSON.stringify({ ...f, format: 'concerto.charter' }), 'FILE_WRONG_KIND'],
      ['contact card', JSON.stringify({ ...f, format: 'concerto.contact-card' }), 'FILE_WRONG_KIND'],
      ['version 2', JSON.stringify({ ...f, version: 2 }), 'FILE_VERSION_UNSUPPORTED'],
      ['version "1"', JSON.stringify({ ...f, version: '1' }), 'FILE_VERSION_UNSUPPORTED'],
      ['extra field', JSON.stringify({ ...f, seals: [] }), 'FILE_MALFORMED'],
      ['extra content field', JSON.stringify({ ...f, content: { ...f.content, text: TEXT } }), 'FILE_MALFORMED'],
      ['missing sealed key', JSON.stringify({ ...f, content: { ...f.content, sealedKey: undefined } }), 'FILE_MALFORMED'],
      ['signature without its padding', JSON.stringify({ ...f, signature: f.signature.replace(/=+$/, '') }), 'FILE_MALFORMED'],
      ['signature re-spelt with stray bits', JSON.stringify({ ...f, signature: respelt(f.signature) }), 'FILE_MALFORMED'],
      ['ciphertext not base64', JSON.stringify({ ...f, content: { ...f.content, ciphertext: `${f.content.ciphertext.slice(0, -4)}!!!!` } }), 'FILE_MALFORMED'],
      ['short sealed key', JSON.stringify({ ...f, content: { ...f.content, sealedKey: toBase64(s, new Uint8Array(79)) } }), 'FILE_MALFORMED'],
      ['bad date', JSON.stringify({ ...f, content: { ...f.content, session: { ...f.content.session, date: '20/11/2026' } } }), 'FILE_MALFORMED'],
    ];
    for (const [what, raw, code] of cases) expect(refused(raw), what).toBe(code);
  });

  it('a huge file is refused before parsing, and an oversized ciphertext by the schema', () => {
    const huge = aliceFile.replace('"issuedAt"', `"padding": "${'A'.repeat(MAX_MINUTES_FILE_CHARS)}", "issuedAt"`);
    const parseSpy = vi.spyOn(JSON, 'parse');
    try {
      expect(refused(huge)).toBe('FILE_MALFORMED');
      expect(parseSpy).not.toHaveBeenCalled();
    } finally {
      parseSpy.mockRestore();
    }
    const f = parse(aliceFile);
    const big = JSON.stringify({ ...f, content: { ...f.content, ciphertext: 'A'.repeat(MAX_CIPHERTEXT_CHARS + 4) } });
    expect(big.length).toBeLessThan(MAX_MINUTES_FILE_CHARS);
    expect(refused(big)).toBe('FILE_MALFORMED');
  });

  it('any content field changed after signing is refused', () => {
    const changes: Array<[string, (c: MinutesFileContent) => MinutesFileContent]> = [
      ['groupName', (c) => ({ ...c, groupName: 'Autre groupe' })],
      ['session place', (c) => ({ ...c, session: { ...c.session, place: 'Ailleurs' } })],
      ['session date', (c) => ({ ...c, session: { ...c.session, date: '2026-11-21' } })],
      ['correctionReason', (c) => ({ ...c, correctionReason: null })],
      ['recipient name', (c) => ({ ...c, recipient: { ...c.recipient, name: 'Quelqu’un d’autre' } })],
      ['author name', (c) => ({ ...c, author: { ...c.author, name: 'Autre secrétaire' } })],
      ['issuedAt', (c) => ({ ...c, issuedAt: '2027-01-01T00:00:00.000Z' })],
      ['nonce', (c) => ({ ...c, nonce: flip(c.nonce) })],
      ['ciphertext', (c) => ({ ...c, ciphertext: flip(c.ciphertext, 5) })],
      ['sealedKey', (c) => ({ ...c, sealedKey: flip(c.sealedKey, 60) })],
      ['manifestSignature', (c) => ({ ...c, manifestSignature: flip(c.manifestSignature) })],
      ['manifest recipients', (c) => ({ ...c, manifest: { ...c.manifest, recipients: [...c.manifest.recipients, { memberId: 'm-x', keyId: stranger.keyId }] } })],
    ];
    for (const [what, change] of changes) expect(refused(edited(aliceFile, change)), what).toBe('FILE_TAMPERED');
  });

  it('a changed envelope signature is refused', () => {
    const f = parse(aliceFile);
    for (const at of [0, 32, 63]) expect(refused(JSON.stringify({ ...f, signature: flip(f.signature, at) }))).toBe('FILE_TAMPERED');
    expect(refused(JSON.stringify({ ...f, signature: signCanonical(s, mallory.signSecretKey, f.content) }))).toBe('FILE_TAMPERED');
  });

  it('an author identity whose key id does not match its keys is refused', () => {
    const swapped = (c: MinutesFileContent) => ({ ...c, author: { ...c.author, identity: { ...c.author.identity, boxPublicKey: mallory.boxPublicKey } } });
    expect(refused(resigned(aliceFile, swapped))).toBe('FILE_TAMPERED');
  });

  it('another valid identity re-signing the envelope, but not able to sign the manifest, is refused', () => {
    // Mallory puts her own (consistent) identity as author and signs the envelope.
    const asMallory = (c: MinutesFileContent) => ({ ...c, author: { ...c.author, identity: publicPart(mallory) } });
    expect(refused(resigned(aliceFile, asMallory, mallory))).toBe('FILE_TAMPERED');
    // ...and names herself in the manifest too: the manifest's signature is the secretary's, not hers.
    const fully = (c: MinutesFileContent) => ({ ...asMallory(c), manifest: { ...c.manifest, author: { ...c.manifest.author, keyId: mallory.keyId } } });
    expect(refused(resigned(aliceFile, fully, mallory))).toBe('FILE_TAMPERED');
  });

  it('a manifest that does not describe the file is refused, even with every signature genuine', () => {
    const mismatches: Array<[string, (c: MinutesFileContent) => MinutesFileContent]> = [
      ['session id', (c) => ({ ...c, session: { ...c.session, id: 'session-2' } })],
      ['minutes version', (c) => ({ ...c, minutesVersion: 3 })],
      ['workspace', (c) => ({ ...c, workspaceId: 'ws-2' })],
      ['author member', (c) => ({ ...c, author: { ...c.author, memberId: 'm-alice' } })],
      ['recipient not listed', (c) => ({ ...c, recipient: { ...c.recipient, memberId: 'm-zoe' } })],
      ['recipient listed without key', (c) => ({ ...c, recipient: { ...c.recipient, memberId: 'm-carol' } })],
      [
        'manifest names another author key',
        (c) => {
          const manifest = { ...c.manifest, author: { ...c.manifest.author, keyId: alice.keyId } };
          return { ...c, manifest, manifestSignature: signManifest(manifest) };
        },
      ],
    ];
    for (const [what, change] of mismatches) expect(refused(resigned(aliceFile, change)), what).toBe('FILE_TAMPERED');
  });

  it('the ciphertext moved to another session or version is refused, even under a manifest the author signed for it', () => {
    for (const change of [{ sessionId: 'session-2' }, { minutesVersion: 3 }]) {
      const moved = (c: MinutesFileContent) => {
        const manifest = { ...c.manifest, ...change };
        return { ...c, session: { ...c.session, id: manifest.sessionId }, minutesVersion: manifest.minutesVersion, manifest, manifestSignature: signManifest(manifest) };
      };
      expect(refused(resigned(aliceFile, moved)), JSON.stringify(change)).toBe('FILE_TAMPERED');
    }
  });

  it('a flipped ciphertext, nonce or sealed key is refused even with genuine signatures around it', () => {
    const rehash = (c: MinutesFileContent, ciphertext: string) => {
      const manifest = { ...c.manifest, ciphertextHash: s.to_hex(s.crypto_generichash(32, fromBase64(s, ciphertext), null)) };
      return { ...c, ciphertext, manifest, manifestSignature: signManifest(manifest) };
    };
    expect(refused(resigned(aliceFile, (c) => ({ ...c, ciphertext: flip(c.ciphertext, 9) })))).toBe('FILE_TAMPERED'); // hash
    expect(refused(resigned(aliceFile, (c) => rehash(c, flip(c.ciphertext, 9))))).toBe('FILE_TAMPERED'); // AEAD tag
    expect(refused(resigned(aliceFile, (c) => ({ ...c, nonce: flip(c.nonce, 11) })))).toBe('FILE_TAMPERED');
    expect(refused(resigned(aliceFile, (c) => ({ ...c, sealedKey: flip(c.sealedKey, 70) })))).toBe('FILE_TAMPERED');
    const bobSeal = sealed.seals.find((x) => x.keyId === bob.keyId)!.sealedKey;
    expect(refused(resigned(aliceFile, (c) => ({ ...c, sealedKey: bobSeal })))).toBe('FILE_TAMPERED');
  });

  it('each refusal has its own French message', () => {
    const codes: ErrorCode[] = ['FILE_MALFORMED', 'FILE_WRONG_KIND', 'FILE_VERSION_UNSUPPORTED', 'FILE_TAMPERED', 'MINUTES_FILE_NOT_FOR_YOU', 'MINUTES_NOT_RECIPIENT'];
    const messages = codes.map((c) => errorMessage(c, 'fr'));
    expect(new Set(messages).size).toBe(codes.length);
    for (const [i, m] of messages.entries()) {
      expect(m, codes[i]).not.toBe(codes[i]);
      expect(m).not.toBe(errorMessage(codes[i]!, 'en'));
    }
  });
});

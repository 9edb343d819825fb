// Sealed minutes with real libsodium: who can open them, and every alteration that must fail.
import canonicalize from 'canonicalize';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, type UnlockedIdentity } from '../../electron/crypto/identity.js';
import {
  minutesAd,
  openMinutesAs,
  openMinutesText,
  openSealedKey,
  sealMinutes,
  verifyMinutesManifest,
  type MinutesManifest,
  type SealedMinutes,
  type SealMinutesArgs,
} from '../../electron/crypto/minutesSeal.js';
import { fromBase64, getSodium, toBase64, type Sodium } from '../../electron/crypto/sodium.js';
import { verifyCanonical } from '../../electron/services/charter/signedJson.js';
import { thrownCode } from '../helpers/errors.js';

let s: Sodium;
let author: UnlockedIdentity; // the secretary
let alice: UnlockedIdentity;
let bob: UnlockedIdentity;
let stranger: UnlockedIdentity; // a member who was not present
let args: SealMinutesArgs;
let sealed: SealedMinutes;

const MARKER = 'Situation SAJ-2026-017 : placement envisagé chez la grand-mère 🙂';

const recipient = (memberId: string, id: UnlockedIdentity) => ({ memberId, identity: { memberId, keyId: id.keyId, boxPublicKey: id.boxPublicKey } });

/** The error code thrown, or 'ok'. */

/** Flips the lowest bit of one byte of a base64 value. */
function flip(b64: string, index = 0): string {
  const bytes = fromBase64(s, b64);
  bytes[index % bytes.length]! ^= 0x01;
  return toBase64(s, bytes);
}

/** Signs a manifest as the module does (Ed25519 over RFC 8785 canonical JSON): a genuine signature. */
function signManifest(manifest: MinutesManifest, by: UnlockedIdentity): string {
  return toBase64(s, s.crypto_sign_detached(new TextEncoder().encode(canonicalize(manifest)!), by.signSecretKey));
}

/** The same ciphertext under a manifest the author genuinely signed for another place. */
const resigned = (base: SealedMinutes, manifest: MinutesManifest): SealedMinutes => ({ ...base, manifest, signature: signManifest(manifest, author) });

beforeAll(async () => {
  s = await getSodium();
  [author, alice, bob, stranger] = [generateIdentity(s), generateIdentity(s), generateIdentity(s), generateIdentity(s)];
  args = {
    text: `# PV de la séance\n\n${MARKER}\n`,
    author,
    authorMemberId: 'm-secretary',
    workspaceId: 'ws-1',
    sessionId: 'session-1',
    minutesVersion: 1,
    finalisedAt: '2026-11-23T11:16:49.565Z',
    // Carol was present and signed the charter but has no identity: listed, no seal.
    recipients: [recipient('m-alice', alice), recipient('m-bob', bob), { memberId: 'm-carol', identity: null }],
  };
  sealed = sealMinutes(s, args);
});

describe('sealing', () => {
  it('lists every recipient and the author in the signed manifest, with one seal per key', () => {
    expect(sealed.manifest).toMatchObject({
      format: 'concerto.minutes-manifest',
      version: 1,
      workspaceId: 'ws-1',
      sessionId: 'session-1',
      minutesVersion: 1,
      author: { memberId: 'm-secretary', keyId: author.keyId },
      recipients: [
        { memberId: 'm-alice', keyId: alice.keyId },
        { memberId: 'm-bob', keyId: bob.keyId },
        { memberId: 'm-carol', keyId: null },
        { memberId: 'm-secretary', keyId: author.keyId },
      ],
      finalisedAt: '2026-11-23T11:16:49.565Z',
    });
    expect(sealed.manifest.ciphertextHash).toBe(s.to_hex(s.crypto_generichash(32, fromBase64(s, sealed.ciphertext), null)));
    expect(sealed.seals.map((x) => x.keyId)).toEqual([alice.keyId, bob.keyId, author.keyId]);
    expect(fromBase64(s, sealed.nonce)).toHaveLength(24);
    expect(verifyMinutesManifest(s, sealed, author.signPublicKey)).toBe(true);
    // The same bytes as every other signed object: Node's own Ed25519 over RFC 8785 JSON agrees.
    expect(verifyCanonical(sealed.manifest, sealed.signature, author.signPublicKey)).toBe(true);
  });

  it('seals to the author once when the author is also listed, and always when not', () => {
    const listed = sealMinutes(s, { ...args, recipients: [...args.recipients, recipient('m-secretary', author)] });
    expect(listed.seals.filter((x) => x.keyId === author.keyId)).toHaveLength(1);
    expect(listed.manifest.recipients.filter((r) => r.keyId === author.keyId)).toHaveLength(1);
    const alone = sealMinutes(s, { ...args, recipients: [] });
    expect(alone.seals.map((x) => x.keyId)).toEqual([author.keyId]);
    expect(openMinutesAs(s, alone, author, author.signPublicKey)).toBe(args.text);
  });

  it('uses a fresh key and nonce every time: the same text never gives the same ciphertext', () => {
    const again = sealMinutes(s, args);
    expect(again.ciphertext).not.toBe(sealed.ciphertext);
    expect(again.nonce).not.toBe(sealed.nonce);
    const k1 = openSealedKey(s, sealed.seals[0]!.sealedKey, alice)!;
    const k2 = openSealedKey(s, again.seals[0]!.sealedKey, alice)!;
    expect(s.to_hex(k1)).not.toBe(s.to_hex(k2));
  });

  it('wipes the content key once sealed, and once opened', () => {
    let generated: Uint8Array | undefined;
    const spy: Sodium = Object.create(s);
    spy.crypto_aead_xchacha20poly1305_ietf_keygen = ((...a: unknown[]) => (generated = (s.crypto_aead_xchacha20poly1305_ietf_keygen as (...x: unknown[]) => Uint8Array)(...a))) as never;
    const out = sealMinutes(spy, args);
    expect(generated).toHaveLength(32);
    expect(generated!.every((b) => b === 0)).toBe(true);
    // The zeroed array was the key in use: the recipients' seals still hold the real one.
    expect(openMinutesAs(s, out, alice, author.signPublicKey)).toBe(args.text);

    let opened: Uint8Array | undefined;
    const spyOpen: Sodium = Object.create(s);
    spyOpen.crypto_box_seal_open = ((...a: unknown[]) => (opened = (s.crypto_box_seal_open as (...x: unknown[]) => Uint8Array)(...a))) as never;
    expect(openMinutesAs(spyOpen, sealed, bob, author.signPublicKey)).toBe(args.text);
    expect(opened).toHaveLength(32);
    expect(opened!.every((b) => b === 0)).toBe(true);
  });

  it('refuses a member listed twice, a key under two members, a seal recipient under another member, and a version below 1', () => {
    expect(thrownCode(() => sealMinutes(s, { ...args, recipients: [recipient('m-alice', alice), recipient('m-alice', bob)] }))).toBe('VALIDATION');
    expect(thrownCode(() => sealMinutes(s, { ...args, recipients: [recipient('m-alice', alice), recipient('m-bob', alice)] }))).toBe('VALIDATION');
    expect(thrownCode(() => sealMinutes(s, { ...args, recipients: [{ memberId: 'm-bob', identity: recipient('m-alice', alice).identity }] }))).toBe('VALIDATION');
    expect(thrownCode(() => sealMinutes(s, { ...args, recipients: [recipient('m-other', author)] }))).toBe('VALIDATION');
    expect(thrownCode(() => sealMinutes(s, { ...args, minutesVersion: 0 }))).toBe('VALIDATION');
    expect(thrownCode(() => sealMinutes(s, { ...args, minutesVersion: 1.5 }))).toBe('VALIDATION');
  });
});

describe('who can open', () => {
  it('opens for each recipient and for the author, through their own seal', () => {
    for (const id of [alice, bob, author]) {
      expect(openMinutesAs(s, sealed, id, author.signPublicKey)).toBe(args.text);
      const seal = sealed.seals.find((x) => x.keyId === id.keyId)!;
      const key = openSealedKey(s, seal.sealedKey, id)!;
      expect(openMinutesText(s, sealed, key)).toBe(args.text);
    }
  });

  it('a recipient’s key opens no one else’s seal', () => {
    const aliceSeal = sealed.seals.find((x) => x.keyId === alice.keyId)!;
    expect(openSealedKey(s, aliceSeal.sealedKey, bob)).toBeNull();
    expect(openSealedKey(s, aliceSeal.sealedKey, author)).toBeNull();
  });

  it('a member who was not present opens no seal at all, hence not the text', () => {
    expect(sealed.seals.length).toBeGreaterThan(0);
    for (const seal of sealed.seals) expect(openSealedKey(s, seal.sealedKey, stranger)).toBeNull();
    expect(thrownCode(() => openMinutesAs(s, sealed, stranger, author.signPublicKey))).toBe('MINUTES_NOT_RECIPIENT');
    // Even holding someone's seal under their own key id, the stranger's key does not open it.
    const borrowed = { ...sealed, seals: sealed.seals.map((x) => ({ ...x, keyId: stranger.keyId })) };
    const listed = { ...borrowed, manifest: { ...sealed.manifest, recipients: [...sealed.manifest.recipients, { memberId: 'm-stranger', keyId: stranger.keyId }] } };
    expect(thrownCode(() => openMinutesAs(s, listed, stranger, author.signPublicKey))).toBe('FILE_TAMPERED');
    // Re-signing the manifest with a key other than the author's does not help either.
    expect(thrownCode(() => openMinutesAs(s, { ...listed, signature: signManifest(listed.manifest, stranger) }, stranger, author.signPublicKey))).toBe('FILE_TAMPERED');
  });

  it('a wrong key gives no text', () => {
    expect(openMinutesText(s, sealed, s.crypto_aead_xchacha20poly1305_ietf_keygen())).toBeNull();
  });
});

describe('bound to its context', () => {
  const keyOf = (id: UnlockedIdentity) => openSealedKey(s, sealed.seals.find((x) => x.keyId === id.keyId)!.sealedKey, id)!;

  it('associated data names workspace, session and version', () => {
    expect(minutesAd(sealed.manifest)).toBe('concerto.minutes.v1|["ws-1","session-1",1]');
  });

  it('the ciphertext moved to another session, version or workspace does not open, even with the right key', () => {
    const key = keyOf(alice);
    expect(openMinutesText(s, sealed, key)).toBe(args.text);
    for (const change of [{ sessionId: 'session-2' }, { minutesVersion: 2 }, { workspaceId: 'ws-2' }])
      expect(openMinutesText(s, { ...sealed, manifest: { ...sealed.manifest, ...change } }, key), JSON.stringify(change)).toBeNull();
  });

  it('…nor under a genuine manifest the author signed for that other session or version', () => {
    for (const change of [{ sessionId: 'session-2' }, { minutesVersion: 2 }]) {
      const moved = resigned(sealed, { ...sealed.manifest, ...change });
      expect(verifyMinutesManifest(s, moved, author.signPublicKey)).toBe(true);
      expect(thrownCode(() => openMinutesAs(s, moved, alice, author.signPublicKey)), JSON.stringify(change)).toBe('FILE_TAMPERED');
    }
  });
});

describe('tampering', () => {
  const open = (x: SealedMinutes, id: UnlockedIdentity = alice) => thrownCode(() => openMinutesAs(s, x, id, author.signPublicKey));

  it('the untouched record opens', () => {
    expect(open(sealed)).toBe('ok');
  });

  it('one flipped byte of the ciphertext fails (hash and AEAD both)', () => {
    for (const at of [0, 17, fromBase64(s, sealed.ciphertext).length - 1]) {
      const x = { ...sealed, ciphertext: flip(sealed.ciphertext, at) };
      expect(verifyMinutesManifest(s, x, author.signPublicKey)).toBe(false);
      expect(open(x)).toBe('FILE_TAMPERED');
      // Even with a manifest re-signed to the new hash, the AEAD tag refuses it.
      const rehashed = { ...sealed.manifest, ciphertextHash: s.to_hex(s.crypto_generichash(32, fromBase64(s, x.ciphertext), null)) };
      expect(open({ ...x, manifest: rehashed, signature: signManifest(rehashed, author) })).toBe('FILE_TAMPERED');
    }
  });

  it('one flipped byte of the nonce fails', () => {
    for (const at of [0, 23]) expect(open({ ...sealed, nonce: flip(sealed.nonce, at) })).toBe('FILE_TAMPERED');
  });

  it('one flipped byte of the signature fails, as does another key’s genuine signature', () => {
    for (const at of [0, 31, 63]) {
      const x = { ...sealed, signature: flip(sealed.signature, at) };
      expect(verifyMinutesManifest(s, x, author.signPublicKey)).toBe(false);
      expect(open(x)).toBe('FILE_TAMPERED');
    }
    expect(verifyMinutesManifest(s, sealed, bob.signPublicKey)).toBe(false);
    expect(verifyMinutesManifest(s, { ...sealed, signature: 'not base64!' }, author.signPublicKey)).toBe(false);
    expect(verifyMinutesManifest(s, sealed, toBase64(s, new Uint8Array(31)))).toBe(false);
  });

  it('any changed manifest field fails', () => {
    const m = sealed.manifest;
    const changes: Array<[string, MinutesManifest]> = [
      ['workspaceId', { ...m, workspaceId: 'ws-2' }],
      ['sessionId', { ...m, sessionId: 'session-2' }],
      ['minutesVersion', { ...m, minutesVersion: 2 }],
      ['author.memberId', { ...m, author: { ...m.author, memberId: 'm-alice' } }],
      ['author.keyId', { ...m, author: { ...m.author, keyId: alice.keyId } }],
      ['recipient removed', { ...m, recipients: m.recipients.slice(1) }],
      ['recipient added', { ...m, recipients: [...m.recipients, { memberId: 'm-stranger', keyId: stranger.keyId }] }],
      ['recipient key', { ...m, recipients: m.recipients.map((r) => (r.memberId === 'm-carol' ? { ...r, keyId: stranger.keyId } : r)) }],
      ['ciphertextHash', { ...m, ciphertextHash: m.ciphertextHash.replace(/^./, (c) => (c === '0' ? '1' : '0')) }],
      ['finalisedAt', { ...m, finalisedAt: '2026-11-24T11:16:49.565Z' }],
    ];
    for (const [what, manifest] of changes) {
      expect(verifyMinutesManifest(s, { ...sealed, manifest }, author.signPublicKey), what).toBe(false);
      expect(open({ ...sealed, manifest }), what).toBe('FILE_TAMPERED');
    }
  });

  it('one flipped byte of a sealed key fails for its recipient only', () => {
    const seals = sealed.seals.map((x) => (x.keyId === alice.keyId ? { ...x, sealedKey: flip(x.sealedKey, 40) } : x));
    expect(openSealedKey(s, seals[0]!.sealedKey, alice)).toBeNull();
    expect(open({ ...sealed, seals }, alice)).toBe('FILE_TAMPERED');
    expect(open({ ...sealed, seals }, bob)).toBe('ok');
    // A listed recipient whose seal was removed cannot open either, and is told it was altered.
    expect(open({ ...sealed, seals: sealed.seals.filter((x) => x.keyId !== bob.keyId) }, bob)).toBe('FILE_TAMPERED');
  });

  it('a seal replaced by one of another content key fails (the signed hash pins the ciphertext)', () => {
    const other = sealMinutes(s, { ...args, text: 'autre texte' });
    const seals = sealed.seals.map((x) => (x.keyId === alice.keyId ? other.seals.find((y) => y.keyId === alice.keyId)! : x));
    expect(open({ ...sealed, seals })).toBe('FILE_TAMPERED');
  });
});

// The minutes lines: sealing one PV for 60 recipients (crypto only, the same on either store, so
// measured once against its goal), then opening a finalised version and listing a session's
// versions with their recipients, on both stores like the other queries.
import { asc, eq } from 'drizzle-orm';
import { minutes, minutesVersions, sessions } from '../../db/schema.js';
import { identityKeyId } from '../../electron/crypto/identity.js';
import { sealMinutes, type SealMinutesArgs } from '../../electron/crypto/minutesSeal.js';
import { toBase64, type Sodium } from '../../electron/crypto/sodium.js';
import { serialiseDocument } from '../../electron/services/minutes/document.js';
import { minutesView } from '../../electron/services/minutes/read.js';
import { openVersionDocument, recipientsOf, versionRow, versionsOf, versionSummaries } from '../../electron/services/minutes/versions.js';
import type { OpenWorkspace } from '../../electron/services/store.js';
import { newFaker, type GeneratedGroup } from './generate.js';
import { identityOf, minutesBody } from './generateMinutes.js';
import { interleaved, stats, time } from './measure.js';
import { pairLine, singleLine, type BenchLine } from './report.js';
import type { StoreKind } from './stores.js';

export const SEAL_RECIPIENTS = 60;
export const SEAL_GOAL_MS = 100;

/** A PV of about 40 paragraphs for 60 present members, each with an identity; the first is the author. */
export function sealArgs(s: Sodium, seed: number): SealMinutesArgs {
  const f = newFaker(seed, 'minutes-seal-bench');
  const people = Array.from({ length: SEAL_RECIPIENTS }, (_, i) => {
    const sign = s.crypto_sign_seed_keypair(Uint8Array.from({ length: 32 }, () => f.number.int(255)));
    const box = s.crypto_box_seed_keypair(Uint8Array.from({ length: 32 }, () => f.number.int(255)));
    const identity = {
      keyId: identityKeyId(s, sign.publicKey, box.publicKey),
      signPublicKey: toBase64(s, sign.publicKey),
      boxPublicKey: toBase64(s, box.publicKey),
      signSecretKey: sign.privateKey,
      boxSecretKey: box.privateKey,
    };
    return { memberId: f.string.uuid(), name: `Membre ${i + 1}`, organisation: `Service ${(i % 12) + 1}`, identity };
  });
  // Nine situations at 3–4 paragraphs and the other sections: about 40 paragraphs.
  const codes = Array.from({ length: 9 }, (_, i) => `SIT-2025-${String(i + 1).padStart(3, '0')}`);
  const { body } = minutesBody(f, codes);
  const header = {
    groupName: 'Concertations cliniques (groupe synthétique)',
    sessionTitle: 'Concertation 2025–2026',
    sessionDate: '2026-01-20',
    startTime: '13:30',
    endTime: '16:00',
    place: 'Wavre',
    present: people.map(({ memberId, name, organisation }) => ({ memberId, name, organisation })),
    excused: [],
  };
  const author = people[0]!;
  return {
    text: serialiseDocument('fr', header, body),
    author: author.identity,
    authorMemberId: author.memberId,
    workspaceId: f.string.uuid(),
    sessionId: f.string.uuid(),
    minutesVersion: 1,
    finalisedAt: '2026-01-22T15:00:00.000Z',
    recipients: people.map((p) => ({ memberId: p.memberId, identity: { memberId: p.memberId, keyId: p.identity.keyId, boxPublicKey: p.identity.boxPublicKey } })),
  };
}

/** sealMinutes for 60 recipients: one AEAD encryption, 60 sealed boxes, one Ed25519 signature over the manifest. */
export async function sealLine(s: Sodium, seed: number, repeats: number): Promise<BenchLine> {
  const args = sealArgs(s, seed);
  for (let i = 0; i < 3; i++) sealMinutes(s, args);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) samples.push(await time(() => sealMinutes(s, args)));
  const paragraphs = JSON.parse(args.text).body.split('\n\n').filter((b: string) => !b.startsWith('#')).length;
  const kib = (new TextEncoder().encode(args.text).length / 1024).toFixed(0);
  return singleLine(
    'minutes.seal60',
    `sealMinutes, one PV (${paragraphs} paragraphs, ${kib} KiB) for ${SEAL_RECIPIENTS} recipients (crypto only, no store)`,
    'ms',
    samples,
    { max: SEAL_GOAL_MS, text: `p95 ≤ ${SEAL_GOAL_MS} ms`, on: 'p95' },
    `p95 ${stats(samples).p95.toFixed(2)} ms`,
  );
}

interface Finalised {
  sessionId: string;
  minutesId: string;
  number: number;
  authorAccountId: string;
}

/** Opening a version and listing a session's minutes on both stores, a different session each run. */
export async function minutesStoreLines(s: Sodium, open: Record<StoreKind, OpenWorkspace>, group: GeneratedGroup, repeats: number, warmUp: number): Promise<BenchLine[]> {
  const versions: Finalised[] = open.plaintext.db
    .select({ sessionId: minutes.sessionId, minutesId: minutes.id, number: minutesVersions.number, authorAccountId: minutesVersions.authorAccountId })
    .from(minutesVersions)
    .innerJoin(minutes, eq(minutes.id, minutesVersions.minutesId))
    .innerJoin(sessions, eq(sessions.id, minutes.sessionId))
    .orderBy(asc(sessions.date), asc(minutesVersions.number))
    .all();
  if (versions.length === 0) return [];
  const identities = new Map(group.accounts.map((a) => [a.id, identityOf(a)]));
  const pick = (i: number) => versions[(i * 37) % versions.length]!;
  const pair = async (fn: (ws: OpenWorkspace, v: Finalised) => unknown) => {
    for (const kind of ['encrypted', 'plaintext'] as const) for (let i = 0; i < warmUp; i++) fn(open[kind], pick(i));
    return interleaved(repeats, (kind, i) => time(() => fn(open[kind], pick(i))), { warmUp: 0 });
  };
  const lines: BenchLine[] = [];
  lines.push(
    pairLine(
      'minutes.open',
      `openVersionDocument: one finalised version (${versions.length} in the store) with its author's key: manifest signature, hash, unseal, decrypt, parse`,
      'ms',
      await pair((ws, v) => openVersionDocument(s, ws.db, v.sessionId, versionRow(ws.db, v.minutesId, v.number), identities.get(v.authorAccountId)!)),
    ),
  );
  lines.push(
    pairLine(
      'minutes.list',
      "a session's minutes: its versions with author names and each version's recipients",
      'ms',
      await pair((ws, v) => ({ versions: versionSummaries(ws.db, v.minutesId), recipients: versionsOf(ws.db, v.minutesId).map((row) => recipientsOf(ws.db, row.id)) })),
    ),
  );
  lines.push(
    pairLine(
      'minutes.get',
      'minutes.get service as the UI calls it, for the author (header, versions, who may write: charter signatures on the date)',
      'ms',
      await pair((ws, v) => minutesView(s, { ws, accountId: v.authorAccountId, identity: identities.get(v.authorAccountId)!, dbKey: new Uint8Array(32) }, v.sessionId)),
    ),
  );
  return lines;
}

// The minutes part of the synthetic group: after each held session, the secretary (or the
// coordinator when the secretary was not there) starts a draft, saves it a few times and finalises
// it. The document (generated header + written body) is sealed with the real sealMinutes to the
// members present who held a valid charter signature that day, and stored as finalise.ts stores it:
// version row, one recipient row per manifest recipient (sealed key or null), minutes.latestVersion.
// A few versions are corrected later (version 2 with a reason) and some copies are registered as
// distributed. Content, ids and dates come from the part's own faker; only keys and nonces are
// random, so two groups from one seed hold the same text under different ciphertexts.
import type { Faker } from '@faker-js/faker';
import { eq } from 'drizzle-orm';
import { minutes, minutesDistributions, minutesRecipients, minutesVersions } from '../../db/schema.js';
import type { UnlockedIdentity } from '../../electron/crypto/identity.js';
import { sealMinutes, type SealedMinutes } from '../../electron/crypto/minutesSeal.js';
import { serialiseDocument } from '../../electron/services/minutes/document.js';
import { sealDraft } from '../../electron/services/minutes/draftSeal.js';
import type { MinutesHeader } from '../../contract/types/minutes.js';
import { languageAt, rolesAt } from './generateAccounts.js';
import { membersSignedOnDay } from './generateCharter.js';
import { addDays, type GeneratedAccount, type GeneratedMember, type GeneratedSession, type GroupContext, type GroupEvent, instant } from './generate.js';

/** Written paragraphs per situation discussed; with ~26 presentations a session this gives ~10,000 paragraphs in ten years. */
const PARAGRAPHS_PER_SITUATION = { min: 3, max: 4 };
const CORRECTION_REASONS = ['Action attribuée au mauvais service', 'Échéance corrigée', 'Piste ajoutée à la demande d’un membre présent', 'Coquille dans le compte rendu'];
const CHANNELS = ['app', 'file', 'pdf'] as const;

/** A PV body as a secretary writes it: an opening, each situation by its code, other items, the next session. */
export function minutesBody(f: Faker, codes: readonly string[]): { body: string; paragraphs: number } {
  const blocks: string[] = [];
  let paragraphs = 0;
  const say = (n: number) => {
    for (let i = 0; i < n; i++) blocks.push(f.lorem.paragraph({ min: 2, max: 5 }));
    paragraphs += n;
  };
  blocks.push('## Ouverture');
  say(1);
  if (codes.length) blocks.push('## Situations');
  for (const code of codes) {
    blocks.push(`### ${code}`);
    say(f.number.int(PARAGRAPHS_PER_SITUATION));
  }
  blocks.push('## Divers');
  say(f.number.int({ min: 3, max: 8 }));
  blocks.push('## Prochaine séance');
  say(1);
  return { body: `${blocks.join('\n\n')}\n`, paragraphs };
}

export const identityOf = (a: GeneratedAccount): UnlockedIdentity => ({
  keyId: a.keyId,
  signPublicKey: a.signPublicKey,
  boxPublicKey: a.boxPublicKey,
  signSecretKey: a.signSecretKey,
  boxSecretKey: a.boxSecretKey,
});

/** Header people sorted as participantsOf sorts them (last name, then first name, French collation). */
function people(ids: readonly string[], byId: Map<string, GeneratedMember>) {
  return ids
    .map((id) => byId.get(id)!)
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'))
    .map((m) => ({ memberId: m.id, name: `${m.firstName} ${m.lastName}`, organisation: m.organisation }));
}

interface Version {
  minutesId: string;
  number: number;
  at: string;
  author: GeneratedAccount;
  /** Index of the author in ctx.accounts (roles and language depend on it). */
  authorIndex: number;
  body: string;
  reason: string | null;
}

export function generateMinutes(ctx: GroupContext): { events: GroupEvent[]; summary: string } {
  const f = ctx.faker;
  const s = ctx.sodium;
  const events: GroupEvent[] = [];
  const byId = new Map(ctx.members.map((m) => [m.id, m]));
  const count = { minutes: 0, versions: 0, paragraphs: 0, sealedKeys: 0, recipients: 0, excluded: 0, distributions: 0, without: 0 };

  /** The account that may write at both instants: a secretary first, else the coordinator (present, signed, account existing). */
  const writerOf = (session: GeneratedSession, times: string[]): number => {
    const eligible = (i: number, keeps: string) => {
      const a = ctx.accounts[i]!;
      return (
        session.present.includes(a.memberId) &&
        times.every((at) => a.createdAt < at && rolesAt(ctx, i, at).includes(keeps) && membersSignedOnDay(ctx.charter, session.date, at).has(a.memberId))
      );
    };
    const secretary = ctx.accounts.findIndex((_, i) => eligible(i, 'secretary'));
    return secretary >= 0 ? secretary : ctx.accounts.findIndex((_, i) => eligible(i, 'coordinator'));
  };

  /** Finalising as finalise.ts does: recipients frozen from attendance and signatures at that instant. */
  const finalise = (session: GeneratedSession, v: Version): void => {
    const signed = membersSignedOnDay(ctx.charter, session.date, v.at);
    const header: MinutesHeader = {
      groupName: ctx.groupName,
      sessionTitle: session.title,
      sessionDate: session.date,
      startTime: session.startTime,
      endTime: session.endTime,
      place: session.place,
      present: people(session.present, byId),
      excused: people(session.excused, byId),
    };
    const recipients = header.present.filter((p) => signed.has(p.memberId));
    const excluded = header.present.filter((p) => !signed.has(p.memberId)).map((p) => ({ memberId: p.memberId, name: p.name, reason: 'no_valid_signature' }));
    const identities = new Map(ctx.accounts.filter((a) => a.createdAt < v.at).map((a) => [a.memberId, a]));
    const sealed: SealedMinutes = sealMinutes(s, {
      text: serialiseDocument(languageAt(ctx, v.authorIndex, v.at), header, v.body),
      author: identityOf(v.author),
      authorMemberId: v.author.memberId,
      workspaceId: ctx.workspaceId,
      sessionId: session.id,
      minutesVersion: v.number,
      finalisedAt: v.at,
      recipients: recipients.map((r) => {
        const a = identities.get(r.memberId);
        return { memberId: r.memberId, identity: a ? { memberId: r.memberId, keyId: a.keyId, boxPublicKey: a.boxPublicKey } : null };
      }),
    });
    const versionId = f.string.uuid();
    const names = new Map(recipients.map((r) => [r.memberId, r.name]));
    const rows = sealed.manifest.recipients.map((r) => {
      const seal = sealed.seals.find((x) => x.memberId === r.memberId && x.keyId === r.keyId);
      return { versionId, memberId: r.memberId, name: names.get(r.memberId) ?? '', keyId: r.keyId, sealedKey: seal?.sealedKey ?? null };
    });
    count.versions += 1;
    count.recipients += rows.length;
    count.sealedKeys += sealed.seals.length;
    count.excluded += excluded.length;
    events.push({
      at: v.at,
      accountId: v.author.id,
      action: 'minutes.finalise',
      entity: 'minutes',
      entityId: `${v.minutesId}:v${v.number}`,
      write: (db) => {
        db.insert(minutesVersions)
          .values({
            id: versionId,
            minutesId: v.minutesId,
            number: v.number,
            reason: v.reason,
            authorAccountId: v.author.id,
            authorMemberId: v.author.memberId,
            authorKeyId: v.author.keyId,
            nonce: sealed.nonce,
            ciphertext: sealed.ciphertext,
            manifest: JSON.stringify(sealed.manifest),
            signature: sealed.signature,
            excluded,
            finalisedAt: v.at,
          })
          .run();
        for (const row of rows) db.insert(minutesRecipients).values(row).run();
        db.update(minutes).set({ latestVersion: v.number, draftSealed: null, draftAccountId: null, draftKeyId: null, draftUpdatedAt: null }).where(eq(minutes.id, v.minutesId)).run();
      },
    });
    // Now and then the author hands copies out: in the app, as a file sealed to the recipient (keys only), or as a PDF.
    if (f.number.float() < 0.25) {
      const day = addDays(v.at.slice(0, 10), f.number.int({ min: 1, max: 6 }));
      for (const [k, r] of f.helpers.arrayElements(rows, { min: 1, max: 3 }).entries()) {
        const at = instant(day, 12_000 + k);
        if (!rolesAt(ctx, v.authorIndex, at).some((role) => role === 'secretary' || role === 'coordinator')) break;
        const channel = r.keyId ? f.helpers.arrayElement(CHANNELS) : 'pdf';
        const id = f.string.uuid();
        const fileName = channel === 'app' ? null : `pv-${session.date}-v${v.number}-${r.memberId.slice(0, 8)}.${channel === 'pdf' ? 'pdf' : 'concerto-pv'}`;
        count.distributions += 1;
        events.push({
          at,
          accountId: v.author.id,
          action: `minutes.distribute.${channel}`,
          entity: 'minutes',
          entityId: `${v.minutesId}:v${v.number}:${r.memberId}`,
          write: (db) => db.insert(minutesDistributions).values({ id, versionId, memberId: r.memberId, channel, fileName, accountId: v.author.id, at }).run(),
        });
      }
    }
  };

  /** The draft's life: started, saved a few times, then finalised. */
  const draft = (session: GeneratedSession, v: Version, startAt: string, first: boolean): void => {
    const sealedDraft = sealDraft(s, v.author.boxPublicKey, v.body);
    const state = { draftSealed: sealedDraft, draftAccountId: v.author.id, draftKeyId: v.author.keyId, draftUpdatedAt: startAt };
    events.push({
      at: startAt,
      accountId: v.author.id,
      action: 'minutes.draft.start',
      entity: 'minutes',
      entityId: v.minutesId,
      write: (db) => {
        if (first) db.insert(minutes).values({ id: v.minutesId, sessionId: session.id, createdAt: startAt, latestVersion: 0, ...state }).run();
        else db.update(minutes).set(state).where(eq(minutes.id, v.minutesId)).run();
      },
    });
    for (let k = 1, saves = f.number.int({ min: 1, max: 3 }); k <= saves; k++) {
      const at = instant(startAt.slice(0, 10), 20_000 + k * 600);
      events.push({ at, accountId: v.author.id, action: 'minutes.draft.save', entity: 'minutes', entityId: v.minutesId, write: (db) => db.update(minutes).set({ draftUpdatedAt: at }).where(eq(minutes.id, v.minutesId)).run() });
    }
    finalise(session, v);
  };

  for (const session of ctx.sessions) {
    if (!session.held || session.present.length === 0) continue;
    const startDay = addDays(session.date, f.number.int({ min: 1, max: 4 }));
    const startAt = instant(startDay, f.number.int({ min: 1_000, max: 15_000 }));
    const finaliseAt = instant(addDays(startDay, f.number.int({ min: 1, max: 6 })), f.number.int({ min: 25_000, max: 29_000 }));
    const codes = [...(ctx.presentations.get(session.id) ?? [])].sort();
    const { body, paragraphs } = minutesBody(f, codes);
    const minutesId = f.string.uuid();
    const correct = f.number.float() < 0.06;
    const authorIndex = writerOf(session, [startAt, finaliseAt]);
    if (authorIndex < 0) {
      count.without += 1;
      continue;
    }
    const author = ctx.accounts[authorIndex]!;
    count.minutes += 1;
    count.paragraphs += paragraphs;
    draft(session, { minutesId, number: 1, at: finaliseAt, author, authorIndex, body, reason: null }, startAt, true);
    if (correct) {
      const day = addDays(finaliseAt.slice(0, 10), f.number.int({ min: 14, max: 60 }));
      const again = instant(day, 2_000);
      const at = instant(day, 26_000);
      const reason = f.helpers.arrayElement(CORRECTION_REASONS);
      const added = f.lorem.paragraph({ min: 1, max: 2 });
      if (writerOf(session, [again, at]) === authorIndex) {
        count.paragraphs += 1;
        draft(session, { minutesId, number: 2, at, author, authorIndex, body: `${body}\n${added}\n`, reason }, again, false);
      }
    }
  }
  const corrected = count.versions - count.minutes;
  return {
    events,
    summary:
      `${count.minutes} minutes (${corrected} corrected), ${count.paragraphs} paragraphs, ${count.recipients} recipients (${count.sealedKeys} sealed keys, ` +
      `${count.excluded} present without a valid signature), ${count.distributions} copies distributed; ${count.without} held sessions without an eligible writer`,
  };
}

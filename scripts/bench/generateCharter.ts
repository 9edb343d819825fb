// The charter part of the synthetic group: three versions of the charter-convention over ten
// years, each put in force after a draft, and the members' signatures of the version in force.
// Members with an account sign with their own seeded identity; the others sign on paper in front
// of the coordinator, who countersigns. Signatures are made with the charter service's own
// payload and signing functions, so verifyAllSignatures accepts every one of them.
import { eq } from 'drizzle-orm';
import { charterSignatures, charterVersions } from '../../db/schema.js';
import { signaturePayload, type SecrecyStatus } from '../../electron/services/charter/payload.js';
import { signCanonical } from '../../electron/services/charter/signedJson.js';
import { canonicalText, contentHash, defaultCharterText } from '../../electron/services/charter/text.js';
import { addDays, dayOf, type GeneratedAccount, type GeneratedCharter, type GroupContext, type GroupEvent, instant, memberActiveOn } from './generate.js';

/** Adoption days of the versions, and what each new version adds to the text. */
const VERSIONS = [
  { adoptedOn: '2016-10-18', amendment: null },
  { adoptedOn: '2019-09-17', amendment: '## Avenant 2019\n\nLes situations présentées le sont sous un prénom d’emprunt choisi par le service qui les présente.' },
  { adoptedOn: '2023-01-17', amendment: '## Avenant 2023\n\nLes procès-verbaux sont réservés aux membres présents et conservés chiffrés pendant la durée fixée par le groupe.' },
];
const PLACES = ['Nivelles', 'Wavre', 'Ottignies'];

export function generateCharter(ctx: GroupContext): { events: GroupEvent[]; summary: string } {
  const f = ctx.faker;
  const events: GroupEvent[] = [];
  const coordinator = ctx.accounts[0]!;
  const by = ctx.coordinatorAccountId;
  const last = addDays(dayOf(ctx.end), -1);
  const accountOf = new Map<string, GeneratedAccount>(ctx.accounts.map((a) => [a.memberId, a]));
  let text = defaultCharterText(ctx.groupName, 'Brabant wallon');
  let previousId: string | null = null;
  let ownKey = 0;
  let witnessed = 0;
  VERSIONS.forEach((v, index) => {
    if (v.amendment) text = canonicalText(`${text}\n${v.amendment}\n`);
    const id = f.string.uuid();
    const number = index + 1;
    const hash = contentHash(text);
    const versionText = text;
    const draftAt = instant(addDays(v.adoptedOn, -45), 100);
    events.push({
      at: draftAt,
      accountId: by,
      action: 'charter.createDraft',
      entity: 'charter_version',
      entityId: id,
      write: (db) => db.insert(charterVersions).values({ id, number, status: 'draft', text: versionText, contentHash: hash, createdAt: draftAt, updatedAt: draftAt }).run(),
    });
    const inForceAt = instant(v.adoptedOn, 100);
    const reviewDue = addDays(v.adoptedOn, 3 * 365);
    const retiring = previousId;
    if (retiring) {
      events.push({
        at: inForceAt,
        accountId: by,
        action: 'charter.retire',
        entity: 'charter_version',
        entityId: retiring,
        write: (db) => db.update(charterVersions).set({ status: 'retired', retiredAt: inForceAt, updatedAt: inForceAt }).where(eq(charterVersions.id, retiring)).run(),
      });
    }
    events.push({
      at: instant(v.adoptedOn, 101),
      accountId: by,
      action: 'charter.putInForce',
      entity: 'charter_version',
      entityId: id,
      write: (db) => db.update(charterVersions).set({ status: 'in_force', adoptedOn: v.adoptedOn, reviewDue, inForceAt, updatedAt: inForceAt }).where(eq(charterVersions.id, id)).run(),
    });
    previousId = id;
    ctx.charter.versions.push({ from: v.adoptedOn, until: VERSIONS[index + 1]?.adoptedOn ?? null });
    // Who signs this version: members on the roster while it is in force, within a few weeks of
    // its adoption (or of joining), while still on the roster and, for account holders, once the account exists.
    const until = VERSIONS[index + 1]?.adoptedOn ?? last;
    for (const m of ctx.members) {
      const from = m.activeFrom > v.adoptedOn ? m.activeFrom : v.adoptedOn;
      if (from >= until || f.datatype.boolean({ probability: 0.06 })) continue;
      const account = accountOf.get(m.id);
      let day = addDays(from, f.number.int({ min: 1, max: 60 }));
      if (account && day <= account.createdAt.slice(0, 10)) day = addDays(account.createdAt.slice(0, 10), 1);
      // A week's margin: a witnessed signature is recorded up to six days later, still under this version.
      if (addDays(day, 7) >= until || !memberActiveOn(m, day) || !memberActiveOn(m, addDays(day, 7))) continue;
      const signedAt = instant(day, f.number.int({ min: 20_000, max: 30_000 }));
      const declaredStatus: SecrecyStatus = f.datatype.boolean({ probability: 0.85 }) ? 'professional_secret' : 'duty_of_reserve';
      const name = `${m.firstName} ${m.lastName}`;
      const sigId = f.string.uuid();
      const common = { id: sigId, versionId: id, memberId: m.id, contentHash: hash, signerName: name, declaredStatus, signedAt };
      if (account) {
        ownKey += 1;
        ctx.charter.signatures.push({ version: index, memberId: m.id, signedOn: day, recordedAt: signedAt });
        const payload = signaturePayload({ charterHash: hash, workspaceId: ctx.workspaceId, memberId: m.id, name, declaredStatus, signedAt, method: 'own_key', keyId: account.keyId });
        const signature = signCanonical(ctx.sodium, account.signSecretKey, payload);
        events.push({
          at: signedAt,
          accountId: account.id,
          action: 'charter.sign',
          entity: 'charter_signature',
          entityId: sigId,
          write: (db) => db.insert(charterSignatures).values({ ...common, method: 'own_key', signerKeyId: account.keyId, signature, recordedAt: signedAt }).run(),
        });
      } else {
        witnessed += 1;
        // Signed on paper at a session, recorded by the coordinator a few days later.
        const place = f.helpers.arrayElement(PLACES);
        const recordedAt = instant(addDays(day, f.number.int({ min: 0, max: 6 })), 30_100);
        ctx.charter.signatures.push({ version: index, memberId: m.id, signedOn: day, recordedAt });
        const payload = signaturePayload({ charterHash: hash, workspaceId: ctx.workspaceId, memberId: m.id, name, declaredStatus, signedAt, method: 'witnessed', keyId: coordinator.keyId, place, witnessMemberId: coordinator.memberId });
        const witnessSignature = signCanonical(ctx.sodium, coordinator.signSecretKey, payload);
        events.push({
          at: recordedAt,
          accountId: by,
          action: 'charter.witness',
          entity: 'charter_signature',
          entityId: sigId,
          write: (db) =>
            db
              .insert(charterSignatures)
              .values({ ...common, method: 'witnessed', place, witnessMemberId: coordinator.memberId, witnessKeyId: coordinator.keyId, witnessSignature, recordedAt })
              .run(),
        });
      }
    }
  });
  return { events, summary: `${VERSIONS.length} versions (last in force since ${VERSIONS.at(-1)!.adoptedOn}), ${ownKey + witnessed} signatures (${ownKey} own key, ${witnessed} witnessed)` };
}

/**
 * Members holding a valid signature on `day`, as membersSignedOn sees it at the instant `at`
 * (a witnessed signature counts once recorded; the generator revokes none).
 */
export function membersSignedOnDay(charter: GeneratedCharter, day: string, at: string): Set<string> {
  const version = charter.versions.findIndex((v) => v.from <= day && (v.until === null || v.until > day));
  return new Set(charter.signatures.filter((s) => s.version === version && s.signedOn <= day && s.recordedAt <= at).map((s) => s.memberId));
}

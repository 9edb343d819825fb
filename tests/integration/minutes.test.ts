// Minutes through the router on one real encrypted workspace with several accounts:
// writing and the check, finalising and its refusals, who can read (the router, then the
// cryptography alone), corrections, distribution by the three channels and the register.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { situationConsents, situations } from '../../db/schema.js';
import type { Router } from '../../electron/api/router.js';
import type { Member } from '../../contract/types/app.js';
import type { MinutesView } from '../../contract/types/minutes.js';
import { openSealedKey } from '../../electron/crypto/minutesSeal.js';
import { getSodium } from '../../electron/crypto/sodium.js';
import { minutesOf } from '../../electron/services/minutes/access.js';
import { openMinutesFile } from '../../electron/services/minutes/minutesFile.js';
import { openVersionDocument, sealedOf, versionRow } from '../../electron/services/minutes/versions.js';
import { endSession, unlockWithPassphrase, type UnlockedWorkspace } from '../../electron/services/workspace.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { pdfText, squash } from '../helpers/pdfText.js';
import { MIGRATIONS_DIR } from '../helpers/safetyWorkspace.js';
import { call, dayFromToday, failure } from '../helpers/sessions.js';
import { createdWorkspace, folderBytes, OTHER_PASSPHRASE, PASSPHRASE, sampleMember } from '../helpers/workspace.js';

let router: Router;
let dir: string;
const ids = { anne: '', sophie: '', marc: '', paul: '' };
let people: Record<'sophie' | 'marc' | 'paul' | 'lea', Member>;
let sessionId = '';
let situationId = '';
const MARKER = 'Trampoline-Zanzibar-4417';
const PHONE = '0471 23 45 67';

const passphraseOf = (who: keyof typeof ids) => (who === 'anne' ? PASSPHRASE : OTHER_PASSPHRASE);
async function as(who: keyof typeof ids) {
  await call(router, 'session.unlock', { accountId: ids[who], passphrase: passphraseOf(who) });
}
const attendee = (view: MinutesView) => {
  if (view.access !== 'attendee') throw new Error('expected the attendee view');
  return view;
};
/** The account's own unlocked session, outside the router (for the cryptographic checks). */
async function serviceSession(who: keyof typeof ids): Promise<UnlockedWorkspace> {
  await router.lockNow();
  return unlockWithPassphrase(dir, ids[who], passphraseOf(who), { migrationsDir: MIGRATIONS_DIR });
}

/** A situation inserted through the schema (its own channels are tested with the situations). */
function insertSituation(s: UnlockedWorkspace, number: number, consentWithdrawnAt: string | null): string {
  const id = randomUUID();
  const at = new Date().toISOString();
  const code = `SIT-2026-${String(number).padStart(3, '0')}`;
  s.ws.db
    .insert(situations)
    .values({
      id, code, year: 2026, number, presenterMemberId: people.marc.id, ageBand: '12-14', gender: '', needSectors: ['mental_health'], severity: 'danger',
      servicesInvolved: ['ssm'], question: `Quelles pistes pour ${code} ?`, summary: 'Résumé anonymisé.', status: 'ready',
      consentWithdrawnAt, closedAt: null, purgeAfter: null, purgedAt: null, createdAt: at, updatedAt: at,
    })
    .run();
  s.ws.db
    .insert(situationConsents)
    .values({ situationId: id, informedOn: '2026-10-01', informedHow: 'entretien', informedBy: 'le délégué', consentOn: '2026-10-02', consentForm: 'written', consentGivenBy: 'la mère', youngPersonView: 'favorable', updatedAt: at })
    .run();
  return id;
}

beforeAll(async () => {
  const created = await createdWorkspace();
  ({ router, dir } = created);
  ids.anne = created.accountId;
  const make = (firstName: string, lastName: string, organisation: string) =>
    call(router, 'members.create', { ...sampleMember, firstName, lastName, organisation, email: '' } as never) as Promise<Member>;
  people = {
    sophie: await make('Sophie', 'Marchal', 'AMO Le Pas'),
    marc: await make('Marc', 'Olivier', 'SSM Le Méridien'),
    paul: await make('Paul', 'Warnier', 'CPAS de Wavre'),
    lea: await make('Léa', 'Gérard', 'Service Horizon'),
  };
  ids.sophie = (await call(router, 'accounts.create', { memberId: people.sophie.id, username: 'sophie', roles: ['secretary'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE })).id;
  ids.marc = (await call(router, 'accounts.create', { memberId: people.marc.id, username: 'marc', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE })).id;
  ids.paul = (await call(router, 'accounts.create', { memberId: people.paul.id, username: 'paul', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE })).id;
  const charter = await putDraftInForce(router);
  // Anne (coordinator), Sophie, Marc sign; Léa (no account) signs in person; Paul never signs.
  await call(router, 'charter.sign', { versionId: charter.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  await call(router, 'charter.witness', { versionId: charter.id, memberId: people.lea.id, declaredStatus: 'professional_secret', signedAt: `${dayFromToday(0)}T00:00`, place: 'Wavre', passphrase: PASSPHRASE });
  for (const who of ['sophie', 'marc'] as const) {
    await as(who);
    await call(router, 'charter.sign', { versionId: charter.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: OTHER_PASSPHRASE });
  }
  await as('anne');
  // Held today: a valid signature is judged on the session's date.
  const session = await call(router, 'sessions.create', { title: 'Concertation de novembre', date: dayFromToday(0), startTime: '00:00', endTime: '23:59', place: 'Wavre', notes: '' });
  sessionId = session.id;
  await call(router, 'sessions.invite', { sessionId, mode: 'all' });
  await call(router, 'agenda.add', { sessionId, title: 'Présentation du nouveau service de répit', durationMinutes: 20, sectors: [], overrideReason: 'Point ajouté le jour même' });
  // A situation presented (ready, consented) and one whose family later withdrew consent.
  const anneService = await serviceSession('anne');
  situationId = insertSituation(anneService, 1, null);
  insertSituation(anneService, 2, '2026-10-20T10:00:00.000Z');
  endSession(anneService);
  await as('anne');
  await call(router, 'situationAgenda.add', { sessionId, situationId, durationMinutes: 30, overrideReason: 'Situation urgente, ajoutée le jour même' });
  for (const [member, status] of [
    [people.sophie, 'present'],
    [people.marc, 'present'],
    [people.paul, 'present'],
    [people.lea, 'present'],
  ] as const)
    await call(router, 'attendance.set', { sessionId, memberId: member.id, status, reason: '' });
  // The coordinator was invited but did not come.
  const me = await call(router, 'members.list', {});
  const anneMember = me.find((m) => m.lastName === 'Dupont');
  if (!anneMember) throw new Error('coordinator member missing');
  await call(router, 'attendance.set', { sessionId, memberId: anneMember.id, status: 'excused', reason: '' });
  const presentationId = (await call(router, 'situationFollowUp.get', { situationId })).presentations[0]?.id ?? '';
  await call(router, 'situationFollowUp.recordOutcome', {
    presentationId,
    leads: [{ sector: 'mental_health', serviceType: 'ssm', text: 'Consultation au SSM pour l’adolescent' }],
    actions: [{ memberId: people.marc.id, what: 'Proposer un premier rendez-vous', dueOn: dayFromToday(14) }],
    followUpSessionId: null,
    needStates: [],
  });
}, 120_000);

afterAll(async () => {
  await router.close();
});

describe('writing the draft', () => {
  it('is for a present secretary only, pre-filled from the session, and sealed to its author', async () => {
    await as('marc');
    expect(await failure(router, 'minutes.startDraft', { sessionId })).toBe('FORBIDDEN');
    await as('anne');
    // The coordinator may stand in, but only if present.
    expect(await failure(router, 'minutes.startDraft', { sessionId })).toBe('MINUTES_WRITER_NOT_ELIGIBLE');

    await as('sophie');
    const view = attendee(await call(router, 'minutes.startDraft', { sessionId }));
    expect(view.state).toBe('draft');
    expect(view.header.present.map((p) => p.name)).toEqual(['Léa Gérard', 'Sophie Marchal', 'Marc Olivier', 'Paul Warnier']);
    expect(view.header.excused.map((p) => p.name)).toEqual(['Anne Dupont']);
    expect(view.draft?.body).toContain('Présentation du nouveau service de répit');
    expect(view.draft?.body).toContain('Prochaine séance');
    // The situation by its code, with the leads and actions recorded after its presentation.
    expect(view.draft?.body).toContain('### SIT-2026-001');
    expect(view.draft?.body).toContain('- Consultation au SSM pour l’adolescent');
    expect(view.draft?.body).toMatch(/- Marc Olivier : Proposer un premier rendez-vous \(échéance : \d{1,2} \p{L}+( \d{4})?\)/u);

    // Another attendee sees that a draft is being written, not its text.
    await as('marc');
    const marcView = attendee(await call(router, 'minutes.get', { sessionId }));
    expect(marcView.draft).toBeNull();
    expect(marcView.draftHeldBy).toBe('Sophie Marchal');
  });

  it('needs a charter signature held on the session’s date, not only today', async () => {
    await as('anne');
    const yesterday = await call(router, 'sessions.create', { title: 'Séance de la veille', date: dayFromToday(-1), startTime: '13:30', endTime: '16:00', place: 'Wavre', notes: '' });
    await call(router, 'sessions.invite', { sessionId: yesterday.id, mode: 'all' });
    await call(router, 'attendance.set', { sessionId: yesterday.id, memberId: people.sophie.id, status: 'present', reason: '' });
    // Sophie signed today, after that session: she may not write (nor receive) its minutes.
    await as('sophie');
    expect(await failure(router, 'minutes.startDraft', { sessionId: yesterday.id })).toBe('MINUTES_WRITER_NOT_ELIGIBLE');
    const view = attendee(await call(router, 'minutes.get', { sessionId: yesterday.id }));
    expect([view.state, view.canWrite]).toEqual(['none', false]);
  });

  it('saves automatically, refuses a save over a newer draft, and survives a lock', async () => {
    await as('sophie');
    const start = attendee(await call(router, 'minutes.get', { sessionId }));
    const body = `${start.draft?.body}\n\n## Échanges\n\nLa maman (${PHONE}) souhaite être rappelée. ${MARKER}. Marc Olivier relaie au SSM.\n`;
    const first = await call(router, 'minutes.saveDraft', { sessionId, body, baseUpdatedAt: start.draft?.updatedAt ?? null });
    expect(await failure(router, 'minutes.saveDraft', { sessionId, body: 'écrasé', baseUpdatedAt: start.draft?.updatedAt ?? null })).toBe('MINUTES_DRAFT_STALE');
    await router.lockNow();
    await as('sophie');
    const again = attendee(await call(router, 'minutes.get', { sessionId }));
    expect(again.draft?.body).toBe(body);
    expect(again.draft?.updatedAt).toBe(first.savedAt);
  });

  it('runs the anonymisation check: the planted number is caught, the participants’ names are not findings', async () => {
    await as('sophie');
    const readiness = await call(router, 'minutes.check', { sessionId, privateWords: [] });
    expect(readiness.check.findings.map((f) => f.text)).toContain(PHONE);
    expect(readiness.check.findings.some((f) => f.text.includes('Olivier'))).toBe(false);
    expect(readiness.ready).toBe(false);
    expect(readiness.recipients.map((r) => r.name).sort()).toEqual(['Léa Gérard', 'Marc Olivier', 'Sophie Marchal']);
    expect(readiness.excluded).toEqual([{ memberId: people.paul.id, name: 'Paul Warnier', reason: 'no_valid_signature' }]);
    expect(readiness.recipients.find((r) => r.name === 'Léa Gérard')?.hasIdentity).toBe(false);
    expect(await failure(router, 'minutes.finalise', { sessionId, passphrase: OTHER_PASSPHRASE, privateWords: [] })).toBe('MINUTES_UNRESOLVED_FINDINGS');
    // A private word typed for this check only is a finding too, and one that cannot be kept.
    const withPrivate = await call(router, 'minutes.check', { sessionId, privateWords: ['Zanzibar'] });
    expect(withPrivate.check.findings.some((f) => f.kind === 'privateWord')).toBe(true);
    expect(await failure(router, 'minutes.override', { sessionId, kind: 'privateWord', excerpt: 'Zanzibar', reason: 'On le garde quand même' })).toBe('SITUATION_OVERRIDE_NOT_ALLOWED');
  });
});

describe('finalising', () => {
  it('freezes the recipients, seals the content and signs it', async () => {
    await as('sophie');
    const draft = attendee(await call(router, 'minutes.get', { sessionId })).draft;
    const fixed = draft?.body.replace(PHONE, '[téléphone]') ?? '';
    await call(router, 'minutes.saveDraft', { sessionId, body: fixed, baseUpdatedAt: draft?.updatedAt ?? null });
    // Finalising signs: a wrong passphrase is refused before anything is sealed.
    expect(await failure(router, 'minutes.finalise', { sessionId, passphrase: 'pas-la-bonne-phrase', privateWords: [] })).toBe('WRONG_PASSPHRASE');
    expect(attendee(await call(router, 'minutes.get', { sessionId })).state).toBe('draft');
    const view = attendee(await call(router, 'minutes.finalise', { sessionId, passphrase: OTHER_PASSPHRASE, privateWords: [] }));
    expect(view.state).toBe('final');
    expect(view.latestVersion).toBe(1);
    expect(view.draft).toBeNull();
    const opened = await call(router, 'minutes.open', { sessionId, version: 1 });
    expect(opened.text).toContain(MARKER);
    expect(opened.text).toContain('## Présents');
    expect(opened.text).not.toContain(PHONE);
    expect(opened.recipients.map((r) => r.name).sort()).toEqual(['Léa Gérard', 'Marc Olivier', 'Sophie Marchal']);
    expect(opened.excluded.map((e) => e.name)).toEqual(['Paul Warnier']);
    expect(opened.authorName).toBe('Sophie Marchal');
  });

  it('keeps no plaintext of the minutes anywhere in the workspace folder', async () => {
    await router.lockNow();
    for (const [name, bytes] of folderBytes(dir)) expect(bytes.includes(Buffer.from(MARKER)), name).toBe(false);
  });

  it('makes attendance changes need a reason once minutes exist', async () => {
    await as('anne');
    expect((await call(router, 'sessions.get', { id: sessionId })).minutesExist).toBe(true);
    expect(await failure(router, 'attendance.set', { sessionId, memberId: people.paul.id, status: 'excused', reason: '' })).toBe('REASON_REQUIRED');
  });
});

describe('who can read', () => {
  it('opens for a present recipient, and for nobody else', async () => {
    await as('marc');
    expect((await call(router, 'minutes.open', { sessionId, version: 1 })).text).toContain(MARKER);
    // Present, but without a valid signature: not a recipient.
    await as('paul');
    expect(await failure(router, 'minutes.open', { sessionId, version: 1 })).toBe('MINUTES_ATTENDEES_ONLY');
    // The coordinator, absent: sees that the minutes exist, their date and version, nothing else.
    await as('anne');
    const view = await call(router, 'minutes.get', { sessionId });
    expect(view.access).toBe('restricted');
    expect(view.latestVersion).toBe(1);
    expect(view.versions.map((v) => v.number)).toEqual([1]);
    expect(JSON.stringify(view)).not.toContain(MARKER);
    expect(await failure(router, 'minutes.open', { sessionId, version: 1 })).toBe('MINUTES_ATTENDEES_ONLY');
    expect(await failure(router, 'minutes.register', { sessionId })).toBe('MINUTES_ATTENDEES_ONLY');
    // The list of every held session tells the same, and no more.
    const overview = await call(router, 'minutes.overview', {});
    expect(overview.find((m) => m.sessionId === sessionId)).toMatchObject({ state: 'final', latestVersion: 1 });
    expect(JSON.stringify(overview)).not.toContain(MARKER);
  });

  it('cannot be opened with a non-attendee’s keys even when the service check is bypassed', async () => {
    const s = await getSodium();
    const anne = await serviceSession('anne');
    try {
      const row = minutesOf(anne.ws.db, sessionId);
      if (!row) throw new Error('minutes missing');
      const version = versionRow(anne.ws.db, row.id, 1);
      const sealed = sealedOf(anne.ws.db, version);
      expect(sealed.seals.length).toBe(2);
      for (const seal of sealed.seals) expect(openSealedKey(s, seal.sealedKey, anne.identity)).toBeNull();
      expect(() => openVersionDocument(s, anne.ws.db, sessionId, version, anne.identity)).toThrow('MINUTES_KEY_UNAVAILABLE');
      // The refusals are in the audit log.
      const refused = anne.ws.sqlite.prepare("select count(*) as n from audit_events where action = 'minutes.open.refused'").get() as { n: number };
      expect(refused.n).toBeGreaterThanOrEqual(2);
    } finally {
      endSession(anne);
    }
  });

  it('rejects a version whose stored ciphertext was altered', async () => {
    const sophie = await serviceSession('sophie');
    const s = await getSodium();
    try {
      const row = minutesOf(sophie.ws.db, sessionId);
      if (!row) throw new Error('minutes missing');
      const version = versionRow(sophie.ws.db, row.id, 1);
      const bytes = Buffer.from(version.ciphertext, 'base64');
      bytes[10] = (bytes[10] ?? 0) ^ 1;
      expect(() => openVersionDocument(s, sophie.ws.db, sessionId, { ...version, ciphertext: bytes.toString('base64') }, sophie.identity)).toThrow('MINUTES_TAMPERED');
      const manifest = JSON.parse(version.manifest) as { recipients: Array<{ memberId: string; keyId: string | null }> };
      manifest.recipients.push({ memberId: people.paul.id, keyId: null });
      expect(() => openVersionDocument(s, sophie.ws.db, sessionId, { ...version, manifest: JSON.stringify(manifest) }, sophie.identity)).toThrow('MINUTES_TAMPERED');
    } finally {
      endSession(sophie);
    }
  });
});

describe('distribution', () => {
  it('refuses anyone who is not a recipient, by every channel', async () => {
    await as('sophie');
    for (const channel of ['app', 'file', 'pdf'] as const) {
      expect(await failure(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.paul.id, channel })).toBe('MINUTES_RECIPIENT_NOT_ELIGIBLE');
    }
    expect(await failure(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.lea.id, channel: 'file' })).toBe('MINUTES_NO_IDENTITY');
    // Léa has no account here: she cannot read it in the app either.
    expect(await failure(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.lea.id, channel: 'app' })).toBe('MINUTES_NO_ACCOUNT');
  });

  it('produces an encrypted file that only its recipient opens', async () => {
    await as('sophie');
    const result = await call(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.marc.id, channel: 'file' });
    const text = Buffer.from(result.file?.base64 ?? '', 'base64').toString('utf8');
    expect(JSON.parse(text).format).toBe('concerto.minutes');
    expect(text).not.toContain(MARKER);
    fs.writeFileSync(path.join(dir, '..', `${path.basename(dir)}-export.concerto-pv`), text);
    const s = await getSodium();
    const marc = await serviceSession('marc');
    try {
      expect(openMinutesFile(s, text, marc.identity).text).toContain(MARKER);
    } finally {
      endSession(marc);
    }
    const anne = await serviceSession('anne');
    try {
      expect(() => openMinutesFile(s, text, anne.identity)).toThrow('MINUTES_FILE_NOT_FOR_YOU');
      const tampered = text.replace('"minutesVersion": 1', '"minutesVersion": 2');
      expect(tampered).not.toBe(text);
      expect(() => openMinutesFile(s, tampered, anne.identity)).toThrow('FILE_TAMPERED');
    } finally {
      endSession(anne);
    }
    // Imported on Marc's side, it is kept sealed and opens again.
    await as('marc');
    const imported = await call(router, 'minutes.importFile', { text });
    expect(imported.text).toContain(MARKER);
    expect(imported.authorKnownAs).toBe('Sophie Marchal');
    expect((await call(router, 'minutes.received', {})).map((r) => r.id)).toEqual([imported.id]);
    await as('anne');
    expect(await failure(router, 'minutes.importFile', { text })).toBe('MINUTES_FILE_NOT_FOR_YOU');
  });

  it('produces a personal PDF with the recipient’s name and the notice on every page', async () => {
    await as('sophie');
    const result = await call(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.lea.id, channel: 'pdf' });
    expect(result.file?.mimeType).toBe('application/pdf');
    const pages = (await pdfText(Buffer.from(result.file?.base64 ?? '', 'base64'))).pages.map(squash);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page).toContain('Léa Gérard');
      expect(page).toContain('secret professionnel partagé');
    }
    expect(pages.join(' ')).toContain(MARKER);
  });

  it('keeps a register that shows who has not received the latest version', async () => {
    await as('sophie');
    await call(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.sophie.id, channel: 'app' });
    const register = await call(router, 'minutes.register', { sessionId });
    expect(register.entries.map((e) => [e.memberName, e.channel, e.version, e.byName])).toEqual([
      ['Sophie Marchal', 'app', 1, 'Sophie Marchal'],
      ['Léa Gérard', 'pdf', 1, 'Sophie Marchal'],
      ['Marc Olivier', 'file', 1, 'Sophie Marchal'],
    ]);
    expect(register.recipients.every((r) => r.upToDate)).toBe(true);
    expect(register.recipients.map((r) => [r.name, r.hasAccount, r.hasIdentity])).toEqual([
      ['Léa Gérard', false, false],
      ['Marc Olivier', true, true],
      ['Sophie Marchal', true, true],
    ]);
  });

  it('leaves the session’s place out of the readable part of a file when asked, the sealed text still has it', async () => {
    await as('sophie');
    const readable = (base64: string | undefined) => JSON.parse(Buffer.from(base64 ?? '', 'base64').toString('utf8')) as { content: { session: { place: string | null } } };
    const withPlace = await call(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.marc.id, channel: 'file' });
    expect(readable(withPlace.file?.base64).content.session.place).toBe('Wavre');
    const result = await call(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.marc.id, channel: 'file', omitPlace: true });
    const text = Buffer.from(result.file?.base64 ?? '', 'base64').toString('utf8');
    expect(readable(result.file?.base64).content.session.place).toBeNull();
    // Nowhere in clear: the place is only inside the ciphertext.
    expect(text).not.toContain('Wavre');
    // The option is for the encrypted file only: a PDF or the app refuse it rather than pretend.
    for (const channel of ['pdf', 'app'] as const) {
      expect(await failure(router, 'minutes.distribute', { sessionId, version: 1, memberId: people.marc.id, channel, omitPlace: true })).toBe('VALIDATION');
    }
    // Marc opens it: the place is in the minutes he reads.
    await as('marc');
    const imported = await call(router, 'minutes.importFile', { text });
    expect(imported.text).toContain(MARKER);
    expect(imported.text).toContain('Wavre');
  });
});

describe('withdrawn consent', () => {
  it('refuses to finalise minutes that mention a situation whose family withdrew consent', async () => {
    await as('sophie');
    const view = attendee(await call(router, 'minutes.startDraft', { sessionId }));
    const body = `${view.draft?.body}\nRappel : SIT-2026-002 reviendra plus tard.\n`;
    const saved = await call(router, 'minutes.saveDraft', { sessionId, body, baseUpdatedAt: view.draft?.updatedAt ?? null });
    const readiness = await call(router, 'minutes.check', { sessionId, privateWords: [] });
    expect(readiness.withdrawnCodes).toEqual(['SIT-2026-002']);
    expect(readiness.ready).toBe(false);
    expect(await failure(router, 'minutes.finalise', { sessionId, passphrase: OTHER_PASSPHRASE, privateWords: [], reason: 'Rappel' })).toBe('MINUTES_WITHDRAWN_SITUATION');
    await call(router, 'minutes.saveDraft', { sessionId, body: view.draft?.body ?? '', baseUpdatedAt: saved.savedAt });
    // Discarding a correction keeps the finalised version.
    const discarded = attendee(await call(router, 'minutes.discardDraft', { sessionId }));
    expect([discarded.state, discarded.latestVersion, discarded.draft]).toEqual(['final', 1, null]);
  });
});

describe('corrections', () => {
  it('make a new version with a reason; earlier versions stay readable by the same people', async () => {
    await as('sophie');
    const view = attendee(await call(router, 'minutes.startDraft', { sessionId }));
    expect(view.draft?.correctingVersion).toBe(1);
    expect(view.draft?.body).toContain(MARKER);
    await call(router, 'minutes.saveDraft', { sessionId, body: `${view.draft?.body}\nPrécision : le SSM rappellera la semaine prochaine.\n`, baseUpdatedAt: view.draft?.updatedAt ?? null });
    expect(await failure(router, 'minutes.finalise', { sessionId, passphrase: OTHER_PASSPHRASE, privateWords: [] })).toBe('MINUTES_REASON_REQUIRED');
    const v2 = attendee(await call(router, 'minutes.finalise', { sessionId, passphrase: OTHER_PASSPHRASE, privateWords: [], reason: 'Précision demandée par le SSM' }));
    expect(v2.versions.map((v) => [v.number, v.reason])).toEqual([
      [1, null],
      [2, 'Précision demandée par le SSM'],
    ]);
    const register = await call(router, 'minutes.register', { sessionId });
    expect(register.recipients.filter((r) => !r.upToDate).map((r) => r.name).sort()).toEqual(['Léa Gérard', 'Marc Olivier', 'Sophie Marchal']);
    await as('marc');
    expect((await call(router, 'minutes.open', { sessionId, version: 1 })).text).not.toContain('Précision');
    expect((await call(router, 'minutes.open', { sessionId, version: 2 })).text).toContain('Précision');
    await as('anne');
    expect(await failure(router, 'minutes.open', { sessionId, version: 2 })).toBe('MINUTES_ATTENDEES_ONLY');
  });
});

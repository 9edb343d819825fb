// The invitation e-mail draft (.eml) read back by independent parsers: Python's standard `email`
// package for the MIME message, ical.js for the attached calendar. Nothing of the agenda leaves.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { situationConsents, situations } from '../../db/schema.js';
import { endSession, unlockWithPassphrase } from '../../electron/services/workspace.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import type { InputOf } from '../../contract/contract.js';
import type { Member } from '../../contract/types/app.js';
import type { Router } from '../../electron/api/router.js';
import { call, dayFromToday } from '../helpers/sessions.js';
import { parseCalendar as calendarOf, parseWithPython } from '../helpers/eml.js';
import { createdWorkspace, PASSPHRASE, sampleMember } from '../helpers/workspace.js';

const MARKER = 'SIT-2026-917-MARQUEUR';
/** A real situation presented at the session: neither its code nor its content may reach the e-mail. */
const SITUATION_CODE = 'SIT-2026-918';
const SITUATION_CONTENT = 'Contenu-confidentiel-QZ77';
let router: Router;
let dir: string;
let invited: Member[];
let noEmail: Member;
let sessionId: string;

beforeAll(async () => {
  ({ router, dir } = await createdWorkspace());
  const make = (firstName: string, lastName: string, email: string) =>
    call(router, 'members.create', { ...sampleMember, firstName, lastName, email } as InputOf<'members.create'>);
  invited = [await make('Élodie', 'Aubry', 'elodie.aubry@saj-nivelles.be'), await make('Marc', 'Bodart', 'm.bodart@horizon.be'), await make('Inès', 'Closset', 'ines.closset@ssm-equinoxe.be')];
  noEmail = await make('Jean', 'Dewez', '');
  const session = await call(router, 'sessions.create', {
    title: 'Séance de concertation',
    date: dayFromToday(21),
    startTime: '13:30',
    endTime: '16:00',
    place: 'Maison de l’enfance, Wavre',
    notes: '',
  });
  sessionId = session.id;
  await call(router, 'sessions.invite', { sessionId, mode: 'chosen', memberIds: [...invited, noEmail].map((m) => m.id) });
  // A situation's code on the agenda, typed as an item: it must not reach the e-mail.
  await call(router, 'agenda.add', { sessionId, title: MARKER, durationMinutes: 30, sectors: ['youth_aid'] });
  await presentSituation(sessionId);
});

/** Puts a ready, consented situation on the session's agenda (its record written through the schema, as in situationFollowUp.test.ts). */
async function presentSituation(sessionId: string): Promise<void> {
  const v1 = await putDraftInForce(router);
  await call(router, 'charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  const { mine } = await call(router, 'charter.overview', {});
  const accountId = (await call(router, 'accounts.list', {}))[0]!.id;
  await router.lockNow();
  const s = await unlockWithPassphrase(dir, accountId, PASSPHRASE, { migrationsDir: path.resolve('db/migrations') });
  const id = randomUUID();
  const at = new Date().toISOString();
  s.ws.db
    .insert(situations)
    .values({ id, code: SITUATION_CODE, year: 2026, number: 918, presenterMemberId: mine.memberId, ageBand: '12-14', gender: '', needSectors: ['youth_aid'], severity: 'danger', status: 'ready', servicesInvolved: ['saj'], question: `${SITUATION_CONTENT} ?`, summary: SITUATION_CONTENT, consentWithdrawnAt: null, closedAt: null, purgeAfter: null, purgedAt: null, createdAt: at, updatedAt: at })
    .run();
  s.ws.db
    .insert(situationConsents)
    .values({ situationId: id, informedOn: '2026-10-01', informedHow: 'entretien', informedBy: 'le délégué', consentOn: '2026-10-02', consentForm: 'written', consentGivenBy: 'la mère', youngPersonView: 'favorable', updatedAt: at })
    .run();
  await endSession(s);
  await call(router, 'session.unlock', { accountId, passphrase: PASSPHRASE });
  const detail = await call(router, 'situationAgenda.add', { sessionId, situationId: id, durationMinutes: 30 });
  expect(detail.agenda.items.map((i) => i.title)).toContain(SITUATION_CODE);
}
afterAll(async () => {
  await router.close();
});

describe('the invitation e-mail draft', () => {
  it('is a new message to send, invitees in Bcc, French text and the calendar request attached', async () => {
    const mail = await call(router, 'sessions.invitationEmail', { id: sessionId, addressing: 'bcc' });
    const text = await call(router, 'sessions.invitationText', { id: sessionId });
    const ics = calendarOf((await call(router, 'sessions.exportIcs', { id: sessionId })).content);
    expect(mail.fileName).toMatch(/^invitation-seance-\d{4}-\d{2}-\d{2}\.eml$/);
    expect(mail.addresses).toEqual(invited.map((m) => m.email));
    expect(mail.invitedCount).toBe(4);
    expect(mail.withoutEmail).toBe(1);
    // 7-bit on the wire: every header and part is encoded.
    expect([...Buffer.from(mail.content, 'utf8')].every((b) => b < 128)).toBe(true);

    const eml = parseWithPython(mail.content);
    expect(eml.defects).toEqual([]);
    expect(eml.xUnsent).toBe('1');
    expect(eml.bcc).toEqual(invited.map((m) => m.email));
    expect(eml.to).toBeNull();
    expect(eml.subject).toBe(text.subject);
    expect(eml.rawSubject).toMatch(/=\?UTF-8\?[BQ]\?/i);
    expect(eml.mainType).toBe('multipart/mixed');
    expect(eml.textType).toBe('text/plain');
    expect(eml.textCharset).toBe('utf-8');
    expect(['quoted-printable', 'base64']).toContain(eml.textEncoding);
    expect(eml.text!.replace(/\r\n/g, '\n').trimEnd()).toBe(text.body);
    expect(eml.text).toContain('Lieu : Maison de l’enfance, Wavre');
    expect(eml.text).toContain('L’ordre du jour sera clôturé le');

    expect(eml.attachments).toHaveLength(1);
    const [attachment] = eml.attachments;
    expect(attachment).toMatchObject({ contentType: 'text/calendar', method: 'REQUEST', charset: 'utf-8', filename: 'invitation.ics' });
    const sent = calendarOf(attachment!.content);
    expect(sent).toMatchObject({ method: 'REQUEST', uid: ics.uid, sequence: ics.sequence, status: 'CONFIRMED', summary: 'Séance de concertation', location: 'Maison de l’enfance, Wavre', start: ics.start });
    // The coordinator has no address on the roster yet: no ORGANIZER rather than an invented one.
    expect(sent.organizer).toBeNull();

    // Nothing of the agenda, in the bytes or in any decoded part.
    for (const content of [mail.content, eml.text!, attachment!.content, decodeURIComponent(mail.mailto!)]) {
      for (const secret of [MARKER, SITUATION_CODE, SITUATION_CONTENT]) expect(content).not.toContain(secret);
    }
  });

  it('can address the invitees in To instead', async () => {
    const mail = await call(router, 'sessions.invitationEmail', { id: sessionId, addressing: 'to' });
    const eml = parseWithPython(mail.content);
    expect(eml.to).toEqual(invited.map((m) => m.email));
    expect(eml.bcc).toBeNull();
    expect(mail.mailto!.startsWith(`mailto:${invited.map((m) => m.email).join(',')}?subject=`)).toBe(true);
  });

  it('offers a mailto: link with the text while it stays short, and says when the list is too long', async () => {
    const small = await call(router, 'sessions.invitationEmail', { id: sessionId, addressing: 'bcc' });
    const text = await call(router, 'sessions.invitationText', { id: sessionId });
    const url = new URL(small.mailto!);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('bcc')).toBe(invited.map((m) => m.email).join(','));
    expect(url.searchParams.get('subject')).toBe(text.subject);
    expect(small.mailto!.length).toBeLessThanOrEqual(small.mailtoLimit);
    if (small.mailtoHasBody) expect(url.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(text.body);
    else expect(url.searchParams.get('body')).toBeNull();

    // Sixty-five more invitees: the addresses alone pass the limit.
    const many: Member[] = [];
    for (let i = 0; i < 65; i += 1) many.push(await call(router, 'members.create', { ...sampleMember, lastName: `Membre${i}`, email: `prenom.nom.${i}@service-du-brabant-wallon.be` } as InputOf<'members.create'>));
    await call(router, 'sessions.invite', { sessionId, mode: 'chosen', memberIds: many.map((m) => m.id) });
    const large = await call(router, 'sessions.invitationEmail', { id: sessionId, addressing: 'bcc' });
    expect(large.addresses).toHaveLength(68);
    expect(large.mailto).toBeNull();
    expect(large.mailtoHasBody).toBe(false);
    expect(large.mailtoLength).toBeGreaterThan(large.mailtoLimit);
    // The draft still carries every address.
    expect(parseWithPython(large.content).bcc).toHaveLength(68);
    for (const m of many) await call(router, 'sessions.uninvite', { sessionId, memberId: m.id });
  });

  it('names the coordinator as ORGANIZER once the roster has the coordinator’s address', async () => {
    const coordinator = (await call(router, 'members.list', {})).find((m) => m.lastName === 'Dupont')!;
    const pick = ['firstName', 'lastName', 'organisation', 'serviceType', 'function', 'phone', 'town', 'secrecyStatus', 'isReferent', 'activeFrom', 'activeUntil'] as const;
    const fields = Object.fromEntries(pick.map((k) => [k, coordinator[k]]));
    await call(router, 'members.update', { ...fields, id: coordinator.id, email: 'coordination@concertation-bw.be' } as InputOf<'members.update'>);
    const mail = await call(router, 'sessions.invitationEmail', { id: sessionId, addressing: 'bcc' });
    const sent = calendarOf(parseWithPython(mail.content).attachments[0]!.content);
    expect(String(sent.organizer).toLowerCase()).toBe('mailto:coordination@concertation-bw.be');
  });

  it('cancels in the recipients’ calendars once the session is cancelled: METHOD:CANCEL, same UID and SEQUENCE', async () => {
    await call(router, 'sessions.cancel', { id: sessionId, reason: 'Salle indisponible' });
    const mail = await call(router, 'sessions.invitationEmail', { id: sessionId, addressing: 'bcc' });
    const ics = calendarOf((await call(router, 'sessions.exportIcs', { id: sessionId })).content);
    const eml = parseWithPython(mail.content);
    expect(eml.subject).toMatch(/^Annulation/);
    expect(eml.attachments[0]).toMatchObject({ contentType: 'text/calendar', method: 'CANCEL' });
    const sent = calendarOf(eml.attachments[0]!.content);
    expect(sent).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: ics.uid, sequence: ics.sequence });
    expect(ics.sequence).toBeGreaterThan(0);
    for (const secret of [MARKER, SITUATION_CODE, SITUATION_CONTENT]) expect(mail.content + eml.text + eml.attachments[0]!.content).not.toContain(secret);
  });
});

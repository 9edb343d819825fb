// Situations through the router, on one real encrypted workspace: each of the five conditions
// refusing, the anonymisation gate (replace, keep with a reason, private words never kept),
// what each kind of account sees, the opening audit, search (with hostile input) and withdrawal.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, auditEvents } from '../../db/schema.js';
import type { Router } from '../../electron/api/router.js';
import type { Member } from '../../contract/types/app.js';
import type { SituationDetail, SituationView } from '../../contract/types/situations.js';
import { endSession, unlockWithPassphrase } from '../../electron/services/workspace.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { MIGRATIONS_DIR } from '../helpers/safetyWorkspace.js';
import { call, failure } from '../helpers/sessions.js';
import { createdWorkspace, OTHER_PASSPHRASE, PASSPHRASE, sampleMember } from '../helpers/workspace.js';

let router: Router;
let dir: string;
const ids = { anne: '', luc: '', paul: '', marie: '', rita: '' };
let people: Record<'luc' | 'paul' | 'marie' | 'rita', Member>;
const PRIVATE = 'tournesols';
const EMAIL = 'maman.k@exemple.be';

const baseFields = {
  ageBand: '12-14' as const,
  gender: '' as const,
  needSectors: ['youth_aid', 'mental_health'] as Array<'youth_aid' | 'mental_health' | 'disability' | 'education'>,
  severity: 'danger' as const,
  servicesInvolved: ['saj', 'ssm'] as Array<'saj' | 'ssm'>,
  question: 'Quelles pistes pour un adolescent qui ne va plus au collège depuis trois mois ?',
  summary: 'Le jeune vit avec sa mère. Suivi par le SAJ depuis un an, une consultation au SSM est en attente.',
};
const fullConsent = {
  informedOn: '2026-10-01',
  informedHow: 'Entretien au service, avec la note d’information remise en main propre.',
  informedBy: 'la déléguée du SAJ',
  consentOn: '2026-10-05',
  consentForm: 'written' as const,
  consentGivenBy: 'la mère',
  youngPersonView: 'Il est d’accord pour que sa situation soit discutée.',
};

async function as(who: keyof typeof ids) {
  await call(router, 'session.unlock', { accountId: ids[who], passphrase: who === 'anne' ? PASSPHRASE : OTHER_PASSPHRASE });
}
const detail = (view: SituationView): SituationDetail => {
  if (view.access !== 'full') throw new Error(`expected the full view, got ${view.reason}`);
  return view;
};

beforeAll(async () => {
  const created = await createdWorkspace();
  ({ router, dir } = created);
  ids.anne = created.accountId;
  const make = (firstName: string, lastName: string, secrecyStatus: string) =>
    call(router, 'members.create', { ...sampleMember, firstName, lastName, email: '', secrecyStatus } as never) as Promise<Member>;
  people = {
    luc: await make('Luc', 'Hanquet', 'professional_secret'),
    paul: await make('Paul', 'Warnier', 'professional_secret'),
    marie: await make('Marie', 'Lejeune', 'professional_secret'),
    rita: await make('Rita', 'Bastin', 'duty_of_reserve'),
  };
  for (const who of ['luc', 'paul', 'marie'] as const) {
    const account = await call(router, 'accounts.create', { memberId: people[who].id, username: who, roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE });
    ids[who] = account.id;
  }
  // Version 1: the coordinator and Paul sign it. Version 2: the coordinator, Luc and Rita (witnessed) sign it;
  // Paul's signature is then "to renew", Marie never signed.
  const v1 = await putDraftInForce(router);
  await call(router, 'charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  await as('paul');
  await call(router, 'charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: OTHER_PASSPHRASE });
  await as('anne');
  const v2 = await putDraftInForce(router, `${v1.text}\n\nRévision : la charte est relue chaque année.`, { adoptedOn: '2026-06-01', reviewDue: '2027-06-01' });
  await call(router, 'charter.sign', { versionId: v2.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  await call(router, 'charter.witness', { versionId: v2.id, memberId: people.rita.id, declaredStatus: 'duty_of_reserve', signedAt: '2026-06-02T10:00', place: 'Wavre', passphrase: PASSPHRASE });
  // Rita (duty of reserve, valid signature) reads situations but may not present one.
  ids.rita = (await call(router, 'accounts.create', { memberId: people.rita.id, username: 'rita', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE })).id;
  await as('luc');
  await call(router, 'charter.sign', { versionId: v2.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: OTHER_PASSPHRASE });
}, 120_000);

afterAll(async () => {
  await router.close();
});

describe('conditions 1 and 2: who may present', () => {
  it('refuses a presenter not bound by professional secrecy, or without a valid signature', async () => {
    await as('anne');
    expect(await failure(router, 'situations.create', { ...baseFields, presenterMemberId: people.rita.id })).toBe('SITUATION_PRESENTER_NOT_SECRET');
    expect(await failure(router, 'situations.create', { ...baseFields, presenterMemberId: people.marie.id })).toBe('SITUATION_PRESENTER_NO_CHARTER');
    expect(await failure(router, 'situations.create', { ...baseFields, presenterMemberId: people.paul.id })).toBe('SITUATION_PRESENTER_NO_CHARTER');
    const eligible = (await call(router, 'situations.presenters', {})).map((p) => p.memberId);
    expect(eligible).toContain(people.luc.id);
    expect(eligible).not.toContain(people.rita.id);
    expect(eligible).not.toContain(people.marie.id);
    expect(eligible).not.toContain(people.paul.id);
    await as('marie');
    expect(await failure(router, 'situations.create', baseFields)).toBe('SITUATION_PRESENTER_NO_CHARTER');
    // The screen's « why not » comes from the same checks (issue 19).
    expect(await call(router, 'situations.presentRefusal', {})).toEqual({ refusal: 'no_charter' });
    await as('luc');
    expect(await call(router, 'situations.presentRefusal', {})).toEqual({ refusal: null });
    await as('marie');
    // Only a coordinator names someone else as presenter.
    await as('luc');
    expect(await failure(router, 'situations.create', { ...baseFields, presenterMemberId: people.paul.id })).toBe('FORBIDDEN');
    expect(await failure(router, 'situations.presenters', {})).toBe('FORBIDDEN');
  });
});

describe('conditions 3, 4 and 5: the gate to "ready"', () => {
  let id = '';

  it('numbers situations per year and starts them as drafts, with every condition shown', async () => {
    await as('luc');
    const year = new Date().getFullYear();
    const first = detail(await call(router, 'situations.create', { ...baseFields, summary: `${baseFields.summary} Sa mère écrit à ${EMAIL}. Il fréquentait l’école des ${PRIVATE}.` }));
    const second = detail(await call(router, 'situations.create', baseFields));
    expect(first.code).toBe(`SIT-${year}-001`);
    expect(second.code).toBe(`SIT-${year}-002`);
    expect(first).toMatchObject({ status: 'draft', presenterMemberId: people.luc.id, presenterName: 'Luc Hanquet', editable: true });
    expect(first.conditions).toMatchObject({ presenterSecret: true, presenterCharter: true, informed: false, consent: false });
    expect(first.conditions.unresolvedFindings).toBeGreaterThanOrEqual(1);
    id = first.id;
  });

  it('refuses without information (3), then without consent (4), naming the condition', async () => {
    expect(await failure(router, 'situations.markReady', { id, privateWords: [] })).toBe('SITUATION_NOT_INFORMED');
    const informedOnly = { ...fullConsent, consentOn: null, consentForm: null, consentGivenBy: '' };
    const afterInformed = detail(await call(router, 'situations.saveConsent', { id, ...informedOnly, privateWords: [] }));
    expect(afterInformed.conditions).toMatchObject({ informed: true, consent: false });
    expect(await failure(router, 'situations.markReady', { id, privateWords: [] })).toBe('SITUATION_NO_CONSENT');
    expect(await failure(router, 'situations.saveConsent', { id, ...fullConsent, consentOn: '2026-09-01', privateWords: [] })).toBe('VALIDATION');
    const consented = detail(await call(router, 'situations.saveConsent', { id, ...fullConsent, privateWords: [] }));
    expect(consented.conditions).toMatchObject({ informed: true, consent: true });
  });

  it('refuses while a finding is unresolved (5): the private word only counts when typed again', async () => {
    expect(await failure(router, 'situations.markReady', { id, privateWords: [PRIVATE] })).toBe('SITUATION_UNRESOLVED_FINDINGS');
    const check = await call(router, 'situations.check', { id, privateWords: [PRIVATE] });
    const summary = check.fields.find((f) => f.field === 'summary')!;
    const kinds = summary.findings.map((f) => f.kind);
    expect(kinds).toContain('email');
    expect(kinds).toContain('privateWord');
    const email = summary.findings.find((f) => f.kind === 'email')!;
    expect(summary.text.slice(email.start, email.end)).toBe(EMAIL);
    expect(check.fields.map((f) => f.field)).toEqual(['question', 'summary', 'informedHow', 'informedBy', 'consentGivenBy', 'youngPersonView']);
    // A private word cannot be kept, whatever the reason.
    const word = summary.findings.find((f) => f.kind === 'privateWord')!;
    expect(await failure(router, 'situations.override', { id, field: 'summary', kind: 'privateWord', excerpt: word.text, reason: 'C’est le nom de l’école, utile au groupe.' })).toBe('SITUATION_OVERRIDE_NOT_ALLOWED');
    // Keeping one needs a written reason.
    expect(await failure(router, 'situations.override', { id, field: 'summary', kind: 'email', excerpt: EMAIL, reason: '' })).toBe('VALIDATION');
  });

  it('applies a suggestion in one click, refuses a stale one, and then lets the situation be ready', async () => {
    const check = await call(router, 'situations.check', { id, privateWords: [PRIVATE] });
    const summary = check.fields.find((f) => f.field === 'summary')!;
    // Replace from the end so the earlier offsets stay right.
    for (const finding of [...summary.findings].reverse()) {
      await call(router, 'situations.replace', { id, field: 'summary', start: finding.start, end: finding.end, excerpt: finding.text, replacement: finding.suggestion, privateWords: [PRIVATE] });
    }
    const email = summary.findings.find((f) => f.kind === 'email')!;
    expect(await failure(router, 'situations.replace', { id, field: 'summary', start: email.start, end: email.end, excerpt: email.text, replacement: '[e-mail]', privateWords: [] })).toBe('SITUATION_FINDING_MOVED');
    const after = await call(router, 'situations.check', { id, privateWords: [PRIVATE] });
    expect(after.unresolved).toBe(0);
    const ready = detail(await call(router, 'situations.markReady', { id, privateWords: [PRIVATE] }));
    expect(ready.status).toBe('ready');
    expect(ready.summary).not.toContain(EMAIL);
    expect(ready.summary.toLowerCase()).not.toContain(PRIVATE);
  });

  it('sends an edited ready situation back to draft, and keeps a finding with a written reason', async () => {
    const current = detail(await call(router, 'situations.get', { id }));
    const contact = 'secretariat@ssm-exemple.be';
    const edited = detail(
      await call(router, 'situations.update', { id, ...baseFields, summary: `${current.summary} Contact du service : ${contact}.`, privateWords: [] }),
    );
    expect(edited.status).toBe('draft');
    expect(await failure(router, 'situations.markReady', { id, privateWords: [] })).toBe('SITUATION_UNRESOLVED_FINDINGS');
    const kept = detail(await call(router, 'situations.override', { id, field: 'summary', kind: 'email', excerpt: contact, reason: 'Adresse générique du service, pas de la famille.' }));
    expect(kept.overrides).toMatchObject([{ field: 'summary', kind: 'email', excerpt: contact, reason: 'Adresse générique du service, pas de la famille.' }]);
    expect(kept.conditions.unresolvedFindings).toBe(0);
    expect(detail(await call(router, 'situations.markReady', { id, privateWords: [PRIVATE] })).status).toBe('ready');
    // Saving the same record again changes nothing, status included.
    const same = detail(await call(router, 'situations.get', { id }));
    const again = detail(await call(router, 'situations.update', { id, ...baseFields, summary: same.summary, privateWords: [] }));
    expect(again.status).toBe('ready');
  });

  it('checks the consent texts too', async () => {
    const other = detail(await call(router, 'situations.create', baseFields));
    await call(router, 'situations.saveConsent', { id: other.id, ...fullConsent, consentGivenBy: `la mère (${EMAIL})`, privateWords: [] });
    expect(await failure(router, 'situations.markReady', { id: other.id, privateWords: [] })).toBe('SITUATION_UNRESOLVED_FINDINGS');
    const check = await call(router, 'situations.check', { id: other.id, privateWords: [] });
    expect(check.fields.find((f) => f.field === 'consentGivenBy')!.findings.map((f) => f.kind)).toContain('email');
  });
});

describe('who sees what', () => {
  let id = '';
  const secretWords = 'hospitalisation pédopsychiatrique';

  it('shows everything to a valid signatory, and only code, sectors and status to the others', async () => {
    await as('luc');
    const created = detail(await call(router, 'situations.create', { ...baseFields, needSectors: ['disability', 'mental_health'], question: `Après une ${secretWords}, quel relais ?` }));
    id = created.id;
    await as('anne');
    expect(detail(await call(router, 'situations.get', { id })).question).toContain(secretWords);
    const listed = (await call(router, 'situations.list', {})).find((s) => s.id === id)!;
    expect(listed.access).toBe('full');
    for (const who of ['paul', 'marie'] as const) {
      await as(who);
      const view = await call(router, 'situations.get', { id });
      expect(view).toEqual({ id, code: created.code, needSectors: ['disability', 'mental_health'], status: 'draft', withdrawn: false, purged: false, access: 'restricted', reason: 'charter' });
      const list = await call(router, 'situations.list', {});
      expect(list.length).toBeGreaterThanOrEqual(3);
      for (const item of list) expect(Object.keys(item).sort()).toEqual(['access', 'code', 'id', 'needSectors', 'purged', 'reason', 'status', 'withdrawn']);
      expect(JSON.stringify(list)).not.toContain('adolescent');
      expect(await call(router, 'situations.search', { query: 'hospitalisation' })).toEqual([]);
      expect(await failure(router, 'situations.check', { id, privateWords: [] })).toBe('SITUATION_RESTRICTED');
      expect(await failure(router, 'situations.update', { id, ...baseFields, privateWords: [] })).toBe('SITUATION_RESTRICTED');
    }
  });

  it('lets the group read a situation once it is ready, not while it is a draft', async () => {
    await as('rita');
    const list = await call(router, 'situations.list', {});
    expect(list.filter((s) => s.status === 'ready').every((s) => s.access === 'full')).toBe(true);
    expect(list.filter((s) => s.status === 'ready').length).toBeGreaterThanOrEqual(1);
    const drafts = list.filter((s) => s.status === 'draft');
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const draft of drafts) expect(draft).toMatchObject({ access: 'restricted', reason: 'draft' });
    expect(await call(router, 'situations.get', { id })).toMatchObject({ access: 'restricted', reason: 'draft' });
    expect((await call(router, 'situations.search', { query: 'collège' })).map((s) => s.status)).toEqual(['ready']);
    expect(await failure(router, 'situations.create', baseFields)).toBe('SITUATION_PRESENTER_NOT_SECRET');
  });

  it('searches code, question and summary, accents and case aside, by word prefix, only among visible situations', async () => {
    await as('anne');
    const hits = await call(router, 'situations.search', { query: 'PEDOPSY hospit' });
    expect(hits.map((h) => h.id)).toEqual([id]);
    const code = detail(await call(router, 'situations.get', { id })).code;
    expect((await call(router, 'situations.search', { query: code })).map((h) => h.id)).toEqual([id]);
    expect((await call(router, 'situations.search', { query: 'collège' })).length).toBeGreaterThanOrEqual(2);
    expect(await call(router, 'situations.search', { query: 'pédopsychiatrique introuvablemot' })).toEqual([]);
  });

  it('answers hostile queries with results or nothing, never an error', async () => {
    const hostile = ['"', '""', 'AND', 'OR NOT', 'NEAR(a b)', '*', '^x', 'a:b', "'); drop table situations; --", 'question:collège', '(', ')', '-', '💥', 'x'.repeat(200), 'é"*^:()', ''];
    for (const query of hostile) {
      const result = await router.handle('situations.search', { query });
      expect(result.ok, query).toBe(true);
    }
  });

  it('after a withdrawal of consent, hides the content from everyone but the presenter', async () => {
    await as('luc');
    expect(await failure(router, 'situations.withdrawConsent', { id, confirm: false } as never)).toBe('VALIDATION');
    const withdrawn = detail(await call(router, 'situations.withdrawConsent', { id, confirm: true }));
    expect(withdrawn).toMatchObject({ withdrawn: true, status: 'closed', editable: false });
    expect(withdrawn.purgeAfter).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await call(router, 'situations.search', { query: 'hospitalisation' })).map((h) => h.id)).toEqual([id]);
    expect(await failure(router, 'situations.update', { id, ...baseFields, privateWords: [] })).toBe('SITUATION_NOT_EDITABLE');
    expect(await failure(router, 'situations.withdrawConsent', { id, confirm: true })).toBe('SITUATION_WITHDRAWN');
    await as('anne');
    const view = await call(router, 'situations.get', { id });
    expect(view).toMatchObject({ access: 'restricted', reason: 'withdrawn', withdrawn: true });
    expect(JSON.stringify(view)).not.toContain('hospitalisation');
    expect(await call(router, 'situations.search', { query: 'hospitalisation' })).toEqual([]);
  });

  it('logs every opening, full or restricted, and never stores the private words', async () => {
    await router.lockNow();
    const session = await unlockWithPassphrase(dir, ids.anne, PASSPHRASE, { migrationsDir: MIGRATIONS_DIR });
    try {
      const db = session.ws.db;
      const opens = db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).all();
      const byAccount = (accountId: string, action: string) => opens.filter((e) => e.accountId === accountId && e.action === action).length;
      expect(byAccount(ids.anne, 'situation.open')).toBeGreaterThanOrEqual(2);
      expect(byAccount(ids.paul, 'situation.open.restricted')).toBe(1);
      expect(byAccount(ids.marie, 'situation.open.restricted')).toBe(1);
      expect(byAccount(ids.anne, 'situation.open.restricted')).toBe(1);
      expect(byAccount(ids.rita, 'situation.open.restricted')).toBe(1);
      expect(opens.map((e) => e.action)).toContain('situation.consent.withdraw');
      expect(opens.map((e) => e.action)).toContain('situation.status.closed');
      expect(db.select().from(accounts).all().length).toBe(5);
      // The private word was typed in checks, replacements and markReady calls: it is nowhere in the database.
      const tables = session.ws.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>;
      for (const { name } of tables) {
        const rows = session.ws.sqlite.prepare(`select * from "${name}"`).all();
        expect(JSON.stringify(rows).toLowerCase(), name).not.toContain(PRIVATE);
      }
    } finally {
      await endSession(session);
    }
  });
});

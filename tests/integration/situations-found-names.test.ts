// Issue 18, the gate itself: the summary a new user wrote ("Kevin Dupont, né le …, numéro national …") must not
// reach "ready" with a name left in it. A replacement replaces every occurrence in all the situation's texts, a
// name found once is looked for again in every later check (a per-situation list inside the encrypted store),
// and "ready" re-runs the check on the saved texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../electron/api/router.js';
import type { SituationDetail, SituationView } from '../../contract/types/situations.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { call, failure } from '../helpers/sessions.js';
import { closeTrackedRouters, coordinatorInput, folderBytes, newRouter, PASSPHRASE, unwrap } from '../helpers/workspace.js';

const SUMMARY = 'Kevin Dupont, né le 12/03/2013, numéro national 13.03.12-123.45, habite rue de la Station 14 à 1400 Nivelles. Dupont est suivi par le SSM.';
let router: Router;
let dir = '';
let id = '';

const detail = (view: SituationView): SituationDetail => {
  if (view.access !== 'full') throw new Error(`expected the full view, got ${view.reason}`);
  return view;
};
const summaryCheck = async () => (await call(router, 'situations.check', { id, privateWords: [] })).fields.find((f) => f.field === 'summary')!;

beforeAll(async () => {
  ({ router, dir } = newRouter());
  // A coordinator not called Dupont: here the surname must be found as the child's, not as a roster name.
  unwrap(await router.handle('workspace.create', { ...coordinatorInput, coordinator: { ...coordinatorInput.coordinator, lastName: 'Renson' } }));
  const version = await putDraftInForce(router);
  await call(router, 'charter.sign', { versionId: version.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  const created = detail(
    await call(router, 'situations.create', {
      ageBand: '12-14',
      gender: '',
      needSectors: ['youth_aid'],
      severity: 'difficulty',
      servicesInvolved: ['ssm'],
      question: 'Comment aider Kevin à retourner à l’école ?',
      summary: SUMMARY,
    }),
  );
  id = created.id;
  await call(router, 'situations.saveConsent', {
    id,
    informedOn: '2026-10-01',
    informedHow: 'Entretien au service.',
    informedBy: 'la référente',
    consentOn: '2026-10-05',
    consentForm: 'written',
    consentGivenBy: 'la mère',
    youngPersonView: 'Il est d’accord.',
    privateWords: [],
  });
}, 120_000);

afterAll(closeTrackedRouters);

describe('the gate on the text a new user wrote', () => {
  it('finds the national number whatever its check digits, the name, the birth date with an age in French', async () => {
    const summary = await summaryCheck();
    const found = summary.findings.map((f) => `${f.kind}:${f.text}`);
    expect(found).toEqual(expect.arrayContaining(['firstName:Kevin', 'lastName:Dupont', 'date:né le 12/03/2013', 'nationalNumber:13.03.12-123.45', 'address:rue de la Station 14', 'postalLocality:1400 Nivelles']));
    expect(summary.findings.find((f) => f.kind === 'date')?.suggestion).toMatch(/^âgé de \d+ ans$/u);
  });

  it('replaces every occurrence, in every field, and still finds a surname once its first name is gone', async () => {
    const first = (await summaryCheck()).findings.find((f) => f.kind === 'firstName')!;
    await call(router, 'situations.replace', { id, field: 'summary', start: first.start, end: first.end, excerpt: first.text, replacement: first.suggestion, privateWords: [] });
    const afterFirst = detail(await call(router, 'situations.get', { id }));
    // "Kevin" was also in the question: replaced there too.
    expect(afterFirst.question).not.toContain('Kevin');
    expect(afterFirst.summary.startsWith('[prénom] Dupont')).toBe(true);
    // "Dupont" no longer follows a first name; it was found once, so it is found again, both times.
    const again = await summaryCheck();
    expect(again.findings.filter((f) => f.kind === 'lastName').map((f) => f.text)).toEqual(['Dupont', 'Dupont']);
    // Click every "Remplacer par…" as the screen offers them, checking again after each.
    for (let guard = 0; guard < 20; guard++) {
      const next = (await summaryCheck()).findings[0];
      if (!next) break;
      await call(router, 'situations.replace', { id, field: 'summary', start: next.start, end: next.end, excerpt: next.text, replacement: next.suggestion, privateWords: [] });
    }
    const cleaned = detail(await call(router, 'situations.get', { id }));
    expect(cleaned.summary).not.toMatch(/Dupont|Kevin|13\.03\.12|Nivelles|Station/u);
    expect(cleaned.summary).toContain('âgé de 13 ans');
    expect(cleaned.summary).not.toContain('né le [');
  });

  it('keeps the names found only inside the encrypted store, and refuses "ready" when a saved text brings one back', async () => {
    const current = detail(await call(router, 'situations.get', { id }));
    // The edit puts the surname back alone, where no context would reveal it.
    await call(router, 'situations.update', {
      id,
      ageBand: current.ageBand,
      gender: current.gender,
      needSectors: ['youth_aid'],
      severity: current.severity,
      servicesInvolved: ['ssm'],
      question: current.question,
      summary: `${current.summary} Le jeune DUPONT refuse l’aide.`,
      privateWords: [],
    });
    expect(await failure(router, 'situations.markReady', { id, privateWords: [] })).toBe('SITUATION_UNRESOLVED_FINDINGS');
    const dupont = (await summaryCheck()).findings.find((f) => f.text === 'DUPONT')!;
    await call(router, 'situations.replace', { id, field: 'summary', start: dupont.start, end: dupont.end, excerpt: dupont.text, replacement: dupont.suggestion, privateWords: [] });
    // The list of found names is in the database, never in clear in any file of the workspace.
    for (const [file, bytes] of folderBytes(dir)) expect({ file, clear: bytes.includes('Dupont') || bytes.includes('DUPONT') }).toEqual({ file, clear: false });
    const ready = detail(await call(router, 'situations.markReady', { id, privateWords: [] }));
    expect(ready.status).toBe('ready');
    expect(ready.conditions.unresolvedFindings).toBe(0);
  });
});

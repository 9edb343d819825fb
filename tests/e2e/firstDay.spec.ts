// Issue 19, a coordinator's first day on the screens: the charter form (boxes with their sentence,
// errors only after a try, one French file control), a bad date that no longer blanks the window,
// a screen that breaks alone, views that agree after a change, actions that say why they are not
// there, confirmations before irreversible steps, and dates that start from today.
import type { Page } from '@playwright/test';
import { COMMITMENTS } from '../../contract/schemas/charter.js';
import type { Router } from '../../electron/api/router.js';
import { createWorkspaceThroughBackend, day, expect, expectNoSeriousA11yViolations, ok, openSection, PASSPHRASE, shot, test, typed } from './fixtures.js';

const main = (page: Page) => page.getByRole('main');

async function home(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
}

/** The default charter put in force through the backend; returns its version id. */
async function charterInForce(router: Router): Promise<string> {
  const draft = await ok<{ id: string }>(router, 'charter.createDraft', {});
  return (await ok<{ id: string }>(router, 'charter.putInForce', { id: draft.id, adoptedOn: '2026-01-15', reviewDue: '2027-01-15' })).id;
}

test('charte : chaque case est à côté de sa phrase, la phrase coche la case, l’erreur attend un essai, contrôle de fichier en français', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  await charterInForce(router);
  await home(page);
  await openSection(page, 'Charte');
  await page.getByRole('button', { name: /Lire et signer/ }).click();
  const group = page.getByRole('group', { name: 'Vos engagements' });
  const boxes = group.getByRole('checkbox');
  await expect(boxes).toHaveCount(COMMITMENTS.length);
  // On arrival: no error at all.
  await expect(page.getByText('Cochez cet engagement pour signer.')).toHaveCount(0);

  // Each box sits right before its sentence, on the same line.
  const first = boxes.first();
  const sentence = group.locator('label').first();
  const box = (await first.boundingBox())!;
  const text = (await sentence.boundingBox())!;
  expect(text.x - (box.x + box.width)).toBeLessThan(16);
  expect(Math.abs(text.y - box.y)).toBeLessThan(12);

  // Clicking the sentence ticks the box (a real label).
  await sentence.click();
  await expect(first).toBeChecked();

  // A try to sign: the errors show, under their sentences, and the boxes do not move.
  await page.getByRole('region', { name: /Texte de la charte, version/ }).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.getByLabel('Votre phrase de passe').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Signer', exact: true }).click();
  await expect(page.getByText('Cochez cet engagement pour signer.')).toHaveCount(COMMITMENTS.length - 1);
  const second = (await boxes.nth(1).boundingBox())!;
  const secondText = (await group.locator('label').nth(1).boundingBox())!;
  expect(secondText.x - (second.x + second.width)).toBeLessThan(16);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'firstday-01-charter-commitments-after-try');

  // No native file input shows anywhere on the charter page: one French control.
  await page.getByRole('button', { name: 'Annuler' }).click();
  const fileInputs = page.locator('input[type=file]');
  expect(await fileInputs.count()).toBeGreaterThan(0);
  for (const input of await fileInputs.all()) expect((await input.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await expect(main(page).getByText('Choisir un fichier…').first()).toBeVisible();
  await expect(main(page).getByText('Aucun fichier choisi.').first()).toBeVisible();
  await main(page).getByLabel('Fichier de charte (.concerto-charte.json)').setInputFiles({ name: 'charte.concerto-charte.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(main(page).getByText('Fichier choisi : charte.concerto-charte.json')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'firstday-02-charter-file-control');
});

test('séances : une date à exclure impossible est refusée en français, la fenêtre reste utilisable', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  await home(page);
  await openSection(page, 'Séances');
  await page.getByRole('button', { name: 'Planifier une série' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Date à exclure').fill('32/12/2026');
  await dialog.getByRole('button', { name: 'Exclure cette date' }).click();
  await expect(dialog.getByText('Date invalide : tapez-la sous la forme JJ/MM/AAAA')).toBeVisible();
  await expect(dialog.getByLabel('Date à exclure')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'firstday-03-series-bad-skip-date');
  // A real date is then accepted and listed.
  await dialog.getByLabel('Date à exclure').fill('24/12/2026');
  await dialog.getByRole('button', { name: 'Exclure cette date' }).click();
  await expect(dialog.getByRole('list', { name: 'Dates exclues' })).toContainText('24/12/2026');
  await expect(dialog.getByText('Date invalide')).toHaveCount(0);
});

test('une erreur dans un écran ne blanchit que cet écran : message en français, la navigation fonctionne', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  await home(page);
  // The backend answers the sessions' list with something the screen cannot draw.
  await page.route('**/api/sessions.list', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: { broken: true } }) }));
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Séances', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Cet écran n'a pas pu s'afficher" })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Le reste de Concerto reste utilisable');
  await expect(page.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'firstday-04-screen-error');
  // The rest of the app works.
  await openSection(page, 'Charte');
  await page.unroute('**/api/sessions.list');
  await openSection(page, 'Séances');
  await expect(page.getByRole('button', { name: 'Planifier une série' })).toBeVisible();
});

test('vues à jour : se marquer présent·e ouvre le PV sans recharger', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  const version = await charterInForce(router);
  await ok(router, 'charter.sign', { versionId: version, declaredStatus: 'professional_secret', commitments: Object.fromEntries(COMMITMENTS.map((c) => [c, true])), passphrase: PASSPHRASE });
  const session = await ok<{ id: string }>(router, 'sessions.create', { title: 'Concertation de décembre', date: day(0), startTime: '09:30', endTime: '12:00', place: 'Wavre', notes: '' });
  await ok(router, 'sessions.invite', { sessionId: session.id, mode: 'all' });
  await home(page);
  await openSection(page, 'Séances');
  await page.getByRole('button', { name: 'Liste' }).click();
  await main(page).getByRole('table').getByRole('button').first().click();
  const pvSection = page.getByRole('region', { name: 'Procès-verbal' });
  const attendance = page.getByRole('region', { name: 'Présences' });
  const mark = async (status: string) => {
    const radio = attendance.getByRole('group', { name: /Coordination/ }).getByRole('radio', { name: status });
    await radio.click();
    await expect(radio).toBeChecked();
  };
  await mark('Absent·e');
  await expect(pvSection).toContainText('Réservé aux personnes présentes.');
  await mark('Présent·e');
  // The minutes' section follows at once (before: still "réservé" until a reload).
  await expect(pvSection).not.toContainText('Réservé aux personnes présentes.');
  await shot(page, 'firstday-05-present-pv-section');
  await pvSection.getByRole('button', { name: 'Ouvrir le procès-verbal' }).click();
  await expect(page.getByRole('button', { name: 'Rédiger le procès-verbal' })).toBeVisible();
  await expect(page.getByText("Vous n'étiez pas présent·e")).toHaveCount(0);
});

test('dire pourquoi : sans signature, « Nouvelle situation » est remplacé par la règle et un lien vers la charte', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  const version = await charterInForce(router);
  await home(page);
  await openSection(page, 'Situations');
  await expect(page.getByRole('button', { name: 'Nouvelle situation' })).toHaveCount(0);
  const rule = main(page).locator('.rule-notice');
  await expect(rule).toContainText('Signez la charte en vigueur pour présenter une situation : Charte');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'firstday-06-situations-rule');
  await rule.getByRole('link', { name: /Charte/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Charte' })).toBeVisible();
  // Signed: the button is there.
  await ok(router, 'charter.sign', { versionId: version, declaredStatus: 'professional_secret', commitments: Object.fromEntries(COMMITMENTS.map((c) => [c, true])), passphrase: PASSPHRASE });
  await home(page);
  await openSection(page, 'Situations');
  await expect(page.getByRole('button', { name: 'Nouvelle situation' })).toBeVisible();
  await expect(main(page).locator('.rule-notice')).toHaveCount(0);
});

test('PV : une secrétaire présente sans signature valide à la date voit qui peut rédiger, pourquoi pas elle, et la sortie', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  const version = await charterInForce(router);
  const member = await ok<{ id: string }>(router, 'members.create', { firstName: 'Sophie', lastName: 'Marchal', organisation: 'AMO Le Pas', serviceType: 'amo', function: '', email: '', phone: '', town: 'Wavre', secrecyStatus: 'professional_secret', isReferent: false, activeFrom: '2024-01-01', activeUntil: null });
  const account = await ok<{ id: string }>(router, 'accounts.create', { memberId: member.id, username: 'sophie', roles: ['secretary'], passphrase: 'violon-marée-boussole-17', passphraseConfirm: 'violon-marée-boussole-17' });
  const session = await ok<{ id: string }>(router, 'sessions.create', { title: 'Concertation passée', date: day(-3), startTime: '09:30', endTime: '12:00', place: 'Wavre', notes: '' });
  await ok(router, 'sessions.invite', { sessionId: session.id, mode: 'all' });
  await ok(router, 'attendance.set', { sessionId: session.id, memberId: member.id, status: 'present', reason: '' });
  await ok(router, 'session.unlock', { accountId: account.id, passphrase: 'violon-marée-boussole-17' });
  // Signed today: not valid on the session's day.
  await ok(router, 'charter.sign', { versionId: version, declaredStatus: 'professional_secret', commitments: Object.fromEntries(COMMITMENTS.map((c) => [c, true])), passphrase: 'violon-marée-boussole-17' });
  await home(page);
  await openSection(page, 'PV', 'Procès-verbaux');
  await main(page).getByRole('row', { name: /Concertation passée/ }).getByRole('button').first().click();
  await expect(main(page)).toContainText("Le procès-verbal n'a pas encore été rédigé.");
  await expect(main(page)).toContainText('Peut le rédiger : une personne du secrétariat ou de la coordination, présente à la séance et signataire de la charte');
  const rule = main(page).locator('.rule-notice');
  await expect(rule).toContainText("Votre signature de la charte n'était pas valide le");
  await expect(rule).toContainText('Personne ne remplit ces conditions');
  await expect(page.getByRole('button', { name: 'Rédiger le procès-verbal' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'firstday-07-minutes-who-may-write');
  await rule.getByRole('link', { name: /Séances/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Séances' })).toBeVisible();
  // A secretary does not plan: the missing buttons are explained too.
  await expect(page.getByRole('button', { name: 'Planifier une série' })).toHaveCount(0);
  await expect(main(page).locator('.rule-notice')).toContainText('réservé à la coordination');
});

test('dates : une série commence aujourd’hui, et des séances passées ne sont créées qu’après confirmation', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  await home(page);
  await openSection(page, 'Séances');
  await page.getByRole('button', { name: 'Planifier une série' }).click();
  const dialog = page.getByRole('dialog');
  // From today (or the 1st of September, before the working year starts): never past dates by default.
  const today = day(0);
  const year = Number(today.slice(5, 7)) >= 8 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const start = today > `${year}-09-01` ? today : `${year}-09-01`;
  await expect(dialog.getByLabel('Du (obligatoire)')).toHaveValue(typed(start));
  // Started in the past on purpose: asked first.
  await dialog.getByLabel('Du (obligatoire)').fill(typed(day(-120)));
  await expect(dialog.getByText(/séances? seron?t? planifiées?\./)).toBeVisible();
  await dialog.getByRole('button', { name: 'Planifier la série' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'dans le passé' })).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'firstday-08-series-past-confirm');
  await dialog.getByRole('button', { name: 'Créer quand même' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(main(page).getByText(/séances? planifiées?\./)).toBeVisible();
});

// The charter end to end: the coordinator puts the default charter in force and signs; a member
// logs in and signs with their own key; a witnessed signature is recorded; the roster shows them;
// a new version makes them "à renouveler"; verification passes, then a tampered signature is reported.
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Router } from '../../electron/api/router.js';
import { endSession, unlockWithPassphrase } from '../../electron/services/workspace.js';
import { PASSPHRASE, createWorkspaceThroughBackend, expect, expectNoSeriousA11yViolations, openSection, shot, test } from './fixtures.js';

const MEMBER_PASSPHRASE = 'violon-marée-boussole-17';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déverrouiller Concerto' })).toBeVisible();
}

async function unlock(page: Page, username: string, passphrase: string): Promise<void> {
  await page.getByLabel('Compte').selectOption({ label: username });
  await page.getByLabel('Phrase de passe (obligatoire)').fill(passphrase);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
}

async function seed(router: Router): Promise<void> {
  await createWorkspaceThroughBackend(router);
  const member = (data: Record<string, unknown>) => ({
    organisation: 'SAJ du Brabant wallon',
    serviceType: 'saj',
    function: '',
    email: '',
    phone: '',
    town: 'Wavre',
    secrecyStatus: 'professional_secret',
    isReferent: false,
    activeFrom: '2025-09-01',
    activeUntil: null,
    ...data,
  });
  const luc = await router.handle('members.create', member({ firstName: 'Luc', lastName: 'Martin' }));
  const marie = await router.handle('members.create', member({ firstName: 'Marie', lastName: 'Lambert', secrecyStatus: 'duty_of_reserve', serviceType: 'aviq_residential' }));
  if (!luc.ok || !marie.ok) throw new Error('members.create failed');
  const account = await router.handle('accounts.create', { memberId: (luc.value as { id: string }).id, username: 'luc', roles: ['member'], passphrase: MEMBER_PASSPHRASE, passphraseConfirm: MEMBER_PASSPHRASE });
  if (!account.ok) throw new Error('accounts.create failed');
}

/** Opens the signing form, checks the gate, reads to the end, ticks everything and signs. */
async function signThroughForm(page: Page, passphrase: string, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: /Lire et signer/ }).click();
  const submit = page.getByRole('button', { name: 'Signer', exact: true });
  await expect(submit).toBeDisabled();
  await expect(page.getByText("Lisez le texte jusqu'au bout")).toBeVisible();
  const reader = page.getByRole('region', { name: /Texte de la charte, version/ });
  await reader.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByText("Texte lu jusqu'au bout.")).toBeVisible();
  await expect(submit).toBeEnabled();
  // Not every commitment ticked: refused, next to the box.
  await page.getByLabel('Votre phrase de passe').fill(passphrase);
  await submit.click();
  await expect(page.getByText('Cochez cet engagement pour signer.').first()).toBeVisible();
  const boxes = page.getByRole('group', { name: 'Vos engagements' }).getByRole('checkbox');
  await expect(boxes).toHaveCount(7);
  for (const box of await boxes.all()) await box.check();
  await page.getByLabel("Je ne suis pas tenu·e au secret professionnel et je m'engage au devoir de réserve").check();
  await expect(page.getByText('Devoir de réserve : je m’engage'.replace('’', "'"))).toBeVisible();
  await page.getByLabel('Je suis tenu·e au secret professionnel').check();
  await page.getByLabel('Votre phrase de passe').fill(passphrase);
  if (screenshot) {
    await expectNoSeriousA11yViolations(page);
    await shot(page, screenshot);
  }
  await submit.click();
  await expect(page.getByText(/Signature enregistrée pour la version/)).toBeVisible();
}

test('charte : brouillon, mise en vigueur, signatures, registre, nouvelle version, vérification', async ({ page, router, workspaceDir }) => {
  // Nine Argon2id derivations (unlocks, signatures) and seven axe scans on a shared 2-core machine.
  test.setTimeout(240_000);
  await seed(router);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Charte' })).toContainText("Aucune version de la charte n'est en vigueur");

  // 1. The coordinator prepares the first version from the default text.
  await openSection(page, 'Charte');
  await expect(page.getByText("Aucune version n'est encore en vigueur.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-01-empty');
  await page.getByRole('button', { name: 'Préparer la première version (texte par défaut)' }).click();
  const editor = page.getByLabel('Texte du brouillon (Markdown)');
  await expect(editor).toHaveValue(/# Concertations cliniques BW — La Charte-Convention/);
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('heading', { name: 'Concertations cliniques BW — La Charte-Convention' })).toBeVisible();
  await editor.fill((await editor.inputValue()) + '\n## 5. Évaluation\n\nLa charte est évaluée chaque année.\n');
  await expect(preview.getByRole('heading', { name: '5. Évaluation' })).toBeVisible();
  await expect(page.getByText('Modifications non enregistrées.')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-02-draft');

  // A review date before adoption is refused next to the field.
  // The same JJ/MM/AAAA control as every other form, not the browser's own date input (issue 19).
  await expect(page.getByLabel("Date d'adoption (obligatoire)")).toHaveAttribute('placeholder', 'JJ/MM/AAAA');
  await page.getByLabel('Date de révision prévue (obligatoire)').fill('01/01/2020');
  await page.getByRole('button', { name: 'Mettre la version 1 en vigueur' }).click();
  await expect(page.getByText("La date de révision doit suivre la date d'adoption.")).toBeVisible();
  await page.getByLabel("Date d'adoption (obligatoire)").fill('15/01/2026');
  await page.getByLabel('Date de révision prévue (obligatoire)').fill('30/06/2026');
  await page.getByRole('button', { name: 'Mettre la version 1 en vigueur' }).click();
  // Irreversible: what follows is said, and asked once more.
  await expect(page.getByText('Mettre la version 1 en vigueur ? Ce qui suit ne peut pas être annulé')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-02b-confirm-in-force');
  await page.getByRole('button', { name: 'Oui, mettre la version 1 en vigueur' }).click();
  await expect(page.getByText('La version 1 est en vigueur.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Version en vigueur — Version 1' })).toBeVisible();
  await expect(page.getByTestId('charter-fingerprint')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
  // The review date has passed (30 June 2026): the reminder is there.
  await expect(page.getByText(/La date de révision \(30 juin 2026\) est dépassée/)).toBeVisible();

  // 2. The coordinator signs with her own key.
  await signThroughForm(page, PASSPHRASE, 'charter-03-sign');

  // 3. A witnessed signature for Marie, who has no account.
  await page.getByRole('button', { name: 'Signature en présence — Marie Lambert' }).click();
  await expect(page.getByText("Devoir de réserve : je m'engage")).toBeVisible();
  await page.getByLabel('Lieu (obligatoire)').fill('Wavre, réunion du groupe');
  await page.getByLabel('Votre phrase de passe (coordination) (obligatoire)').fill(PASSPHRASE);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-04-witness');
  await page.getByRole('button', { name: 'Contresigner et enregistrer' }).click();
  await expect(page.getByText('Signature en présence de Marie Lambert enregistrée.')).toBeVisible();
  const register = page.getByRole('region', { name: 'Signatures des membres' });
  await expect(register.getByRole('row', { name: /Marie Lambert/ })).toContainText('En présence (témoin)');
  await expect(register.getByRole('row', { name: /Marie Lambert/ })).toContainText('témoin : Véronique Coordination, Wavre, réunion du groupe');
  // Her certificate: a PDF and the signature record, both downloaded.
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await register.getByRole('button', { name: 'Certificat (PDF et fichier de signature) — Marie Lambert' }).click();
  await expect(page.getByText('Certificat « certificat-charte-v1-marie-lambert.pdf »')).toBeVisible();
  await expect.poll(() => downloads.sort()).toEqual(['certificat-charte-v1-marie-lambert.concerto-signature-record.json', 'certificat-charte-v1-marie-lambert.pdf']);

  // 4. Luc logs in and signs with his own key.
  await lock(page);
  await unlock(page, 'luc', MEMBER_PASSPHRASE);
  await expect(page.getByRole('region', { name: 'Charte' })).toContainText('Votre signature : Manquante.');
  await openSection(page, 'Charte');
  await expect(page.getByRole('heading', { name: 'Brouillon' })).toHaveCount(0);
  await signThroughForm(page, MEMBER_PASSPHRASE);
  await expect(page.getByText(/Valide signée le/)).toBeVisible();
  await lock(page);
  await unlock(page, 'coordination', PASSPHRASE);

  // 5. The roster shows both, and filters on the signature.
  await openSection(page, 'Membres');
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Martin/ })).toContainText('Valide');
  await expect(table.getByRole('row', { name: /Lambert/ })).toContainText('Valide');
  await page.getByLabel('Signature de la charte').selectOption({ label: 'Valide' });
  await expect(page.getByText('3 membres sur 3')).toBeVisible();
  await page.getByLabel('Signature de la charte').selectOption({ label: 'Manquante' });
  await expect(page.getByText('0 membre sur 3')).toBeVisible();
  await page.getByLabel('Signature de la charte').selectOption({ label: 'Valide' });
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-05-roster');

  // 6. A new version in force: everyone must sign again; the diff shows what changed.
  await openSection(page, 'Charte');
  await page.getByRole('button', { name: 'Préparer une nouvelle version' }).click();
  const editor2 = page.getByLabel('Texte du brouillon (Markdown)');
  await expect(editor2).toHaveValue(/chaque année/);
  await editor2.fill((await editor2.inputValue()).replace('chaque année', 'chaque année en juin'));
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
  await page.getByLabel("Date d'adoption (obligatoire)").fill('2026-09-01');
  await page.getByLabel('Date de révision prévue (obligatoire)').fill('2099-09-01');
  await page.getByRole('button', { name: 'Mettre la version 2 en vigueur' }).click();
  await expect(page.getByText('Les 3 signatures valides de la version actuelle passeront à « à renouveler »')).toBeVisible();
  await page.getByRole('button', { name: 'Oui, mettre la version 2 en vigueur' }).click();
  await expect(page.getByText('La version 2 est en vigueur.')).toBeVisible();
  await expect(register.getByRole('table').getByText('À renouveler')).toHaveCount(3);
  await page.getByRole('button', { name: 'Afficher les différences' }).click();
  const diff = page.getByTestId('charter-diff');
  await expect(diff.locator('ins')).toContainText('en juin');
  await expect(diff.locator('ins').first()).toContainText('ajouté :');
  await page.getByRole('heading', { name: 'Différences entre la version 1 et la version 2' }).scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-06-new-version-diff');

  await openSection(page, 'Membres');
  await page.getByLabel('Signature de la charte').selectOption({ label: 'À renouveler' });
  await expect(page.getByText('3 membres sur 3')).toBeVisible();

  // 7. Verification passes; then a signature altered directly in the database is reported.
  await openSection(page, 'Charte');
  await page.getByRole('button', { name: 'Vérifier toutes les signatures' }).click();
  await expect(page.getByText(/Toutes les signatures sont valides \(3 vérifiées/)).toBeVisible();
  const direct = await unlockWithPassphrase(workspaceDir, (await router.handle('app.status', {}).then((r) => (r.ok ? (r.value as { session: { accountId: string } }).session.accountId : ''))), PASSPHRASE, {
    migrationsDir: path.resolve('db/migrations'),
  });
  try {
    direct.ws.sqlite.prepare("update charter_signatures set signed_at = '2026-01-01T00:00:00.000Z' where signer_name = 'Luc Martin'").run();
  } finally {
    await endSession(direct);
  }
  await page.getByRole('button', { name: 'Vérifier toutes les signatures' }).click();
  const failures = page.getByTestId('charter-verify-failures');
  await expect(failures).toContainText('Luc Martin');
  await expect(failures).toContainText('La signature ne correspond pas au texte et à la clé publique du signataire.');
  await expect(page.getByText('1 signature(s) ne sont pas valides.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-07-verify-tampered');

  // The home page reminds nothing overdue any more, and sums up the signatures.
  await nav(page).getByRole('link', { name: 'Accueil' }).click();
  await expect(page.getByRole('region', { name: 'Charte' })).toContainText('0 valides, 3 à renouveler, 0 manquantes, 0 révoquées');
  await shot(page, 'charter-08-home');
});

test('charte : signer un fichier reçu, renvoyer la signature, import vérifié et doublon refusé', async ({ page, router }) => {
  test.setTimeout(240_000);
  await seed(router);
  const draft = await router.handle('charter.createDraft', {});
  if (!draft.ok) throw new Error('createDraft failed');
  await router.handle('charter.putInForce', { id: (draft.value as { id: string }).id, adoptedOn: '2026-01-15', reviewDue: '2099-01-15' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();

  // The coordinator exports the charter as a signed file for Luc.
  await openSection(page, 'Charte');
  const register = page.getByRole('region', { name: 'Signatures des membres' });
  const charterDownload = page.waitForEvent('download');
  await register.getByRole('button', { name: 'Fichier à signer — Luc Martin' }).click();
  const charterFile = await (await charterDownload).path();
  await expect(page.getByText('Fichier « charte-v1-luc-martin.concerto-charte.json » enregistré')).toBeVisible();

  // Luc opens it in Concerto, sees who issued it, reads, signs, and saves the signature file.
  await lock(page);
  await unlock(page, 'luc', MEMBER_PASSPHRASE);
  await openSection(page, 'Charte');
  const remote = page.getByRole('region', { name: 'Signer une charte reçue' });
  await remote.getByLabel('Fichier de charte (.concerto-charte.json)').setInputFiles({ name: 'faux.concerto-charte.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"concerto.charter","version":1') });
  await expect(remote.getByRole('alert')).toContainText('Ce fichier est illisible');
  await remote.getByLabel('Fichier de charte (.concerto-charte.json)').setInputFiles(charterFile);
  await expect(remote.getByText('Émis par Véronique Coordination pour le groupe « Concertations cliniques BW », à l\'attention de Luc Martin.')).toBeVisible();
  await expect(remote.getByText('Cette clé est déjà connue dans votre espace de travail.')).toBeVisible();
  await remote.getByRole('region', { name: /Texte de la charte, version 1/ }).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  for (const box of await remote.getByRole('group', { name: 'Vos engagements' }).getByRole('checkbox').all()) await box.check();
  await remote.getByLabel('Votre phrase de passe').fill(MEMBER_PASSPHRASE);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-09-remote-sign');
  const signatureDownload = page.waitForEvent('download');
  await remote.getByRole('button', { name: 'Signer', exact: true }).click();
  const signatureFile = await (await signatureDownload).path();
  await expect(page.getByText('Fichier « signature-charte-v1-luc-martin.concerto-signature.json » enregistré')).toBeVisible();

  // The coordinator imports it: verified and recorded; the same file again is refused as a replay.
  await lock(page);
  await unlock(page, 'coordination', PASSPHRASE);
  await openSection(page, 'Charte');
  const files = page.getByRole('region', { name: 'Signer depuis un autre ordinateur' });
  await files.getByLabel('Fichier de signature (.concerto-signature.json)').setInputFiles(signatureFile);
  await expect(page.getByText('Signature de Luc Martin vérifiée et enregistrée.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Signatures des membres' }).getByRole('row', { name: /Luc Martin/ })).toContainText('Clé personnelle, autre ordinateur');
  await files.getByLabel('Fichier de signature (.concerto-signature.json)').setInputFiles(signatureFile);
  await expect(files.getByRole('alert')).toContainText('Cette signature a déjà été enregistrée');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'charter-10-import-signature');
});

// The group across two computers, end to end: two loopback hosts, two workspaces (Véronique's,
// the coordination, and Luc's own Concerto), one shared temp folder between them. The coordination
// founds the group; Luc's Concerto finds it, he compares the founder's fingerprint and joins, and
// hands over his contact card; the coordination admits him; each Settings screen shows the other;
// a stranger's file dropped in the folder appears as a problem, in French.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createRouter } from '../../electron/api/router.js';
import { startHost } from '../../electron/host/host.js';
import { PASSPHRASE, SCREENSHOT_DIR, STATIC_DIR, createWorkspaceThroughBackend, expect, expectNoSeriousA11yViolations, ok, openSection, shot, test } from './fixtures.js';

/** Creating the workspace through the backend left its session open: the page lands on the home screen. */
async function atHome(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible({ timeout: 30_000 });
}

/** The section alone, readable at full size (the whole Settings page is very tall). */
async function sectionShot(section: Locator, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await section.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

const groupSection = (page: Page) => page.getByRole('region', { name: 'Dossier du groupe' });

test('two computers share the group through one folder: found, join, admit, each sees the other, the charter signed on the member’s computer comes back, a stranger’s file is reported', async ({ page, router, browser }) => {
  test.setTimeout(240_000);
  const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-e2e-shared-'));
  const lucDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-e2e-luc-'));
  // Luc's computer: its own backend and host, on a short timer so the test does not wait long.
  const lucRouter = createRouter({ workspaceDir: lucDir, mode: 'browser', version: 'e2e', groupSyncMs: 1_000 });
  const lucHost = await startHost({ router: lucRouter, staticDir: STATIC_DIR });
  const lucContext = await browser.newContext({ locale: 'fr-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const lucPage = await lucContext.newPage();
  try {
    await createWorkspaceThroughBackend(router);
    await ok(router, 'members.create', {
      firstName: 'Luc',
      lastName: 'Martin',
      organisation: 'SAJ du Brabant wallon',
      serviceType: 'saj',
      function: 'Délégué',
      email: '',
      phone: '',
      town: 'Wavre',
      secrecyStatus: 'professional_secret',
      isReferent: false,
      activeFrom: '2025-09-01',
      activeUntil: null,
    });
    await createWorkspaceThroughBackend(lucRouter, { groupName: 'Poste de Luc', firstName: 'Luc', lastName: 'Martin', username: 'luc' });

    // 1. The coordination founds the group on the shared folder.
    await page.reload();
    await atHome(page);
    await openSection(page, 'Paramètres');
    const coordSection = groupSection(page);
    // A folder that does not exist: a clear French message, nothing founded.
    const foundForm = coordSection.getByRole('form', { name: 'Fonder le groupe sur un dossier partagé' });
    await foundForm.getByLabel('Dossier partagé (chemin complet sur cet ordinateur)').fill(path.join(shared, 'absent'));
    await foundForm.getByRole('button', { name: 'Fonder le groupe' }).click();
    await expect(coordSection.getByRole('alert').filter({ hasText: 'Le dossier du groupe est introuvable' })).toBeVisible();
    await foundForm.getByLabel('Dossier partagé (chemin complet sur cet ordinateur)').fill(shared);
    await foundForm.getByRole('button', { name: 'Fonder le groupe' }).click();
    await expect(coordSection.getByTestId('group-name')).toHaveText('Concertations cliniques BW');
    const founderFingerprint = (await coordSection.getByTestId('group-founder-fingerprint').textContent())!.trim();
    expect(founderFingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    await expect(coordSection.getByTestId('group-reachable')).toContainText('Joignable');

    // 2. Luc's Concerto finds the group; he compares the fingerprint and joins, then saves his contact card.
    await lucPage.goto(lucHost.url);
    await atHome(lucPage);
    await openSection(lucPage, 'Paramètres');
    const lucSection = groupSection(lucPage);
    const join = lucSection.getByRole('group', { name: 'Rejoindre le groupe depuis le dossier partagé' });
    await join.getByLabel('Dossier partagé (chemin complet sur cet ordinateur)').fill(shared);
    await join.getByRole('button', { name: 'Chercher le groupe dans ce dossier' }).click();
    await expect(join.getByText(founderFingerprint, { exact: true })).toBeVisible();
    await shot(lucPage, 'group-folder-join-compare');
    await sectionShot(lucSection, 'group-folder-join-compare-section');
    await join.getByRole('button', { name: "L'empreinte est la même : rejoindre ce groupe" }).click();
    await expect(lucSection.getByText("Vous n'êtes pas encore admis·e")).toBeVisible();
    await expect(lucSection.getByTestId('group-waiting')).toContainText('chiffrée pour les membres admis');
    const download = lucPage.waitForEvent('download');
    await lucSection.getByRole('button', { name: 'Enregistrer ma carte de contact' }).click();
    const cardPath = path.join(lucDir, 'carte-luc.concerto-contact.json');
    await (await download).saveAs(cardPath);
    const lucFingerprint = (await lucSection.getByTestId('group-own-fingerprint').textContent())!.trim();
    await shot(lucPage, 'group-folder-member-waiting');
    await sectionShot(lucSection, 'group-folder-member-waiting-section');
    await expectNoSeriousA11yViolations(lucPage);

    // 3. The coordination imports the card, compares the fingerprint, and admits Luc's computer.
    const admit = coordSection.getByRole('group', { name: "Admettre l'ordinateur d'un membre" });
    await admit.getByLabel('Carte de contact du membre (.concerto-contact.json)').setInputFiles(cardPath);
    await expect(admit.getByText(lucFingerprint, { exact: true })).toBeVisible();
    await admit.getByLabel('Membre du registre concerné').selectOption({ label: 'Luc Martin' });
    await admit.getByRole('button', { name: "L'empreinte est la même : importer et admettre" }).click();
    await expect(admit.getByText('Luc Martin est admis·e')).toBeVisible();
    const coordTable = coordSection.getByTestId('group-computers');
    await expect(coordTable.getByRole('row', { name: /Luc Martin/ })).toContainText(lucFingerprint);

    // 4. Luc's Concerto picks up the admission on its own timer: both screens show each other.
    await expect(lucSection.getByText('Vous êtes admis·e dans le groupe.')).toBeVisible({ timeout: 30_000 });
    await expect(lucSection.getByTestId('group-name')).toHaveText('Concertations cliniques BW');
    const lucTable = lucSection.getByTestId('group-computers');
    await expect(lucTable.getByRole('row', { name: /Véronique Coordination/ })).toContainText(founderFingerprint);
    await expect(lucTable.getByRole('row', { name: /Luc Martin/ })).toContainText('(Vous)');
    await expect(lucSection.getByText('Rien en attente.')).toBeVisible();
    await shot(lucPage, 'group-folder-member-admitted');
    await sectionShot(lucSection, 'group-folder-member-admitted-section');
    await expectNoSeriousA11yViolations(lucPage);

    // 5. The charter in force goes to the group; Luc reads and signs it on his own computer; the signature comes back.
    const draft = await ok<{ id: string }>(router, 'charter.createDraft', {});
    const inForce = await ok<{ fingerprint: string }>(router, 'charter.putInForce', { id: draft.id, adoptedOn: '2026-01-15', reviewDue: '2099-01-15' });
    await coordSection.getByRole('button', { name: 'Publier la charte en vigueur dans le groupe' }).click();
    await expect(coordSection.getByText('Charte en vigueur publiée dans le groupe.')).toBeVisible();
    await openSection(lucPage, 'Charte');
    const lucCharter = lucPage.getByRole('region', { name: 'Charte du groupe (reçue par le dossier du groupe)' });
    await expect(lucCharter.getByTestId('group-charter-fingerprint')).toHaveText(inForce.fingerprint, { timeout: 30_000 });
    await lucCharter.getByRole('button', { name: 'Lire et signer la charte du groupe' }).click();
    const reader = lucCharter.getByRole('region', { name: /Texte de la charte, version/ });
    await reader.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(lucCharter.getByText("Texte lu jusqu'au bout.")).toBeVisible();
    for (const box of await lucCharter.getByRole('group', { name: 'Vos engagements' }).getByRole('checkbox').all()) await box.check();
    await lucCharter.getByLabel('Je suis tenu·e au secret professionnel').check();
    await lucCharter.getByLabel('Votre phrase de passe').fill(PASSPHRASE);
    await lucCharter.getByRole('button', { name: 'Signer', exact: true }).click();
    await expect(lucCharter.getByText('Charte du groupe signée : votre signature part par le dossier du groupe.')).toBeVisible();
    await expect(lucCharter.getByTestId('group-charter-signatures')).toContainText('Luc Martin, le');
    await sectionShot(lucCharter, 'group-charter-member-signed');
    await expectNoSeriousA11yViolations(lucPage);
    await openSection(page, 'Charte');
    const coordCharter = page.getByRole('region', { name: 'Charte du groupe (reçue par le dossier du groupe)' });
    await expect(coordCharter.getByTestId('group-charter-signatures')).toContainText('Luc Martin, le', { timeout: 30_000 });
    await sectionShot(coordCharter, 'group-charter-coordination');
    await openSection(page, 'Paramètres');
    await openSection(lucPage, 'Paramètres');

    // 6. A stranger's file dropped in the group's folder: listed as a problem, in French, and ignored.
    const root = fs.readdirSync(shared).find((n) => n.startsWith('concerto-'))!;
    fs.writeFileSync(path.join(shared, root, 'compte-rendu.docx'), 'pas un fichier de Concerto');
    await coordSection.getByRole('button', { name: 'Synchroniser maintenant' }).click();
    await expect(coordSection.getByTestId('group-problems')).toContainText('Fichier étranger à Concerto (ignoré) : compte-rendu.docx');
    await expect(coordSection.getByText('Ces fichiers sont ignorés ; rien n\'est perdu.')).toBeVisible();
    await shot(page, 'group-folder-coordination');
    await sectionShot(coordSection, 'group-folder-coordination-section');
    await expectNoSeriousA11yViolations(page);
    // Luc's computer sees it too, on its own.
    await expect(lucSection.getByTestId('group-problems')).toContainText('Fichier étranger à Concerto', { timeout: 15_000 });
  } finally {
    await lucContext.close();
    await lucHost.close();
    await lucRouter.close();
    fs.rmSync(lucDir, { recursive: true, force: true });
    fs.rmSync(shared, { recursive: true, force: true });
  }
});

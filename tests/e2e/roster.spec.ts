// The roster (Membres) end to end: add members from three sectors, find them by sector and text,
// field errors in French, edit, deactivate, lock/unlock, CSV import with a rejected row, CSV export.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Router } from '../../electron/api/router.js';
import { PASSPHRASE, createWorkspaceThroughBackend, expect, expectNoSeriousA11yViolations, openSection, shot, test } from './fixtures.js';

/** The workspace is created through the backend (the creation screen has its own spec), then the page reloads unlocked. */
async function openRoster(page: Page, router: Router): Promise<void> {
  await createWorkspaceThroughBackend(router);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await openSection(page, 'Membres');
  await expect(page.getByText('1 membre sur 1')).toBeVisible();
}

interface NewMember {
  lastName: string;
  firstName: string;
  organisation: string;
  serviceType: string;
  fn: string;
  email: string;
  town: string;
  secrecy: 'Secret professionnel' | 'Devoir de réserve';
  referent?: boolean;
}

const CLAIRE: NewMember = {
  lastName: 'Vandenberghe',
  firstName: 'Claire',
  organisation: 'SAJ du Brabant wallon',
  serviceType: 'saj',
  fn: 'Conseillère adjointe',
  email: 'claire.vandenberghe@exemple.invalid',
  town: 'Nivelles',
  secrecy: 'Secret professionnel',
  referent: true,
};
const ELISE: NewMember = {
  lastName: 'Pirson',
  firstName: 'Élise',
  organisation: 'Service résidentiel Les Glycines',
  serviceType: 'aviq_residential',
  fn: 'Éducatrice spécialisée',
  email: 'elise.pirson@exemple.invalid',
  town: 'Braine-l’Alleud',
  secrecy: 'Devoir de réserve',
};
const LAURENT: NewMember = {
  lastName: 'Mathy',
  firstName: 'Laurent',
  organisation: 'SSM L’Équinoxe',
  serviceType: 'ssm',
  fn: 'Pédopsychiatre',
  email: 'laurent.mathy@exemple.invalid',
  town: 'Ottignies',
  secrecy: 'Secret professionnel',
};

const memberDialog = (page: Page) => page.getByRole('dialog', { name: 'Ajouter un membre' });

async function fillMember(page: Page, m: NewMember, email = m.email): Promise<void> {
  const dialog = memberDialog(page);
  await dialog.getByLabel(/^Nom/).fill(m.lastName);
  await dialog.getByLabel(/^Prénom/).fill(m.firstName);
  await dialog.getByLabel('Organisation / service').fill(m.organisation);
  await dialog.getByLabel(/^Type de service/).selectOption(m.serviceType);
  await dialog.getByLabel('Fonction').fill(m.fn);
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByLabel('Commune').fill(m.town);
  await dialog.getByRole('radio', { name: m.secrecy }).check();
  if (m.referent) await dialog.getByRole('checkbox', { name: 'Référent de son institution' }).check();
}

async function addMember(page: Page, m: NewMember): Promise<void> {
  await page.getByRole('button', { name: 'Ajouter un membre' }).click();
  await fillMember(page, m);
  await memberDialog(page).getByRole('button', { name: 'Enregistrer' }).click();
  await expect(memberDialog(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Fiche ajoutée au registre : ${m.firstName} ${m.lastName}.` })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Membres du groupe' });
const rowOf = (page: Page, lastName: string) => table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: lastName }) });

test('roster: add members of three sectors, find, edit, deactivate, lock and unlock', async ({ page, router }) => {
  await openRoster(page, router);

  // An invalid e-mail: the French message next to the field, and nothing saved.
  await page.getByRole('button', { name: 'Ajouter un membre' }).click();
  await expect(memberDialog(page)).toBeVisible();
  await expect(memberDialog(page).getByLabel(/^Nom/)).toBeFocused();
  await fillMember(page, CLAIRE, 'claire.vandenberghe@');
  await memberDialog(page).getByRole('button', { name: 'Enregistrer' }).click();
  const email = memberDialog(page).getByLabel('E-mail');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  const message = 'Adresse e-mail invalide (exemple : nom@service.be).';
  await expect(email).toHaveAccessibleDescription(new RegExp(message.replace(/[().]/g, '\\$&')));
  await expect(memberDialog(page).locator('.field').filter({ has: page.getByLabel('E-mail') })).toContainText(message);
  // The chosen service type's acronym is spelled out next to the select.
  await expect(memberDialog(page)).toContainText("SAJ : Service de l'Aide à la Jeunesse.");
  await shot(page, 'roster-form-error');
  await expectNoSeriousA11yViolations(page);

  // Fixing the field clears the message at once; then the member is saved.
  await email.fill(CLAIRE.email);
  await expect(email).toHaveAttribute('aria-invalid', 'false');
  await expect(memberDialog(page).getByText(message)).toHaveCount(0);
  await memberDialog(page).getByRole('button', { name: 'Enregistrer' }).click();
  await expect(memberDialog(page)).toBeHidden();

  await addMember(page, ELISE);
  await addMember(page, LAURENT);
  await expect(page.getByText('4 membres sur 4')).toBeVisible();

  // Acronyms in the table carry their expansion.
  await expect(rowOf(page, 'Pirson').locator('abbr', { hasText: 'AVIQ' })).toHaveAttribute('title', /Agence pour une Vie de Qualité/);
  await expect(rowOf(page, 'Mathy').locator('abbr', { hasText: 'SSM' })).toHaveAttribute('title', 'Service de Santé Mentale');
  await expect(rowOf(page, 'Pirson')).toContainText('Devoir de réserve');
  await expect(rowOf(page, 'Vandenberghe')).toContainText('Secret professionnel');
  await shot(page, 'roster-table');
  await expectNoSeriousA11yViolations(page);

  // Sorting by name, with aria-sort on the header.
  const nameHeader = table(page).getByRole('columnheader', { name: /^Nom/ });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table(page).getByRole('rowheader').first()).toHaveText('Vandenberghe');
  await nameHeader.getByRole('button').click();
  await expect(table(page).getByRole('rowheader').first()).toHaveText('Coordination');

  // Filter by sector, then search by text (accents ignored).
  await page.getByLabel('Secteur', { exact: true }).selectOption({ label: 'Santé mentale' });
  await expect(page.getByText('1 membre sur 4')).toBeVisible();
  await expect(rowOf(page, 'Mathy')).toBeVisible();
  await expect(rowOf(page, 'Pirson')).toHaveCount(0);
  await page.getByLabel('Secteur', { exact: true }).selectOption({ label: 'Handicap (AVIQ)' });
  await expect(rowOf(page, 'Pirson')).toBeVisible();
  await expect(rowOf(page, 'Mathy')).toHaveCount(0);
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(page.getByText('4 membres sur 4')).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Rechercher' });
  await search.fill('equinoxe');
  await expect(page.getByText('1 membre sur 4')).toBeVisible();
  await expect(rowOf(page, 'Mathy')).toBeVisible();
  await search.fill('nivelles');
  await expect(rowOf(page, 'Vandenberghe')).toBeVisible();
  await expect(page.getByText('1 membre sur 4')).toBeVisible();
  await search.fill('elise.pirson@');
  await expect(rowOf(page, 'Pirson')).toBeVisible();
  await search.fill('');
  await page.getByLabel('Secret', { exact: true }).selectOption({ label: 'Devoir de réserve' });
  await expect(page.getByText('1 membre sur 4')).toBeVisible();
  await expect(rowOf(page, 'Pirson')).toBeVisible();
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();

  // Edit one member.
  await rowOf(page, 'Vandenberghe').getByRole('button', { name: 'Modifier Claire Vandenberghe' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Modifier la fiche de Claire Vandenberghe' });
  await expect(editDialog.getByLabel('Fonction')).toHaveValue('Conseillère adjointe');
  await editDialog.getByLabel('Fonction').fill('Conseillère principale');
  await editDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(editDialog).toBeHidden();
  await expect(rowOf(page, 'Vandenberghe')).toContainText('Conseillère principale');
  // Focus went back to the button that opened the dialog.
  await expect(rowOf(page, 'Vandenberghe').getByRole('button', { name: 'Modifier Claire Vandenberghe' })).toBeFocused();

  // Deactivate one: gone from the active members, listed under "Inactifs".
  await rowOf(page, 'Pirson').getByRole('button', { name: 'Désactiver Élise Pirson' }).click();
  const deactivateDialog = page.getByRole('dialog', { name: 'Désactiver Élise Pirson' });
  await expect(deactivateDialog).toContainText("n'est pas supprimé");
  await deactivateDialog.getByLabel('Motif').fill('Changement de service');
  await expectNoSeriousA11yViolations(page);
  await deactivateDialog.getByRole('button', { name: 'Désactiver' }).click();
  await expect(deactivateDialog).toBeHidden();
  await expect(rowOf(page, 'Pirson')).toHaveCount(0);
  // Its button left with the row: the focus goes to the page heading, not nowhere.
  await expect(page.getByRole('heading', { level: 1, name: 'Membres' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Fiche désactivée : Élise Pirson.' })).toBeVisible();
  await expect(page.getByText('3 membres sur 4')).toBeVisible();
  await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Inactifs' });
  await expect(page.getByText('1 membre sur 4')).toBeVisible();
  await expect(rowOf(page, 'Pirson')).toContainText('Inactif');
  await expect(rowOf(page, 'Pirson').getByRole('button', { name: 'Réactiver Élise Pirson' })).toBeVisible();

  // Lock, unlock: the members are there again.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByLabel(/^Phrase de passe/)).toBeVisible();
  await expect(page.getByText('Vandenberghe')).toHaveCount(0);
  await page.getByLabel(/^Phrase de passe/).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Membres' })).toContainText('3 membres actifs. 1 membre a quitté le groupe.');
  await openSection(page, 'Membres');
  await expect(page.getByText('3 membres sur 4')).toBeVisible();
  for (const name of ['Vandenberghe', 'Mathy', 'Coordination']) await expect(rowOf(page, name)).toBeVisible();
  await expect(rowOf(page, 'Vandenberghe')).toContainText('Conseillère principale');
  await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Tous' });
  await expect(rowOf(page, 'Pirson')).toContainText('Inactif');

  // Reactivate.
  await rowOf(page, 'Pirson').getByRole('button', { name: 'Réactiver Élise Pirson' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fiche réactivée : Élise Pirson.' })).toBeVisible();
  await expect(rowOf(page, 'Pirson')).toContainText('Actif');
});

const CSV = [
  'prenom;nom;organisation;type_service;fonction;email;telephone;commune;statut_secret;referent;actif_depuis;actif_jusqu_au',
  'Hélène;Dumont;Centre PMS de Wavre;cpms;Assistante sociale;helene.dumont@exemple.invalid;010 23 45 67;Wavre;secret professionnel;oui;01/09/2025;',
  'Bruno;Lejeune;Athénée (fictif);école imaginaire;Directeur;bruno.lejeune@;;Jodoigne;devoir de réserve;non;2025-09-01;',
  "Catherine;Hubert;CPAS de Wavre;Centre Public d'Action Sociale (CPAS);Assistante sociale;catherine.hubert@exemple.invalid;;Wavre;Secret professionnel;non;;",
].join('\r\n');

test('roster: CSV import with a rejected row, then CSV export', async ({ page, router }) => {
  await openRoster(page, router);

  await page.getByRole('button', { name: 'Importer (CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des membres (CSV)' });
  await expect(dialog).toContainText('séparateur point-virgule, virgule ou tabulation');
  await dialog.getByLabel('Fichier CSV à importer').setInputFiles({ name: 'membres.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

  await expect(dialog.getByText('2 lignes valides.')).toBeVisible();
  await expect(dialog.getByText('1 ligne refusée.')).toBeVisible();
  const rejected = dialog.getByRole('table', { name: 'Lignes refusées et raisons' });
  const line3 = rejected.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ligne 3' }) });
  await expect(line3).toContainText("type_service : Valeur non reconnue : choisissez sa correspondance à l'étape des valeurs.");
  await expect(line3).toContainText('email : Adresse e-mail invalide');
  await rejected.scrollIntoViewIfNeeded();
  await shot(page, 'roster-import-preview');
  await expectNoSeriousA11yViolations(page);

  // With a rejected row, importing needs an explicit confirmation.
  const importButton = dialog.getByRole('button', { name: 'Importer les 2 lignes valides' });
  await importButton.click();
  const confirm = dialog.getByRole('checkbox', { name: /importer uniquement les lignes valides/ });
  await expect(confirm).toBeFocused();
  await expect(dialog.getByText('Cochez cette case pour importer les lignes valides malgré les lignes refusées.')).toBeVisible();
  await expect(dialog).toBeVisible();
  await confirm.check();
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '2 membres importés.' })).toBeVisible();
  await expect(page.getByText('3 membres sur 3')).toBeVisible();
  await expect(rowOf(page, 'Dumont')).toContainText('Centre PMS de Wavre');
  await expect(rowOf(page, 'Hubert')).toContainText('Centre Public d');
  await expect(rowOf(page, 'Lejeune')).toHaveCount(0);

  // Export: a dialog first says what the file holds and why some cells start with an apostrophe.
  await page.getByRole('button', { name: 'Exporter (CSV)' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Exporter la liste des membres (CSV)' });
  await expect(exportDialog).toContainText('Ce sont des données personnelles');
  await expect(exportDialog.getByText("Une valeur qui commence par =, +, - ou @ est précédée d'une apostrophe")).toBeVisible();
  await expect(exportDialog).toContainText('Concerto la retire quand le fichier est importé à nouveau');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'roster-export-dialog');
  // Cancel changes nothing; then the export, a download whose bytes start with the UTF-8 BOM, then the French header row.
  await exportDialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(exportDialog).toBeHidden();
  await page.getByRole('button', { name: 'Exporter (CSV)' }).click();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  const download = await downloading;
  await expect(exportDialog).toBeHidden();
  expect(download.suggestedFilename()).toMatch(/^concerto-membres-.*\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split(/\r?\n/);
  expect(lines[0]!.replaceAll('"', '')).toBe("Nom;Prénom;Organisation;Type de service;Fonction;E-mail;Téléphone;Commune;Statut de secret;Référent;Actif depuis;Actif jusqu'au;Note homonyme");
  // French labels, not the internal codes.
  const dumont = lines.find((line) => line.includes('Hélène') && line.includes('Dumont'))!;
  expect(dumont).toContain('"Centre Psycho-Médico-Social (CPMS)"');
  expect(dumont).toContain('"Secret professionnel";"Oui";"01/09/2025"');
  await expect(page.getByRole('status').filter({ hasText: /Le fichier concerto-membres-.*\.csv a été téléchargé/ })).toBeVisible();
});

test('roster: an account without the coordinator role reads the roster but cannot change it', async ({ page, router }) => {
  await openRoster(page, router);
  // Set-up through the backend: a member, an account for them with the role "member", then their session.
  const member = await router.handle('members.create', {
    firstName: LAURENT.firstName,
    lastName: LAURENT.lastName,
    organisation: LAURENT.organisation,
    serviceType: LAURENT.serviceType,
    function: LAURENT.fn,
    email: LAURENT.email,
    phone: '',
    town: LAURENT.town,
    secrecyStatus: 'professional_secret',
    isReferent: false,
    activeFrom: '2025-09-01',
    activeUntil: null,
  });
  if (!member.ok) throw new Error(member.error.code);
  const memberId = (member.value as { id: string }).id;
  const passphrase = 'lanterne-hibou-castor-17';
  const account = await router.handle('accounts.create', { memberId, username: 'laurent', roles: ['member'], passphrase, passphraseConfirm: passphrase });
  if (!account.ok) throw new Error(account.error.code);
  await router.lockNow();
  const unlocked = await router.handle('session.unlock', { accountId: (account.value as { id: string }).id, passphrase });
  expect(unlocked.ok).toBe(true);
  await page.reload();

  await openSection(page, 'Membres');
  await expect(page.getByText('2 membres sur 2')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter un membre' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Importer (CSV)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Désactiver/ })).toHaveCount(0);
  await rowOf(page, 'Mathy').getByRole('button', { name: 'Voir Laurent Mathy' }).click();
  const details = page.getByRole('dialog', { name: 'Fiche de Laurent Mathy' });
  await expect(details).toContainText('Consultation seule');
  await expect(details).toContainText('SSM L’Équinoxe');
  await expect(details).toContainText('01/09/2025');
  await expect(details.getByRole('textbox')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(rowOf(page, 'Mathy').getByRole('button', { name: 'Voir Laurent Mathy' })).toBeFocused();
});

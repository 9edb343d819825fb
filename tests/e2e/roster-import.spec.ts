// A coordinator's first day with the roster: an office spreadsheet imported as it is (French headers,
// Windows-1252, ';'), through the mapping step and the preview; and a second "Marie Dubois" that the
// member form catches, added anyway with a reason that the account picker then shows.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Router } from '../../electron/api/router.js';
import { createWorkspaceThroughBackend, expect, expectNoSeriousA11yViolations, openSection, shot, test } from './fixtures.js';

async function openRoster(page: Page, router: Router): Promise<void> {
  await createWorkspaceThroughBackend(router);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await openSection(page, 'Membres');
}

const rowOf = (page: Page, lastName: string) => page.getByRole('row').filter({ hasText: lastName });

// As Excel saves "CSV (séparateur : point-virgule)" on a French Windows: Windows-1252, CRLF.
const OFFICE_FILE = [
  "Nom;Prénom;Organisation;Type de service;Fonction;Courriel;Téléphone;Commune;Référent;Date d'entrée;Remarques;Secret professionnel",
  'Lefèvre;Hélène;AMO Le Pont;AMO;Éducatrice;helene.lefevre@exemple.invalid;010 22 33 44;Wavre;Oui;01/09/2025;;Oui',
  'Dewit;Jan;CPAS de Tubize;Aide sociale;Assistant social;;;Tubize;Nee;2025-10-15;;Non',
  'Noël;Françoise;SAJ de Nivelles;Aide à la jeunesse;Déléguée;;;Nivelles;Non;32/12/2025;vacataire;Oui',
].join('\r\n');

test('roster import: a French-headed Windows-1252 file through the mapping step and the preview', async ({ page, router }) => {
  await openRoster(page, router);
  await page.getByRole('button', { name: 'Importer (CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des membres (CSV)' });

  // The template: the export's own headers and one fictional row.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Télécharger un modèle de fichier' }).click();
  const template = await downloading;
  expect(template.suggestedFilename()).toBe('concerto-modele-import-membres.csv');
  const templateText = fs.readFileSync(await template.path()).subarray(3).toString('utf8');
  expect(templateText.split('\r\n')[0]!.replaceAll('"', '')).toMatch(/^Nom;Prénom;Organisation;Type de service;/);

  // The app's one French file control (components/FileButton), not the browser's "Choose File".
  await expect(dialog.getByText('Aucun fichier choisi.')).toBeVisible();
  await expect(dialog.getByText('Choisir un fichier…')).toBeVisible();
  await shot(page, 'roster-import-00-file');

  const bytes = Buffer.from(OFFICE_FILE, 'latin1');
  expect(bytes.indexOf(0xe9)).toBeGreaterThan(0); // "Prénom": é is the single byte 0xE9
  await dialog.getByLabel('Fichier CSV à importer').setInputFiles({ name: 'membres-bureau.csv', mimeType: 'text/csv', buffer: bytes });

  await expect(dialog.getByText('Fichier lu comme Windows-1252 (Excel sous Windows), colonnes séparées par des points-virgules.')).toBeVisible();
  // Columns guessed from the French headers; "Remarques" is not imported.
  await expect(dialog.getByLabel('Champ de Concerto pour la colonne « Prénom »')).toHaveValue('firstName');
  await expect(dialog.getByLabel('Champ de Concerto pour la colonne « Type de service »')).toHaveValue('serviceType');
  await expect(dialog.getByLabel('Champ de Concerto pour la colonne « Secret professionnel »')).toHaveValue('secrecyStatus');
  await expect(dialog.getByLabel('Champ de Concerto pour la colonne « Remarques »')).toHaveValue('');
  // Values: AMO recognised, "Aide à la jeunesse" guessed (to check), "Aide sociale" to choose.
  await expect(dialog.getByLabel('Correspondance de « AMO » (colonne « Type de service »)')).toHaveValue('amo');
  const values = dialog.getByRole('table', { name: 'Correspondance des valeurs' });
  const valueRow = (raw: string) => values.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${raw}`) }) });
  await expect(valueRow('Aide à la jeunesse')).toContainText('à vérifier');
  await expect(dialog.getByLabel('Correspondance de « Aide à la jeunesse » (colonne « Type de service »)')).toHaveValue('saj');
  await expect(valueRow('Aide sociale')).toContainText('non reconnue');
  await expect(dialog.getByLabel('Correspondance de « Nee » (colonne « Référent »)')).toHaveValue('false');

  // The first rows as Concerto reads them, errors naming the file's own columns.
  const firstRows = dialog.getByRole('table', { name: 'Les premières lignes telles que Concerto les lira' });
  await expect(firstRows.getByRole('row').filter({ hasText: 'Lefèvre' })).toContainText("Service d'Action en Milieu Ouvert (AMO)");
  await expect(firstRows.getByRole('row').filter({ hasText: 'Lefèvre' })).toContainText('Valide');
  await expect(firstRows.getByRole('row').filter({ hasText: 'Dewit' })).toContainText("Type de service : Valeur non reconnue");
  await expect(dialog.getByText('1 ligne valide.')).toBeVisible();
  await shot(page, 'roster-import-mapping-before');

  await dialog.getByLabel('Correspondance de « Aide sociale » (colonne « Type de service »)').selectOption('cpas');
  await expect(dialog.getByText('2 lignes valides.')).toBeVisible();
  await expect(dialog.getByText('1 ligne refusée.')).toBeVisible();
  const rejected = dialog.getByRole('table', { name: 'Lignes refusées et raisons' });
  await expect(rejected.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ligne 4' }) })).toContainText(
    "Date d'entrée : Date invalide (formats acceptés : JJ/MM/AAAA ou AAAA-MM-JJ",
  );
  await expect(firstRows.getByRole('row').filter({ hasText: 'Dewit' })).toContainText('Centre Public d');
  await dialog.getByRole('heading', { name: '3. Aperçu des premières lignes' }).scrollIntoViewIfNeeded();
  await shot(page, 'roster-import-mapping-after');
  await expectNoSeriousA11yViolations(page);

  await dialog.getByRole('checkbox', { name: /importer uniquement les lignes valides/ }).check();
  await dialog.getByRole('button', { name: 'Importer les 2 lignes valides' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '2 membres importés.' })).toBeVisible();
  await expect(rowOf(page, 'Lefèvre')).toContainText('Hélène');
  await expect(rowOf(page, 'Lefèvre')).toContainText('AMO Le Pont');
  await expect(rowOf(page, 'Dewit')).toContainText('CPAS de Tubize');
  await expect(rowOf(page, 'Noël')).toHaveCount(0);
});

test('roster duplicates: the form warns, opens the existing record or adds with a reason, and the picker tells namesakes apart', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  const marie = await router.handle('members.create', {
    firstName: 'Marie',
    lastName: 'Dubois',
    organisation: 'AMO Le Pont',
    serviceType: 'amo',
    function: 'Éducatrice',
    email: 'marie.dubois@exemple.invalid',
    phone: '',
    town: 'Wavre',
    secrecyStatus: 'professional_secret',
    isReferent: false,
    activeFrom: '2025-09-01',
    activeUntil: null,
  });
  if (!marie.ok) throw new Error(marie.error.code);
  await page.reload();
  await openSection(page, 'Membres');
  await expect(rowOf(page, 'Dubois')).toBeVisible();

  const form = page.getByRole('dialog', { name: 'Ajouter un membre' });
  const fill = async () => {
    await page.getByRole('button', { name: 'Ajouter un membre' }).click();
    await form.getByLabel(/^Nom/).fill('DUBOIS');
    await form.getByLabel(/^Prénom/).fill('Marie');
    await form.getByLabel('Organisation / service').fill('AMO Le Pont');
    await form.getByLabel(/^Type de service/).selectOption('ssm');
    await form.getByRole('radio', { name: 'Secret professionnel' }).check();
    await form.getByRole('button', { name: 'Enregistrer' }).click();
  };
  await fill();
  const warning = form.getByRole('alert').filter({ hasText: 'Une fiche semblable existe déjà' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('marie.dubois@exemple.invalid');
  await expect(form.getByLabel(/Ce qui distingue ces deux personnes/)).toBeFocused();
  await shot(page, 'roster-duplicate-warning');
  await expectNoSeriousA11yViolations(page);

  // Open it: the existing record, not a second one.
  await warning.getByRole('button', { name: 'Ouvrir la fiche de Marie Dubois' }).click();
  const existing = page.getByRole('dialog', { name: 'Modifier la fiche de Marie Dubois' });
  await expect(existing.getByLabel('E-mail')).toHaveValue('marie.dubois@exemple.invalid');
  await existing.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByText('2 membres sur 2')).toBeVisible();

  // Or add anyway: a reason is required, then stored and shown.
  await fill();
  await expect(warning).toBeVisible();
  await form.getByRole('button', { name: 'Ajouter quand même' }).click();
  await expect(form.getByText('Écrivez ce qui distingue ces deux personnes')).toBeVisible();
  await form.getByLabel(/Ce qui distingue ces deux personnes/).fill('Homonyme, SSM de Wavre');
  await form.getByRole('button', { name: 'Ajouter quand même' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('3 membres sur 3')).toBeVisible();

  // The account picker tells the two Marie Dubois apart.
  await openSection(page, 'Paramètres');
  const picker = page.getByRole('combobox', { name: /^Membre/ });
  const options = await picker.locator('option').allTextContents();
  const dubois = options.filter((o) => /dubois/i.test(o));
  expect(dubois).toHaveLength(2);
  expect(dubois).toEqual(
    expect.arrayContaining([
      expect.stringContaining("AMO Le Pont · Service d'Action en Milieu Ouvert (AMO) · marie.dubois@exemple.invalid"),
      expect.stringContaining('« Homonyme, SSM de Wavre » · AMO Le Pont · Service de Santé Mentale (SSM)'),
    ]),
  );
  await picker.selectOption({ label: dubois.find((o) => o.includes('Homonyme'))! });
  await picker.scrollIntoViewIfNeeded();
  await shot(page, 'roster-namesake-picker');
  await expectNoSeriousA11yViolations(page);
});

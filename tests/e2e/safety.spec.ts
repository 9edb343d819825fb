// Data safety end to end: back up, change data, restore, see the earlier data; the integrity check;
// restoring with the recovery key from the problem screen when the key file is lost.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Router } from '../../electron/api/router.js';
import { PASSPHRASE, createWorkspaceThroughBackend, expect, expectNoSeriousA11yViolations, openSection, shot, test } from './fixtures.js';

const member = (lastName: string) => ({
  firstName: 'Claire',
  lastName,
  organisation: 'SAJ du Brabant wallon',
  serviceType: 'saj',
  function: 'Conseillère adjointe',
  email: '',
  phone: '',
  town: 'Nivelles',
  secrecyStatus: 'professional_secret',
  isReferent: false,
  activeFrom: '2026-09-01',
  activeUntil: null,
});

async function addMember(router: Router, lastName: string): Promise<void> {
  const result = await router.handle('members.create', member(lastName));
  if (!result.ok) throw new Error(result.error.code);
}

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Phrase de passe (obligatoire)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
}

test('back up, change the roster, restore, and find the earlier data', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router);
  await addMember(router, 'Avant-Sauvegarde');
  await page.reload();
  const card = page.getByRole('region', { name: 'Sauvegardes' });
  await expect(card.getByText(/Aucune sauvegarde vérifiée/)).toBeVisible();
  await shot(page, 'safety-01-home-no-backup');

  await openSection(page, 'Paramètres');
  // Settings says plainly that the router, not the cryptography, keeps situations from unsigned members.
  await expect(page.getByRole('region', { name: 'Sauvegardes' })).toContainText("c'est l'application, pas la cryptographie, qui empêche les membres sans signature valide de la charte de voir les situations");
  // The pace of automatic backups, in words.
  await expect(page.getByRole('region', { name: 'Sauvegardes' })).toContainText("Sauvegardes automatiques : Concerto en fait une quand vous verrouillez ou fermez l'application, si quelque chose a changé, au plus une par heure");
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde vérifiée' })).toContainText(/concerto-concertations-cliniques-bw-\d{4}-\d{2}-\d{2}-\d{6}\.tar/);
  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger cette sauvegarde' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/^concerto-concertations-cliniques-bw-.*\.tar$/);
  const saved = path.join(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(saved);
  expect(fs.statSync(saved).size).toBeGreaterThan(4096);
  await expect(page.getByRole('table', { name: /Sauvegardes du dossier/ }).getByRole('row')).toHaveCount(2);
  await shot(page, 'safety-02-backup-done');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: "Vérifier l'intégrité" }).click();
  await expect(page.getByText(/Tout est en ordre/)).toBeVisible();
  await expect(page.getByText(/Réussi — Chaîne du journal d'audit/)).toBeVisible();
  await shot(page, 'safety-03-integrity');

  // A change made after the backup…
  await addMember(router, 'Après-Sauvegarde');
  await page.reload(); // the change was made behind the UI's back: drop its cache
  await openSection(page, 'Membres');
  await expect(page.getByText('Après-Sauvegarde', { exact: true })).toBeVisible();
  await openSection(page, 'Paramètres');

  // …is gone once the backup is restored.
  await page.getByRole('button', { name: 'Restaurer une sauvegarde…' }).click();
  const restore = page.getByRole('region', { name: 'Restaurer une sauvegarde' });
  await expect(restore.getByLabel("Une sauvegarde du dossier de l'espace de travail")).toBeChecked();
  await restore.getByLabel('Identifiant (obligatoire)').fill('coordination');
  await restore.getByLabel('Phrase de passe (obligatoire)', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Vérifier la sauvegarde' }).click();
  await expect(page.getByRole('heading', { name: 'Sauvegarde vérifiée' })).toBeVisible();
  await expect(page.getByText('Groupe : Concertations cliniques BW')).toBeVisible();
  await expect(page.getByText(/2 fiches de membres/)).toBeVisible();
  // The workspace in place can be opened: replacing it needs its own coordination's passphrase.
  await expect(page.getByText(/le remplacer demande la phrase de passe d'un compte de coordination/)).toBeVisible();
  await restore.locator('#settings-restore-form-current-username').fill('coordination');
  await restore.locator('#settings-restore-form-current-passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(page.getByText('Cochez la case pour confirmer le remplacement')).toBeVisible();
  await expect(page.getByLabel(/Je confirme/)).toBeFocused();
  await shot(page, 'safety-04-restore-confirm');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(/Je confirme/).check();
  await page.getByRole('button', { name: 'Restaurer', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Déverrouiller Concerto' })).toBeVisible();
  await expect(page.getByText('Sauvegarde restaurée.')).toBeVisible();
  await expect(page.getByText(/L'espace de travail remplacé est conservé.*avant-restauration\.tar/)).toBeVisible();
  await shot(page, 'safety-05-restored');
  await expectNoSeriousA11yViolations(page);

  // Two wrong passphrases (under the three free tries), then the right one: the count is shown.
  for (let i = 0; i < 2; i += 1) {
    await page.getByLabel('Phrase de passe (obligatoire)').fill(`${PASSPHRASE}-faux`);
    await page.getByRole('button', { name: 'Déverrouiller' }).click();
    await expect(page.getByText(/Phrase de passe incorrecte/)).toBeVisible();
  }
  await unlock(page);
  await expect(page.getByText('2 tentatives échouées depuis votre dernier déverrouillage. Si ce n\'était pas vous, prévenez la coordination.')).toBeVisible();
  await shot(page, 'safety-05b-failed-attempts');
  await openSection(page, 'Membres');
  await expect(page.getByText('Avant-Sauvegarde', { exact: true })).toBeVisible();
  await expect(page.getByText('Après-Sauvegarde', { exact: true })).toHaveCount(0);
  await openSection(page, 'Accueil');
  await expect(page.getByRole('region', { name: 'Sauvegardes' }).getByText(/Dernière sauvegarde vérifiée :/)).toBeVisible();
  await shot(page, 'safety-06-home-last-backup');
});

test('a lost key file: restore with the recovery key from the problem screen, no reinstall', async ({ page, router, workspaceDir }) => {
  const { recoveryKey } = await createWorkspaceThroughBackend(router);
  await addMember(router, 'Toujours-Là');
  await router.lockNow(); // the automatic backup on lock
  fs.rmSync(path.join(workspaceDir, 'concerto.keys.json'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: "L'espace de travail ne peut pas être ouvert" })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'fichier de clés' })).toBeVisible();
  await page.getByLabel(/Avec la clé de récupération/).check();
  await page.getByLabel('Clé de récupération (obligatoire)').fill(recoveryKey);
  await page.getByRole('button', { name: 'Vérifier la sauvegarde' }).click();
  // Without its key file nobody can open it, and the backup's key shows it is the same workspace.
  await expect(page.getByText(/Elle remplacera l'état actuel de cet espace de travail/)).toBeVisible();
  await shot(page, 'safety-07-problem-restore');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(/Je confirme/).check();
  await page.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déverrouiller Concerto' })).toBeVisible();
  await expect(page.getByText(/J'ai oublié ma phrase de passe » pour définir/)).toBeVisible();
  await unlock(page);
  await openSection(page, 'Membres');
  await expect(page.getByText('Toujours-Là', { exact: true })).toBeVisible();
});

// The workspace and account screens end to end: create, recovery key, main layout, lock/unlock,
// wrong passphrase, recovery, settings (accounts, roles, auto-lock, language), client auto-lock,
// session lost in the backend, damaged key file. axe-core on every screen; screenshots of each.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Router } from '../../electron/api/router.js';
import { PASSPHRASE, createWorkspaceThroughBackend, expect, expectNoSeriousA11yViolations, shot, test } from './fixtures.js';

const GROUP = 'Concertations cliniques BW';
const NEW_PASSPHRASE = 'prune-violon-cascade-73';
const MARC_PASSPHRASE = 'hibou-lanterne-marelle-58';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** A workspace created through the backend (the creation screen has its own test), left locked or unlocked. */
async function createThroughBackend(page: Page, router: Router, { locked }: { locked: boolean }): Promise<string> {
  const created = await createWorkspaceThroughBackend(router, { groupName: GROUP, lastName: 'Lambert', username: 'veronique' });
  if (locked) await router.lockNow();
  await page.reload();
  await expect(heading(page, locked ? 'Déverrouiller Concerto' : 'Accueil')).toBeVisible();
  return created.recoveryKey;
}

async function unlock(page: Page, username: string, passphrase: string): Promise<void> {
  await page.getByLabel('Compte').selectOption({ label: username });
  await page.getByLabel('Phrase de passe (obligatoire)').fill(passphrase);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(heading(page, 'Déverrouiller Concerto')).toBeVisible();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

test('créer l’espace de travail, conserver la clé de récupération, verrouiller et déverrouiller', async ({ page }) => {
  await expect(heading(page, "Créer l'espace de travail du groupe")).toBeVisible();
  await expect(page.getByText('Mode navigateur :')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Submitting the empty form: French messages next to the fields, the first one focused.
  await page.getByRole('button', { name: "Créer l'espace de travail" }).click();
  const groupName = page.getByLabel('Nom du groupe (obligatoire)');
  await expect(groupName).toHaveAttribute('aria-invalid', 'true');
  await expect(groupName).toBeFocused();
  await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
  await expect(page.getByText('Indiquez si la personne est tenue au secret professionnel ou au devoir de réserve.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-01-create-errors');

  await groupName.fill(GROUP);
  await page.getByLabel('Territoire').fill('Brabant wallon');
  await page.getByLabel('Prénom (obligatoire)').fill('Véronique');
  await page.getByLabel('Nom (obligatoire)', { exact: true }).fill('Lambert');
  // The login follows the first name (no accent) until edited.
  await expect(page.getByLabel('Identifiant de connexion (obligatoire)')).toHaveValue('veronique');
  await page.getByLabel('Secret professionnel').check();

  const passphrase = page.getByLabel('Phrase de passe (obligatoire)', { exact: true });
  await passphrase.fill('motdepasse');
  await expect(page.getByText('— insuffisante.')).toBeVisible();
  await passphrase.fill(PASSPHRASE);
  await expect(page.getByText('— suffisante.')).toBeVisible();
  await page.getByLabel('Phrase de passe (une seconde fois) (obligatoire)').fill('cerise-tambour-galaxie-43');
  await page.getByRole('button', { name: "Créer l'espace de travail" }).click();
  await expect(page.getByText('Les deux phrases de passe ne sont pas identiques.')).toBeVisible();
  await page.getByLabel('Phrase de passe (une seconde fois) (obligatoire)').fill(PASSPHRASE);
  await expect(page.getByText('Les deux phrases de passe ne sont pas identiques.')).toHaveCount(0);
  await shot(page, 'workspace-02-create-form');
  await page.getByRole('button', { name: "Créer l'espace de travail" }).click();

  // The recovery key, once.
  await expect(heading(page, 'Votre clé de récupération')).toBeVisible({ timeout: 30_000 });
  const key = (await page.getByTestId('recovery-key').innerText()).replace(/\s+/g, ' ').trim();
  expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4} ){12}[0-9A-HJKMNP-TV-Z]{4}$/);
  await expect(page.getByText('Elle ne sera plus jamais affichée.')).toBeVisible();
  await expect(page.getByText(GROUP)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-03-recovery-key');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copier' }).click();
  await expect(page.getByText('Clé copiée dans le presse-papiers.')).toBeVisible();
  // A string expression: the Node-side tsconfig has no DOM types.
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(key.replace(/ /g, '-'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(page.getByTestId('recovery-key')).toBeVisible();
  await shot(page, 'workspace-04-recovery-key-print');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByText('Cochez cette case pour confirmer que la clé est conservée')).toBeVisible();
  await expect(heading(page, 'Votre clé de récupération')).toBeVisible();
  await page.getByLabel("J'ai conservé cette clé en lieu sûr").check();
  await page.getByRole('button', { name: 'Continuer' }).click();

  // The main layout.
  await expect(heading(page, 'Accueil')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(GROUP);
  await expect(page.getByRole('banner')).toContainText('Véronique Lambert');
  await expect(page.getByText('Mode navigateur :')).toBeVisible();
  for (const name of ['Accueil', 'Membres', 'Charte', 'Séances', 'Situations', 'PV', 'Paramètres']) await expect(nav(page).getByRole('link', { name })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Accueil' })).toHaveAttribute('aria-current', 'page');
  // The home page summarises the roster: the coordinator is its first member.
  await expect(page.getByRole('region', { name: 'Membres' })).toContainText('1 membre actif.');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-05-main');

  // The minutes section, before any session is held.
  await nav(page).getByRole('link', { name: 'PV' }).click();
  await expect(heading(page, 'Procès-verbaux')).toBeVisible();
  await expect(page.getByText('Aucune séance tenue pour l\'instant', { exact: false })).toBeVisible();
  // Acronyms show their expansion on keyboard focus too (glossary of reference.get).
  const pv = page.getByRole('main').locator('p abbr[tabindex="0"]', { hasText: 'PV' }).first();
  await expect(pv).toHaveAttribute('title', 'Procès-verbal (compte rendu de réunion)');
  await pv.focus();
  await expect(page.getByRole('tooltip').filter({ visible: true })).toHaveText('Procès-verbal (compte rendu de réunion)');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-06-minutes-empty');

  // Lock: nothing of the session stays on screen.
  await lock(page);
  await expect(page.getByText('Concerto est verrouillé.')).toBeVisible();
  await expect(page.getByText('Véronique Lambert')).toHaveCount(0);
  await expect(page.getByText(GROUP)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-07-unlock');

  // A wrong passphrase: a clear French message, still locked.
  await unlock(page, 'veronique', 'mauvaise-phrase-de-passe');
  await expect(page.getByRole('alert')).toContainText('Phrase de passe incorrecte.');
  await expect(page.getByLabel('Phrase de passe (obligatoire)')).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-08-unlock-wrong-passphrase');

  await unlock(page, 'veronique', PASSPHRASE);
  await expect(heading(page, 'Accueil')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Véronique Lambert');
});

test('phrase de passe oubliée : la clé de récupération rouvre le compte avec une nouvelle phrase', async ({ page, router }) => {
  const recoveryKey = await createThroughBackend(page, router, { locked: true });

  await page.getByRole('button', { name: "J'ai oublié ma phrase de passe" }).click();
  await expect(heading(page, 'Phrase de passe oubliée')).toBeVisible();
  await expect(page.getByText("L'identité de signature de ce compte sera renouvelée")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-09-recover');

  const keyField = page.getByLabel('Clé de récupération (obligatoire)');
  const newPassphrase = page.getByLabel('Nouvelle phrase de passe (obligatoire)', { exact: true });
  const confirm = page.getByLabel('Nouvelle phrase de passe (une seconde fois) (obligatoire)');
  // A key of the right form but not this workspace's.
  await keyField.fill('0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000');
  await newPassphrase.fill(NEW_PASSPHRASE);
  await confirm.fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Choisir la nouvelle phrase de passe et déverrouiller' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Clé de récupération incorrecte.' })).toBeVisible();

  // The right key, typed as a person might: lower case, spaces instead of hyphens.
  await keyField.fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Choisir la nouvelle phrase de passe et déverrouiller' }).click();
  await expect(heading(page, 'Accueil')).toBeVisible();

  await lock(page);
  await unlock(page, 'veronique', PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('Phrase de passe incorrecte.');
  await unlock(page, 'veronique', NEW_PASSPHRASE);
  await expect(heading(page, 'Accueil')).toBeVisible();
});

test('paramètres : second compte, rôles, délai de verrouillage, langue', async ({ page, router }) => {
  await createThroughBackend(page, router, { locked: false });
  const member = await router.handle('members.create', {
    firstName: 'Marc',
    lastName: 'Dupont',
    organisation: 'SAJ du Brabant wallon',
    serviceType: 'saj',
    secrecyStatus: 'professional_secret',
    activeFrom: '2026-01-01',
  });
  expect(member.ok).toBe(true);

  await nav(page).getByRole('link', { name: 'Paramètres' }).click();
  await expect(heading(page, 'Paramètres')).toBeVisible();
  await expect(page.getByTestId('identity-fingerprint')).toHaveText(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-10-settings');

  // Add an account for Marc: that person types their own passphrase.
  await page.getByLabel('Membre (obligatoire)').selectOption({ label: 'Dupont Marc — SAJ du Brabant wallon' });
  await expect(page.getByLabel('Identifiant de connexion (obligatoire)')).toHaveValue('marc');
  await page.getByLabel('Secrétariat').check();
  await page.getByLabel('Phrase de passe de la personne (obligatoire)').fill(MARC_PASSPHRASE);
  await page.getByLabel('Phrase de passe de la personne (une seconde fois) (obligatoire)').fill('hibou-lanterne');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText('Les deux phrases de passe ne sont pas identiques.')).toBeVisible();
  await page.getByLabel('Phrase de passe de la personne (une seconde fois) (obligatoire)').fill(MARC_PASSPHRASE);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText('Compte « marc » créé.')).toBeVisible({ timeout: 30_000 });
  const accounts = page.getByRole('table', { name: 'Comptes de cet espace de travail' });
  await expect(accounts.getByRole('row', { name: /marc/ })).toContainText('Secrétariat, Membre');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-11-settings-accounts');

  // Change Marc's roles: secretary only.
  await page.getByRole('button', { name: 'Modifier les rôles marc' }).click();
  const rolesOfMarc = page.getByRole('group', { name: 'Rôles de marc' });
  await expect(rolesOfMarc.getByLabel('Coordination')).toBeFocused();
  await rolesOfMarc.getByLabel('Membre').uncheck();
  await accounts.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Rôles de « marc » enregistrés.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Modifier les rôles marc' })).toBeFocused();
  await expect(accounts.getByRole('row', { name: /marc/ })).toContainText('Secrétariat');
  await expect(accounts.getByRole('row', { name: /marc/ })).not.toContainText('Membre');

  // The auto-lock delay: checked with the backend's own rule.
  const delay = page.getByLabel("Délai d'inactivité avant verrouillage (minutes) (obligatoire)");
  await delay.fill('0');
  await page.getByRole('region', { name: 'Verrouillage automatique' }).getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Le délai doit être compris entre 1 et 240 minutes.')).toBeVisible();
  await delay.fill('15');
  await page.getByRole('region', { name: 'Verrouillage automatique' }).getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText("Délai enregistré : Concerto se verrouillera après 15 minutes d'inactivité.")).toBeVisible();

  // English, then back to French.
  await page.getByLabel('English').check();
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(heading(page, 'Settings')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Members' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-12-settings-english');
  await page.getByLabel('Français').check();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(heading(page, 'Paramètres')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // Marc logs in: a secretary sees no accounts and cannot change the delay.
  await lock(page);
  await unlock(page, 'marc', MARC_PASSPHRASE);
  await expect(heading(page, 'Accueil')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Marc Dupont');
  await nav(page).getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByText("Concerto se verrouille après 15 minutes d'inactivité.")).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Comptes' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('changer de phrase de passe', async ({ page, router }) => {
  await createThroughBackend(page, router, { locked: false });
  await nav(page).getByRole('link', { name: 'Paramètres' }).click();
  const section = page.getByRole('region', { name: 'Changer de phrase de passe' });
  await section.getByLabel('Phrase de passe actuelle (obligatoire)').fill('pas-la-bonne-phrase');
  await section.getByLabel('Nouvelle phrase de passe (obligatoire)', { exact: true }).fill(NEW_PASSPHRASE);
  await section.getByLabel('Nouvelle phrase de passe (une seconde fois) (obligatoire)').fill(NEW_PASSPHRASE);
  await section.getByRole('button', { name: 'Changer la phrase de passe' }).click();
  await expect(section.getByRole('alert')).toContainText('Phrase de passe incorrecte.');

  await section.getByLabel('Phrase de passe actuelle (obligatoire)').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Changer la phrase de passe' }).click();
  await expect(section.getByText('Phrase de passe modifiée.')).toBeVisible();
  await expect(section.getByLabel('Phrase de passe actuelle (obligatoire)')).toHaveValue('');

  await lock(page);
  await unlock(page, 'veronique', NEW_PASSPHRASE);
  await expect(heading(page, 'Accueil')).toBeVisible();
});

test('verrouillage automatique côté fenêtre, et session fermée par le programme', async ({ page, router }) => {
  await page.clock.install();
  await createThroughBackend(page, router, { locked: true });
  await unlock(page, 'veronique', PASSPHRASE);
  await expect(heading(page, 'Accueil')).toBeVisible();

  // Ten minutes (the default) without any activity: the window locks itself and the backend too.
  await page.clock.fastForward('10:05');
  await expect(heading(page, 'Déverrouiller Concerto')).toBeVisible();
  await expect(page.getByText("Concerto s'est verrouillé après une période d'inactivité.")).toBeVisible();
  expect(router.isUnlocked()).toBe(false);

  // The backend locks on its own (e.g. system sleep): the next call brings the unlock screen.
  await unlock(page, 'veronique', PASSPHRASE);
  await expect(heading(page, 'Accueil')).toBeVisible();
  await router.lockNow();
  await nav(page).getByRole('link', { name: 'Paramètres' }).click();
  await expect(heading(page, 'Déverrouiller Concerto')).toBeVisible();
  await expect(page.getByText('La session a été fermée')).toBeVisible();
  await expect(page.getByText('Véronique Lambert')).toHaveCount(0);
});

test('fichier de clés endommagé : un message clair, pas de déverrouillage, la restauration d’une sauvegarde proposée', async ({ page, router, workspaceDir }) => {
  await createThroughBackend(page, router, { locked: true });
  fs.writeFileSync(path.join(workspaceDir, 'concerto.keys.json'), '{ "format": "pas un fichier Concerto" ');
  await page.reload();
  await expect(heading(page, "L'espace de travail ne peut pas être ouvert")).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Le fichier de clés (concerto.keys.json) est endommagé');
  // No unlock form for a workspace that cannot be opened; only the restore of a backup.
  await expect(page.getByRole('button', { name: 'Déverrouiller' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Restaurer une sauvegarde' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'workspace-13-keyfile-problem');
});

test('le lien d’ouverture à usage unique donne accès à l’application, une seule fois', async ({ browser, host }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  const launch = host.launchUrl();
  await first.goto(launch);
  await expect(heading(first, "Créer l'espace de travail du groupe")).toBeVisible();
  // The code is gone from the address bar, and the same link opened again no longer works.
  expect(first.url()).not.toContain('launch=');
  const second = await (await browser.newContext()).newPage();
  await second.goto(launch);
  await expect(second.getByRole('alert').first()).toContainText("Ce lien d'ouverture n'est plus valable");
  await expect(heading(second, "Créer l'espace de travail du groupe")).toHaveCount(0);
  await shot(second, 'workspace-14-link-used');
  await context.close();
});

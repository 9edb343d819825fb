// Long work shows that it is working: while a backup or an integrity check runs, its button is
// disabled and says "… en cours" (aria-busy), and a progress bar says what is being done.
// A MutationObserver in the page records what was shown, so no assertion races the work itself.
import type { Page, Route } from '@playwright/test';
import type { Router } from '../../electron/api/router.js';
import { createWorkspaceThroughBackend, expect, expectNoSeriousA11yViolations, ok, openSection, shot, test } from './fixtures.js';

interface Seen {
  busyButtons: string[];
  progress: string[];
  busyRegions: string[];
}

/**
 * Records every busy button, busy region and progress bar that appears in the page. Page code as a
 * string: this file is type-checked without the DOM library, like the rest of the Node side.
 */
const RECORDER = `(() => {
  const seen = { busyButtons: [], progress: [], busyRegions: [] };
  const note = (list, text) => { if (!list.includes(text)) list.push(text); };
  const scan = () => {
    for (const el of document.querySelectorAll('button[aria-busy="true"]')) if (el.disabled) note(seen.busyButtons, el.textContent.trim());
    for (const el of document.querySelectorAll('[data-testid="work-progress"]')) note(seen.progress, el.textContent.trim());
    for (const el of document.querySelectorAll('section[aria-busy="true"], div[aria-busy="true"]')) note(seen.busyRegions, el.closest('section')?.querySelector('h2')?.textContent ?? '');
  };
  new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__busySeen = seen;
})()`;

const recordBusy = (page: Page) => page.evaluate(RECORDER);
const seenSoFar = (page: Page) => page.evaluate('window.__busySeen') as Promise<Seen>;

/** Holds one backend call until released: the real call then runs, the screen can be looked at meanwhile. */
async function holdCall(page: Page, channel: string): Promise<() => Promise<void>> {
  let held: Route | undefined;
  let arrived!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(`**/api/${channel}`, (route) => {
    held = route;
    arrived();
  });
  return async () => {
    await arrival;
    await held!.continue();
    await page.unroute(`**/api/${channel}`);
  };
}

async function seed(router: Router): Promise<void> {
  await createWorkspaceThroughBackend(router);
  const base = { function: '', email: '', phone: '', town: 'Wavre', secrecyStatus: 'professional_secret', isReferent: false, activeFrom: '2024-01-01', activeUntil: null, organisation: 'SAJ', serviceType: 'saj' };
  for (const lastName of ['Aubry', 'Bodart', 'Closset']) await ok(router, 'members.create', { ...base, firstName: 'Camille', lastName });
}

test('backup and integrity check: busy button, progress with what is being done', async ({ page, router }) => {
  await seed(router);
  await page.reload();
  await openSection(page, 'Paramètres');
  await recordBusy(page);

  // Backup, held at the boundary long enough to look at the screen, then run for real.
  const release = await holdCall(page, 'backup.create');
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  const backups = page.getByRole('region', { name: 'Sauvegardes' });
  const busyButton = backups.getByRole('button', { name: 'Sauvegarde et vérification en cours…' });
  await expect(busyButton).toBeDisabled();
  await expect(busyButton).toHaveAttribute('aria-busy', 'true');
  const progress = backups.getByRole('progressbar', { name: /Copie chiffrée de la base et du fichier de clés/ });
  await expect(progress).toBeVisible();
  // Indeterminate: the backend reports no step while it works, so the bar claims none.
  expect(await progress.evaluate((el) => (el as unknown as { position: number }).position)).toBe(-1);
  await progress.scrollIntoViewIfNeeded();
  await backups.screenshot({ path: 'test-results/screenshots/busy-01-backup-running.png' });
  await expectNoSeriousA11yViolations(page);
  await release();
  await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde vérifiée' })).toBeVisible();
  await expect(backups.getByRole('button', { name: 'Sauvegarder maintenant' })).toBeEnabled();
  await expect(backups.getByTestId('work-progress')).toHaveCount(0);

  // Integrity check, not held: the observer saw the busy state while it ran.
  await page.getByRole('button', { name: "Vérifier l'intégrité" }).click();
  await expect(page.getByText(/Tout est en ordre/)).toBeVisible();
  const seen = await seenSoFar(page);
  expect(seen.busyButtons).toEqual(['Sauvegarde et vérification en cours…', 'Vérification en cours…']);
  expect(seen.busyRegions).toEqual(expect.arrayContaining(['Sauvegardes', "Vérifier l'intégrité"]));
  expect(seen.progress[0]).toMatch(/^Copie chiffrée de la base/);
  await expect(page.getByRole('button', { name: "Vérifier l'intégrité" })).toBeEnabled();

  // And the integrity check held, for its own screenshot.
  const releaseCheck = await holdCall(page, 'integrity.check');
  await page.getByRole('button', { name: "Vérifier l'intégrité" }).click();
  const integrity = page.getByRole('region', { name: "Vérifier l'intégrité" });
  await expect(integrity).toHaveAttribute('aria-busy', 'true');
  await expect(integrity.getByRole('progressbar', { name: /Contrôle de la structure de la base/ })).toBeVisible();
  await integrity.screenshot({ path: 'test-results/screenshots/busy-02-integrity-running.png' });
  await releaseCheck();
  await expect(integrity).toHaveAttribute('aria-busy', 'false');
  await shot(page, 'busy-03-after');
});

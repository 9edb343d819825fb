// Each end-to-end test gets a fresh encrypted workspace in a temp folder, a router and a
// loopback host started in-process, and a page already at the app's URL (token included).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createRouter, type Router } from '../../electron/api/router.js';
import { startHost, type RunningHost } from '../../electron/host/host.js';

export const STATIC_DIR = path.resolve('out/renderer');
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
export const PASSPHRASE = 'cerise-tambour-galaxie-42';

interface Fixtures {
  workspaceDir: string;
  router: Router;
  host: RunningHost;
  page: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  workspaceDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  router: async ({ workspaceDir }, use) => {
    const router = createRouter({ workspaceDir, mode: 'browser', version: 'e2e' });
    await use(router);
    await router.close();
  },
  host: async ({ router }, use) => {
    if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) throw new Error('out/renderer is missing: run npm run build:renderer first (npm test does it).');
    const host = await startHost({ router, staticDir: STATIC_DIR });
    await use(host);
    await host.close();
  },
  page: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };

/** Creates the workspace through the backend (the creation screen has its own test); the caller reloads the page. */
export async function createWorkspaceThroughBackend(
  router: Router,
  { groupName = 'Concertations cliniques BW', firstName = 'Véronique', lastName = 'Coordination', username = 'coordination' } = {},
): Promise<{ recoveryKey: string }> {
  const created = await router.handle('workspace.create', {
    groupName,
    territory: 'Brabant wallon',
    coordinator: { firstName, lastName, username, secrecyStatus: 'professional_secret' },
    passphrase: PASSPHRASE,
    passphraseConfirm: PASSPHRASE,
  });
  if (!created.ok) throw new Error(`workspace.create failed: ${created.error.code}`);
  return created.value as { recoveryKey: string };
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** axe-core on the current screen: no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Follows a link of the main navigation and waits for that section's heading. */
export async function openSection(page: Page, link: string, title = link): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** From the Sessions section, opens a past session of the list by its date (ISO). */
export async function openPastSession(page: Page, date: string): Promise<void> {
  await page.getByRole('button', { name: 'Liste' }).click();
  await page.getByLabel('Passées').check();
  await page.getByRole('button', { name: new RegExp(`${Number(date.slice(8))} `) }).first().click();
}

/** Today in Brussels moved by some days, as an ISO date (YYYY-MM-DD). */
export function day(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** As the group types a day: JJ/MM/AAAA. */
export const typed = (iso: string): string => iso.split('-').reverse().join('/');

/** A channel called as the unlocked account, for seeding; throws with the error code if refused. */
export async function ok<T>(router: Router, channel: string, input: unknown): Promise<T> {
  const result = await router.handle(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

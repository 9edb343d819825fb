// A large roster (5,000 members, imported in one transaction through the real CSV import):
// the table renders only the rows in view (virtualised), scrolls to the end, and search finds one member.
// Speed goals belong to the benchmarks; this checks the behaviour that makes them reachable.
import type { Page } from '@playwright/test';
import { createWorkspaceThroughBackend, expect, openSection, shot, test } from './fixtures.js';

const COUNT = 5000;
const HEADER = 'prenom;nom;organisation;type_service;fonction;email;telephone;commune;statut_secret;referent;actif_depuis;actif_jusqu_au';
const TYPES = ['saj', 'spj', 'amo', 'aviq_residential', 'ssm', 'cpms', 'cpas', 'hospital'];

function largeRoster(): string {
  const rows = Array.from({ length: COUNT }, (_, i) => {
    const n = String(i).padStart(4, '0');
    return `Prénom${n};Nom${n};Service ${i % 97};${TYPES[i % TYPES.length]};Fonction;m${n}@exemple.invalid;;Wavre;${i % 3 ? 'secret professionnel' : 'devoir de réserve'};non;2025-09-01;`;
  });
  return [HEADER, ...rows].join('\n');
}

const table = (page: Page) => page.getByRole('table', { name: /membres/i });

test('5 000 membres : seules les lignes visibles sont rendues, la recherche trouve un membre', async ({ page, router }) => {
  await createWorkspaceThroughBackend(router, { groupName: 'Grand groupe' });
  const imported = await router.handle('members.importCommit', { contentBase64: Buffer.from(largeRoster(), 'utf8').toString('base64'), acceptValidRows: false });
  expect(imported).toEqual({ ok: true, value: { imported: COUNT, rejected: 0 } });

  await page.reload();
  await openSection(page, 'Membres');
  // fr-BE groups thousands with a narrow no-break space: 5 001.
  await expect(page.getByText(/^5\s001 membres sur 5\s001$/)).toBeVisible({ timeout: 30_000 });
  const rendered = await table(page).locator('tbody tr').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(120);

  // Scrolling to the end brings the last members into the DOM, still only a window of rows.
  await page.locator('.roster-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(page.getByRole('rowheader', { name: 'Nom4999' })).toBeVisible();
  expect(await table(page).locator('tbody tr').count()).toBeLessThan(120);
  await shot(page, 'roster-large-end');

  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('Nom2345');
  await expect(page.getByText(/^1 membre sur 5\s001$/)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Nom2345' })).toBeVisible();
});

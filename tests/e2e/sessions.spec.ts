// Séances end to end: plan a series (with a skipped date), open a session, invite members, build
// its agenda, export its calendar file and read the invitation text, move it, record attendance
// of a past session, see the participation chart, and the home card.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Router } from '../../electron/api/router.js';
import { createWorkspaceThroughBackend, day, expect, expectNoSeriousA11yViolations, openSection, shot, test, typed } from './fixtures.js';


async function seed(router: Router): Promise<void> {
  await createWorkspaceThroughBackend(router);
  const base = { function: '', email: '', phone: '', town: 'Wavre', secrecyStatus: 'professional_secret', isReferent: false, activeFrom: '2024-01-01', activeUntil: null };
  for (const [firstName, lastName, organisation, serviceType] of [
    ['Claire', 'Vandenberghe', 'SAJ du Brabant wallon', 'saj'],
    ['Laurent', 'Mathy', 'SSM L’Équinoxe', 'ssm'],
    ['Hélène', 'Dumont', 'Centre PMS de Wavre', 'cpms'],
  ]) {
    const created = await router.handle('members.create', { ...base, firstName, lastName, organisation, serviceType });
    if (!created.ok) throw new Error(created.error.code);
  }
}

const dialog = (page: Page) => page.getByRole('dialog');

test('plan a series, invite, build the agenda, export the calendar, record attendance, see participation', async ({ page, router }) => {
  await seed(router);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Prochaine séance' })).toContainText('Aucune séance planifiée.');

  await openSection(page, 'Séances');
  await expect(page.locator('#sessions-month-title')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'sessions-01-empty-month');

  // The agenda's closing delay is a setting (48 h by default).
  await page.getByText('Réglages des séances').click();
  await expect(page.getByLabel("Clôture de l'ordre du jour (heures avant la séance)")).toHaveValue('48');
  await page.getByLabel("Clôture de l'ordre du jour (heures avant la séance)").fill('72');
  await page.getByRole('button', { name: 'Enregistrer le réglage' }).click();
  await expect(page.getByText("L'ordre du jour se clôturera désormais 72 h avant chaque séance.")).toBeVisible();

  // A series of third Tuesdays around today, leaving one date out.
  await page.getByRole('button', { name: 'Planifier une série' }).click();
  const series = dialog(page);
  await series.getByLabel('Lieu').fill('Maison de l’enfance, Wavre');
  await series.getByLabel('Du (obligatoire)').fill(typed(day(-100)));
  await series.getByLabel('Au (obligatoire)').fill(typed(day(200)));
  await expect(series.getByRole('status').filter({ hasText: 'séances seront planifiées' })).toBeVisible();
  const before = await series.locator('.sessions-preview-dates li').count();
  const secondDate = await series.locator('.sessions-preview-dates li').nth(1).textContent();
  // The preview reads « mar. 17/11/2026 »: skip that second date.
  const [, dd, mm, yyyy] = /(\d{2})\/(\d{2})\/(\d{4})/.exec(secondDate!)!;
  await series.getByLabel('Date à exclure').fill(`${dd}/${mm}/${yyyy}`);
  await series.getByRole('button', { name: 'Exclure cette date' }).click();
  await expect(series.getByRole('list', { name: 'Dates exclues' })).toContainText(secondDate!);
  await expect(series.locator('.sessions-preview-dates li')).toHaveCount(before - 1);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'sessions-02-series-form');
  await series.getByRole('button', { name: 'Planifier la série' }).click();
  // The series starts 100 days ago: the past dates are announced and confirmed first (issue 19).
  await expect(series.getByRole('alert').filter({ hasText: 'dans le passé' })).toBeVisible();
  await series.getByRole('button', { name: 'Créer quand même' }).click();
  await expect(page.getByText(`${before - 1} séances planifiées.`)).toBeVisible();

  // The list view of upcoming sessions: open the first one more than two days ahead (agenda still open).
  const upcomingRows = page.locator('.sessions-table tbody tr');
  await expect(upcomingRows.first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'sessions-03-list');
  const sessions = (await router.handle('sessions.list', {})) as { ok: true; value: Array<{ id: string; date: string }> };
  const upcoming = sessions.value.find((s) => s.date > day(3))!;
  const past = sessions.value.filter((s) => s.date < day(0)).at(-1)!;
  await page.getByRole('button', { name: new RegExp(`^\\w+ ${Number(upcoming.date.slice(8))} `) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Séance de concertation —/ })).toBeVisible();

  // Invitations: everyone active, each with their charter status; nobody has signed yet: a warning.
  await page.getByRole('button', { name: 'Inviter tous les membres actifs' }).click();
  const invitations = page.getByRole('region', { name: 'Invitations' });
  await expect(invitations.getByRole('row')).toHaveCount(5);
  await expect(invitations.getByRole('row', { name: /Vandenberghe Claire .* Non signée/ })).toBeVisible();
  await expect(invitations).toContainText('4 invité·e·s n\'ont pas signé la version en vigueur de la charte');

  // Agenda: an item that needs disability, which nobody invited covers: a warning.
  const agenda = page.getByRole('region', { name: 'Ordre du jour' });
  await agenda.getByLabel('Intitulé du point').fill('Situation présentée par le SAJ');
  await agenda.getByLabel('Durée (minutes)').fill('60');
  await agenda.getByRole('checkbox', { name: 'Handicap' }).check();
  await agenda.getByRole('checkbox', { name: 'Aide à la jeunesse' }).check();
  await agenda.getByRole('button', { name: 'Ajouter le point' }).click();
  await expect(agenda.getByRole('row', { name: /13:30–14:30 Situation présentée par le SAJ/ })).toBeVisible();
  await expect(agenda).toContainText('1 h 00 prévues sur 2 h 30. Reste 1 h 30.');
  await expect(agenda).toContainText('(72 h avant la séance)');
  // Edit the item: a shorter slot, the planned times follow.
  await agenda.getByRole('button', { name: 'Modifier « Situation présentée par le SAJ »' }).click();
  await agenda.getByLabel('Durée (minutes)').fill('45');
  await agenda.getByRole('button', { name: 'Enregistrer le point' }).click();
  await expect(agenda.getByRole('row', { name: /13:30–14:15 Situation présentée par le SAJ/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Secteurs représentés' })).toContainText('Aucune invitation pour : Handicap');

  // Calendar file and invitation text.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Fichier calendrier de la séance (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`seance-${upcoming.date}.ics`);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VTIMEZONE');
  expect(ics).toContain(`DTSTART;TZID=Europe/Brussels:${upcoming.date.replace(/-/g, '')}T133000`);
  expect(ics).toContain('LOCATION:Maison de l’enfance\\, Wavre');
  expect(ics).not.toContain('Situation présentée');
  await expect(page.getByLabel('Texte de l’invitation').or(page.getByLabel("Texte de l'invitation"))).toHaveValue(/Rappel : pour prendre part aux échanges/);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'sessions-04-detail');

  // Move this one session, with its reason.
  await page.getByRole('button', { name: 'Déplacer', exact: true }).click();
  const move = dialog(page);
  await move.getByLabel('Début').fill('9h30');
  await move.getByLabel('Fin (obligatoire)').fill('12:00');
  await move.getByRole('button', { name: 'Déplacer la séance' }).click();
  await expect(move.getByText('Ce champ est obligatoire.').or(move.locator('.field-error'))).toBeVisible();
  await move.getByLabel('Motif').fill('Salle prise le matin');
  await move.getByRole('button', { name: 'Déplacer la séance' }).click();
  await expect(page.getByText(/Initialement prévue le .* — motif : Salle prise le matin/)).toBeVisible();
  await expect(page.getByText('09:30–12:00', { exact: false }).first()).toBeVisible();

  // A past session of the series: invite, record attendance; it becomes held.
  await page.getByRole('button', { name: 'Retour aux séances' }).click();
  await page.getByRole('button', { name: 'Liste' }).click();
  await page.getByRole('radio', { name: 'Passées' }).check();
  await page.getByRole('button', { name: new RegExp(`^\\w+ ${Number(past.date.slice(8))} `) }).first().click();
  await page.getByRole('button', { name: 'Inviter tous les membres actifs' }).click();
  const attendance = page.getByRole('region', { name: 'Présences' });
  // Each choice is saved at once; the radio shows it once the backend has recorded it.
  const mark = async (name: string, status: string) => {
    const radio = attendance.getByRole('group', { name: new RegExp(name) }).getByRole('radio', { name: status });
    await radio.click();
    await expect(radio).toBeChecked();
  };
  await mark('Vandenberghe', 'Présent·e');
  await expect(page.locator('.sessions-facts')).toContainText('Tenue');
  await mark('Mathy', 'Présent·e');
  await mark('Dumont', 'Excusé·e');
  await expect(attendance.getByRole('status')).toContainText('Hélène Dumont : Excusé·e.');
  await expect(page.getByRole('region', { name: 'Secteurs représentés' }).getByRole('columnheader', { name: 'Présents' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'sessions-05-attendance');

  // Participation figures: chart and tables.
  await page.getByRole('button', { name: 'Retour aux séances' }).click();
  await page.getByRole('button', { name: 'Participation' }).click();
  await page.getByLabel('Du', { exact: true }).fill(typed(day(-365)));
  await page.getByLabel('Au', { exact: true }).fill(typed(day(0)));
  await page.getByRole('button', { name: 'Afficher', exact: true }).click();
  await expect(page.getByText('1 séance tenue sur la période.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Taux de présence par secteur : Aide à la jeunesse 100 %/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Par membre' }).getByRole('row', { name: /Dumont Hélène 1 0 1 0 0 %/ })).toBeVisible();
  // Beside the export, why some cells start with an apostrophe.
  await expect(page.getByRole('region', { name: 'Participation' }).getByText("Une valeur qui commence par =, +, - ou @ est précédée d'une apostrophe")).toBeVisible();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (CSV)' }).click();
  expect(fs.readFileSync(await (await csvDownload).path(), 'utf8')).toContain('"membre";"Mathy Laurent";"Santé mentale";"1";"1";"0";"0";"100"');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'sessions-06-participation');

  // The month view shows the held session; the home card the next one.
  await page.getByRole('button', { name: 'Mois' }).click();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'sessions-07-month');
  await openSection(page, 'Accueil');
  const card = page.getByRole('region', { name: 'Prochaine séance' });
  await expect(card).toContainText('invité·e·s');
  await shot(page, 'sessions-08-home');
});

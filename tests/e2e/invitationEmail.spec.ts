// From a session, the invitation as an e-mail ready to send: the dialog, the .eml draft downloaded
// and read back by Python's `email` package and ical.js, the mailto: link, the addresses to copy.
import fs from 'node:fs';
import type { Router } from '../../electron/api/router.js';
import { parseCalendar, parseWithPython } from '../helpers/eml.js';
import { createWorkspaceThroughBackend, day, expect, expectNoSeriousA11yViolations, ok, openSection, shot, test } from './fixtures.js';

const MARKER = 'SIT-2026-444-MARQUEUR';

async function seed(router: Router): Promise<{ sessionId: string; date: string }> {
  await createWorkspaceThroughBackend(router);
  const base = { function: '', phone: '', town: 'Wavre', secrecyStatus: 'professional_secret', isReferent: false, activeFrom: '2024-01-01', activeUntil: null };
  const ids: string[] = [];
  for (const [firstName, lastName, organisation, serviceType, email] of [
    ['Claire', 'Vandenberghe', 'SAJ du Brabant wallon', 'saj', 'claire.vandenberghe@saj-bw.be'],
    ['Laurent', 'Mathy', 'SSM L’Équinoxe', 'ssm', 'l.mathy@equinoxe.be'],
    ['Hélène', 'Dumont', 'Centre PMS de Wavre', 'cpms', ''],
  ]) {
    ids.push((await ok<{ id: string }>(router, 'members.create', { ...base, firstName, lastName, organisation, serviceType, email })).id);
  }
  const date = day(20);
  const session = await ok<{ id: string }>(router, 'sessions.create', { title: 'Séance de concertation', date, startTime: '13:30', endTime: '16:00', place: 'Maison de l’enfance, Wavre', notes: '' });
  await ok(router, 'sessions.invite', { sessionId: session.id, mode: 'chosen', memberIds: ids });
  await ok(router, 'agenda.add', { sessionId: session.id, title: MARKER, durationMinutes: 30, sectors: ['youth_aid'] });
  return { sessionId: session.id, date };
}

test('prepare the invitation e-mail of a session: .eml draft, mailto: link, addresses', async ({ page, router }) => {
  const { sessionId, date } = await seed(router);
  await page.reload();
  await openSection(page, 'Séances');
  await page.getByRole('button', { name: 'Liste' }).click();
  await page.getByRole('button', { name: new RegExp(`^\\w+ ${Number(date.slice(8))} `) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Séance de concertation —/ })).toBeVisible();

  await page.getByRole('button', { name: "Préparer l'e-mail d'invitation" }).click();
  const dialog = page.getByRole('dialog', { name: "E-mail d'invitation prêt à envoyer" });
  await expect(dialog.getByTestId('email-counts')).toHaveText(
    "3 personnes invitées, 2 adresses e-mail. 1 personne invitée n'a pas d'adresse e-mail dans le registre : prévenez-la autrement.",
  );
  await expect(dialog.getByRole('radio', { name: /copie cachée/ })).toBeChecked();
  await expect(dialog.getByLabel('Adresses à copier (2)')).toHaveValue('l.mathy@equinoxe.be; claire.vandenberghe@saj-bw.be');
  const mailto = await dialog.getByTestId('email-mailto').getAttribute('href');
  expect(mailto).toMatch(/^mailto:\?bcc=l\.mathy@equinoxe\.be,claire\.vandenberghe@saj-bw\.be&subject=/);
  expect(decodeURIComponent(mailto!)).not.toContain(MARKER);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'invitation-email-01-dialog');
  await dialog.screenshot({ path: 'test-results/screenshots/invitation-email-01b-dialog-only.png' });

  // The draft, as downloaded, read by independent parsers.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Télécharger le brouillon (.eml)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`invitation-seance-${date}.eml`);
  const content = fs.readFileSync(await download.path(), 'ascii');
  expect(content).not.toContain(MARKER);
  const eml = parseWithPython(content);
  expect(eml.xUnsent).toBe('1');
  expect(eml.bcc).toEqual(['l.mathy@equinoxe.be', 'claire.vandenberghe@saj-bw.be']);
  expect(eml.to).toBeNull();
  expect(eml.subject).toMatch(/^Invitation — Séance de concertation, /);
  expect(eml.text).toContain('Lieu : Maison de l’enfance, Wavre');
  expect(eml.text).not.toContain(MARKER);
  expect(eml.attachments[0]).toMatchObject({ contentType: 'text/calendar', method: 'REQUEST' });
  const ics = parseCalendar((await ok<{ content: string }>(router, 'sessions.exportIcs', { id: sessionId })).content);
  expect(parseCalendar(eml.attachments[0]!.content)).toMatchObject({ method: 'REQUEST', uid: ics.uid, sequence: ics.sequence });
  await expect(dialog.getByRole('status')).toContainText(`Brouillon invitation-seance-${date}.eml téléchargé`);

  // Visible recipients instead.
  await dialog.getByRole('radio', { name: /destinataires visibles/ }).check();
  await expect(dialog.getByTestId('email-mailto')).toHaveAttribute('href', /^mailto:l\.mathy@equinoxe\.be,claire\.vandenberghe@saj-bw\.be\?subject=/);
  const toDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Télécharger le brouillon (.eml)' }).click();
  const toEml = parseWithPython(fs.readFileSync(await (await toDownload).path(), 'ascii'));
  expect(toEml.to).toEqual(['l.mathy@equinoxe.be', 'claire.vandenberghe@saj-bw.be']);
  expect(toEml.bcc).toBeNull();
  await shot(page, 'invitation-email-02-to');
});

// The proof in one browser flow: the secretary records attendance of today's session, writes
// the PV with a planted phone number that the check catches and the editor fixes, survives a lock
// mid-sentence, finalises (a present member without a valid charter signature is listed and left
// out), distributes an encrypted file and a personal PDF, and sees the register; a present member
// reads it and imports the file sent to her; the absent coordinator is refused.
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { COMMITMENTS } from '../../contract/schemas/charter.js';
import type { Router } from '../../electron/api/router.js';
import { renderPdfPage } from '../helpers/pdfImage.js';
import { createWorkspaceThroughBackend, day, expect, expectNoSeriousA11yViolations, ok, openSection, PASSPHRASE, SCREENSHOT_DIR, shot, test } from './fixtures.js';

const MEMBER_PASSPHRASE = 'violon-marée-boussole-17';
const PHONE = '0471 23 45 67';
const MARKER = 'Trampoline-Zanzibar-4417';

interface Seeded {
  coordinator: string;
  sophie: string;
  claire: string;
  sessionDate: string;
}

/**
 * The coordinator (signed, will be absent); Sophie, secretary, and Claire, member (both signed, with
 * accounts); Paul (account, never signed); Léa (no account, signed in person: no key). A session today.
 */
async function seed(router: Router): Promise<Seeded> {
  await createWorkspaceThroughBackend(router);
  const base = { function: '', email: '', phone: '', town: 'Wavre', secrecyStatus: 'professional_secret', isReferent: false, activeFrom: '2024-01-01', activeUntil: null };
  const accounts: Record<string, string> = {};
  const memberIds: Record<string, string> = {};
  for (const [firstName, lastName, organisation, serviceType, username, roles] of [
    ['Sophie', 'Marchal', 'AMO Le Pas', 'amo', 'sophie', ['secretary']],
    ['Claire', 'Vandenberghe', 'SAJ du Brabant wallon', 'saj', 'claire', ['member']],
    ['Paul', 'Warnier', 'CPAS de Wavre', 'cpas', 'paul', ['member']],
    ['Léa', 'Gérard', 'Service Horizon', 'aviq_support_service', '', []],
  ] as const) {
    const member = await ok<{ id: string }>(router, 'members.create', { ...base, firstName, lastName, organisation, serviceType });
    memberIds[firstName] = member.id;
    if (username) accounts[username] = (await ok<{ id: string }>(router, 'accounts.create', { memberId: member.id, username, roles, passphrase: MEMBER_PASSPHRASE, passphraseConfirm: MEMBER_PASSPHRASE })).id;
  }
  const status = await ok<{ accounts: Array<{ id: string; username: string }> }>(router, 'app.status', {});
  const coordinator = status.accounts.find((a) => a.username === 'coordination')!.id;
  const draft = await ok<{ id: string }>(router, 'charter.createDraft', {});
  const inForce = await ok<{ id: string }>(router, 'charter.putInForce', { id: draft.id, adoptedOn: '2026-01-15', reviewDue: '2027-01-15' });
  const commitments = Object.fromEntries(COMMITMENTS.map((c) => [c, true]));
  await ok(router, 'charter.sign', { versionId: inForce.id, declaredStatus: 'professional_secret', commitments, passphrase: PASSPHRASE });
  await ok(router, 'charter.witness', { versionId: inForce.id, memberId: memberIds.Léa, declaredStatus: 'professional_secret', signedAt: `${day(0)}T00:00`, place: 'Wavre', passphrase: PASSPHRASE });
  const session = await ok<{ id: string; date: string }>(router, 'sessions.create', { title: 'Concertation de novembre', date: day(0), startTime: '09:30', endTime: '12:00', place: 'Maison de l’enfance, Wavre', notes: '' });
  await ok(router, 'sessions.invite', { sessionId: session.id, mode: 'all' });
  await ok(router, 'agenda.add', { sessionId: session.id, title: 'Présentation du nouveau service de répit', durationMinutes: 20, sectors: [], overrideReason: 'Ordre du jour complété le jour même' });
  for (const who of ['sophie', 'claire'] as const) {
    await ok(router, 'session.unlock', { accountId: accounts[who], passphrase: MEMBER_PASSPHRASE });
    await ok(router, 'charter.sign', { versionId: inForce.id, declaredStatus: 'professional_secret', commitments, passphrase: MEMBER_PASSPHRASE });
  }
  return { coordinator, sophie: accounts.sophie!, claire: accounts.claire!, sessionDate: session.date };
}

/** Another account unlocked, as after a lock and that account's passphrase (the unlock screen has its own tests). */
async function switchTo(page: Page, router: Router, accountId: string, passphrase: string) {
  await ok(router, 'session.unlock', { accountId, passphrase });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
}

const main = (page: Page) => page.getByRole('main');
const saved = async (download: Download) => fs.readFileSync(await download.path());

/** From the minutes section, the session held today. */
async function openTodaysMinutes(page: Page) {
  await openSection(page, 'PV', 'Procès-verbaux');
  await main(page).getByRole('button', { name: /ouvrir le procès-verbal/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^PV — Concertation de novembre/ })).toBeVisible();
}

test('the secretary writes, checks, finalises and distributes the minutes; an attendee reads them; the absent coordinator is refused', async ({ page, router }) => {
  test.setTimeout(300_000);
  const { coordinator, sophie, claire } = await seed(router);

  // Attendance, recorded by the secretary on the day.
  await switchTo(page, router, sophie, MEMBER_PASSPHRASE);
  await openSection(page, 'Séances');
  await page.getByRole('button', { name: 'Liste' }).click();
  await main(page).getByRole('table').getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Concertation de novembre —/ })).toBeVisible();
  const pvSection = page.getByRole('region', { name: 'Procès-verbal' });
  await expect(pvSection).toContainText('Le procès-verbal se rédige après la séance');
  const attendance = page.getByRole('region', { name: 'Présences' });
  const mark = async (name: string, status: string) => {
    const radio = attendance.getByRole('group', { name: new RegExp(name) }).getByRole('radio', { name: status });
    await radio.click();
    await expect(radio).toBeChecked();
  };
  for (const name of ['Marchal', 'Vandenberghe', 'Warnier', 'Gérard']) await mark(name, 'Présent·e');
  await mark('Coordination', 'Absent·e');
  await expect(pvSection).toContainText('Pas encore rédigé');
  await pvSection.getByRole('button', { name: 'Ouvrir le procès-verbal' }).click();

  // The draft, pre-filled from the session; the generated header is shown, not typed.
  await expect(page.getByRole('heading', { level: 1, name: /^PV — Concertation de novembre/ })).toBeVisible();
  await page.getByRole('button', { name: 'Rédiger le procès-verbal' }).click();
  const header = page.getByRole('region', { name: 'En-tête généré' });
  await expect(header).toContainText('Sophie Marchal (AMO Le Pas)');
  await expect(header).toContainText('Léa Gérard');
  await expect(header).not.toContainText('Véronique');
  const editor = page.getByLabel('Texte du procès-verbal (Markdown)');
  await expect(editor).toHaveValue(/Prochaine séance/);
  await expect(editor).toHaveValue(/Présentation du nouveau service de répit/);

  // A sentence with a planted phone number; the app is locked before the autosave delay is over.
  await editor.press('Control+End');
  await editor.pressSequentially(`\n\n## Échanges\n\nLa maman (${PHONE}) souhaite être rappelée. ${MARKER}.\n`, { delay: 2 });
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByText('Concerto est verrouillé.')).toBeVisible();
  await switchTo(page, router, sophie, MEMBER_PASSPHRASE);
  await openTodaysMinutes(page);
  await expect(editor).toHaveValue(new RegExp(`${PHONE}\\) souhaite être rappelée\\. ${MARKER}`));
  await expect(main(page).getByRole('status').filter({ hasText: /^Enregistré à \d\d:\d\d$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Aperçu' })).toContainText(MARKER);

  // The check catches the phone number, highlighted with its kind in words.
  const check = page.getByRole('region', { name: "Vérification d'anonymisation" });
  await check.getByRole('button', { name: 'Vérifier le procès-verbal' }).click();
  await expect(check.locator('mark', { hasText: PHONE })).toContainText('téléphone');
  await expect(check.getByText('1 élément à traiter').first()).toBeVisible();
  const readiness = page.getByRole('region', { name: 'Avant de finaliser' });
  await expect(readiness).toContainText('Le procès-verbal ne peut pas encore être finalisé.');
  await expect(readiness.getByRole('button', { name: 'Finaliser la version 1' })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'minutes-01-editor-finding');

  // Fixed in the editor's text with one click, saved, checked again.
  await check.getByRole('button', { name: /^Remplacer par/ }).click();
  await expect(check.getByText('Aucun élément identifiant trouvé.')).toBeVisible();
  await expect(editor).not.toHaveValue(new RegExp(PHONE));
  await expect(editor).toHaveValue(new RegExp(MARKER));

  // Readiness: recipients, the present member without a valid signature left out, in words.
  await expect(readiness).toContainText('Présences notées.');
  await expect(readiness).toContainText('3 destinataires.');
  await expect(readiness.getByRole('listitem').filter({ hasText: 'Léa Gérard' })).toContainText('sans clé connue');
  await expect(readiness).toContainText('Paul Warnier — pas de signature valide de la charte à la date de la séance');
  await expect(readiness).toContainText('Le procès-verbal peut être finalisé.');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'minutes-02-readiness');

  // Finalising signs: it says what follows and asks for the passphrase (issue 19).
  await expect(readiness).toContainText('Ce qui suit est définitif');
  await readiness.getByRole('button', { name: 'Finaliser la version 1' }).click();
  await expect(readiness.getByLabel('Votre phrase de passe')).toHaveAttribute('aria-invalid', 'true');
  await readiness.getByLabel('Votre phrase de passe').fill('pas-la-bonne-phrase');
  await readiness.getByRole('button', { name: 'Finaliser la version 1' }).click();
  await expect(readiness).toContainText('Phrase de passe incorrecte.');
  await shot(page, 'minutes-02b-finalise-wrong-passphrase');
  await readiness.getByLabel('Votre phrase de passe').fill(MEMBER_PASSPHRASE);
  await readiness.getByRole('button', { name: 'Finaliser la version 1' }).click();
  await expect(main(page).getByText('Version 1 finalisée, signée et chiffrée pour ses destinataires.')).toBeVisible();
  const opened = page.getByRole('region', { name: 'Version 1 du procès-verbal' });
  await expect(opened).toContainText('Signature vérifiée : finalisé par Sophie Marchal');
  await expect(opened).toContainText(MARKER);
  await expect(opened).not.toContainText(PHONE);
  await expect(opened).toContainText('Paul Warnier (pas de signature valide de la charte à la date de la séance)');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'minutes-03-opened-version');

  await opened.getByRole('button', { name: 'Fermer cette version' }).click();

  // Distribution: an encrypted file for Claire, a personal PDF for Léa (no key: no file for her).
  const distribution = page.getByRole('region', { name: 'Diffusion' });
  const recipients = distribution.getByRole('table', { name: 'Destinataires de la version 1' });
  await expect(recipients.getByRole('row')).toHaveCount(4);
  await expect(recipients).not.toContainText('Paul Warnier');
  // Léa has neither an account here nor a known key: neither in the app nor an encrypted file.
  await expect(recipients.getByLabel('Mode de transmission pour Léa Gérard').locator('option[value="file"]')).toBeDisabled();
  await expect(recipients.getByLabel('Mode de transmission pour Léa Gérard').locator('option[value="app"]')).toBeDisabled();
  await expect(recipients.getByRole('row', { name: /Claire Vandenberghe/ })).toContainText("n'a pas reçu la version 1");

  // Before any copy: what an encrypted file leaves readable, and the choice to leave the place out.
  const readable = distribution.getByRole('group', { name: "Ce qu'une copie laisse lisible" });
  await expect(readable).toContainText('le nom du groupe, la date et le lieu de la séance, le nom de l\'auteur et celui du destinataire');
  await expect(readable).toContainText("PDF personnel : il n'est pas chiffré.");
  const omitPlace = readable.getByLabel('Laisser le lieu de la séance hors des fichiers chiffrés');
  await expect(omitPlace).not.toBeChecked();
  await omitPlace.check();
  await readable.scrollIntoViewIfNeeded();
  await shot(page, 'minutes-04b-readable-parts');

  await recipients.getByLabel('Mode de transmission pour Claire Vandenberghe').selectOption('file');
  const fileDownload = page.waitForEvent('download');
  await recipients.getByRole('button', { name: 'Transmettre à Claire Vandenberghe' }).click();
  const fileBytes = await saved(await fileDownload);
  const fileText = fileBytes.toString('utf8');
  const readablePart = JSON.parse(fileText) as { format: string; content: { session: { place: string | null } } };
  expect(readablePart.format).toBe('concerto.minutes');
  expect(readablePart.content.session.place).toBeNull();
  expect(fileText).not.toContain('Wavre');
  expect(fileText).not.toContain(MARKER);
  expect(fileText).not.toContain('Trampoline');
  await expect(distribution.getByRole('status')).toContainText('Fichier chiffré de la version 1 pour Claire Vandenberghe enregistré, sans le lieu dans sa partie lisible');

  await recipients.getByLabel('Mode de transmission pour Léa Gérard').selectOption('pdf');
  const pdfDownload = page.waitForEvent('download');
  await recipients.getByRole('button', { name: 'Transmettre à Léa Gérard' }).click();
  const pdf = await pdfDownload;
  const pdfBytes = await saved(pdf);
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await renderPdfPage(new Uint8Array(pdfBytes), 1, path.join(SCREENSHOT_DIR, 'minutes-04-pdf-page-1.png'));

  // The register: who received which version, how, when, by whom; who has not yet.
  await expect(recipients.getByRole('row', { name: /Claire Vandenberghe/ })).toContainText('à jour (version 1)');
  await expect(recipients.getByRole('row', { name: /Léa Gérard/ })).toContainText('à jour (version 1)');
  await expect(recipients.getByRole('row', { name: /Sophie Marchal/ })).toContainText("n'a pas reçu la version 1");
  const register = distribution.getByRole('table', { name: 'Registre de distribution' });
  await expect(register.getByRole('row', { name: /Claire Vandenberghe/ })).toContainText('Fichier chiffré');
  await expect(register.getByRole('row', { name: /Léa Gérard/ })).toContainText('PDF personnel');
  await expect(register.getByRole('row', { name: /Léa Gérard/ })).toContainText('Sophie Marchal');
  await expectNoSeriousA11yViolations(page);
  await distribution.scrollIntoViewIfNeeded();
  await shot(page, 'minutes-05-distribution-register');

  // A correction: a new version with its reason; version 1 stays; the register shows who lacks version 2.
  await page.getByRole('button', { name: 'Corriger la version 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Correction de la version 1' })).toBeVisible();
  await expect(editor).toHaveValue(new RegExp(MARKER));
  await editor.press('Control+End');
  await editor.pressSequentially('\nLe SSM confirme un rendez-vous conjoint.\n', { delay: 2 });
  await check.getByRole('button', { name: 'Vérifier le procès-verbal' }).click();
  await expect(check.getByText('Aucun élément identifiant trouvé.')).toBeVisible();
  await readiness.getByLabel('Votre phrase de passe').fill(MEMBER_PASSPHRASE);
  await readiness.getByRole('button', { name: 'Finaliser la version 2' }).click();
  await expect(readiness.getByText('Écrivez le motif (au moins 5 caractères).')).toBeVisible();
  await readiness.getByLabel(/Raison de la correction de la version 1/).fill('Ajout de la réponse du SSM reçue après la séance');
  await readiness.getByRole('button', { name: 'Finaliser la version 2' }).click();
  await expect(main(page).getByText('Version 2 finalisée, signée et chiffrée pour ses destinataires.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Versions finalisées' })).toContainText('correction : Ajout de la réponse du SSM');
  await expect(page.getByRole('region', { name: 'Version 2 du procès-verbal' })).toContainText('Le SSM confirme un rendez-vous conjoint.');
  const recipients2 = page.getByRole('region', { name: 'Diffusion' }).getByRole('table', { name: 'Destinataires de la version 2' });
  await expect(recipients2.getByRole('row', { name: /Claire Vandenberghe/ })).toContainText("n'a pas reçu la version 2 (a reçu la version 1)");
  await expect(recipients2.getByRole('row', { name: /Sophie Marchal/ })).toContainText("n'a pas reçu la version 2");
  // Version 2 to Claire in the app (she has an account here): the register says so.
  await recipients2.getByLabel('Mode de transmission pour Claire Vandenberghe').selectOption('app');
  await recipients2.getByRole('button', { name: 'Transmettre à Claire Vandenberghe' }).click();
  await expect(recipients2.getByRole('row', { name: /Claire Vandenberghe/ })).toContainText('à jour (version 2)');
  await expect(page.getByRole('table', { name: 'Registre de distribution' }).getByRole('row', { name: /Claire Vandenberghe/ }).first()).toContainText("Dans l'application");

  // Claire, present and signed, reads version 1 and opens the encrypted file sent to her.
  await switchTo(page, router, claire, MEMBER_PASSPHRASE);
  await openSection(page, 'PV', 'Procès-verbaux');
  await expect(main(page).getByRole('table')).toContainText('Version 2 du');
  await main(page).getByRole('button', { name: /ouvrir le procès-verbal/ }).first().click();
  await page.getByRole('button', { name: 'Lire la version 1' }).click();
  await expect(page.getByRole('region', { name: 'Version 1 du procès-verbal' })).toContainText(MARKER);
  await expect(main(page)).not.toContainText('Rédiger le procès-verbal');
  await expect(page.getByRole('region', { name: 'Diffusion' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Retour aux procès-verbaux' }).click();
  const received = page.getByRole('region', { name: 'Procès-verbaux reçus' });
  await received.getByLabel('Importer un fichier de procès-verbal chiffré').setInputFiles({ name: 'pv.json', mimeType: 'application/json', buffer: fileBytes });
  await expect(received.getByRole('region', { name: /Concertations cliniques BW — .*, version 1/ })).toContainText(MARKER);
  // The place left out of the file's readable part is still in the minutes she reads.
  await expect(received.getByRole('region', { name: /Concertations cliniques BW — .*, version 1/ })).toContainText('Maison de l’enfance, Wavre');
  await expect(received.getByRole('table')).toContainText('Concertations cliniques BW');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'minutes-06-received-file');

  // The coordinator, absent: the PV exists, its date and version, nothing of its content.
  await switchTo(page, router, coordinator, PASSPHRASE);
  await openTodaysMinutes(page);
  await expect(main(page).getByText('Réservé aux personnes présentes.')).toBeVisible();
  await expect(main(page)).toContainText('Version 2 du');
  await expect(main(page)).toContainText('Version 1 — finalisée le');
  await expect(main(page)).not.toContainText(MARKER);
  await expect(page.getByRole('button', { name: 'Lire la version 1' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'minutes-07-restricted');
  // Even asked directly, the backend refuses.
  const refused = await router.handle('minutes.open', { sessionId: (await ok<Array<{ id: string }>>(router, 'sessions.list', {}))[0]!.id, version: 1 });
  expect(refused.ok ? 'ok' : refused.error.code).toBe('MINUTES_ATTENDEES_ONLY');
});

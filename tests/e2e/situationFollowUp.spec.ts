// Follow-up of situations end to end: the coordinator puts a ready situation on a session's
// agenda → the session is held → the outcome is recorded (lead, action, follow-up session) → the
// needs grid shows the state after that session → the member sees the overdue action on the home
// screen; the printable family notice; the figures and their CSV. The situation is made ready
// through the backend (its own screens are covered by situations.spec.ts).
import fs from 'node:fs';
import type { Router } from '../../electron/api/router.js';
import { allCommitments } from '../helpers/charter.js';
import { createWorkspaceThroughBackend, day, expect, expectNoSeriousA11yViolations, ok, openPastSession, openSection, PASSPHRASE, shot, test, typed } from './fixtures.js';

// The code the situation gets: the first of this year.
const CODE = `SIT-${new Date().getFullYear()}-001`;
const MEMBER_PASSPHRASE = 'violon-marée-boussole-17';

interface Seeded {
  coordinatorMemberId: string;
  past: { id: string; date: string };
  next: { id: string; date: string };
}

async function seed(router: Router): Promise<Seeded> {
  await createWorkspaceThroughBackend(router);
  const member = (firstName: string, lastName: string, organisation: string, serviceType: string) =>
    ok<{ id: string }>(router, 'members.create', { firstName, lastName, organisation, serviceType, function: '', email: '', phone: '', town: 'Wavre', secrecyStatus: 'professional_secret', isReferent: false, activeFrom: '2024-01-01', activeUntil: null });
  await member('Claire', 'Aubry', 'SAJ du Brabant wallon', 'saj');
  const mathy = await member('Laurent', 'Mathy', 'SSM L’Équinoxe', 'ssm');
  // A member with an account but no signature of the charter: code and sectors only.
  await ok(router, 'accounts.create', { memberId: mathy.id, username: 'mathy', roles: ['member'], passphrase: MEMBER_PASSPHRASE, passphraseConfirm: MEMBER_PASSPHRASE });
  const draft = await ok<{ id: string }>(router, 'charter.createDraft', {});
  await ok(router, 'charter.putInForce', { id: draft.id, adoptedOn: '2026-01-15', reviewDue: '2027-01-15' });
  const overview = await ok<{ inForce: { id: string }; mine: { memberId: string } }>(router, 'charter.overview', {});
  await ok(router, 'charter.sign', { versionId: overview.inForce.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  const session = (date: string, title: string) => ok<{ id: string; date: string }>(router, 'sessions.create', { title, date, startTime: '13:30', endTime: '16:00', place: 'Wavre', notes: '' });
  const past = await session(day(-2), 'Séance de novembre');
  const next = await session(day(14), 'Séance de suivi');

  // A ready situation, the family informed and agreeing, presented by the coordinator: made through
  // the situations channels, so the five conditions are checked as in the app.
  const created = await ok<{ id: string }>(router, 'situations.create', {
    ageBand: '12-14',
    needSectors: ['youth_aid', 'mental_health'],
    severity: 'danger',
    servicesInvolved: ['saj'],
    question: 'Comment articuler un soutien éducatif et un suivi psychologique ?',
    summary: 'Résumé qui ne doit jamais apparaître dans la note aux familles.',
  });
  await ok(router, 'situations.saveConsent', {
    id: created.id,
    informedOn: day(-20),
    informedHow: 'entretien',
    informedBy: 'la déléguée',
    consentOn: day(-15),
    consentForm: 'written',
    consentGivenBy: 'la mère',
    youngPersonView: 'favorable',
  });
  await ok(router, 'situations.markReady', { id: created.id });
  return { coordinatorMemberId: overview.mine.memberId, past, next };
}

test('agenda → held session → outcome → needs grid → overdue action at home; family notice; figures', async ({ page, router }) => {
  test.setTimeout(120_000);
  const { coordinatorMemberId, past, next } = await seed(router);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mes actions en retard' })).toContainText('Aucune action en retard.');

  // The coordinator opens the past session and adds the situation (the agenda has closed: a reason).
  await openSection(page, 'Séances');
  await openPastSession(page, past.date);
  await expect(page.getByRole('heading', { level: 1, name: /Séance de novembre —/ })).toBeVisible();
  const situationsSection = page.getByRole('region', { name: 'Situations présentées' });
  const addForm = situationsSection.getByRole('form', { name: "Mettre une situation à l'ordre du jour" });
  await expect(addForm.getByLabel(/^Situation/)).toContainText(`${CODE} — Aide à la jeunesse, Santé mentale`);
  await addForm.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
  await expect(addForm.getByText('Obligatoire').first()).toBeVisible();
  await addForm.getByLabel(/^Situation/).selectOption({ label: `${CODE} — Aide à la jeunesse, Santé mentale` });
  await addForm.getByLabel(/Raison de l'ajout tardif/).fill('Situation urgente, accord de la famille reçu hier');
  await addForm.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
  await expect(page.getByText(`${CODE} a été ajoutée à l'ordre du jour.`)).toBeVisible();
  // The agenda shows the code only.
  const agenda = page.getByRole('region', { name: 'Ordre du jour' });
  await expect(agenda.getByRole('rowheader', { name: new RegExp(CODE) })).toBeVisible();
  await expect(agenda).not.toContainText('soutien éducatif');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'situationFollowUp-01-agenda');

  // The session is held (attendance recorded: the sessions' own test covers that screen).
  const members = await ok<Array<{ id: string; lastName: string }>>(router, 'members.list', {});
  await ok(router, 'attendance.set', { sessionId: past.id, memberId: members.find((m) => m.lastName === 'Aubry')!.id, status: 'present' });
  await page.getByRole('button', { name: 'Retour aux séances' }).click();
  await openPastSession(page, past.date);
  await situationsSection.getByRole('button', { name: `Ouvrir le suivi de ${CODE}` }).click();
  const followUp = page.getByRole('region', { name: `Suivi de la situation ${CODE}` });
  await expect(followUp).toContainText("Séance tenue : l'issue de la présentation reste à enregistrer.");

  // A need of the grid, then the outcome: a lead, an action already due, the follow-up session.
  const needForm = followUp.getByRole('form', { name: 'Ajouter un besoin' });
  await needForm.getByLabel(/^Type de service/).selectOption('amo');
  await needForm.getByLabel(/^Besoin/).fill('Soutien éducatif à domicile');
  await needForm.getByRole('button', { name: 'Ajouter le besoin' }).click();
  await expect(followUp.getByRole('table', { name: new RegExp(`Besoins de la situation ${CODE}`) })).toContainText('Soutien éducatif à domicile');

  // A need's words can be changed afterwards, its history kept.
  await followUp.getByRole('button', { name: 'Modifier « Soutien éducatif à domicile »' }).click();
  const needEdit = followUp.getByRole('form', { name: 'Modifier le besoin « Soutien éducatif à domicile »' });
  await needEdit.getByLabel(/^Besoin/).fill('Soutien éducatif à domicile, deux fois par semaine');
  await needEdit.getByRole('button', { name: 'Enregistrer le besoin' }).click();
  await expect(needEdit).toHaveCount(0);
  await expect(followUp.getByRole('table', { name: new RegExp(`Besoins de la situation ${CODE}`) })).toContainText('Soutien éducatif à domicile, deux fois par semaine');

  const outcome = followUp.getByRole('form', { name: 'Issue de la présentation' });
  await outcome.getByLabel(/^Type de service/).selectOption('amo');
  await outcome.getByLabel(/^Piste/).fill('Accompagnement en milieu de vie par l’AMO, en lien avec l’école');
  await outcome.getByRole('button', { name: 'Ajouter une action' }).click();
  await outcome.locator('select[id$="-actions-0-memberId"]').selectOption(coordinatorMemberId);
  await outcome.locator('input[id$="-actions-0-what"]').fill('Contacter l’AMO pour une première rencontre');
  await outcome.locator('input[id$="-actions-0-dueOn"]').fill(typed(day(-1)));
  await outcome.getByRole('button', { name: 'Ajouter une action' }).click();
  await outcome.locator('select[id$="-actions-1-memberId"]').selectOption({ label: 'Laurent Mathy — SSM L’Équinoxe' });
  await outcome.locator('input[id$="-actions-1-what"]').fill('Proposer un rendez-vous au SSM');
  await outcome.locator('input[id$="-actions-1-dueOn"]').fill(typed(day(-1)));
  await outcome.getByLabel('Soutien éducatif à domicile').selectOption('in_progress');
  await outcome.getByLabel(/^Séance de suivi/).selectOption(next.id);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'situationFollowUp-02-outcome-form');
  await outcome.getByRole('button', { name: "Enregistrer l'issue" }).click();
  await expect(followUp).toContainText('Issue enregistrée.');
  await expect(followUp).toContainText('Statut : suivi prévu');
  await expect(followUp).toContainText('Accompagnement en milieu de vie');
  await expect(followUp).toContainText('Contacter l’AMO pour une première rencontre');
  await expect(followUp).toContainText('en retard');
  await expect(followUp).toContainText('Suivi prévu à la séance du');
  const grid = followUp.getByRole('table', { name: new RegExp(`Besoins de la situation ${CODE}`) });
  await expect(grid.getByRole('columnheader', { name: /^Après le/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /Soutien éducatif à domicile/ })).toContainText('en cours');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'situationFollowUp-03-outcome-and-needs');

  // An action changed afterwards (the coordinator or the secretary): new words, same member and date.
  await followUp.getByRole('button', { name: 'Modifier « Proposer un rendez-vous au SSM »' }).click();
  const edit = followUp.getByRole('form', { name: "Modifier l'action « Proposer un rendez-vous au SSM »" });
  await edit.getByLabel(/^Quoi/).fill('');
  await edit.getByRole('button', { name: "Enregistrer l'action" }).click();
  await expect(edit.getByText('Ce champ est obligatoire.')).toBeVisible();
  await edit.getByLabel(/^Quoi/).fill('Proposer un rendez-vous au SSM avant les congés');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'situationFollowUp-04-action-edit');
  await edit.getByRole('button', { name: "Enregistrer l'action" }).click();
  await expect(edit).toHaveCount(0);
  await expect(followUp).toContainText('Laurent Mathy : Proposer un rendez-vous au SSM avant les congés');

  // The family notice: plain French, organisations, date, rights; no name, no summary.
  await followUp.getByRole('button', { name: 'Préparer la note pour la famille' }).click();
  const notice = followUp.getByRole('article', { name: /Information aux parents/ });
  await expect(notice).toContainText('SAJ du Brabant wallon');
  await expect(notice).toContainText('SSM L’Équinoxe');
  await expect(notice).toContainText('12–14 ans');
  await expect(notice).toContainText('retirer votre accord à tout moment');
  // When: the follow-up session chosen in the outcome.
  await expect(notice).toContainText('À la réunion du');
  for (const hidden of ['Aubry', 'Mathy', 'Véronique', 'Résumé qui ne doit']) await expect(notice).not.toContainText(hidden);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'situationFollowUp-05-notice');
  // Printed, the notice alone shows: its text, not the app around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.followup-notice').getByText('retirer votre accord à tout moment')).toBeVisible();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await shot(page, 'situationFollowUp-06-notice-print');
  await page.emulateMedia({ media: 'screen' });

  // The member concerned (here the coordinator) sees the overdue action on the home screen.
  await openSection(page, 'Accueil');
  const card = page.getByRole('region', { name: 'Mes actions en retard' });
  await expect(card).toContainText('1 action en retard');
  await expect(card).toContainText(`${CODE} — Contacter l’AMO pour une première rencontre`);
  await expect(card).toContainText('1 jour de retard');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'situationFollowUp-07-home');

  // Figures: chart with the numbers written, the same as tables, and the CSV.
  await openSection(page, 'Séances');
  await page.getByRole('button', { name: 'Participation' }).click();
  const figures = page.getByRole('region', { name: 'Chiffres des situations' });
  await expect(figures).toContainText('1 situation au total.');
  await expect(figures.getByRole('table', { name: 'Par combinaison de secteurs de besoins' })).toContainText('Aide à la jeunesse + Santé mentale1');
  await expect(figures.getByRole('table', { name: 'En difficulté ou en danger' }).getByRole('row', { name: /En danger/ })).toContainText('1');
  // One year, as a group reports to its funders: the figures and the CSV say which.
  const year = String(new Date().getFullYear());
  await figures.getByLabel('Année', { exact: true }).selectOption(year);
  await expect(figures).toContainText('1 situation au total.');
  await expect(figures.getByText("Une valeur qui commence par =, +, - ou @ est précédée d'une apostrophe")).toBeVisible();
  const downloading = page.waitForEvent('download');
  await figures.getByRole('button', { name: 'Exporter en CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^situations-chiffres-${year}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(`"annee_comptee";"${year}";""`);
  expect(csv).toContain('"total";"";"1"');
  expect(csv).toContain('"combinaison_secteurs";"Aide à la jeunesse + Santé mentale";"1"');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'situationFollowUp-08-figures');

  // A member without a valid signature: the overdue action under its code only, and the
  // follow-up without leads, actions or needs.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déverrouiller Concerto' })).toBeVisible();
  await page.getByLabel('Compte').selectOption({ label: 'mathy' });
  await page.getByLabel('Phrase de passe (obligatoire)').fill(MEMBER_PASSPHRASE);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  const mine = page.getByRole('region', { name: 'Mes actions en retard' });
  await expect(mine).toContainText(`${CODE} — contenu réservé`);
  await expect(mine).not.toContainText('rendez-vous');
  await openSection(page, 'Séances');
  await openPastSession(page, past.date);
  await page.getByRole('region', { name: 'Situations présentées' }).getByRole('button', { name: `Ouvrir le suivi de ${CODE}` }).click();
  const restricted = page.getByRole('region', { name: `Suivi de la situation ${CODE}` });
  await expect(restricted).toContainText('Contenu réservé');
  for (const hidden of ['Accompagnement en milieu de vie', 'Contacter l’AMO', 'Soutien éducatif']) await expect(restricted).not.toContainText(hidden);
  await expect(restricted.getByRole('button', { name: 'Préparer la note pour la famille' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'situationFollowUp-09-restricted');
});

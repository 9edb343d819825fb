// Demo charter and situations: the default charter in force, signed by the coordinator and
// (on paper, witnessed) by a few members; three fictional situations at different stages: a draft
// whose summary still holds identifiers (to show the anonymisation check), a ready one, and one
// on the next session's agenda.
import { COMMITMENTS } from '../contract/schemas/charter.js';
import type { Router } from '../electron/api/router.js';
import type { Result } from '../contract/types/app.js';

function ok<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const commitments = Object.fromEntries(COMMITMENTS.map((c) => [c, true]));
// Members who signed the paper charter at the first session, witnessed by the coordinator.
const WITNESSED = ['Vandenberghe', 'Mathy', 'Dethier', 'Dumont'];

export async function addDemoCharter(router: Router, passphrase: string): Promise<number> {
  const draft = ok<{ id: string }>(await router.handle('charter.createDraft', {}), 'charter.createDraft');
  ok(await router.handle('charter.putInForce', { id: draft.id, adoptedOn: '2025-09-16', reviewDue: '2027-09-16' }), 'charter.putInForce');
  ok(await router.handle('charter.sign', { versionId: draft.id, declaredStatus: 'professional_secret', commitments, passphrase }), 'charter.sign');
  const members = ok<Array<{ id: string; lastName: string; secrecyStatus: string }>>(await router.handle('members.list', {}), 'members.list');
  for (const lastName of WITNESSED) {
    const member = members.find((m) => m.lastName === lastName)!;
    ok(
      await router.handle('charter.witness', { versionId: draft.id, memberId: member.id, declaredStatus: member.secrecyStatus, signedAt: '2025-09-16T13:45', place: 'Wavre', passphrase }),
      `charter.witness ${lastName}`,
    );
  }
  return WITNESSED.length + 1;
}

const CONSENT = {
  informedHow: 'Entretien au service ; la note d’information de Concerto a été remise et expliquée.',
  informedBy: 'la déléguée du SAJ',
  consentForm: 'written',
  consentGivenBy: 'les deux parents',
};

export async function addDemoSituations(router: Router, today: string, nextSessionId: string | null): Promise<number> {
  const weeksAgo = (weeks: number) => new Date(Date.parse(`${today}T12:00:00Z`) - weeks * 7 * 86_400_000).toISOString().slice(0, 10);
  const create = async (fields: Record<string, unknown>) => ok<{ id: string }>(await router.handle('situations.create', fields), 'situations.create');

  // A draft: the summary still names the girl and her school; the check will say so.
  await create({
    ageBand: '6-11',
    needSectors: ['disability', 'education'],
    severity: 'difficulty',
    servicesInvolved: ['aviq_early_support', 'cpms'],
    question: 'Comment soutenir une scolarité ordinaire avec un accompagnement adapté ?',
    summary: 'Emma, 9 ans, présente un trouble du spectre de l’autisme. L’école Saint-Joseph de Wavre envisage une réorientation ; le CPMS et le service d’aide précoce suivent la famille.',
  });

  const ready = await create({
    ageBand: '15-17',
    needSectors: ['youth_aid', 'mental_health'],
    severity: 'danger',
    servicesInvolved: ['saj', 'ssm'],
    question: 'Quelles pistes pour une adolescente en rupture familiale, qui refuse un suivi psychologique ?',
    summary: 'Jeune fille de 16 ans hébergée chez une tante depuis l’été. Conflits répétés avec la mère, absences scolaires, une hospitalisation brève en pédopsychiatrie. Le SAJ suit la situation ; un suivi au SSM a été proposé et refusé.',
  });
  ok(await router.handle('situations.saveConsent', { id: ready.id, ...CONSENT, informedOn: weeksAgo(3), consentOn: weeksAgo(2), youngPersonView: 'Elle accepte que sa situation soit discutée, sans que son école en soit informée.' }), 'situations.saveConsent');
  ok(await router.handle('situations.markReady', { id: ready.id }), 'situations.markReady');

  const scheduled = await create({
    ageBand: '12-14',
    needSectors: ['youth_aid', 'disability', 'mental_health'],
    severity: 'difficulty',
    servicesInvolved: ['aviq_residential', 'child_psychiatry'],
    question: 'Quel relais entre le service résidentiel et la pédopsychiatrie après la sortie d’hospitalisation ?',
    summary: 'Garçon de 13 ans avec une déficience intellectuelle légère, accueilli en service résidentiel en semaine. Crises de violence depuis la rentrée, hospitalisation de trois semaines. L’équipe s’interroge sur le retour en famille le week-end.',
  });
  ok(await router.handle('situations.saveConsent', { id: scheduled.id, ...CONSENT, informedOn: weeksAgo(5), consentOn: weeksAgo(4), consentGivenBy: 'la mère', youngPersonView: 'Il a été informé avec des mots simples et n’a pas d’objection.' }), 'situations.saveConsent');
  ok(await router.handle('situations.markReady', { id: scheduled.id }), 'situations.markReady');
  if (nextSessionId) {
    // The next session may be less than 48 hours away: then the demo adds it as an override.
    const item = { sessionId: nextSessionId, situationId: scheduled.id, durationMinutes: 60 };
    const added = await router.handle('situationAgenda.add', item);
    if (!added.ok && added.error.code === 'AGENDA_CLOSED') ok(await router.handle('situationAgenda.add', { ...item, overrideReason: 'Données de démonstration' }), 'situationAgenda.add');
    else ok(added, 'situationAgenda.add');
  }
  return 3;
}

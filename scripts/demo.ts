// `npm run demo`: a demo workspace with a realistic but entirely fictional concertation group
// (about 30 members across sectors; no real person's data), and how to open it.
import fs from 'node:fs';
import path from 'node:path';
import { createRouter, type Router } from '../electron/api/router.js';
import type { Result } from '../contract/types/app.js';
import { todayInBrussels } from '../electron/services/clock.js';
import { addDemoSessions } from './demoSessions.js';
import { addDemoMinutes, SECRETARY } from './demoMinutes.js';
import { addDemoCharter, addDemoSituations } from './demoSituations.js';

const dir = path.resolve(process.argv[2] ?? 'demo-workspace');
const PASSPHRASE = 'demo-concerto-hibou-lanterne';

type Row = [first: string, last: string, organisation: string, serviceType: string, fn: string, town: string, secret: boolean, referent?: boolean];

// Fictional people in fictional services of the Walloon Brabant; towns are real places.
const MEMBERS: Row[] = [
  ['Claire', 'Vandenberghe', 'SAJ du Brabant wallon', 'saj', 'Conseillère adjointe', 'Nivelles', true, true],
  ['Olivier', 'Lambotte', 'SAJ du Brabant wallon', 'saj', 'Délégué', 'Nivelles', true],
  ['Nadia', 'Benali', 'SPJ du Brabant wallon', 'spj', 'Déléguée', 'Nivelles', true, true],
  ['Thomas', 'Delvaux', 'AMO Le Pont', 'amo', 'Éducateur', 'Wavre', true],
  ['Sophie', 'Marchal', 'AMO Carrefour Jeunes', 'amo', 'Coordinatrice', 'Tubize', true, true],
  ['Julien', 'Collard', 'SPEP Les Tilleuls', 'approved_youth_service', 'Assistant social', 'Ottignies', true],
  ['Isabelle', 'Renard', 'COE La Passerelle', 'approved_youth_service', 'Psychologue', 'Jodoigne', true],
  ['Marc', 'Dethier', 'Service résidentiel Les Glycines', 'aviq_residential', 'Directeur', 'Braine-l’Alleud', true, true],
  ['Élise', 'Pirson', 'Service résidentiel Les Glycines', 'aviq_residential', 'Éducatrice spécialisée', 'Braine-l’Alleud', false],
  ['Amandine', 'Gilson', 'Aide précoce Premiers Pas', 'aviq_early_support', 'Logopède', 'Wavre', true],
  ['Karim', 'El Idrissi', 'Service d’accompagnement Horizon', 'aviq_support_service', 'Accompagnateur', 'Rixensart', false],
  ['Valérie', 'Thiry', 'Bureau régional AVIQ', 'aviq_office', 'Agente d’intégration', 'Nivelles', true, true],
  ['Laurent', 'Mathy', 'SSM L’Équinoxe', 'ssm', 'Pédopsychiatre', 'Ottignies', true, true],
  ['Caroline', 'Henrard', 'SSM L’Équinoxe', 'ssm', 'Psychologue', 'Ottignies', true],
  ['Pierre', 'Wauters', 'Service de pédopsychiatrie, clinique du Bois', 'child_psychiatry', 'Infirmier en chef', 'Braine-l’Alleud', true],
  ['Fatima', 'Ouali', 'Réseau santé mentale enfants-ados BW', 'mental_health_network', 'Coordinatrice de réseau', 'Wavre', true, true],
  ['Hélène', 'Dumont', 'Centre PMS de Wavre', 'cpms', 'Assistante sociale', 'Wavre', true, true],
  ['Bruno', 'Lejeune', 'Athénée royal (fictif) de Jodoigne', 'school', 'Directeur', 'Jodoigne', false],
  ['Anaïs', 'Lemaire', 'Service PSE', 'pse', 'Infirmière', 'Tubize', true],
  ['Damien', 'Fontaine', 'Équipe mobile scolaire', 'mobile_team', 'Médiateur', 'Nivelles', false],
  ['Catherine', 'Hubert', 'CPAS de Wavre', 'cpas', 'Assistante sociale', 'Wavre', true, true],
  ['Yves', 'Gérard', 'CPAS de Tubize', 'cpas', 'Travailleur social', 'Tubize', true],
  ['Mélanie', 'Jacquet', 'Centre de planning familial Aurore', 'family_planning', 'Conseillère conjugale', 'Ottignies', true],
  ['Nicolas', 'Detry', 'Consultation ONE', 'one', 'Partenaire enfants-parents', 'Jodoigne', true],
  ['Sarah', 'Lambert', 'Zone de police (fictive) Ouest BW', 'local_police', 'Inspectrice, service jeunesse', 'Tubize', true],
  ['Philippe', 'Mertens', 'Parquet du Brabant wallon', 'prosecutor_office', 'Criminologue', 'Nivelles', true],
  ['Laetitia', 'Francart', 'Plan de prévention communal', 'prevention_contract', 'Éducatrice de rue', 'Wavre', false],
  ['Grégory', 'Simon', 'Équipe SOS-Enfants (fictive)', 'sos_enfants', 'Psychologue', 'Ottignies', true, true],
  ['Manon', 'Coppens', 'Maison des adolescents (fictive)', 'other', 'Animatrice', 'Wavre', false],
];

function expectOk<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function main(): Promise<void> {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    console.error(`Le dossier ${dir} n'est pas vide : supprimez-le ou choisissez-en un autre (npm run demo -- <dossier>).`);
    process.exit(1);
  }
  const router = createRouter({ workspaceDir: dir, mode: 'browser', version: 'demo' });
  try {
    await fill(router);
  } finally {
    // Always closed, success or not: the database is checkpointed and no -wal is left behind.
    await router.close();
  }
}

async function fill(router: Router): Promise<void> {
  const created = expectOk<{ recoveryKey: string; session: { accountId: string } }>(
    await router.handle('workspace.create', {
      groupName: 'Concertations cliniques BW (démo)',
      territory: 'Brabant wallon',
      coordinator: { firstName: 'Véronique', lastName: 'Demo', username: 'coordination', secrecyStatus: 'professional_secret' },
      passphrase: PASSPHRASE,
      passphraseConfirm: PASSPHRASE,
    }),
    'workspace.create',
  );
  for (const [firstName, lastName, organisation, serviceType, fn, town, secret, referent] of MEMBERS) {
    const local = `${firstName}.${lastName}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z.]/g, '').toLowerCase();
    expectOk(
      await router.handle('members.create', {
        firstName,
        lastName,
        organisation,
        serviceType,
        function: fn,
        email: `${local}@exemple.invalid`,
        phone: '',
        town,
        secrecyStatus: secret ? 'professional_secret' : 'duty_of_reserve',
        isReferent: referent ?? false,
        activeFrom: '2025-09-01',
        activeUntil: null,
      }),
      `members.create ${lastName}`,
    );
  }
  const today = todayInBrussels();
  const signatures = await addDemoCharter(router, PASSPHRASE);
  const sessions = await addDemoSessions(router, today);
  const situationCount = await addDemoSituations(router, today, sessions.nextSessionId);
  const minutesDate = await addDemoMinutes(router, { accountId: created.session.accountId, passphrase: PASSPHRASE }, today);
  console.log(
    `Espace de démonstration créé dans ${dir} (${MEMBERS.length + 1} membres fictifs, charte en vigueur signée par ${signatures}, ${sessions.count} séances, ${situationCount} situations).`,
  );
  const shown = path.relative(process.cwd(), dir).startsWith('..') ? dir : path.relative(process.cwd(), dir);
  console.log(`Ouvrez-le avec : npm start -- --workspace ${shown}`);
  console.log(`Compte : coordination — phrase de passe : ${PASSPHRASE}`);
  if (minutesDate)
    console.log(`Compte : ${SECRETARY.username} (secrétariat, a rédigé le PV du ${minutesDate}) — phrase de passe : ${SECRETARY.passphrase}`);
  console.log(`Clé de récupération (démo uniquement) : ${created.recoveryKey}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// The situations part of the synthetic group: situations brought by members throughout the ten
// years, each with its consent record and needs grid, marked ready, put on the agenda of the next
// held session, presented (leads, actions, needs updated), sometimes brought back for a follow-up,
// then closed; the content of those closed long enough ago is purged. Every opening of a situation
// is an audit event, as in the app. Summaries are composed from a bank of clinical sentences so
// that full-text search has realistic words to find.
import type { Faker } from '@faker-js/faker';
import { eq } from 'drizzle-orm';
import { SERVICE_TYPES, type ServiceType } from '../../contract/reference/taxonomy.js';
import {
  agendaItems,
  situationActions,
  situationConsents,
  situationLeads,
  situationNeeds,
  situationNeedStates,
  situationPresentations,
  situations,
  situationStatusChanges,
} from '../../db/schema.js';
import type { Db } from '../../electron/services/store.js';
import { addDays, dayOf, type GeneratedSession, type GroupContext, type GroupEvent, instant, memberActiveOn } from './generate.js';

export const SITUATION_SECTORS = ['youth_aid', 'disability', 'mental_health', 'education', 'social_aid', 'health', 'justice_police'] as const;
const AGE_BANDS = ['0-5', '6-11', '12-14', '15-17', '18-25'] as const;
const RETENTION_YEARS = 5;

/** Sentences a presenter might write, already anonymised. */
export const SUMMARY_SENTENCES = [
  'Le jeune est suivi par le SAJ depuis deux ans à la suite d’un signalement de l’école.',
  'La situation familiale s’est dégradée après la séparation des parents.',
  'Un décrochage scolaire important est constaté depuis la rentrée.',
  'Des troubles du comportement sont observés en classe comme à la maison.',
  'Une hospitalisation en pédopsychiatrie a eu lieu l’an dernier pendant trois semaines.',
  'Le diagnostic de TDAH a été posé par le service de santé mentale.',
  'Un trouble du spectre de l’autisme est suspecté mais pas encore évalué.',
  'La mère exprime un grand épuisement et demande du répit.',
  'Le père vit à l’étranger et garde un contact téléphonique irrégulier.',
  'Un hébergement en SRJ est envisagé mais la liste d’attente est longue.',
  'L’AMO accompagne le jeune dans ses démarches depuis six mois.',
  'Le CPMS a relevé des difficultés d’apprentissage importantes.',
  'Des faits de violence intrafamiliale ont été rapportés par l’entourage.',
  'Le jeune consomme du cannabis de façon quotidienne selon ses propres dires.',
  'Une mesure de placement en IPPJ a été prononcée puis levée.',
  'La fratrie compte quatre enfants, dont deux sont placés en famille d’accueil.',
  'Le CPAS intervient pour le logement et une aide financière ponctuelle.',
  'Les rendez-vous au centre de guidance sont rarement honorés.',
  'Un projet d’intégration en enseignement spécialisé de type 3 est en cours.',
  'La jeune fille fugue régulièrement le week-end.',
  'Des idées suicidaires ont été exprimées auprès de l’infirmière scolaire.',
  'Le réseau autour de l’enfant est large mais peu coordonné.',
  'L’ONE a assuré le suivi des premières années sans inquiétude particulière.',
  'La famille refuse pour l’instant toute intervention à domicile.',
  'Un accompagnement par un service d’aide à l’intégration de l’AVIQ a débuté.',
  'Le jeune montre des compétences artistiques que l’équipe souhaite soutenir.',
  'Une audition au parquet a eu lieu après une plainte pour coups.',
  'Les parents sont demandeurs d’une guidance parentale.',
  'La scolarité est interrompue depuis trois mois faute de place adaptée.',
  'Le jeune dit se sentir en sécurité chez sa grand-mère.',
  'Un bilan logopédique met en évidence un retard de langage.',
  'La question d’une mise en autonomie en kot supervisé se pose à l’approche de la majorité.',
  'Le suivi psychiatrique ambulatoire se heurte à des délais de plusieurs mois.',
  'Des absences répétées ont conduit l’école à interpeller le SAJ.',
  'La situation a été discutée avec l’équipe mobile de la santé mentale.',
  'Le handicap intellectuel léger rend les démarches administratives difficiles pour la famille.',
];

export const QUESTIONS = [
  'Quelles pistes pour un hébergement qui tienne compte à la fois du handicap et des troubles du comportement ?',
  'Comment soutenir la famille sans multiplier les intervenants ?',
  'Quel service pourrait porter la coordination du réseau ?',
  'Comment organiser un retour progressif à l’école ?',
  'Quelles alternatives à une nouvelle hospitalisation ?',
  'Comment préparer le passage à la majorité ?',
];

const NEEDS = ['Hébergement adapté', 'Soutien à la parentalité', 'Suivi psychologique', 'Scolarité adaptée', 'Aide au logement', 'Évaluation diagnostique', 'Coordination du réseau', 'Répit pour la famille'];

const typesOf = (sector: string): ServiceType[] => (Object.keys(SERVICE_TYPES) as ServiceType[]).filter((t) => SERVICE_TYPES[t] === sector);

type Status = (typeof situations.$inferSelect)['status'];

interface Life {
  id: string;
  createdOn: string;
  presenter: string;
  sectors: string[];
  /** Sessions where it is presented, in order. */
  presentedAt: GeneratedSession[];
  closedOn: string | null;
}

function summaryOf(f: Faker): string {
  return f.helpers.arrayElements(SUMMARY_SENTENCES, { min: 4, max: 8 }).join(' ');
}

export function generateSituations(ctx: GroupContext): { events: GroupEvent[]; summary: string } {
  const f = ctx.faker;
  const by = ctx.coordinatorAccountId;
  const total = ctx.options.situations ?? 2000;
  const events: GroupEvent[] = [];
  const held = ctx.sessions.filter((s) => s.held).sort((a, b) => (a.date < b.date ? -1 : 1));
  const first = dayOf(ctx.start);
  const span = Math.round((ctx.end.getTime() - ctx.start.getTime()) / 86_400_000) - 60;
  const perYear = new Map<number, number>();
  const added = { presentations: 0, leads: 0, actions: 0, opens: 0, purged: 0 };

  const lives: Life[] = [];
  for (let i = 0; i < total; i++) {
    const createdOn = addDays(first, 2 + Math.floor((i * span) / total));
    // On the roster since the day before, so the member's row exists whatever the hour.
    const active = ctx.members.filter((m) => memberActiveOn(m, addDays(createdOn, -1)) && memberActiveOn(m, createdOn));
    const presenter = f.helpers.arrayElement(active.length ? active : ctx.members.slice(0, 1)).id;
    const sectors = f.helpers.arrayElements(SITUATION_SECTORS.slice(0, 3), { min: 1, max: 3 });
    if (f.number.float() < 0.4) sectors.push(f.helpers.arrayElement(SITUATION_SECTORS.slice(3)));
    const next = held.findIndex((s) => s.date > addDays(createdOn, 7));
    const presentedAt: GeneratedSession[] = [];
    if (next >= 0) {
      presentedAt.push(held[next]!);
      // Two in five come back for a follow-up, a few twice.
      for (let k = next + 2; k < held.length && f.number.float() < 0.4 && presentedAt.length < 3; k += 2) presentedAt.push(held[k]!);
    }
    const last = presentedAt.at(-1)?.date ?? createdOn;
    const closedOn = f.number.float() < 0.85 ? addDays(last, f.number.int({ min: 30, max: 200 })) : null;
    lives.push({ id: f.string.uuid(), createdOn, presenter, sectors: [...new Set(sectors)], presentedAt, closedOn: closedOn && closedOn < dayOf(ctx.end) ? closedOn : null });
  }

  for (const life of lives) {
    const sid = life.id;
    const year = Number(life.createdOn.slice(0, 4));
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const code = `SIT-${year}-${String(number).padStart(3, '0')}`;
    const createdAt = instant(life.createdOn, 5_000);
    let status: Status = 'draft';
    const needIds: Array<{ id: string; sector: string }> = [];
    const setStatus = (at: string, to: Status) => {
      const from = status;
      const changeId = f.string.uuid();
      status = to;
      events.push({
        at,
        accountId: by,
        action: `situation.status.${to}`,
        entity: 'situation',
        entityId: sid,
        write: (db) => {
          db.update(situations).set({ status: to, updatedAt: at }).where(eq(situations.id, sid)).run();
          db.insert(situationStatusChanges).values({ id: changeId, situationId: sid, fromStatus: from, toStatus: to, accountId: by, at }).run();
        },
      });
    };
    const open = (at: string) => {
      added.opens += 1;
      events.push({ at, accountId: by, action: 'situation.open', entity: 'situation', entityId: sid, write: () => undefined });
    };

    const row = {
      id: sid,
      code,
      year,
      number,
      presenterMemberId: life.presenter,
      ageBand: f.helpers.arrayElement(AGE_BANDS),
      gender: f.helpers.arrayElement(['', 'female', 'male'] as const),
      needSectors: life.sectors,
      severity: f.helpers.weightedArrayElement([
        { weight: 6, value: 'difficulty' as const },
        { weight: 4, value: 'danger' as const },
      ]),
      servicesInvolved: f.helpers.arrayElements(Object.keys(SERVICE_TYPES), { min: 1, max: 4 }),
      question: f.helpers.arrayElement(QUESTIONS),
      summary: summaryOf(f),
      status,
      createdAt,
      updatedAt: createdAt,
    };
    const consent = {
      situationId: sid,
      informedOn: addDays(life.createdOn, 1),
      informedHow: 'Entretien au service avec la mère et le jeune',
      informedBy: 'L’assistante sociale du service',
      consentOn: addDays(life.createdOn, 1),
      consentForm: f.helpers.arrayElement(['oral', 'written'] as const),
      consentGivenBy: f.helpers.arrayElement(['la mère', 'les deux parents', 'le père', 'la tutrice']),
      youngPersonView: 'Le jeune est d’accord que sa situation soit réfléchie en groupe.',
      updatedAt: createdAt,
    };
    for (const sector of life.sectors) needIds.push({ id: f.string.uuid(), sector });
    const needRows = needIds.map((need) => ({ id: need.id, situationId: sid, sector: need.sector, need: f.helpers.arrayElement(NEEDS), serviceType: f.helpers.arrayElement(typesOf(need.sector)), state: 'unmet' as const, createdAt, updatedAt: createdAt }));
    events.push({
      at: createdAt,
      accountId: by,
      action: 'situation.create',
      entity: 'situation',
      entityId: sid,
      write: (db: Db) => {
        db.insert(situations).values(row).run();
        db.insert(situationConsents).values(consent).run();
        db.insert(situationStatusChanges).values({ id: `${sid}:0`, situationId: sid, fromStatus: null, toStatus: 'draft', accountId: by, at: createdAt }).run();
        for (const need of needRows) db.insert(situationNeeds).values(need).run();
      },
    });
    setStatus(instant(addDays(life.createdOn, 2), 5_100), 'ready');

    life.presentedAt.forEach((session, k) => {
      const pid = f.string.uuid();
      const itemId = f.string.uuid();
      const scheduledAt = instant(addDays(session.date, -f.number.int({ min: 3, max: 6 })), 6_000);
      const minutes = f.helpers.arrayElement([20, 30, 30, 45]);
      const position = 100 + k + f.number.int({ min: 0, max: 50 });
      added.presentations += 1;
      ctx.presentations.set(session.id, [...(ctx.presentations.get(session.id) ?? []), code]);
      events.push({
        at: scheduledAt,
        accountId: by,
        action: 'agenda.addSituation',
        entity: 'session',
        entityId: session.id,
        write: (db) => {
          db.insert(agendaItems).values({ id: itemId, sessionId: session.id, position, title: code, durationMinutes: minutes, sectors: [], situationId: sid, createdAt: scheduledAt }).run();
          db.insert(situationPresentations).values({ id: pid, situationId: sid, sessionId: session.id, agendaItemId: itemId, followUp: k > 0, createdAt: scheduledAt }).run();
        },
      });
      setStatus(scheduledAt, 'scheduled');
      open(instant(session.date, 20_000));
      // The outcome, recorded the same evening.
      const outcomeAt = instant(session.date, 40_000);
      const followUp = life.presentedAt[k + 1] ?? null;
      const followUpId = followUp && followUp.createdAt < outcomeAt ? followUp.id : null;
      const leads = Array.from({ length: f.number.int({ min: 1, max: 3 }) }, () => {
        const sector = f.helpers.arrayElement(life.sectors);
        return { id: f.string.uuid(), presentationId: pid, sector, serviceType: f.helpers.arrayElement(typesOf(sector)), text: f.helpers.arrayElement(NEEDS), createdAt: outcomeAt };
      });
      const owners = session.present.length ? session.present : [life.presenter];
      const actions = Array.from({ length: f.number.int({ min: 1, max: 2 }) }, () => ({
        id: f.string.uuid(),
        presentationId: pid,
        memberId: f.helpers.arrayElement(owners),
        what: 'Prendre contact avec le service proposé et faire retour au groupe',
        dueOn: addDays(session.date, 30),
        doneAt: f.number.float() < 0.9 ? instant(addDays(session.date, f.number.int({ min: 5, max: 40 })), 7_000) : null,
        createdAt: outcomeAt,
      }));
      const needStates = needIds.map((need) => ({ need, historyId: f.string.uuid(), state: f.helpers.arrayElement(['met', 'in_progress', 'unmet'] as const) }));
      added.leads += leads.length;
      added.actions += actions.length;
      events.push({
        at: outcomeAt,
        accountId: by,
        action: 'situation.outcome',
        entity: 'situation',
        entityId: sid,
        write: (db) => {
          for (const lead of leads) db.insert(situationLeads).values(lead).run();
          for (const action of actions) db.insert(situationActions).values(action).run();
          db.update(situationPresentations).set({ outcomeRecordedAt: outcomeAt, followUpSessionId: followUpId }).where(eq(situationPresentations.id, pid)).run();
          for (const { need, historyId, state } of needStates) {
            db.update(situationNeeds).set({ state, updatedAt: outcomeAt }).where(eq(situationNeeds.id, need.id)).run();
            db.insert(situationNeedStates).values({ id: historyId, needId: need.id, state, sessionId: session.id, accountId: by, at: outcomeAt }).run();
          }
        },
      });
      setStatus(instant(session.date, 40_001), followUp ? 'follow_up' : 'presented');
    });

    if (life.closedOn) {
      const closedAt = instant(life.closedOn, 8_000);
      const purgeAfter = addDays(life.closedOn, RETENTION_YEARS * 365);
      setStatus(closedAt, 'closed');
      events.push({
        at: closedAt,
        accountId: by,
        action: 'situation.close',
        entity: 'situation',
        entityId: sid,
        write: (db) => db.update(situations).set({ closedAt, purgeAfter }).where(eq(situations.id, sid)).run(),
      });
      if (purgeAfter < dayOf(ctx.end)) {
        added.purged += 1;
        const purgedAt = instant(addDays(purgeAfter, 1), 9_000);
        events.push({ at: purgedAt, accountId: by, action: 'situation.purge', entity: 'situation', entityId: sid, write: (db) => purgeContent(db, sid, purgedAt) });
      }
    } else {
      open(instant(addDays(life.presentedAt.at(-1)?.date ?? life.createdOn, 3), 21_000));
    }
  }
  return {
    events,
    summary: `${total} situations, ${added.presentations} presentations (${added.leads} leads, ${added.actions} actions), ${added.opens} openings, ${added.purged} purged after ${RETENTION_YEARS} years`,
  };
}

/** The purge as the retention rule defines it: the content goes, the anonymous counts stay. */
function purgeContent(db: Db, sid: string, at: string): void {
  const presentations = db.select({ id: situationPresentations.id }).from(situationPresentations).where(eq(situationPresentations.situationId, sid)).all();
  for (const p of presentations) {
    db.delete(situationLeads).where(eq(situationLeads.presentationId, p.id)).run();
    db.delete(situationActions).where(eq(situationActions.presentationId, p.id)).run();
  }
  for (const need of db.select({ id: situationNeeds.id }).from(situationNeeds).where(eq(situationNeeds.situationId, sid)).all()) {
    db.delete(situationNeedStates).where(eq(situationNeedStates.needId, need.id)).run();
  }
  db.delete(situationNeeds).where(eq(situationNeeds.situationId, sid)).run();
  db.delete(situationConsents).where(eq(situationConsents.situationId, sid)).run();
  db.update(situations).set({ question: '', summary: '', servicesInvolved: [], purgedAt: at, updatedAt: at }).where(eq(situations.id, sid)).run();
}

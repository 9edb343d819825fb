// The roster part of the synthetic group: members join (a founding core, then throughout the
// ten years), change service, function or contact, some leave and a few come back.
// Every member is validated with the same zod schema the app uses for a new member.
import { eq } from 'drizzle-orm';
import type { Faker } from '@faker-js/faker';
import { SERVICE_TYPES, type Sector, type ServiceType } from '../../contract/reference/taxonomy.js';
import { accounts, members } from '../../db/schema.js';
import { memberInput, type MemberData } from '../../contract/schemas/members.js';
import { addDays, dayOf, type GeneratedMember, type GroupContext, type GroupEvent, instant } from './generate.js';

const TOWNS = ['Nivelles', 'Wavre', 'Ottignies', 'Louvain-la-Neuve', 'Tubize', 'Jodoigne', 'Braine-l’Alleud', 'Waterloo', 'Rixensart', 'Genappe', 'Perwez', 'Rebecq'];
const SERVICE_NAMES = ['Les Tilleuls', 'Horizon', 'La Passerelle', 'Le Pont', 'Carrefour', 'L’Équinoxe', 'Les Glycines', 'Premiers Pas', 'La Source', 'Le Phare', 'La Boussole', 'Le Relais', 'Trait d’union', 'Arc-en-ciel'];
const REASONS = ['Départ à la retraite', 'Changement de fonction', 'Fin de contrat', 'Mutation dans un autre service', 'Plus disponible pour le groupe'];

/** Share of the group per sector: the Archipel model's three pillars first. */
const SECTOR_WEIGHTS: Array<{ weight: number; value: Sector }> = [
  { weight: 30, value: 'youth_aid' },
  { weight: 20, value: 'disability' },
  { weight: 20, value: 'mental_health' },
  { weight: 10, value: 'education' },
  { weight: 6, value: 'social_aid' },
  { weight: 5, value: 'health' },
  { weight: 4, value: 'justice_police' },
  { weight: 2, value: 'prevention' },
  { weight: 2, value: 'sos_children' },
  { weight: 1, value: 'other' },
];

const FUNCTIONS: Record<Sector, string[]> = {
  youth_aid: ['Délégué·e', 'Conseiller·ère adjoint·e', 'Éducateur·rice', 'Assistant·e social·e', 'Coordinateur·rice'],
  disability: ['Éducateur·rice spécialisé·e', 'Agent·e d’intégration', 'Logopède', 'Accompagnateur·rice', 'Directeur·rice'],
  mental_health: ['Psychologue', 'Pédopsychiatre', 'Infirmier·ère', 'Coordinateur·rice de réseau', 'Assistant·e social·e'],
  education: ['Directeur·rice', 'Assistant·e social·e', 'Infirmier·ère', 'Médiateur·rice', 'Enseignant·e'],
  social_aid: ['Assistant·e social·e', 'Travailleur·euse social·e'],
  health: ['Infirmier·ère', 'Médecin', 'Conseiller·ère conjugal·e', 'Partenaire enfants-parents'],
  justice_police: ['Inspecteur·rice, service jeunesse', 'Criminologue', 'Assistant·e de justice'],
  prevention: ['Éducateur·rice de rue', 'Coordinateur·rice de prévention'],
  sos_children: ['Psychologue', 'Assistant·e social·e'],
  other: ['Animateur·rice', 'Chargé·e de projet'],
};

const typesOf = (sector: Sector) => (Object.keys(SERVICE_TYPES) as ServiceType[]).filter((t) => SERVICE_TYPES[t] === sector);

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

type MemberState = Partial<typeof members.$inferInsert>;

/** A change to one member, as the members service makes it: the row, and the accounts it enables or disables. */
function memberEvent(at: string, by: string, action: string, id: string, state: MemberState, accountDisabledAt?: string | null): GroupEvent {
  return {
    at,
    accountId: by,
    action,
    entity: 'member',
    entityId: id,
    write: (db) => {
      db.update(members).set({ ...state, updatedAt: at }).where(eq(members.id, id)).run();
      if (accountDisabledAt !== undefined) db.update(accounts).set({ disabledAt: accountDisabledAt }).where(eq(accounts.memberId, id)).run();
    },
  };
}

const ascii = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();

function phone(f: Faker): string {
  const pair = () => String(f.number.int({ min: 10, max: 99 }));
  return `0${f.helpers.arrayElement(['10', '67', '81', '2'])} ${pair()} ${pair()} ${pair()}`;
}

function organisation(f: Faker, serviceType: ServiceType, town: string): string {
  if (serviceType === 'cpas') return `CPAS de ${town}`;
  if (serviceType === 'saj' || serviceType === 'spj') return `${serviceType.toUpperCase()} du Brabant wallon`;
  return `${f.helpers.arrayElement(SERVICE_NAMES)} (${town})`;
}

function newMemberData(f: Faker, activeFrom: string, founder: boolean): MemberData {
  const sector = founder ? 'mental_health' : f.helpers.weightedArrayElement(SECTOR_WEIGHTS);
  const serviceType = founder ? 'mental_health_network' : f.helpers.arrayElement(typesOf(sector));
  const firstName = f.person.firstName();
  const lastName = f.person.lastName();
  const town = f.helpers.arrayElement(TOWNS);
  return memberInput.parse({
    firstName,
    lastName,
    organisation: organisation(f, serviceType, town),
    serviceType,
    function: f.helpers.arrayElement(FUNCTIONS[sector]),
    email: `${ascii(firstName)}.${ascii(lastName)}@exemple.invalid`,
    phone: phone(f),
    town,
    secrecyStatus: founder || f.datatype.boolean({ probability: 0.8 }) ? 'professional_secret' : 'duty_of_reserve',
    isReferent: f.datatype.boolean({ probability: 0.2 }),
    activeFrom,
    activeUntil: null,
  });
}

/** A day between from and to (inclusive), or null when the span is empty. */
function dayBetween(f: Faker, from: string, to: string): string | null {
  const span = daysBetween(from, to);
  return span < 0 ? null : addDays(from, f.number.int({ min: 0, max: span }));
}

export function generateRoster(ctx: GroupContext): { events: GroupEvent[]; summary: string } {
  const f = ctx.faker;
  const by = ctx.coordinatorAccountId;
  const first = dayOf(ctx.start);
  const last = addDays(dayOf(ctx.end), -1);
  const events: GroupEvent[] = [];
  let left = 0;
  let back = 0;
  let updates = 0;
  for (let i = 0; i < ctx.options.members; i++) {
    const id = f.string.uuid();
    // A founding core in the first two months, then members join throughout the ten years.
    const founder = i === 0;
    const joined = i === 0 ? first : i < Math.max(ctx.options.accounts, ctx.options.members / 4) ? addDays(first, f.number.int({ min: 0, max: 60 })) : (dayBetween(f, first, last) ?? first);
    const data = newMemberData(f, joined, founder);
    const second = i === 0 ? 1 : f.number.int({ min: 10, max: 30_000 });
    events.push({
      at: instant(joined, second),
      accountId: by,
      action: 'member.create',
      entity: 'member',
      entityId: id,
      write: (db) => db.insert(members).values({ id, ...data, createdAt: instant(joined, second), updatedAt: instant(joined, second) }).run(),
    });
    // Account holders stay: their accounts are part of every later year.
    const mayLeave = i >= ctx.options.accounts && daysBetween(joined, last) > 365 && f.datatype.boolean({ probability: 0.35 });
    const leftOn = mayLeave ? dayBetween(f, addDays(joined, 180), last) : null;
    const until = leftOn ?? last;
    for (let u = f.number.int({ min: 0, max: 3 }); u > 0; u--) {
      const day = dayBetween(f, addDays(joined, 1), addDays(until, -1));
      if (!day) break;
      const patch = f.helpers.arrayElement([{ function: f.helpers.arrayElement(FUNCTIONS.youth_aid.concat(FUNCTIONS.mental_health)) }, { phone: phone(f) }, { isReferent: f.datatype.boolean() }]);
      const at = instant(day, f.number.int({ min: 10, max: 30_000 }));
      updates += 1;
      events.push(memberEvent(at, by, 'member.update', id, patch));
    }
    let finallyLeft: string | null = null;
    let away: GeneratedMember['away'] = null;
    if (leftOn) {
      left += 1;
      finallyLeft = leftOn;
      const at = instant(leftOn, 30_001);
      const reason = f.helpers.arrayElement(REASONS);
      events.push(memberEvent(at, by, 'member.deactivate', id, { activeUntil: leftOn, deactivatedAt: at, deactivationReason: reason }, at));
      const returned = f.datatype.boolean({ probability: 0.15 }) ? dayBetween(f, addDays(leftOn, 30), last) : null;
      away = { from: leftOn, until: returned };
      if (returned) {
        back += 1;
        finallyLeft = null;
        const backAt = instant(returned, 30_002);
        events.push(memberEvent(backAt, by, 'member.reactivate', id, { activeUntil: null, deactivatedAt: null, deactivationReason: null }, null));
      }
    }
    ctx.members.push({ id, firstName: data.firstName, lastName: data.lastName, serviceType: data.serviceType, organisation: data.organisation, activeFrom: joined, leftOn: finallyLeft, away });
  }
  return { events, summary: `${ctx.options.members} members, ${updates} changes, ${left} left (${back} came back)` };
}

// Partner taxonomy of the roster: service types grouped by sector, after the
// 2007 circular's inventory (seeds/000) plus the disability (AVIQ) and
// mental-health services that the Archipel group includes (seeds/002).
// Labels live in the locale files under sectors.* and serviceTypes.*.

export const SECTORS = [
  'youth_aid',
  'disability',
  'mental_health',
  'education',
  'social_aid',
  'health',
  'justice_police',
  'prevention',
  'sos_children',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SERVICE_TYPES = {
  saj: 'youth_aid',
  spj: 'youth_aid',
  amo: 'youth_aid',
  approved_youth_service: 'youth_aid',
  ippj: 'youth_aid',
  everberg: 'youth_aid',
  aviq_residential: 'disability',
  aviq_early_support: 'disability',
  aviq_support_service: 'disability',
  aviq_office: 'disability',
  ssm: 'mental_health',
  child_psychiatry: 'mental_health',
  mental_health_network: 'mental_health',
  school: 'education',
  pse: 'education',
  cpms: 'education',
  school_mediation: 'education',
  mobile_team: 'education',
  sas: 'education',
  cpas: 'social_aid',
  hospital: 'health',
  family_planning: 'health',
  one: 'health',
  local_police: 'justice_police',
  prosecutor_office: 'justice_police',
  prevention_contract: 'prevention',
  sos_enfants: 'sos_children',
  other: 'other',
} as const satisfies Record<string, Sector>;

export type ServiceType = keyof typeof SERVICE_TYPES;
export const SERVICE_TYPE_CODES = Object.keys(SERVICE_TYPES) as [ServiceType, ...ServiceType[]];

export const sectorOf = (serviceType: ServiceType): Sector => SERVICE_TYPES[serviceType];

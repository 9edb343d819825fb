// What a cell of a value-mapped column means in Concerto: a service type from its code, French label
// or acronym (the partner taxonomy and the glossary), a secrecy status, yes or no in French, Dutch or
// English. Pure functions; the user corrects a guess with a select per distinct value.
import { GLOSSARY } from '../../../contract/reference/glossary.js';
import { SECTORS, SERVICE_TYPE_CODES, SERVICE_TYPES, type ServiceType } from '../../../contract/reference/taxonomy.js';
import type { ValueMappedField } from '../../../contract/schemas/members.js';
import type { ImportValueChoice } from '../../../contract/types/app.js';
import referenceFr from '../../../resources/locales/fr/reference.json' with { type: 'json' };
import { foldText } from '../textFold.js';

export type Guess = { value: string | null; match: Exclude<ImportValueChoice['match'], 'chosen'> };

const labelOf = (code: ServiceType) => referenceFr.serviceTypes[code];
/** Acronyms written in a label's parentheses: "(COE, SPEP, SPF, CAU, CPA…)" → COE, SPEP, … */
const acronymsOf = (label: string) => [...label.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(/[,;…]+/).map((a) => a.trim())).filter((a) => /^[A-Z]{2,}$/.test(a));

const EXACT = new Map<string, ServiceType>();
for (const code of SERVICE_TYPE_CODES) {
  const label = labelOf(code);
  for (const name of [code, label, label.replace(/\s*\([^)]*\)\s*/g, ' '), ...acronymsOf(label)]) if (!EXACT.has(foldText(name))) EXACT.set(foldText(name), code);
}
// Words offices use for a type that its label does not contain.
const SYNONYMS: Record<string, ServiceType> = {
  ecole: 'school',
  'ecole secondaire': 'school',
  'ecole primaire': 'school',
  athenee: 'school',
  lycee: 'school',
  pms: 'cpms',
  'centre pms': 'cpms',
  police: 'local_police',
  parquet: 'prosecutor_office',
  aviq: 'aviq_office',
  'sos enfants': 'sos_enfants',
  autre: 'other',
  ziekenhuis: 'hospital',
  school: 'school',
};
for (const [name, code] of Object.entries(SYNONYMS)) if (!EXACT.has(name)) EXACT.set(name, code);
// Glossary acronyms whose expansion is a service type's label (SAJ, CPMS…) read as that type.
for (const entry of GLOSSARY) {
  const code = SERVICE_TYPE_CODES.find((c) => foldText(labelOf(c)).startsWith(foldText(entry.fr.replace(/\s*\([^)]*\)\s*/g, ' '))));
  if (code && !EXACT.has(foldText(entry.acronym))) EXACT.set(foldText(entry.acronym), code);
}

export function guessServiceType(cell: string): Guess {
  const value = foldText(cell);
  if (value === '') return { value: null, match: 'none' };
  const exact = EXACT.get(value);
  if (exact) return { value: exact, match: 'exact' };
  // A sector's name ("Aide à la jeunesse", "Santé mentale") or part of a label: the first such type, to check.
  const sector = SECTORS.find((s) => foldText(referenceFr.sectors[s]) === value);
  if (sector) return { value: SERVICE_TYPE_CODES.find((c) => SERVICE_TYPES[c] === sector)!, match: 'approximate' };
  const partial = value.length >= 4 ? SERVICE_TYPE_CODES.find((c) => foldText(labelOf(c)).includes(value)) : undefined;
  return partial ? { value: partial, match: 'approximate' } : { value: null, match: 'none' };
}

const YES = ['oui', 'o', 'yes', 'y', 'ja', 'j', 'true', 'vrai', '1', 'x'];
const NO = ['non', 'n', 'no', 'nee', 'false', 'faux', '0', '-'];

export function guessBoolean(cell: string): Guess {
  const value = foldText(cell);
  if (value === '' || NO.includes(value)) return { value: 'false', match: 'exact' };
  if (YES.includes(value)) return { value: 'true', match: 'exact' };
  return { value: null, match: 'none' };
}

const SECRECY: Record<string, 'professional_secret' | 'duty_of_reserve'> = {
  'secret professionnel': 'professional_secret',
  secret: 'professional_secret',
  'professional secret': 'professional_secret',
  'professional_secret': 'professional_secret',
  beroepsgeheim: 'professional_secret',
  'devoir de reserve': 'duty_of_reserve',
  reserve: 'duty_of_reserve',
  'duty of reserve': 'duty_of_reserve',
  'duty_of_reserve': 'duty_of_reserve',
  discretieplicht: 'duty_of_reserve',
};

/**
 * A secrecy status, named, or as yes/no under a header that names one ("Secret professionnel : Oui",
 * "Devoir de réserve : Oui"); a "no" to professional secrecy is the duty of reserve, and the reverse.
 */
export function guessSecrecy(cell: string, header: string): Guess {
  const named = SECRECY[foldText(cell)] ?? SECRECY[foldText(cell).replace(/ /g, '_')];
  if (named) return { value: named, match: 'exact' };
  const headerNames = foldText(header).includes('reserve') ? 'duty_of_reserve' : foldText(header).includes('secret') ? 'professional_secret' : null;
  const yesNo = foldText(cell) === '' ? null : guessBoolean(cell).value;
  if (!headerNames || yesNo === null) return { value: null, match: 'none' };
  const other = headerNames === 'duty_of_reserve' ? 'professional_secret' : 'duty_of_reserve';
  return { value: yesNo === 'true' ? headerNames : other, match: 'exact' };
}

/** The values a field's select offers (and the only ones a user's choice may name). */
export const VALUES_OF: Record<ValueMappedField, readonly string[]> = {
  serviceType: SERVICE_TYPE_CODES,
  secrecyStatus: ['professional_secret', 'duty_of_reserve'],
  isReferent: ['true', 'false'],
};

export function guessValue(field: ValueMappedField, cell: string, header: string): Guess {
  if (field === 'serviceType') return guessServiceType(cell);
  if (field === 'secrecyStatus') return guessSecrecy(cell, header);
  return guessBoolean(cell);
}

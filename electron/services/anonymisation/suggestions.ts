// What the check proposes to put instead of each kind of identifier. The texts are French because they
// are inserted into French texts, whatever the interface language.
import type { FindingKind } from '../../../contract/schemas/anonymisation.js';

export const SUGGESTIONS: Readonly<Record<FindingKind, string>> = {
  email: '[adresse e-mail]',
  phone: '[téléphone]',
  nationalNumber: '[n° de registre national]',
  iban: '[IBAN]',
  date: '[date]',
  address: '[adresse]',
  postalLocality: '[localité]',
  rosterName: '[nom]',
  firstName: '[prénom]',
  lastName: '[nom]',
  privateWord: '[…]',
  licencePlate: '[plaque d’immatriculation]',
  institution: '[établissement]',
};

/** "[14 ans]" (or "[8 mois]" under one year) for a birth date, relative to today; null when it cannot be an age. */
export function agePhrase(birth: { year: number; month: number; day: number }, today: Date): string | null {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  const d = today.getDate();
  let months = (y - birth.year) * 12 + (m - birth.month) - (d < birth.day ? 1 : 0);
  if (months < 0 || months > 120 * 12) return null;
  if (months < 12) return `[${months} mois]`;
  months = Math.floor(months / 12);
  return `[${months} ans]`;
}

// Belgian postal codes by province (bpost's ranges): the suggestion keeps what the group needs, the region.
const PROVINCES: ReadonlyArray<readonly [number, number, string]> = [
  [1000, 1299, 'une commune de la Région bruxelloise'],
  [1300, 1499, 'une commune du Brabant wallon'],
  [1500, 1999, 'une commune du Brabant flamand'],
  [2000, 2999, 'une commune de la province d’Anvers'],
  [3000, 3499, 'une commune du Brabant flamand'],
  [3500, 3999, 'une commune du Limbourg'],
  [4000, 4999, 'une commune de la province de Liège'],
  [5000, 5999, 'une commune de la province de Namur'],
  [6000, 6599, 'une commune du Hainaut'],
  [6600, 6999, 'une commune de la province de Luxembourg'],
  [7000, 7999, 'une commune du Hainaut'],
  [8000, 8999, 'une commune de Flandre occidentale'],
  [9000, 9999, 'une commune de Flandre orientale'],
];

/** "une commune du Brabant wallon" for 1400; the generic suggestion outside the Belgian ranges. */
export function localitySuggestion(code: number): string {
  return PROVINCES.find(([from, to]) => code >= from && code <= to)?.[2] ?? SUGGESTIONS.postalLocality;
}

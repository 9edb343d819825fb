// What the check proposes to put instead of each kind of identifier. The texts are French because they
// are inserted into French texts, whatever the interface language.
import type { FindingKind } from '../../api/schemas/anonymisation.js';

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

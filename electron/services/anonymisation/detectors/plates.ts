// Belgian licence plates: 1-ABC-234 since 2010 (with or without dashes); the older ABC-123 and 123-ABC only
// after a word about a vehicle, since three capitals and three digits are common in other references.
import type { Finding } from '../../../../contract/types/anonymisation.js';
import { SUGGESTIONS } from '../suggestions.js';

const CURRENT = /(?<![\p{L}\p{N}-])[1-9]-?[A-Z]{3}-?\d{3}(?![\p{L}\p{N}]|-\d)/gu;
const OLD = /(?<![\p{L}\p{N}-])(?:[A-Z]{3}-\d{3}|\d{3}-[A-Z]{3})(?![\p{L}\p{N}]|-\d)/gu;
const VEHICLE_CUE = /(?:plaque|immatricul|voiture|v[ée]hicule|camionnette|moto|scooter|auto)[^.;!?]{0,40}$/iu;

export function findLicencePlates(text: string): Finding[] {
  const findings: Finding[] = [];
  const push = (start: number, found: string) => findings.push({ kind: 'licencePlate', start, end: start + found.length, text: found, suggestion: SUGGESTIONS.licencePlate });
  for (const m of text.matchAll(CURRENT)) push(m.index, m[0]);
  for (const m of text.matchAll(OLD)) if (VEHICLE_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) push(m.index, m[0]);
  return findings;
}

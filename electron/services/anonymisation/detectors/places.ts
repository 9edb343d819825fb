// Street addresses and Belgian postal codes with a locality. A locality alone ("le SSM de Namur",
// "l'IPPJ de Saint-Servais") is not flagged: institutions are named after their town.
import type { Finding } from '../../../../contract/types/anonymisation.js';
import type { Lexicons } from '../lexicon.js';
import { localitySuggestion, SUGGESTIONS } from '../suggestions.js';
import { fold } from '../text.js';

const STREET_TYPES = [
  'rue', 'ruelle', 'avenue', 'av\\.', 'chaussée', 'boulevard', 'bd', 'place', 'chemin', 'square', 'drève', 'quai', 'allée',
  'impasse', 'clos', 'sentier', 'route', 'rempart', 'cité', 'venelle', 'voie', 'rond-point', 'thier', 'galerie', 'esplanade',
  'parvis', 'promenade', 'ruelle', 'vieux chemin', 'cour', 'hameau', 'résidence', 'r\\.', 'ch\\.', 'chée', 'pl\\.', 'bd\\.', 'bld',
];
// Either case for the first letter only: the name that follows must really be capitalised.
const TYPE = `(?:${STREET_TYPES.map((t) => `[${t[0]}${t[0]?.toUpperCase()}]${t.slice(1)}`).join('|')})`;
// Name of the street: optional linking words, then at least one capitalised word; more words may follow
// ("de la Station", "des Combattants", "Saint-Léonard", "du Collège", "Ambiorix", "de Fer").
const LINK = `(?:(?:de\\s+la|de\\s+l['’]|de|du|des|d['’]|la|le|les|l['’]|aux|au|à\\s+la|sous|sur)\\s*)`;
const CAP = `\\p{Lu}\\p{Ll}[\\p{L}'’]*(?:-[\\p{L}'’]+)*`; // not an acronym ("une place au CRF")
const NAME = `${LINK}?${CAP}(?:\\s+(?:${LINK})?${CAP})*`;
const NUMBER = `\\d{1,4}(?:\\s?[A-Za-z](?![\\p{L}]))?(?:\\s*(?:bte|boîte|bus|bt)\\.?\\s*\\d+|\\s*/\\s*\\d+)?`;

// "rue X 12", "rue X, 12", "12, rue X", "12 rue X", or "rue X" without a number (type written in lower case).
const AFTER = new RegExp(`(?<![\\p{L}])${TYPE}\\s+${NAME}(?:,?\\s+${NUMBER}(?![\\p{N}]))?`, 'gu');
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,4}[A-Za-z]?,?\\s+${TYPE}\\s+${NAME}`, 'gu');

// Dutch street names, one word with the street type as suffix, and a number ("Kerkstraat 12", "Ninoofsesteenweg 300",
// "Sint-Katelijneplein 5"), optionally "op" and a town ("Steenweg op Gent 221").
const DUTCH = /(?<![\p{L}])\p{Lu}[\p{L}-]*(?:straat|laan|steenweg|plein|dreef|weg|baan|kaai|markt|singel|lei|wegel|hof|gracht|dijk|pad)(?:\s+op\s+\p{Lu}\p{Ll}+)?,?\s+\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?(?:\s*(?:bus|bte)\.?\s*\d+)?(?![\p{N}])/gu;

export function findAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(DUTCH)) findings.push({ kind: 'address', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: SUGGESTIONS.address });
  for (const m of text.matchAll(AFTER)) {
    const hasNumber = /\d/.test(m[0]);
    if (!hasNumber && !/^\p{Ll}/u.test(m[0])) continue; // "Place" at the start of an institution's name
    findings.push({ kind: 'address', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: SUGGESTIONS.address });
  }
  for (const m of text.matchAll(BEFORE)) {
    findings.push({ kind: 'address', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: SUGGESTIONS.address });
  }
  return findings;
}

// Belgian postal codes (1000–9999), optionally "B-", followed by a capitalised locality
// ("Braine-l'Alleud", "Molenbeek-Saint-Jean", "La Louvière", "Marche-en-Famenne").
const POSTAL = /(?<![\p{L}\p{N}-])(?:B-?\s?)?([1-9]\d{3})\s+((?:(?:La|Le|Les|LA|LE|LES)\s+)?(?:\p{Lu}\p{Ll}[\p{L}'’]*|\p{Lu}{2,}[\p{Lu}'’]*)(?:-[\p{L}'’]+)*)/gu;
// A year, not a postal code, after these words.
const YEAR_CUE = /(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|en|depuis|année|an|de|dès|avant|après|jusqu['’]en|fin|début|mi|été|hiver|printemps|automne|rentrée|et|à|vers|,)\s*$/iu;
const NOT_A_LOCALITY = new Set(['Le', 'La', 'Les', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Ce', 'Cette', 'Madame', 'Monsieur', 'Mme', 'Mademoiselle', 'Euros', 'Euro']);

/** After a year cue, a year is followed by a French word or a first name; a locality (1950 Kraainem) by neither. */
export function findPostalLocalities(text: string, lexicons?: Lexicons): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(POSTAL)) {
    const code = Number(m[1]);
    const locality = m[2] ?? '';
    if (NOT_A_LOCALITY.has(locality.split(/\s/)[0] ?? '') && !/\s/.test(locality)) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const first = (locality.split(/[\s-]/u)[0] ?? '').normalize('NFC');
    const wordLike = !lexicons || lexicons.words.has(first.toLowerCase()) || lexicons.firstNames.has(fold(first));
    if (code >= 1900 && code <= 2100 && !m[0].startsWith('B') && YEAR_CUE.test(before) && wordLike) continue;
    findings.push({ kind: 'postalLocality', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: localitySuggestion(code) });
  }
  return findings;
}

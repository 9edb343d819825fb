// Surnames revealed by their context rather than by a first name (issue 18): after a function ("la juge
// Delvaux", "l'éducatrice Lambert"), after "chez les", and names written in lower case ("kevin dupont",
// "madame lambotte"), as notes taken in a hurry are.
import type { Finding } from '../../../../contract/types/anonymisation.js';
import type { Lexicons } from '../lexicon.js';
import { SUGGESTIONS } from '../suggestions.js';
import { isAllCaps, isCapitalised, startsLowerCase, tokenize, type Token } from '../text.js';
import { ACRONYM_LIKE, adjacent, INSTITUTION_WORDS, isFrenchWord, isListedFirstName, key, NEVER_NAMES, TITLES } from './people.js';

// Functions written before a professional's surname; "sociale" and the like may follow the function.
const FUNCTIONS = new Set([
  'juge', 'delegue', 'deleguee', 'educateur', 'educatrice', 'assistant', 'assistante', 'psychologue', 'pediatre', 'psychiatre', 'pedopsychiatre',
  'neuropediatre', 'logopede', 'avocat', 'avocate', 'tuteur', 'tutrice', 'directeur', 'directrice', 'institutrice', 'instituteur', 'titulaire',
  'infirmier', 'infirmiere', 'medecin', 'substitut', 'procureur', 'procureure', 'conseiller', 'conseillere', 'coordinateur', 'coordinatrice',
  'referent', 'referente', 'agent', 'agente', 'inspecteur', 'inspectrice', 'policier', 'policiere', 'commissaire', 'greffier', 'greffiere',
  'accueillante', 'accueillant', 'kine', 'kinesitherapeute', 'professeur', 'professeure', 'prof', 'mediateur', 'mediatrice', 'animateur', 'animatrice',
]);
const AFTER_FUNCTION = new Set(['social', 'sociale', 'sociaux', 'scolaire', 'referent', 'referente', 'principal', 'principale', 'de', 'du', 'rue', 'en', 'chef']);

const span = (kind: 'firstName' | 'lastName', t: Token): Finding => ({ kind, start: t.start, end: t.end, text: t.text, suggestion: SUGGESTIONS[kind] });

/** A capitalised word that can be a surname here: not an acronym, not an institution word, not a plain French word unless a name. */
function surnameLike(t: Token | undefined, lexicons: Lexicons): t is Token {
  if (!t || !(isCapitalised(t.text) || isAllCaps(t.text)) || ACRONYM_LIKE.test(t.text) || INSTITUTION_WORDS.has(key(t.text))) return false;
  return !isFrenchWord(t.text, lexicons) || isListedFirstName(t.text, lexicons);
}

/** A word in lower case that is a listed first name and no French word ("yasmine", "kevin"). */
function lowerCaseFirstName(t: Token, k: string, lexicons: Lexicons): boolean {
  // The list look-up first: it rules out nearly every word of a text.
  return k.length >= 4 && lexicons.firstNames.has(k) && startsLowerCase(t.text) && !k.includes('-') && !NEVER_NAMES.has(k) && !isFrenchWord(t.text, lexicons);
}

/** A lower-case word that is no French word, after a first name or a title: a surname written in lower case. */
const lowerCaseSurname = (t: Token | undefined, lexicons: Lexicons): t is Token =>
  t !== undefined && /^\p{Ll}{3,}$/u.test(t.text) && !isFrenchWord(t.text, lexicons) && !lexicons.words.has(t.text.toLowerCase());

export function findSurnamesInContext(text: string, lexicons: Lexicons): Finding[] {
  const tokens = tokenize(text);
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const k = key(token.text);
    // "la juge Delvaux", "l'assistante sociale Dethier": the surname, unless a first name and a surname follow.
    if (FUNCTIONS.has(k) && startsLowerCase(token.text)) {
      let j = i + 1;
      if (tokens[j] && AFTER_FUNCTION.has(key(tokens[j]?.text ?? '')) && startsLowerCase(tokens[j]?.text ?? '') && !['de', 'du', 'rue', 'en'].includes(key(tokens[j]?.text ?? ''))) j++;
      const candidate = tokens[j];
      const after = tokens[j + 1];
      if (surnameLike(candidate, lexicons) && adjacent(text, tokens[j - 1] as Token, candidate)) {
        const firstThenLast = after && adjacent(text, candidate, after) && isCapitalised(after.text) && isListedFirstName(candidate.text, lexicons);
        if (!firstThenLast) findings.push(span('lastName', candidate));
      }
    }
    // "chez les Kabongo".
    if (k === 'chez' && key(tokens[i + 1]?.text ?? '') === 'les' && surnameLike(tokens[i + 2], lexicons)) findings.push(span('lastName', tokens[i + 2] as Token));
    // "yasmine", "kevin dupont".
    if (lowerCaseFirstName(token, k, lexicons)) {
      findings.push(span('firstName', token));
      const next = tokens[i + 1];
      if (next && adjacent(text, token, next) && lowerCaseSurname(next, lexicons)) findings.push(span('lastName', next));
    }
    // "madame lambotte".
    if (TITLES.has(k) && /^\p{Ll}{4,}/u.test(token.text) && k !== 'famille') {
      const next = tokens[i + 1];
      if (next && adjacent(text, token, next) && lowerCaseSurname(next, lexicons)) findings.push(span('lastName', next));
    }
  }
  return findings;
}

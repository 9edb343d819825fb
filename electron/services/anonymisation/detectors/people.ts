// Names of people: the roster's members (given), likely first names (from the name lists, checked
// against the French lexicon and the context), likely last names (after a title or next to a first name).
import type { Finding } from '../../../../contract/types/anonymisation.js';
import type { Lexicons } from '../lexicon.js';
import { SUGGESTIONS } from '../suggestions.js';
import { fold, isAllCaps, isCapitalised, phrasePattern, startsSentence, tokenize, type Token } from '../text.js';

export interface RosterName {
  firstName: string;
  lastName: string;
}

/** "First Last", "Last First" and "Last" alone, whatever the case and accents. */
export function findRosterNames(text: string, roster: ReadonlyArray<RosterName>, lexicons: Lexicons): Finding[] {
  const folded = fold(text);
  const findings: Finding[] = [];
  for (const { firstName, lastName } of roster) {
    const phrases = [`${firstName} ${lastName}`, `${lastName} ${firstName}`, lastName];
    for (const phrase of phrases) {
      const pattern = phrasePattern(phrase);
      if (!pattern || fold(phrase).replace(/[^\p{L}]/gu, '').length < 2) continue;
      for (const m of folded.matchAll(new RegExp(pattern, 'gu'))) {
        const found = text.slice(m.index, m.index + m[0].length);
        // A member called Petit or Renard: "un petit garçon" is not the member, "Petit" or "PETIT" is.
        if (phrase === lastName && lexicons.words.has(lastName.normalize('NFC').toLowerCase()) && !/^\p{Lu}/u.test(found)) continue;
        findings.push({ kind: 'rosterName', start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), suggestion: SUGGESTIONS.rosterName });
      }
    }
  }
  return findings;
}

// Words that, right before a capitalised word, make it part of an institution's or a place's name.
export const INSTITUTION_WORDS = new Set(['saint', 'sainte', 'st', 'ste', 'hopital', 'institut', 'clinique', 'cliniques', 'centre', 'ecole', 'athenee', 'lycee', 'college', 'fondation', 'hospitalier', 'maison', 'home', 'asbl', 'service', 'residence', 'stade', 'parc', 'spf', 'universite', 'universitaire', 'universitaires', 'prix', 'pont', 'gare', 'eglise', 'rue', 'avenue', 'place', 'boulevard', 'chaussee', 'square', 'quai', 'dreve', 'chemin', 'allee', 'van', 'von', 'de']);
const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'sa', 'son', 'ses', 'mon', 'ma', 'mes', 'ton', 'ta', 'leur', 'leurs', 'notre', 'votre', 'quelle', 'quel', 'tout', 'toute']);
// Before a first name that is also a French word ("la petite Rose", "prénommé Pierre", "son frère Louis").
const NAME_CUES = new Set(['jeune', 'petit', 'petite', 'prenomme', 'prenommee', 'appele', 'appelee', 'appelle', 'nomme', 'nommee', 'denomme', 'denommee', 'enfant', 'frere', 'soeur', 'fils', 'fille', 'cousin', 'cousine', 'ami', 'amie', 'copain', 'copine', 'bebe', 'ado', 'adolescent', 'adolescente', 'garcon', 'mere', 'pere', 'maman', 'papa', 'demi-frere', 'demi-soeur', 'mr', 'm', 'mme', 'madame', 'monsieur', 'mlle', 'mademoiselle', 'chez', 'avec', 'pour', 'par']);
// After a first name at the start of a sentence: the name is the subject ("Rose a 14 ans").
const SUBJECT_VERBS = new Set(['a', 'est', 'vit', 'habite', 'presente', 'dit', 'refuse', 'frequente', 'souhaite', 'ne', 'n', 'va', 'etait', 'avait', 'se', 's', 'aime', 'demande', 'veut', 'voudrait', 'reste', 'passe', 'doit', 'peut', 'explique', 'raconte', 'confie', 'et', 'pleure', 'mange', 'dessine', 'fugue', 'dort', 'joue', 'parle', 'pense', 'travaille', 'traduit', 'appelle', 'vient', 'part', 'arrive', 'sort', 'rentre', 'lui', 'elle', 'il', 'ne', 'n', 'sait', 'connait', 'suit', 'semble', 'montre', 'ecrit', 'lit', 'veut', 'prend', 'fait', 'met', 'change']);
// Capitalised first names that are also places in Belgium or common capitalised words: need context like a French word.
const AMBIGUOUS_EXTRA = new Set(['dave', 'forest', 'herve', 'halle', 'hal', 'paris', 'florence', 'france', 'justice', 'maison', 'noel', 'avril', 'jette', 'evere', 'ath', 'spa', 'hamme', 'mons']);
const PLACE_NAMES = new Set(['dave', 'forest', 'herve', 'halle', 'hal', 'paris', 'florence', 'france', 'jette', 'evere', 'ath', 'spa', 'hamme', 'mons']);
// Never a name on its own, whatever the lists say.
export const NEVER_NAMES = new Set(['el', 'al', 'les', 'elle', 'ton', 'rien', 'sus', 'bas', 'cas', 'don', 'han', 'sol', 'mat', 'femme', 'lard', 'mare', 'job', 'boy', 'le', 'la', 'de', 'des', 'cher', 'dot', 'page', 'art', 'rue', 'van', 'ben', 'jan', 'mai', 'lei', 'lien', 'ira', 'aide', 'avril', 'ace', 'ange', 'star', 'sage', 'river', 'cash', 'chance', 'prince', 'ciel', 'lux', 'primo', 'junior', 'senne', 'lotus', 'oasis', 'jazz', 'rock', 'fox', 'colt', 'pelle', 'ries', 'rein', 'cor', 'ive']);
export const TITLES = new Set(['m', 'm.', 'mr', 'mr.', 'mme', 'mme.', 'mlle', 'mlle.', 'madame', 'monsieur', 'mademoiselle', 'dr', 'dr.', 'docteur', 'docteure', 'me', 'me.', 'maitre', 'famille', 'veuve', 'epouse', 'epoux', 'pr', 'professeur', 'professeure']);
const JOB_WORDS = new Set(['juge', 'directrice', 'directeur', 'presidente', 'president', 'ministre', 'substitut', 'procureur', 'procureure', 'conseillere', 'conseiller', 'deleguee', 'delegue', 'coordinatrice', 'coordinateur', 'psychologue', 'assistante', 'assistant', 'educatrice', 'educateur', 'infirmiere', 'infirmier', 'pediatre', 'pedopsychiatre', 'psychiatre', 'medecin', 'referente', 'referent', 'et', 'la', 'le', 'les', 'l', 'ou']);
const PARTICLES = new Set(['van', 'von', 'de', 'den', 'der', 'del', 'della', 'di', 'da', 'du', 'des', 'le', 'la', 'el', 'al', 'ben', 'ibn', 'ter', 'ten', 'vander', 'vanden', 'mac', 'dos', 'das', 'op']);
// All-caps words that are acronyms of the field, not surnames in capitals.
export const ACRONYM_LIKE = /^(?:SAJ|SPJ|AMO|CPMS|PMS|SSM|AVIQ|ONE|CPAS|IPPJ|SRJ|SRG|SAI|PSE|SAS|TDAH|TSA|COE|MADO|AGAJ|ROI|PV|SPEP|CRA|CRF|BAP|CHU|CHR|SAIE|ASBL|NN|NISS|TED|TOC|RGPD|SPF|FEDASIL|MENA|PHARE|COCOM|COCOF|HUDERF|ULB|UCL|UCLOUVAIN|BCE|TVA|RIS|ONSS|SAIE|SAAE|SASPE|SRJ|PPP|PEP|PIA|TMS|ADOS|WISC|TAT|BALE|DYS|TSA|TOP|SOS|HP|CAS|CHS|CRA|CRAL|SDF|PTSD|ESPT)$/u;

interface NameContext {
  lexicons: Lexicons;
  tokens: Token[];
  text: string;
}

/** The word folded (lower case, no accents, no combining marks, no final dot), for list look-ups. */
const keys = new Map<string, string>();
export function key(word: string): string {
  let k = keys.get(word);
  if (k === undefined) {
    k = fold(word.normalize('NFC')).replace(/\p{M}/gu, '').replace(/\.$/, '');
    if (keys.size > 50_000) keys.clear();
    keys.set(word, k);
  }
  return k;
}

/** "Madame", "M.", "dr", "Famille"…: a title, whatever its case (memoised: asked of every word of a text). */
const titles = new Map<string, boolean>();
function isTitle(word: string): boolean {
  let title = titles.get(word);
  if (title === undefined) {
    title = TITLES.has(key(word).toLowerCase()) || TITLES.has(word.toLowerCase());
    if (titles.size > 50_000) titles.clear();
    titles.set(word, title);
  }
  return title;
}

// Memoised for the lists they were computed with (the lists are loaded once; a test may pass others).
let listedFor: ReadonlySet<string> | undefined;
const listed = new Map<string, boolean>();
export function isListedFirstName(word: string, lexicons: Lexicons): boolean {
  if (listedFor !== lexicons.firstNames) {
    listed.clear();
    listedFor = lexicons.firstNames;
  }
  let answer = listed.get(word);
  if (answer === undefined) {
    answer = key(word)
      .split('-')
      .every((part) => part.length >= 2 && lexicons.firstNames.has(part) && !NEVER_NAMES.has(part));
    if (listed.size > 50_000) listed.clear();
    listed.set(word, answer);
  }
  return answer;
}

export function isFrenchWord(word: string, lexicons: Lexicons): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  return lexicons.words.has(lower) || AMBIGUOUS_EXTRA.has(key(word));
}

/** Only spaces (or nothing) between two tokens: "Léa Dupont" but not "Léa, Dupont". */
export const adjacent = (text: string, a: Token, b: Token): boolean => /^\s+$/u.test(text.slice(a.end, b.start));

/** A capitalised word that is not a French word (or an all-caps word that is not an acronym): looks like a surname. */
function looksLikeSurname(token: Token, ctx: NameContext): boolean {
  if (isAllCaps(token.text)) return token.text.length >= 3 && !ACRONYM_LIKE.test(token.text);
  return isCapitalised(token.text) && !isFrenchWord(token.text, ctx.lexicons) && !INSTITUTION_WORDS.has(key(token.text));
}

/** The surname starting at token i (particles included: "Van den Bossche", "El Amrani"); index past it, or i if none. */
function surnameEnd(i: number, ctx: NameContext, lenient: boolean): number {
  const { tokens, text } = ctx;
  let j = i;
  while (j < tokens.length) {
    const token = tokens[j];
    if (!token) break;
    if (j > i && !adjacent(text, tokens[j - 1] as Token, token)) break;
    const next = tokens[j + 1];
    if (PARTICLES.has(key(token.text)) && next && adjacent(text, token, next) && (isCapitalised(next.text) || isAllCaps(next.text) || PARTICLES.has(key(next.text)))) {
      j++;
      continue;
    }
    const ok = lenient ? (isCapitalised(token.text) || isAllCaps(token.text)) && !ACRONYM_LIKE.test(token.text) : looksLikeSurname(token, ctx);
    if (!ok) break;
    j++;
    // One surname word (after its particles) is enough; a second capitalised word joins only in capitals ("DUPONT MARTIN").
    if (!(tokens[j] && isAllCaps(tokens[j]?.text ?? '') && isAllCaps(token.text))) break;
  }
  // Particles alone are not a surname.
  while (j > i && PARTICLES.has(key(tokens[j - 1]?.text ?? ''))) j--;
  return j;
}

function span(kind: 'firstName' | 'lastName', tokens: Token[], from: number, to: number, text: string): Finding {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  return { kind, start, end, text: text.slice(start, end), suggestion: SUGGESTIONS[kind] };
}

export function findPersonNames(text: string, lexicons: Lexicons): Finding[] {
  const tokens = tokenize(text);
  const ctx: NameContext = { lexicons, tokens, text };
  const findings: Finding[] = [];
  const firstNameAt = new Set<number>();

  const prevKey = (i: number): string => (i > 0 ? key(tokens[i - 1]?.text ?? '') : '');
  const prevPrevCapitalised = (i: number): boolean => i > 1 && isCapitalised(tokens[i - 2]?.text ?? '') && !startsSentence(text, (tokens[i - 2] as Token).start);

  // First names.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!isCapitalised(token.text) || !isListedFirstName(token.text, lexicons)) continue;
    const before = prevKey(i);
    if (INSTITUTION_WORDS.has(before) && before !== 'de') continue;
    const gap = i > 0 ? text.slice((tokens[i - 1] as Token).end, token.start) : ' ';
    if (gap === '-') continue;
    // "Fond'Roy": glued to a capitalised word by an apostrophe (unlike "d'Emma", "l'Ethan").
    if (/^['’]$/u.test(gap) && (tokens[i - 1]?.text.length ?? 0) > 2) continue;
    if (DETERMINERS.has(before) && !NAME_CUES.has(before) && adjacent(text, tokens[i - 1] as Token, token)) continue;
    // "Maison de Justice", "Service d'Aide": a capitalised run before "de" makes it an institution's name.
    if ((before === 'de' || before === 'd' || before === 'du' || before === 'des') && prevPrevCapitalised(i)) continue;
    const ambiguous = isFrenchWord(token.text, lexicons);
    if (ambiguous) {
      const next = tokens[i + 1];
      const sentenceStart = startsSentence(text, token.start);
      // The cue word in lower case: "la petite Rose", not "La Petite Maison" (a service's name).
      const cueToken = tokens[i - 1]?.text ?? '';
      const cue = (NAME_CUES.has(before) && !isCapitalised(cueToken)) || TITLES.has(before);
      // A first name that is also a Belgian place, after a preposition: the place ("l'hôpital de Dave").
      if (PLACE_NAMES.has(key(token.text)) && ['de', 'd', 'a', 'en', 'vers', 'pres'].includes(before)) continue;
      const followedBySurname = next !== undefined && adjacent(text, token, next) && looksLikeSurname(next, ctx);
      const afterName = before === 'et' && i > 1 && firstNameAt.has(i - 2);
      const beforeName = next !== undefined && key(next.text) === 'et' && tokens[i + 2] !== undefined && isCapitalised(tokens[i + 2]?.text ?? '') && isListedFirstName(tokens[i + 2]?.text ?? '', lexicons) && !isFrenchWord(tokens[i + 2]?.text ?? '', lexicons);
      const nextKey = next ? key(next.text) : '';
      const verbAfter = next !== undefined && SUBJECT_VERBS.has(nextKey) && !/^[àÀ]$/u.test(next.text) && (nextKey !== 'et' || isCapitalised(tokens[i + 2]?.text ?? ''));
      const subject = sentenceStart && verbAfter && adjacent(text, token, next as Token);
      const midSentence = !sentenceStart && !DETERMINERS.has(before) && !(i > 0 && isCapitalised(tokens[i - 1]?.text ?? '') && !startsSentence(text, (tokens[i - 1] as Token).start));
      if (!(cue || followedBySurname || afterName || beforeName || subject || midSentence)) continue;
    }
    firstNameAt.add(i);
    findings.push(span('firstName', tokens, i, i + 1, text));
  }

  // Last names after a first name ("Léa Vandenberghe", "Olivier Maes").
  for (const i of firstNameAt) {
    const next = tokens[i + 1];
    if (!next || !adjacent(text, tokens[i] as Token, next)) continue;
    const end = surnameEnd(i + 1, ctx, false);
    if (end > i + 1) findings.push(span('lastName', tokens, i + 1, end, text));
  }

  // Surnames in capitals before a first name, as on administrative documents ("DUPONT Léa").
  for (const i of firstNameAt) {
    const prev = tokens[i - 1];
    if (!prev || !adjacent(text, prev, tokens[i] as Token) || !isAllCaps(prev.text) || prev.text.length < 3 || ACRONYM_LIKE.test(prev.text)) continue;
    findings.push(span('lastName', tokens, i - 1, i, text));
  }

  // Last names after a title ("Madame Lambotte", "M. et Mme Dujardin", "Dr Hermans", "la famille Mertens").
  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(tokens[i]?.text ?? '')) continue;
    const title = tokens[i] as Token;
    if (key(title.text) === 'me' && title.text !== 'Me' && title.text !== 'Me.') continue; // the pronoun "me"
    if (key(title.text) === 'm' && !title.text.startsWith('M')) continue;
    let j = i + 1;
    // "M. et Mme X": skip "et" + another title.
    while (tokens[j] && key(tokens[j]?.text ?? '') === 'et' && tokens[j + 1] && TITLES.has(key(tokens[j + 1]?.text ?? ''))) j += 2;
    const first = tokens[j];
    if (!first || !adjacent(text, tokens[j - 1] as Token, first) || JOB_WORDS.has(key(first.text))) continue;
    if (!(isCapitalised(first.text) || isAllCaps(first.text) || PARTICLES.has(key(first.text)))) continue;
    // "Madame Sandrine Maes": the first name, then the surname.
    const second = tokens[j + 1];
    if (isCapitalised(first.text) && isListedFirstName(first.text, lexicons) && second && adjacent(text, first, second) && (isCapitalised(second.text) || isAllCaps(second.text) || PARTICLES.has(key(second.text)))) {
      const end = surnameEnd(j + 1, ctx, true);
      if (end > j + 1) {
        if (!firstNameAt.has(j)) findings.push(span('firstName', tokens, j, j + 1, text));
        findings.push(span('lastName', tokens, j + 1, end, text));
        continue;
      }
    }
    const end = surnameEnd(j, ctx, true);
    if (end > j) findings.push(span('lastName', tokens, j, end, text));
  }
  return findings;
}

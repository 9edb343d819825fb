// Full dates (day, month and year), which may be birth dates. Decisions (see the corpus README):
// - a date without a year ("le 12 mars") or a month and year ("en mars 2024") is not flagged: too coarse to identify,
//   except a month and year of birth ("né en mars 2011", "venue au monde en avril 2012", suggestion: the age);
// - a full date introduced as the date of a meeting or of a legal text ("la séance du 12 novembre 2025",
//   "le décret du 18 janvier 2018") is not flagged; any other date in the same sentence still is;
// - a birth date is replaced with its cue by the age ("né le 12/03/2013" → "âgé de 13 ans"), any other by "[date]".
import type { Finding } from '../../../../contract/types/anonymisation.js';
import { agePhrase, SUGGESTIONS } from '../suggestions.js';
import { fold } from '../text.js';

// Folded month names and their abbreviations ("sept.", "fév.", "janv.").
const MONTH_WORDS = '(janvier|janv\\.?|fevrier|fevr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|aout|septembre|sept?\\.?|octobre|oct\\.?|novembre|nov\\.?|decembre|dec\\.?)';
const MONTH_PREFIXES = ['jan', 'fev', 'mar', 'avr', 'mai', 'juin', 'juil', 'aou', 'sep', 'oct', 'nov', 'dec'];

// Matched on the folded text (lower case, no accents), offsets are the same.
const NUMERIC = /(?<![\p{L}\p{N}./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\d)/gu;
const ISO = /(?<![\p{L}\p{N}./-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|[./-]\d)/gu;
const WRITTEN = new RegExp(`(?<![\\p{L}\\p{N}])(1er|\\d{1,2})\\s+${MONTH_WORDS}(?<!\\.)\\.?\\s*(\\d{4})(?!\\p{N})`, 'gu');
// A month and year after a birth cue: "né en mars 2011", "née fin août 2010", "venue au monde en avril 2012", "naissance : mars 2011".
const BIRTH_MONTH = new RegExp(
  `((?<!\\p{L})(?:nee?s?|(?:date de )?naissance|venue? au monde)\\s*:?\\s*(?:(?:en|au mois de|le mois de|fin|debut|mi-|courant)\\s*)*)${MONTH_WORDS}\\s+(\\d{4})(?!\\p{N})`,
  'gu',
);
// Right before a date: a birth ("né le", "née en", "date de naissance :", "DDN").
const BIRTH_LEAD = /(?:(?<!\p{L})(nee?s?|venue? au monde)\s+(?:le\s+|en\s+|au\s+)?|(?:date\s+de\s+naissance|ddn)\s*:?\s*(?:le\s+)?)$/u;
const BIRTH_NEAR = /(?:(?<!\p{L})nee?s?(?!\p{L})|naissance|(?<!\p{L})ddn(?!\p{L}))[^.;!?]{0,25}$/u;
// The date introduced by a meeting or a legal text: "la réunion du", "la loi du", "Convention … du", "PV du",
// with the weekday the minutes' generated text writes ("Séance du mardi 19 janvier 2027").
const MEETING_OR_LAW = /(?<!\p{L})(?:seances?|reunions?|concertations?|intervisions?|comites?|assemblees?|decrets?|lois?|arretes?|circulaires?|ordonnances?|codes?|conventions?|directives?|reglements?|pv|proces-verbal|rgpd)(?!\p{L})[^.;:!?\d]{0,90}?(?<!\p{L})(?:du|des|en date du)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?\s+$/u;

function validDay(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const monthOf = (word: string): number => MONTH_PREFIXES.findIndex((p) => word.replace(/\.$/, '').startsWith(p === 'mar' ? 'mars' : p)) + 1;

/** "âgé de 13 ans" (or "âgée", "âgé(e)") for a birth cue; null when the date cannot be an age. */
function ageReplacement(cue: string, date: { year: number; month: number; day: number }, today: Date): string | null {
  const age = agePhrase(date, today);
  if (!age) return null;
  const years = age.slice(1, -1);
  if (/^(?:date|ddn|naissance)/u.test(cue)) return `âge : ${years}`;
  const feminine = /^nee|venue/u.test(cue);
  return `${feminine ? 'âgée' : 'âgé'}${/s\s/u.test(cue.slice(0, 5)) ? 's' : ''} de ${years}`;
}

function finding(text: string, folded: string, start: number, end: number, date: { year: number; month: number; day: number }, today: Date): Finding {
  const lead = BIRTH_LEAD.exec(folded.slice(Math.max(0, start - 40), start));
  const age = lead ? ageReplacement(lead[0], date, today) : null;
  if (lead && age) {
    // The cue goes with the date, so that the replacement reads as French ("âgé de 13 ans", not "né le [13 ans]").
    const from = start - lead[0].length;
    return { kind: 'date', start: from, end, text: text.slice(from, end), suggestion: age };
  }
  const near = BIRTH_NEAR.test(folded.slice(Math.max(0, start - 60), start));
  return { kind: 'date', start, end, text: text.slice(start, end), suggestion: (near && agePhrase(date, today)) || SUGGESTIONS.date };
}

// "La réunion de réseau s'est tenue au CPAS le 21 octobre 2026": the meeting's own date, after its verb.
const MEETING_HELD = /(?<!\p{L})(?:seances?|reunions?|concertations?|intervisions?|comites?|assemblees?|audiences?)(?!\p{L})[^.;!?]{0,60}(?:tenue?s?|lieu|prevue?s?|fixee?s?|programmee?s?|tiendra|planifiee?s?|reportee?s?)(?!\p{L})[^.;!?\d]{0,50}(?<!\p{L})(?:le|au|du)\s+$/u;
const introducedByMeetingOrLaw = (folded: string, start: number): boolean => {
  const before = folded.slice(Math.max(0, start - 140), start);
  return MEETING_OR_LAW.test(before) || MEETING_HELD.test(before);
};

/** A two-digit year: this century up to this year, the last one otherwise. */
const fullYear = (yy: number, today: Date): number => yy + (yy <= today.getFullYear() % 100 ? 2000 : 1900);

export function findDates(text: string, today: Date): Finding[] {
  const folded = fold(text);
  const findings: Finding[] = [];
  const push = (start: number, end: number, date: { year: number; month: number; day: number }) => {
    if (!validDay(date.day, date.month, date.year) || introducedByMeetingOrLaw(folded, start)) return;
    findings.push(finding(text, folded, start, end, date, today));
  };
  for (const m of folded.matchAll(NUMERIC)) {
    let year = Number(m[4]);
    if (m[4]?.length === 2) {
      // "12.03.11" is often part of something else: a two-digit year with dots or dashes needs a birth cue or "le".
      if (m[2] !== '/' && !BIRTH_NEAR.test(folded.slice(Math.max(0, m.index - 40), m.index)) && !/(?<!\p{L})(?:le|du|au)\s+$/u.test(folded.slice(0, m.index))) continue;
      year = fullYear(year, today);
    }
    push(m.index, m.index + m[0].length, { year, month: Number(m[3]), day: Number(m[1]) });
  }
  for (const m of folded.matchAll(ISO)) push(m.index, m.index + m[0].length, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  for (const m of folded.matchAll(WRITTEN)) {
    push(m.index, m.index + m[0].length, { year: Number(m[3]), month: monthOf(m[2] ?? ''), day: m[1] === '1er' ? 1 : Number(m[1]) });
  }
  for (const m of folded.matchAll(BIRTH_MONTH)) {
    const month = monthOf(m[2] ?? '');
    const cue = m[1] ?? '';
    const end = m.index + m[0].length;
    const age = month > 0 ? ageReplacement(cue, { year: Number(m[3]), month, day: 1 }, today) : null;
    // With its cue, replaced by the age ("née fin août 2010" → "âgée de 16 ans"); the month alone otherwise.
    const start = age ? m.index : m.index + cue.length;
    findings.push({ kind: 'date', start, end, text: text.slice(start, end), suggestion: age ?? SUGGESTIONS.date });
  }
  return findings;
}

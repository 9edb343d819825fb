// Full dates (day, month and year), which may be birth dates. Decisions (see the corpus README):
// - a date without a year ("le 12 mars") or a month and year ("en mars 2024") is not flagged: too coarse to identify,
//   except a month and year of birth ("né en mars 2011", suggestion: the age);
// - a full date introduced as the date of a meeting or of a legal text ("la séance du 12 novembre 2025",
//   "le décret du 18 janvier 2018") is not flagged, unless the sentence speaks of a birth;
// - after "né(e) le", "date de naissance"…, the suggestion is the age today ("[14 ans]"), otherwise "[date]".
import type { Finding } from '../../../../contract/types/anonymisation.js';
import { agePhrase, SUGGESTIONS } from '../suggestions.js';
import { fold, sentenceBefore } from '../text.js';

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

const NUMERIC = /(?<![\p{L}\p{N}./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\d)/gu;
const WRITTEN = /(?<![\p{L}\p{N}])(1er|\d{1,2})\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(\d{4})(?!\p{N})/giu;

const BIRTH_MONTH = /((?<!\p{L})(?:n[ée]e?s?|naissance)\s+(?:en|au\s+mois\s+de|le\s+mois\s+de)\s+)(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(\d{4})(?!\p{N})/giu;
const BIRTH_CUE = /(?:(?<!\p{L})n[ée]e?s?(?!\p{L})|naissance|né\(e\)|(?<!\p{L})DDN(?!\p{L}))[^.;!?]{0,25}$/iu;
const MEETING_CUE = /\b(?:s[ée]ances?|r[ée]unions?|concertations?|intervisions?|comit[ée]s?|assembl[ée]es?|d[ée]crets?|lois?|arr[êe]t[ée]s?|circulaires?|ordonnances?|codes?|PV|proc[èe]s-verbal)\b/iu;

function validDay(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function finding(text: string, start: number, end: number, date: { year: number; month: number; day: number }, today: Date): Finding {
  const before = text.slice(Math.max(0, start - 60), start);
  const birth = BIRTH_CUE.test(before);
  const suggestion = (birth && agePhrase(date, today)) || SUGGESTIONS.date;
  return { kind: 'date', start, end, text: text.slice(start, end), suggestion };
}

function isMeetingOrLaw(text: string, start: number): boolean {
  const sentence = sentenceBefore(text, start);
  return MEETING_CUE.test(sentence) && !BIRTH_CUE.test(text.slice(Math.max(0, start - 60), start)) && !/(?<!\p{L})n[ée]e?s?(?!\p{L})|naissance/iu.test(sentence);
}

export function findDates(text: string, today: Date): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    let year = Number(m[4]);
    if (m[4]?.length === 2) {
      if (m[2] !== '/') continue; // "12.03.11" is more often part of something else
      year += year <= today.getFullYear() % 100 ? 2000 : 1900;
    }
    if (!validDay(day, month, year) || isMeetingOrLaw(text, m.index)) continue;
    findings.push(finding(text, m.index, m.index + m[0].length, { year, month, day }, today));
  }
  for (const m of text.matchAll(WRITTEN)) {
    const day = m[1]?.toLowerCase() === '1er' ? 1 : Number(m[1]);
    const month = MONTHS.indexOf(fold(m[2] ?? '').replace('û', 'u')) + 1;
    const year = Number(m[3]);
    if (!validDay(day, month, year) || isMeetingOrLaw(text, m.index)) continue;
    findings.push(finding(text, m.index, m.index + m[0].length, { year, month, day }, today));
  }
  // A month and year right after a birth cue ("né en mars 2011") is as telling as a full date.
  for (const m of text.matchAll(BIRTH_MONTH)) {
    const month = MONTHS.indexOf(fold(m[2] ?? '').replace('û', 'u')) + 1;
    const year = Number(m[3]);
    const start = m.index + (m[1]?.length ?? 0);
    const end = m.index + m[0].length;
    const age = month > 0 ? agePhrase({ year, month, day: 1 }, today) : null;
    findings.push({ kind: 'date', start, end, text: text.slice(start, end), suggestion: age ?? SUGGESTIONS.date });
  }
  return findings;
}

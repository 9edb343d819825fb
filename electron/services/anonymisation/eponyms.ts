// Words that look like names and never identify anyone in a clinical text (issue 18): feasts, eponyms of
// syndromes, tests and methods, and places named after a person ("centre Françoise Dolto"). A first name or a
// surname inside one of these stretches is not a finding.
import { fold } from './text.js';

const FEASTS = ['noel', 'toussaint', 'paques', 'pentecote', 'ascension', 'careme', 'carnaval', 'saint-nicolas', 'saint-valentin', 'saint-sylvestre', 'nouvel an', 'ramadan', 'aid', 'aid el-kebir', 'aid el-fitr', 'hanoucca', 'halloween', 'epiphanie', 'assomption'];
// Folded, as written after "syndrome de", "test de"…: the eponym alone is enough.
const EPONYMS = [
  'gilles de la tourette', 'asperger', 'down', 'williams', 'rett', 'angelman', 'prader-willi', 'klinefelter', 'turner', 'crohn', 'lyme', 'munchhausen',
  'raven', 'rorschach', 'wechsler', 'conners', 'bayley', 'vineland', 'binet', 'bowlby', 'winnicott', 'piaget', 'montessori', 'freinet', 'decroly',
  'feuerstein', 'dolto', 'kanner', 'alzheimer', 'parkinson', 'stockholm', 'oedipe', 'achenbach', 'brazelton', 'denver', 'snoezelen',
];
const EPONYM_CUE = '(?:syndrome|maladie|test|tests|echelle|echelles|matrices?|methode|pedagogie|theorie|approche|batterie|questionnaire|complexe|figure|loi|principe)\\s+(?:de\\s+|d[\'’]|du\\s+)?';
const NAMED_PLACE = /(?<!\p{L})(?:centre|hopital|clinique|maison|institut|fondation|foyer|home|ecole|residence|service|ssm|crf|cra)\s+(?:hospitalier\s+)?(\p{L}[\p{L}-]*\s+\p{L}[\p{L}-]*)/gu;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FEAST_PATTERN = new RegExp(`(?<![\\p{L}])(?:${FEASTS.map(escape).join('|')})(?![\\p{L}])`, 'gu');
const EPONYM_PATTERN = new RegExp(`(?<![\\p{L}])(?:${EPONYM_CUE})?(?:${EPONYMS.map(escape).join('|')})(?![\\p{L}])`, 'gu');

/** The stretches of text (offsets) that are feasts, eponyms or places named after a person. */
export function neverIdentifying(text: string): Array<{ start: number; end: number }> {
  const folded = fold(text);
  const spans: Array<{ start: number; end: number }> = [];
  for (const pattern of [FEAST_PATTERN, EPONYM_PATTERN]) {
    for (const m of folded.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(NAMED_PLACE)) {
    // Only a capitalised person's name: "centre Françoise Dolto", "centre hospitalier Jean Titeca".
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    if (/^\p{Lu}\S*\s+\p{Lu}/u.test(text.slice(start, start + name.length))) spans.push({ start, end: start + name.length });
  }
  return spans;
}

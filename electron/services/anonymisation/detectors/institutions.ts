// Schools and other places that identify a young person when named with their town ("Athénée royal de
// Waterloo", "école communale de Lasne", "Collège Saint-Pierre d'Uccle", "IPPJ de Braine-le-Château"): the town
// is part of the finding, and so is the article before it, so that the suggestion reads as French
// ("à l'Athénée royal de Waterloo" → "à une école secondaire"). A service named after its town ("le SSM de
// Namur", "le SAJ de Nivelles") is not one: there are few, and they serve a whole district.
import type { Finding } from '../../../../contract/types/anonymisation.js';

// Type of place → what to write instead.
const TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:ath[ée]n[ée]e|coll[èe]ge|lyc[ée]e|institut|[ée]cole secondaire|[ée]cole moyenne)/iu, 'une école secondaire'],
  [/^(?:[ée]cole|[ée]cole fondamentale|[ée]cole primaire|[ée]cole communale|[ée]cole maternelle)/iu, 'une école fondamentale'],
  [/^ippj/iu, 'une IPPJ'],
  [/^internat/iu, 'un internat'],
  [/^cr[èe]che/iu, 'une crèche'],
];
const KIND = '(?:[AaÀ]th[ée]n[ée]e|[Cc]oll[èe]ge|[Ll]yc[ée]e|[Ii]nstitut|[ÉéEe]cole|IPPJ|[Ii]nternat|[Cc]r[èe]che)';
// What may follow the type: adjectives ("royal", "communale", "fondamentale libre"), a patron ("Saint-Joseph",
// "Notre-Dame", "Sainte-Marie"), before "de"/"d'" and the town.
const QUALIFIER = "(?:\\s+(?:royal|royale|provincial|provinciale|communal|communale|fondamental|fondamentale|primaire|secondaire|maternelle|libre|autonome|polytechnique|technique|professionnel|professionnelle|moyen|moyenne|Saint-[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)*|Sainte-[\\p{Lu}][\\p{Ll}]+|Notre-Dame|Sacré-C[œo]eur|[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)*))";
const TOWN = "\\p{Lu}[\\p{Ll}\\p{Lu}]+(?:-(?:\\p{Lu}[\\p{Ll}]+|le|la|les|lez|sur|sous|en|l['’]\\p{Lu}[\\p{Ll}]+|Saint|Sainte))*";
const INSTITUTION = new RegExp(
  `(?<![\\p{L}])(?:(l['’]|le\\s|la\\s|au\\s|du\\s))?(${KIND}${QUALIFIER}{0,3})\\s+(?:de\\s+|d['’]|à\\s+)(${TOWN})`,
  'gu',
);
// Words that start a name without being a town ("l'école de devoirs", "l'IPPJ de type…").
const NOT_A_TOWN = new Set(['Devoirs', 'Type', 'Promotion', 'Police', 'Jour', 'Nuit', 'Vie', 'Plein', 'Musique', 'Danse', 'Cirque', 'Foot', 'Football', 'Santé', 'Jeunes', 'Parents', 'Enseignement']);

const ARTICLE_REPLACEMENT: Readonly<Record<string, (s: string) => string>> = {
  au: (s) => `à ${s}`,
  du: (s) => `d'${s}`,
};

export function findInstitutions(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(INSTITUTION)) {
    const town = m[3] ?? '';
    if (NOT_A_TOWN.has(town)) continue;
    const name = m[2] ?? '';
    // Lower-case "école", "institut": a generic phrase unless qualified ("école communale de Lasne").
    if (/^\p{Ll}/u.test(name) && !/\s/u.test(name)) continue;
    const base = TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? 'un établissement';
    const article = (m[1] ?? '').trim().toLowerCase();
    const suggestion = ARTICLE_REPLACEMENT[article]?.(base) ?? base;
    findings.push({ kind: 'institution', start: m.index, end: m.index + m[0].length, text: m[0], suggestion });
  }
  return findings;
}

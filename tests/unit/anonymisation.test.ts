// Per-detector tests of the anonymisation check (condition 5). The corpus goal is in anonymisationCorpus.test.ts.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../contract/types/anonymisation.js';
import { findIdentifiers, replaceFinding, unresolvedFindings } from '../../electron/services/anonymisation/check.js';
import { isIban, isNationalNumber, mod97 } from '../../electron/services/anonymisation/mod97.js';
import { agePhrase, SUGGESTIONS } from '../../electron/services/anonymisation/suggestions.js';
import { FINDING_KINDS } from '../../contract/schemas/anonymisation.js';
import fr from '../../resources/locales/fr/anonymisation.json' with { type: 'json' };
import en from '../../resources/locales/en/anonymisation.json' with { type: 'json' };
import { fold } from '../../electron/services/anonymisation/text.js';

const today = new Date(2026, 10, 23);
const check = (text: string, context: { roster?: Array<{ firstName: string; lastName: string }>; privateWords?: string[] } = {}): Finding[] =>
  findIdentifiers(text, { rosterNames: context.roster ?? [], privateWords: context.privateWords ?? [], today });
const kinds = (text: string, context?: Parameters<typeof check>[1]): string[] => check(text, context).map((f) => `${f.kind}:${f.text}`);

describe('mod 97 keys', () => {
  it('computes a remainder of long numbers', () => {
    expect(mod97('97')).toBe(0);
    expect(mod97('123456789012345678901234567890')).toBe(Number(123456789012345678901234567890n % 97n));
  });

  it('accepts national register numbers with a good key, born before and after 2000', () => {
    expect(isNationalNumber('99042115759')).toBe(true); // 1999: 97 − (990421157 mod 97)
    expect(isNationalNumber('11031213775')).toBe(true); // 2011: 97 − (2110312137 mod 97)
    expect(isNationalNumber('85073003328')).toBe(true);
  });

  it('refuses national register numbers with a bad key or an impossible date', () => {
    expect(isNationalNumber('99042115758')).toBe(false);
    expect(isNationalNumber('11031213776')).toBe(false);
    expect(isNationalNumber('11131213775')).toBe(false); // month 13
    expect(isNationalNumber('1103121377')).toBe(false); // ten digits
  });

  it('accepts IBANs with a good key (Belgian and others) and refuses bad ones', () => {
    expect(isIban('BE68539007547034')).toBe(true);
    expect(isIban('FR1420041010050500013M02606')).toBe(true);
    expect(isIban('NL91ABNA0417164300')).toBe(true);
    expect(isIban('DE89370400440532013000')).toBe(true);
    expect(isIban('BE68539007547035')).toBe(false); // one digit changed
    expect(isIban('BE86539007547034')).toBe(false); // key digits swapped
    expect(isIban('BE6853900754703')).toBe(false); // Belgian IBANs have 16 characters
  });
});

describe('numbers in the text', () => {
  it('finds national register numbers in every usual form, only with a valid key', () => {
    expect(kinds('NN 11.03.12-137.75, puis 11031213775 et 11 03 12 137 75.')).toEqual([
      'nationalNumber:11.03.12-137.75', 'nationalNumber:11031213775', 'nationalNumber:11 03 12 137 75',
    ]);
    // A wrong key is a typo, not another number: written in the national number's shape, it still identifies.
    expect(kinds('Dossier 11.03.12-137.76.').filter((k) => k.startsWith('nationalNumber'))).toEqual(['nationalNumber:11.03.12-137.76']);
    // Eleven digits without separators nor cue count only with a good key; an impossible month never does.
    expect(kinds('Référence 11031213776.').filter((k) => k.startsWith('nationalNumber'))).toEqual([]);
    expect(kinds('NN 11.33.12-137.76.').filter((k) => k.startsWith('nationalNumber'))).toEqual([]);
  });

  it('finds IBANs grouped or not, without the word that follows', () => {
    expect(kinds('Compte BE68 5390 0754 7034 SAJ, ou BE68539007547034.')).toEqual(['iban:BE68 5390 0754 7034', 'iban:BE68539007547034']);
    expect(kinds('Compte BE68 5390 0754 7035.')).toEqual([]);
  });

  it('finds Belgian and international phone numbers with spaces, dots, slashes and dashes', () => {
    const text = 'Tél. 0478 12 34 56, 02/345.67.89, 081 22 33 44, +32 2 512 34 56, 0032 476 98 76 54, +32479445566, +33 6 12 34 56 78, +33 (0)6 12 34 56 78, 0471-23-45-67, 04/123.45.67.';
    expect(check(text).map((f) => f.text)).toEqual([
      '0478 12 34 56', '02/345.67.89', '081 22 33 44', '+32 2 512 34 56', '0032 476 98 76 54', '+32479445566', '+33 6 12 34 56 78', '+33 (0)6 12 34 56 78', '0471-23-45-67', '04/123.45.67',
    ]);
    expect(check(text).every((f) => f.kind === 'phone' && f.suggestion === '[téléphone]')).toBe(true);
  });

  it('does not take times, amounts, ages, years, article numbers or a short number for a phone', () => {
    expect(check('Réunion à 14h30, 09h00. Budget 1 500 €, 0,5 ETP. Un enfant de 12 ans, en 2024. Article 458bis. Appeler le 103 ou le 107.')).toEqual([]);
  });

  it('finds e-mail addresses', () => {
    expect(kinds('Écrire à c.lambotte@gmail.com ou referent.ippj@cfwb.be.')).toEqual(['email:c.lambotte@gmail.com', 'email:referent.ippj@cfwb.be']);
  });
});

describe('dates', () => {
  it('finds full dates in numeric and written forms', () => {
    expect(check('Le 12/03/2011, le 12-03-2011, le 12.03.2011, le 12 mars 2011, le 1er mars 2011, le 3 Février 2025.').map((f) => f.text)).toEqual([
      '12/03/2011', '12-03-2011', '12.03.2011', '12 mars 2011', '1er mars 2011', '3 Février 2025',
    ]);
  });

  it('suggests an age for a birth date, [date] otherwise', () => {
    const [birth] = check('Lucie est née le 12/03/2011.').filter((f) => f.kind === 'date');
    // The cue goes with the date, so that the replacement reads as French.
    expect(`${birth?.text} → ${birth?.suggestion}`).toBe('née le 12/03/2011 → âgée de 15 ans');
    const [male] = check('Né le 12/03/2013, il vit chez sa tante.').filter((f) => f.kind === 'date');
    expect(`${male?.text} → ${male?.suggestion}`).toBe('Né le 12/03/2013 → âgé de 13 ans');
    const [form] = check('Date de naissance : 02-11-2012.').filter((f) => f.kind === 'date');
    expect(form?.suggestion).toBe('âge : 14 ans');
    const [other] = check('Hospitalisée le 9 septembre 2025.');
    expect(other?.suggestion).toBe('[date]');
    expect(agePhrase({ year: 2026, month: 3, day: 1 }, today)).toBe('[8 mois]');
    expect(agePhrase({ year: 2027, month: 1, day: 1 }, today)).toBeNull();
  });

  it('leaves out dates without a year, months, meeting and legal texts dates, and impossible dates', () => {
    expect(check('Réunion le 12 décembre. En mars 2024. La séance du 12 novembre 2025. Le décret du 18 janvier 2018. Le 31/02/2012.')).toEqual([]);
  });

  it('still flags a birth date in a sentence about a meeting', () => {
    expect(kinds('Lors de la réunion, on a appris que le jeune est né le 2 mai 2010.')).toEqual(['date:né le 2 mai 2010']);
    // A meeting or a law silences only the date it introduces, not the others in the sentence.
    expect(kinds('Le décret du 18 janvier 2018 s’applique ; la mesure a pris cours le 1er juillet 2025.')).toEqual(['date:1er juillet 2025']);
  });
});

describe('places', () => {
  it('finds street addresses with a number before or after, and boxes', () => {
    expect(kinds('Il vit au 12, rue des Tanneurs, puis avenue Louise 231, chaussée de Waterloo 1234/5, rue de la Station 45 bte 2, Drève des Chênes 8.')).toEqual([
      'address:12, rue des Tanneurs', 'address:avenue Louise 231', 'address:chaussée de Waterloo 1234/5', 'address:rue de la Station 45 bte 2', 'address:Drève des Chênes 8',
    ]);
  });

  it('finds a street without a number, but not a service named after a place', () => {
    expect(kinds('Il traîne rue Saint-Léonard.')).toEqual(['address:rue Saint-Léonard']);
    expect(check('Une place au CRF, une place en SRJ, la Place de la Famille (service).')).toEqual([]);
  });

  it('finds postal codes with their locality, not a year nor a locality alone', () => {
    expect(kinds('À 4000 Liège, B-1000 Bruxelles, 1420 Braine-l\'Alleud, 1080 Molenbeek-Saint-Jean.')).toEqual([
      'postalLocality:4000 Liège', 'postalLocality:B-1000 Bruxelles', "postalLocality:1420 Braine-l'Alleud", 'postalLocality:1080 Molenbeek-Saint-Jean',
    ]);
    expect(check('Le SSM de Namur. Depuis 2021 Le Domaine accueille. En mars 2023 Madame a appelé. 1000 Euros.')).toEqual([]);
  });
});

describe('names', () => {
  const roster = [{ firstName: 'Jérôme', lastName: 'Lefèvre' }, { firstName: 'Sophie', lastName: 'Van den Bossche' }];

  it('finds roster names in full, reversed, or the last name alone, whatever the accents and case', () => {
    expect(kinds('Jérôme Lefèvre, LEFEVRE Jérôme, lefevre, VAN DEN BOSSCHE, Van-den-Bossche.', { roster })).toEqual([
      'rosterName:Jérôme Lefèvre', 'rosterName:LEFEVRE Jérôme', 'rosterName:lefevre', 'rosterName:VAN DEN BOSSCHE', 'rosterName:Van-den-Bossche',
    ]);
  });

  it('finds first names from the lists, and a surname next to one', () => {
    expect(kinds('Le jeune Lucas Vandenberghe vit avec Inès.')).toEqual(['firstName:Lucas', 'lastName:Vandenberghe', 'firstName:Inès']);
  });

  it('needs context for first names that are also French words', () => {
    expect(kinds('La petite Rose a 6 ans. Le jeune prénommé Pierre refuse.')).toEqual(['firstName:Rose', 'firstName:Pierre']);
    expect(kinds('Rose a 14 ans.')).toEqual(['firstName:Rose']);
    expect(check('La rose des vents. Une pierre angulaire. Claire sur ses attentes, elle refuse. La Petite Maison à Chastre.')).toEqual([]);
  });

  it('does not take institutions named after people or saints for names', () => {
    expect(check("L'Institut Jules Bordet, l'Hôpital Vincent Van Gogh, les Cliniques universitaires Saint-Luc, le Centre hospitalier Jean Titeca, la Clinique Fond'Roy, l'hôpital de Dave.")).toEqual([]);
  });

  it('finds a surname in capitals before a first name, not an acronym', () => {
    expect(kinds('Dossier : DUPONT Léa, suivie par le SAJ Léa.')).toEqual(['lastName:DUPONT', 'firstName:Léa', 'firstName:Léa']);
  });

  it('finds last names after a title, with particles', () => {
    expect(kinds('M. et Mme Dujardin, Monsieur Van Damme, Dr Hermans, Madame Petit, la famille Mertens, Madame la Juge.')).toEqual([
      'lastName:Dujardin', 'lastName:Van Damme', 'lastName:Hermans', 'lastName:Petit', 'lastName:Mertens',
    ]);
  });

  it('does not flag service acronyms', () => {
    expect(check('SAJ, SPJ, AMO, CPMS, PMS, SSM, AVIQ, ONE, CPAS, IPPJ, SRJ, SAI, PSE, SAS, TDAH, TSA, COE, MADO.')).toEqual([]);
  });
});

describe('private words', () => {
  it('are found as whole words, whatever the case and accents, several words included', () => {
    const privateWords = ['Kévin', 'Athénée Royal de Jambes'];
    expect(kinds("KEVIN et kévin à l'athenee royal de  Jambes, pas Kévinou.", { privateWords })).toEqual([
      'privateWord:KEVIN', 'privateWord:kévin', 'privateWord:athenee royal de  Jambes',
    ]);
  });

  it('treat regular-expression characters literally', () => {
    expect(kinds('Le (groupe) a+b ici.', { privateWords: ['a+b', '(groupe)'] }).length).toBeLessThanOrEqual(2);
    expect(() => check('texte', { privateWords: ['[', '(', '\\'] })).not.toThrow();
  });
});

describe('findings', () => {
  it('are sorted and never overlap: the longest wins', () => {
    const findings = check('Famille au 35, avenue Louise 231, 1050 Ixelles, né le 2 mai 2010, NN 10.05.02-001.00.', { privateWords: ['avenue Louise'] });
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    expect(findings.some((f) => f.kind === 'firstName')).toBe(false); // "Louise" is inside the address
  });

  it('use UTF-16 offsets of the original text', () => {
    const text = '👪 Léa vit à 5000 Namur.';
    for (const f of check(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(fold('Élève ÇA œ')).toHaveLength('Élève ÇA œ'.length);
  });

  it('replaceFinding applies one replacement, and refuses a stale finding', () => {
    const text = 'Le jeune Lucas a 12 ans.';
    const [lucas] = check(text);
    expect(replaceFinding(text, lucas!, lucas!.suggestion)).toBe('Le jeune [prénom] a 12 ans.');
    expect(() => replaceFinding('Le jeune Lucie a 12 ans.', lucas!, '[prénom]')).toThrow(RangeError);
  });

  it('unresolvedFindings drops overridden findings (same kind, same excerpt) but never private words', () => {
    const findings = check('Le jeune Lucas vit à 5000 Namur avec Kévin.', { privateWords: ['Kévin'] });
    const left = unresolvedFindings(findings, [
      { kind: 'postalLocality', excerpt: '5000 Namur' },
      { kind: 'firstName', excerpt: 'lucas' }, // not the same excerpt
      { kind: 'privateWord', excerpt: 'Kévin' },
    ]);
    expect(left.map((f) => f.text)).toEqual(['Lucas', 'Kévin']);
  });
});

describe('performance', () => {
  it('checks a 3,000-character text well under 50 ms once the lists are loaded, hostile input included', () => {
    check('Léa'); // loads the lists
    const base = 'Le jeune Lucas Vandenberghe, né le 12/03/2011, vit au 12, rue des Tanneurs à 5000 Namur (0478 12 34 56, BE68 5390 0754 7034). Le SAJ et le SSM de Namur le suivent. ';
    const texts = [base.repeat(20).slice(0, 3000), 'a@b.'.repeat(750), 'rue Aa '.repeat(430), '0 '.repeat(1500), 'Aaaa '.repeat(600), '1'.repeat(3000)];
    for (const text of texts) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        check(text, { roster, privateWords: ['Kévin'] });
        times.push(performance.now() - t0);
      }
      expect(Math.min(...times)).toBeLessThan(50);
    }
  });
  const roster = [{ firstName: 'Anne', lastName: 'Lemaire' }];
});

describe('locale', () => {
  it('labels and explains every kind in French and English, and suggests a bracketed French replacement', () => {
    for (const kind of FINDING_KINDS) {
      for (const locale of [fr, en]) {
        expect(locale.kinds[kind]).toBeTruthy();
        expect(locale.kindHelp[kind]).toBeTruthy();
      }
      // Suggestions go into French texts whatever the interface language: they live in the checker only.
      expect(SUGGESTIONS[kind]).toMatch(/^\[.+\]$/);
    }
  });
});

describe('decomposed text and common-word surnames', () => {
  it('finds names and private words in a text pasted in decomposed form (NFD)', () => {
    const text = 'Le jeune Le\u0301o et He\u0301le\u0300ne vont chez Ke\u0301vin.';
    const found = check(text, { privateWords: ['Kévin'] });
    expect(found.map((f) => f.kind)).toEqual(['firstName', 'firstName', 'privateWord']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('finds a roster member whose name is a French word only when written as a name', () => {
    const roster = [{ firstName: 'Luc', lastName: 'Petit' }];
    expect(kinds('Un petit garçon. PETIT et Petit sont prévenus.', { roster })).toEqual(['rosterName:PETIT', 'rosterName:Petit']);
  });
});

describe('month names', () => {
  it('does not take "Avril" (a first name in the lists) for a name in a date', () => {
    expect(check('Prochain point en Avril, puis fin Avril.')).toEqual([]);
  });
});

describe('month of birth and old account numbers', () => {
  it('flags a month and year of birth with an age, not another month and year', () => {
    const found = check('Il est né en mars 2011 ; suivi depuis mars 2024.');
    expect(found.map((f) => `${f.kind}:${f.text}:${f.suggestion}`)).toEqual(['date:né en mars 2011:âgé de 15 ans']);
  });

  it('finds Belgian account numbers in the old form only with a good key', () => {
    expect(kinds('Compte 539-0075470-34, pas 539-0075470-35.')).toEqual(['iban:539-0075470-34']);
  });
});

describe('the minutes’ own generated lines', () => {
  it('the next session’s date, written with its weekday, is not a finding', () => {
    const text = '## Prochaine séance\n\nSéance du mardi 19 janvier 2027, de 13:30 à 16:00, CPAS de Wavre, salle du conseil.';
    expect(check(text).filter((f) => f.kind === 'date')).toEqual([]);
  });

  it('a date after a weekday with no meeting word is still one', () => {
    const text = 'Il a quitté le domicile le mardi 19 janvier 2027 sans prévenir.';
    expect(check(text).some((f) => f.kind === 'date')).toBe(true);
  });
});

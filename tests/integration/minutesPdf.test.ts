// The personal PDF of the minutes, read back from its bytes with pdfjs: each copy names its one
// recipient on every page, carries the notice, keeps every word of the minutes and nobody else's name.
import { describe, expect, it } from 'vitest';
import en from '../../resources/locales/en/documents.json' with { type: 'json' };
import fr from '../../resources/locales/fr/documents.json' with { type: 'json' };
import { fill } from '../../electron/services/documents.js';
import { minutesPdf } from '../../electron/services/minutes/personalPdf.js';
import { MINUTES_MARKDOWN, minutesInput } from '../fixtures/minutes/sample.js';
import { pdfText, squash } from '../helpers/pdfText.js';

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const words = (value: string) => new Set(value.match(/[\p{L}\p{N}]+/gu) ?? []);

/** Every page: the recipient's name at least twice (header and watermark) and the whole notice. */
function expectPersonalPages(pages: string[], recipient: string, notice: string) {
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((page, i) => {
    expect(occurrences(page, recipient), `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    expect(squash(page), `page ${i + 1}`).toContain(squash(notice));
  });
}

describe('personal minutes PDF', () => {
  it("names its recipient on every page, prints the notice on every page, and never another recipient's name", async () => {
    // Members of the roster who are not passed into either input: none may appear.
    const roster = ['Bernard Janssens', 'Fatima El Amrani', 'Geert Vandenberghe', 'Chloé Lemaire'];
    const a = minutesInput({ recipientName: 'Marie Lambert' });
    const b = minutesInput({ recipientName: 'Julien Piron' });
    const [pdfA, pdfB] = await Promise.all([minutesPdf(a), minutesPdf(b)]);
    const [textA, textB] = await Promise.all([pdfText(pdfA), pdfText(pdfB)]);
    expectPersonalPages(textA.pages, a.recipientName, a.notice);
    expectPersonalPages(textB.pages, b.recipientName, b.notice);
    const allA = textA.pages.join('\n');
    const allB = textB.pages.join('\n');
    expect(allA).toContain(fill(fr.minutes.header, { recipient: a.recipientName }));
    expect(allB).not.toContain(a.recipientName);
    expect(allA).not.toContain(b.recipientName);
    for (const name of roster) {
      expect(allA).not.toContain(name);
      expect(allB).not.toContain(name);
    }
    // Nor in the metadata: the group is the author, no person.
    for (const [info, recipient] of [[textA.info, a.recipientName], [textB.info, b.recipientName]] as const) {
      expect(info).toMatchObject({ Author: a.groupName, Producer: 'Concerto', Creator: 'Concerto' });
      expect(String(info.Title)).toContain(a.groupName);
      expect(JSON.stringify(info)).not.toContain(recipient);
      expect(JSON.stringify(info)).not.toContain(a.signerName);
    }
  });

  it('prints the first page: group, date written out, place, version and correction, finalisation, fingerprint', async () => {
    const input = minutesInput();
    const { pages } = await pdfText(await minutesPdf(input));
    const first = squash(pages[0] ?? '');
    expect(first).toContain(input.groupName);
    // 17 November 2026 is a Tuesday; 17:45 in Brussels is 16:45 UTC (winter time).
    expect(first).toContain(squash(fill(fr.minutes.title, { date: 'mardi 17 novembre 2026' })));
    expect(first).toContain(input.sessionPlace);
    expect(first).toContain(input.correctionReason!);
    expect(first).toContain(squash(fill(fr.minutes.finalised, { date: '18 novembre 2026', time: '17:45', signer: input.signerName })));
    expect(first).toContain(input.contentHash.slice(0, 4).toUpperCase());
    // Version 1 has no correction to show; an empty place prints no place line.
    const v1 = squash((await pdfText(await minutesPdf(minutesInput({ version: 1, correctionReason: null, sessionPlace: '' })))).pages[0] ?? '');
    expect(v1).toContain(fill(fr.minutes.version, { version: 1 }));
    expect(v1).not.toContain(input.correctionReason!);
    expect(v1).not.toContain(squash(fill(fr.minutes.place, { place: '' })));
  });

  it('keeps French characters and paginates a long body with a correct "Page n / N"', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Point n° ${i + 1} : l’œuvre du « cœur » de la séance, à noter ; Œdipe était là, été comme hiver.`);
    const input = minutesInput({ markdown: paragraphs.join('\n\n') });
    const { pages } = await pdfText(await minutesPdf(input));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => expect(squash(page)).toContain(squash(fill(fr.minutes.page, { page: i + 1, pages: pages.length }))));
    const all = squash(pages.join(' '));
    for (const ch of ['œ', 'Œ', '’', '«', '»', 'é', 'à', '°']) expect(all).toContain(ch);
    // Every paragraph is there, in order, across the page breaks.
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = all.indexOf(squash(paragraph), from);
      expect(at, paragraph).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expectPersonalPages(pages, input.recipientName, input.notice);
  });

  it('keeps every word of headings, lists, quotes, code and whatever markdown it does not lay out', async () => {
    const markdown = [
      MINUTES_MARKDOWN,
      '### Titre trois avec *accent* et `code`',
      '- premier point\n  - sous-point imbriqué\n    1. niveau trois\n- second point, **gras**',
      '7. septième\n8. huitième',
      '> citation longue\n>\n> - liste dans la citation',
      '```\nbloc de code\n  indenté\n```',
      'Un lien [vers le site](https://example.org/page) et <b>html brut</b>.',
      '| colonne | autre |\n| --- | --- |\n| cellule | valeur |',
      'Ligne avec saut  \nforcé.',
      '[ref]: https://example.org/ref',
    ].join('\n\n');
    const { pages } = await pdfText(await minutesPdf(minutesInput({ markdown })));
    const printed = words(pages.join(' '));
    const missing = [...words(markdown)].filter((w) => !printed.has(w));
    expect(missing).toEqual([]);
  });

  it('speaks English from the English documents file', async () => {
    const input = minutesInput({ language: 'en' });
    const { pages } = await pdfText(await minutesPdf(input));
    expect(squash(pages[0] ?? '')).toContain(squash(fill(en.minutes.header, { recipient: input.recipientName })));
    expect(squash(pages[0] ?? '')).toContain(squash(fill(en.minutes.title, { date: 'Tuesday 17 November 2026' })));
    expect(squash(pages.at(-1) ?? '')).toContain(squash(fill(en.minutes.page, { page: pages.length, pages: pages.length })));
  });

  it('refuses a malformed date or hash rather than print a wrong one', async () => {
    await expect(minutesPdf(minutesInput({ sessionDate: '17/11/2026' }))).rejects.toThrow(RangeError);
    await expect(minutesPdf(minutesInput({ contentHash: 'abc' }))).rejects.toThrow(RangeError);
  });
});

// The layout engine's own rules: lines fit the column by the font's real widths, long words are cut
// rather than overflow, French punctuation stays on its word's line, fonts come from one resolver.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PdfWriter, fontFile, markdownBlocks, setFontDirectory, type Span } from '../../electron/services/pdf/index.js';

afterEach(() => setFontDirectory(undefined));

const lineText = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('pdf layout', () => {
  it('wraps by real glyph widths: every line fits, no word is lost, long tokens are cut', async () => {
    const writer = await PdfWriter.create({ title: 't' });
    const hash = 'f'.repeat(64);
    const spans: Span[] = [
      { text: 'Une réunion où « chacun » parle ; ' },
      { text: 'gras ', style: 'bold' },
      { text: `code ${hash} `, style: 'mono' },
      { text: 'WWWW iiii '.repeat(30) },
    ];
    for (const width of [60, 120, 300]) {
      const lines = writer.wrap(spans, 10, width);
      for (const line of lines) {
        const measured = line.runs.reduce((sum, run) => sum + writer.width(run.text, run.style, 10), 0);
        expect(measured).toBeLessThanOrEqual(width + 1e-6);
        expect(line.width).toBeCloseTo(measured, 6);
      }
      const joined = lines.map((l) => lineText(l.runs)).join(' ').replace(/\s+/g, ' ');
      expect(joined.replace(/[\s\u00a0]/g, '')).toBe(spans.map((s) => s.text).join('').replace(/\s/g, ''));
      // No line starts with French closing punctuation.
      for (const line of lines) expect(lineText(line.runs)).not.toMatch(/^[:;!?»]/);
    }
    // Wide letters take more room than narrow ones: real metrics, not a character count.
    expect(writer.width('WWWW', 'regular', 10)).toBeGreaterThan(2 * writer.width('iiii', 'regular', 10));
  });

  it('honours forced line breaks and keeps empty paragraphs one line high', async () => {
    const writer = await PdfWriter.create({ title: 't' });
    expect(writer.wrap([{ text: 'un\ndeux' }], 10, 400).map((l) => lineText(l.runs))).toEqual(['un', 'deux']);
    expect(writer.wrap([{ text: '' }], 10, 400)).toHaveLength(1);
  });

  it('reads the fonts through one resolver that packaging can point elsewhere', () => {
    expect(fs.existsSync(fontFile('regular'))).toBe(true);
    expect(fontFile('bold')).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans-Bold\.ttf$/);
    setFontDirectory('/elsewhere/fonts');
    expect(fontFile('mono')).toMatch(/^[\\/]elsewhere[\\/]fonts[\\/]DejaVuSansMono\.ttf$/);
  });

  it('turns markdown into blocks: bold headings, markers on list items, quotes indented with a bar', () => {
    const blocks = markdownBlocks('# Titre\n\n- a\n- b\n\n3. c\n\n> q\n\n---\n\n**g** *e* `m`');
    const texts = blocks.filter((b) => b.kind === 'text');
    expect(texts[0]).toMatchObject({ spans: [{ text: 'Titre', style: 'bold' }], keepWithNext: true });
    expect(texts.map((b) => b.marker?.text)).toEqual([undefined, '•', '•', '3.', undefined, undefined]);
    expect(texts[4]).toMatchObject({ bar: true });
    expect(blocks.some((b) => b.kind === 'rule')).toBe(true);
    expect(texts[5]?.spans.map((s) => [s.text, s.style])).toEqual([['g', 'bold'], [' ', 'regular'], ['e', 'regular'], [' ', 'regular'], ['m', 'mono']]);
  });
});

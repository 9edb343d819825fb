// A small page layout engine on pdf-lib: A4, margins, embedded DejaVu fonts, rich text wrapped
// with the fonts' real advance widths, automatic page breaks, and header, footer and watermark hooks
// run once every page exists, so that they can print "Page n / N".
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block, Span, TextBlock } from './blocks.js';
import { fontBytes, type FontStyle } from './fonts.js';

export const A4 = { width: 595.28, height: 841.89 } as const;
const LINE_HEIGHT = 1.35;
const DEFAULT_SIZE = 10;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  /** BCP 47, e.g. 'fr-BE'. */
  language?: string;
  /** Creation date written in the file; a fixed one keeps output reproducible. */
  createdAt?: Date;
}

/** What a page hook gets: the page, its number, the final page count, and the writer to draw with. */
export interface PageContext {
  page: PDFPage;
  pageNumber: number;
  pageCount: number;
  writer: PdfWriter;
}

/** A band above or below the body: its height is reserved on every page. */
export interface Band {
  height: number;
  draw(context: PageContext): void;
}

export interface PageFrame {
  header?: Band;
  footer?: Band;
  /** Drawn last, over the content: keep it light and translucent. */
  watermark?: (context: PageContext) => void;
}

/** One wrapped line: runs of one style each, with their x offset from the line start. */
export interface LaidLine {
  runs: { text: string; style: FontStyle; x: number }[];
  width: number;
}

/** Tabs become spaces, other control characters go (they have no glyph), composed form (NFC). */
export const cleanText = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b\ufeff]/g, '');

/** French puts a space before : ; ! ? » and after «: never break a line there (no-break spaces). */
const frenchSpacing = (value: string): string => value.replace(/ +([:;!?»])/g, '\u00a0$1').replace(/« +/g, '«\u00a0');

export class PdfWriter {
  readonly margins: Margins;
  private frame: PageFrame = {};
  private page: PDFPage | undefined;
  private y = 0;

  private constructor(
    readonly doc: PDFDocument,
    private readonly fonts: Record<FontStyle, PDFFont>,
    margins: Margins,
  ) {
    this.margins = margins;
  }

  static async create(metadata: PdfMetadata, margins: Margins = { top: 56, right: 56, bottom: 56, left: 56 }): Promise<PdfWriter> {
    // No pdf-lib defaults in the metadata: producer and creator are Concerto, dates are ours.
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fontkit);
    const embed = (style: FontStyle) => doc.embedFont(fontBytes(style), { subset: true });
    const [regular, bold, mono] = await Promise.all([embed('regular'), embed('bold'), embed('mono')]);
    doc.setTitle(metadata.title, { showInWindowTitleBar: true });
    if (metadata.author) doc.setAuthor(metadata.author);
    if (metadata.subject) doc.setSubject(metadata.subject);
    if (metadata.language) doc.setLanguage(metadata.language);
    doc.setProducer('Concerto');
    doc.setCreator('Concerto');
    const created = metadata.createdAt ?? new Date();
    doc.setCreationDate(created);
    doc.setModificationDate(created);
    return new PdfWriter(doc, { regular, bold, mono }, margins);
  }

  font(style: FontStyle = 'regular'): PDFFont {
    return this.fonts[style];
  }

  /** Header, footer and watermark; set before the first block so the bands are reserved. */
  setFrame(frame: PageFrame): void {
    this.frame = frame;
  }

  get pageWidth(): number {
    return A4.width;
  }

  get pageHeight(): number {
    return A4.height;
  }

  /** The width of the text column. */
  get contentWidth(): number {
    return A4.width - this.margins.left - this.margins.right;
  }

  private get bodyTop(): number {
    return A4.height - this.margins.top - (this.frame.header?.height ?? 0);
  }

  private get bodyBottom(): number {
    return this.margins.bottom + (this.frame.footer?.height ?? 0);
  }

  width(text: string, style: FontStyle, size: number): number {
    return this.fonts[style].widthOfTextAtSize(text, size);
  }

  /** Greedy line filling with real glyph widths; a word longer than the line (a hash) is cut. */
  wrap(spans: Span[], size: number, maxWidth: number): LaidLine[] {
    const lines: LaidLine[] = [];
    let line: LaidLine = { runs: [], width: 0 };
    let pendingSpace: FontStyle | undefined;
    const push = () => {
      lines.push(line);
      line = { runs: [], width: 0 };
      pendingSpace = undefined;
    };
    const append = (piece: string, style: FontStyle) => {
      const last = line.runs.at(-1);
      const w = this.width(piece, style, size);
      if (last && last.style === style) last.text += piece;
      else line.runs.push({ text: piece, style, x: line.width });
      line.width += w;
    };
    for (const span of spans) {
      const style = span.style ?? 'regular';
      for (const token of frenchSpacing(cleanText(span.text)).split(/(\n|[^\S\n\u00a0\u202f]+)/)) {
        if (token === '') continue;
        if (token === '\n') {
          push();
          continue;
        }
        if (/^\s+$/.test(token)) {
          if (line.runs.length > 0) pendingSpace = style;
          continue;
        }
        const space = pendingSpace ? this.width(' ', pendingSpace, size) : 0;
        const w = this.width(token, style, size);
        if (line.width + space + w <= maxWidth) {
          if (pendingSpace) append(' ', pendingSpace);
          append(token, style);
          pendingSpace = undefined;
          continue;
        }
        if (line.runs.length > 0) push();
        if (w <= maxWidth) {
          append(token, style);
          continue;
        }
        // Too long for any line: cut between characters, as many as fit.
        let rest = Array.from(token);
        while (rest.length > 0) {
          let n = rest.length;
          while (n > 1 && this.width(rest.slice(0, n).join(''), style, size) > maxWidth - line.width) n--;
          append(rest.slice(0, n).join(''), style);
          rest = rest.slice(n);
          if (rest.length > 0) push();
        }
      }
    }
    if (line.runs.length > 0 || lines.length === 0) lines.push(line);
    return lines;
  }

  /** Height a text block takes at a given column width, gaps excluded. */
  measure(block: TextBlock, width: number): number {
    const size = block.size ?? DEFAULT_SIZE;
    return this.wrap(block.spans, size, width - (block.indent ?? 0)).length * size * LINE_HEIGHT;
  }

  /** Draws a text block on any page at (x, yTop), for headers and footers; returns the height used. */
  drawBlockAt(page: PDFPage, block: TextBlock, x: number, yTop: number, width: number): number {
    const size = block.size ?? DEFAULT_SIZE;
    const lines = this.wrap(block.spans, size, width - (block.indent ?? 0));
    lines.forEach((line, i) => this.drawLine(page, block, line, x, yTop - (i + 1) * size * LINE_HEIGHT, width, i === 0));
    return lines.length * size * LINE_HEIGHT;
  }

  private drawLine(page: PDFPage, block: TextBlock, line: LaidLine, x: number, lineBottom: number, width: number, first: boolean): void {
    const size = block.size ?? DEFAULT_SIZE;
    const indent = block.indent ?? 0;
    // The baseline sits a little above the bottom of the line box (the descenders' room).
    const baseline = lineBottom + size * 0.3;
    const color = rgb(block.grey ?? 0, block.grey ?? 0, block.grey ?? 0);
    const free = width - indent - line.width;
    const left = x + indent + (block.align === 'center' ? free / 2 : block.align === 'right' ? free : 0);
    // The marker first, so that copied text reads "1. item", not "item 1.".
    if (first && block.marker) {
      const style = block.marker.style ?? 'regular';
      const markerText = cleanText(block.marker.text);
      const w = this.width(markerText, style, size);
      page.drawText(markerText, { x: x + indent - w - size * 0.4, y: baseline, size, font: this.fonts[style], color });
    }
    for (const run of line.runs) page.drawText(run.text, { x: left + run.x, y: baseline, size, font: this.fonts[run.style], color });
    if (block.bar) {
      page.drawRectangle({ x: x + indent - size, y: lineBottom, width: 1.5, height: size * LINE_HEIGHT, color: rgb(0.7, 0.7, 0.7) });
    }
  }

  private newPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = this.bodyTop;
    return this.page;
  }

  private get atTop(): boolean {
    return this.page !== undefined && this.y === this.bodyTop;
  }

  /** Lays blocks out in the body, one after the other, breaking pages between lines. */
  add(blocks: Block[]): void {
    blocks.forEach((block, index) => {
      if (block.kind === 'text' && block.pageBreakBefore && this.page && !this.atTop) this.newPage();
      const page = this.page ?? this.newPage();
      if (!this.atTop) this.y -= block.gapBefore ?? 0;
      if (block.kind === 'rule') {
        if (this.y - 6 < this.bodyBottom) this.newPage();
        this.y -= 3;
        (this.page ?? page).drawLine({
          start: { x: this.margins.left, y: this.y },
          end: { x: this.margins.left + this.contentWidth, y: this.y },
          thickness: 0.6,
          color: rgb(0.6, 0.6, 0.6),
        });
        this.y -= 3 + (block.gapAfter ?? 0);
        return;
      }
      const size = block.size ?? DEFAULT_SIZE;
      const step = size * LINE_HEIGHT;
      const lines = this.wrap(block.spans, size, this.contentWidth - (block.indent ?? 0));
      if (block.keepWithNext && !this.atTop) {
        // A heading moves to the next page unless it fits with the first line of what follows.
        const next = blocks[index + 1];
        const nextLine = next?.kind === 'text' ? (next.size ?? DEFAULT_SIZE) * LINE_HEIGHT + (next.gapBefore ?? 0) : 0;
        if (this.y - lines.length * step - (block.gapAfter ?? 0) - nextLine < this.bodyBottom) this.newPage();
      }
      lines.forEach((line, i) => {
        if (this.y - step < this.bodyBottom && !this.atTop) this.newPage();
        this.y -= step;
        this.drawLine(this.page!, block, line, this.margins.left, this.y, this.contentWidth, i === 0);
      });
      this.y -= block.gapAfter ?? 0;
    });
  }

  /** Runs the page hooks now that the count is known, and serialises the document. */
  async save(): Promise<Uint8Array> {
    if (!this.page) this.newPage();
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const context: PageContext = { page, pageNumber: i + 1, pageCount: pages.length, writer: this };
      this.frame.header?.draw(context);
      this.frame.footer?.draw(context);
      this.frame.watermark?.(context);
    });
    return this.doc.save();
  }
}

// The personal PDF of finalised minutes (PV): one copy per person present, their name in the
// header and across every page, the charter's confidentiality notice in every footer. A copy
// that leaks says whose it was; nothing in it names anyone else but what the minutes say.
import { DateTime } from 'luxon';
import { PDFPage, degrees, rgb } from 'pdf-lib';
import { fingerprint } from '../charter/text.js';
import { DATE_LOCALE, documentStrings, fill, type DocumentLanguage } from '../documents.js';
import { PdfWriter, markdownBlocks, text, type Block, type PageContext, type TextBlock } from '../pdf/index.js';

export interface MinutesPdfInput {
  language: DocumentLanguage;
  groupName: string;
  /** YYYY-MM-DD, a Brussels local date. */
  sessionDate: string;
  /** May be ''. */
  sessionPlace: string;
  /** 1, 2, ... */
  version: number;
  correctionReason: string | null;
  /** ISO instant. */
  finalisedAt: string;
  /** The secretary who finalised and signed. */
  signerName: string;
  /** SHA-256, 64 hex characters, shown as a short fingerprint. */
  contentHash: string;
  /** "Prénom Nom" of the one person this copy is for. */
  recipientName: string;
  /** The charter's confidentiality notice, printed on every page. */
  notice: string;
  /** The minutes' body. */
  markdown: string;
}

const ZONE = 'Europe/Brussels';
const MARGIN = { top: 34, right: 56, bottom: 30, left: 56 };
const HEADER_SIZE = 8;
const NOTICE_SIZE = 7;
const PAGE_SIZE = 8;
const BAND_GAP = 10;
const GREY = 0.35;

function brusselsDate(isoDate: string, language: DocumentLanguage): string {
  const date = DateTime.fromISO(isoDate, { zone: ZONE, locale: DATE_LOCALE[language] });
  if (!date.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`sessionDate: ${isoDate}`);
  return date.toFormat('cccc d LLLL yyyy');
}

/** The recipient's name, large and light, corner to corner across the middle of the page. */
function drawWatermark({ page, writer }: PageContext, name: string): void {
  const label = name.trim();
  if (!label) return;
  const font = writer.font('bold');
  const { width, height } = page.getSize();
  const angle = Math.atan2(height, width);
  // About two thirds of the diagonal, never huge for a short name nor tiny for a long one.
  const size = Math.max(24, Math.min(96, (Math.hypot(width, height) * 0.62) / font.widthOfTextAtSize(label, 1)));
  const textWidth = font.widthOfTextAtSize(label, size);
  const capHeight = font.heightAtSize(size, { descender: false }) * 0.7;
  // drawText rotates about its origin: step back from the centre by half the text, both ways.
  const x = width / 2 - (textWidth / 2) * Math.cos(angle) + (capHeight / 2) * Math.sin(angle);
  const y = height / 2 - (textWidth / 2) * Math.sin(angle) - (capHeight / 2) * Math.cos(angle);
  page.drawText(label, { x, y, size, font, color: rgb(0.5, 0.5, 0.5), opacity: 0.13, rotate: degrees((angle * 180) / Math.PI) });
}

function rule(page: PDFPage, y: number, from: number, to: number): void {
  page.drawLine({ start: { x: from, y }, end: { x: to, y }, thickness: 0.5, color: rgb(0.7, 0.7, 0.7) });
}

export async function minutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const words = documentStrings(input.language).minutes;
  const sessionDate = brusselsDate(input.sessionDate, input.language);
  const finalised = DateTime.fromISO(input.finalisedAt, { zone: ZONE, locale: DATE_LOCALE[input.language] });
  if (!finalised.isValid) throw new RangeError(`finalisedAt: ${input.finalisedAt}`);
  if (!/^[0-9a-f]{64}$/i.test(input.contentHash)) throw new RangeError('contentHash: 64 hex characters expected');

  const writer = await PdfWriter.create(
    {
      title: fill(words.metadataTitle, { group: input.groupName, date: input.sessionDate }),
      // The group is the author: no person's name in the metadata.
      author: input.groupName,
      subject: words.metadataSubject,
      language: DATE_LOCALE[input.language],
      createdAt: finalised.toJSDate(),
    },
    MARGIN,
  );
  const left = MARGIN.left;
  const width = writer.contentWidth;
  const right = left + width;

  const header: TextBlock = text(fill(words.header, { recipient: input.recipientName }), { size: HEADER_SIZE, style: 'bold', grey: GREY });
  const headerHeight = writer.measure(header, width);
  const notice: TextBlock | undefined = input.notice.trim() ? text(input.notice.trim(), { size: NOTICE_SIZE, grey: GREY }) : undefined;
  const noticeHeight = notice ? writer.measure(notice, width) : 0;
  const pageLineHeight = PAGE_SIZE * 1.35;

  writer.setFrame({
    header: {
      height: headerHeight + BAND_GAP,
      draw: ({ page }) => {
        const top = writer.pageHeight - MARGIN.top;
        writer.drawBlockAt(page, header, left, top, width);
        rule(page, top - headerHeight - 3, left, right);
      },
    },
    footer: {
      height: noticeHeight + pageLineHeight + BAND_GAP,
      draw: ({ page, pageNumber, pageCount }) => {
        const top = MARGIN.bottom + noticeHeight + pageLineHeight + 3;
        rule(page, top + 3, left, right);
        if (notice) writer.drawBlockAt(page, notice, left, top, width);
        const pageLine = text(fill(words.page, { page: pageNumber, pages: pageCount }), { size: PAGE_SIZE, align: 'right', grey: GREY });
        writer.drawBlockAt(page, pageLine, left, top - noticeHeight, width);
      },
    },
    watermark: (context) => drawWatermark(context, input.recipientName),
  });

  const meta = (value: string): TextBlock => text(value, { size: 9.5, gapAfter: 2 });
  const versionLine =
    input.version >= 2 && input.correctionReason?.trim()
      ? fill(words.correction, { version: input.version, reason: input.correctionReason.trim() })
      : fill(words.version, { version: input.version });
  const titleBlocks: Block[] = [
    text(input.groupName, { size: 16, style: 'bold', gapAfter: 4 }),
    text(fill(words.title, { date: sessionDate }), { size: 13, style: 'bold', gapAfter: 10 }),
    ...(input.sessionPlace.trim() ? [meta(fill(words.place, { place: input.sessionPlace.trim() }))] : []),
    meta(versionLine),
    meta(fill(words.finalised, { date: finalised.toFormat('d LLLL yyyy'), time: finalised.toFormat('HH:mm'), signer: input.signerName })),
    { kind: 'text', spans: [{ text: words.fingerprint }, { text: fingerprint(input.contentHash), style: 'mono' }], size: 9.5 },
    { kind: 'rule', gapBefore: 8, gapAfter: 4 },
  ];
  writer.add([...titleBlocks, ...markdownBlocks(input.markdown)]);
  return writer.save();
}

// A minimal PDF writer for plain text documents (A4, Helvetica, WinAnsi encoding so French
// accents print). No PDF library is part of the stack; a certificate needs only lines of text.
const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;

export interface PdfLine {
  text: string;
  size?: number;
  bold?: boolean;
  /** Monospace, for hashes and signatures. */
  mono?: boolean;
  /** Extra space before the line, in points. */
  gap?: number;
}

// The few characters of Windows-1252 outside Latin-1 that French text uses.
const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, 'Œ': 0x8c, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Ÿ': 0x9f };

function encode(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 63;
    const byte = CP1252[ch] ?? (code < 256 && (code >= 32 || code === 9) && !(code >= 0x7f && code < 0xa0) ? code : 63);
    // Literal strings escape their delimiters and the backslash.
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) bytes.push(0x5c);
    bytes.push(byte);
  }
  return bytes;
}

/** Wraps to a number of characters: Helvetica's average width is about half the font size. */
export function wrap(text: string, size: number, mono = false): string[] {
  const perLine = Math.floor((PAGE_WIDTH - 2 * MARGIN) / (size * (mono ? 0.6 : 0.5)));
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(\s+)/)) {
      if ((line + word).length > perLine && line.trim().length > 0) {
        out.push(line.trimEnd());
        line = word.trimStart();
      } else line += word;
      while (line.length > perLine) {
        out.push(line.slice(0, perLine));
        line = line.slice(perLine);
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

export function textPdf(lines: PdfLine[], title: string): Buffer {
  const pages: number[][][] = [];
  let current: number[][] = [];
  let y = PAGE_HEIGHT - MARGIN;
  const latin = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  for (const line of lines) {
    const size = line.size ?? 10;
    const font = line.mono ? 'F3' : line.bold ? 'F2' : 'F1';
    for (const [index, piece] of wrap(line.text, size, line.mono).entries()) {
      const step = size * 1.35 + (index === 0 ? (line.gap ?? 0) : 0);
      if (y - step < MARGIN) {
        pages.push(current);
        current = [];
        y = PAGE_HEIGHT - MARGIN;
      }
      y -= step;
      current.push([...latin(`BT /${font} ${size} Tf ${MARGIN} ${y.toFixed(1)} Td (`), ...encode(piece), ...latin(') Tj ET\n')]);
    }
  }
  pages.push(current);

  const objects: number[][] = [];
  const add = (body: number[] | string) => objects.push(typeof body === 'string' ? latin(body) : body) ;
  const fontIds = [3, 4, 5];
  const firstPage = 6;
  const kids = pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  for (const base of ['Helvetica', 'Helvetica-Bold', 'Courier']) add(`<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`);
  pages.forEach((content, i) => {
    const stream = content.flat();
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 ${fontIds[0]} 0 R /F2 ${fontIds[1]} 0 R /F3 ${fontIds[2]} 0 R >> >> /Contents ${firstPage + i * 2 + 1} 0 R >>`,
    );
    add([...latin(`<< /Length ${stream.length} >>\nstream\n`), ...stream, ...latin('\nendstream')]);
  });
  const info = objects.length + 1;
  add([...latin('<< /Title ('), ...encode(title), ...latin(') /Producer (Concerto) >>')]);

  const chunks: number[] = [...latin('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(chunks.length);
    chunks.push(...latin(`${i + 1} 0 obj\n`), ...body, ...latin('\nendobj\n'));
  });
  const xref = chunks.length;
  chunks.push(...latin(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`));
  for (const offset of offsets) chunks.push(...latin(`${String(offset).padStart(10, '0')} 00000 n \n`));
  chunks.push(...latin(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.from(chunks);
}

// Reads a PDF back with pdfjs-dist (the legacy build runs in Node): the text of each page, as a
// reader would copy it, to assert on what is really printed rather than on the bytes.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  info: Record<string, unknown>;
}

/** Collapses runs of white space so wrapped lines compare equal to the source text. */
export const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdfjs takes ownership of (detaches) the buffer it is given: pass a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
    }
    const { info } = await doc.getMetadata();
    return { pages, info: (info ?? {}) as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

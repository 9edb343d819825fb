// Renders one page of a PDF to a PNG file, for e2e artefacts ("one page of the PDF as an image")
// and for looking at a layout: pdfjs-dist draws onto an @napi-rs/canvas canvas, offline.
import fs from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function renderPdfPage(bytes: Uint8Array, pageNumber: number, outPngPath: string, scale = 1.5): Promise<void> {
  // A copy: pdfjs detaches the buffer it is given.
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    if (pageNumber < 1 || pageNumber > doc.numPages) throw new RangeError(`page ${pageNumber} of ${doc.numPages}`);
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    // A PDF page is white paper; the canvas starts transparent.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // pdfjs's types name the DOM canvas; @napi-rs/canvas implements the part it uses.
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    fs.mkdirSync(path.dirname(outPngPath), { recursive: true });
    fs.writeFileSync(outPngPath, await canvas.encode('png'));
  } finally {
    await doc.destroy();
  }
}

// One page of a minutes PDF rendered to PNG (pdfjs-dist + @napi-rs/canvas), as the e2e tests save it:
// a real image of the page's size, with ink on it, not an empty canvas.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { A4 } from '../../electron/services/pdf/index.js';
import { minutesPdf } from '../../electron/services/minutes/personalPdf.js';
import { minutesInput } from '../fixtures/minutes/sample.js';
import { renderPdfPage } from '../helpers/pdfImage.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-pdf-image-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('renderPdfPage', () => {
  it('renders page 1 of a minutes PDF to a PNG of the page, with text on it', async () => {
    const out = path.join(dir, 'page1.png');
    const scale = 1.25;
    await renderPdfPage(await minutesPdf(minutesInput()), 1, out, scale);
    const png = fs.readFileSync(out);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.length).toBeGreaterThan(20_000);
    // IHDR: width and height, big-endian, right after the signature and the chunk header.
    expect(png.readUInt32BE(16)).toBe(Math.ceil(A4.width * scale));
    expect(png.readUInt32BE(20)).toBe(Math.ceil(A4.height * scale));
    // Ink: a share of dark pixels (text), on a white page.
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let dark = 0;
    let white = 0;
    for (let i = 0; i < data.length; i += 4) {
      const luminance = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      if (luminance < 100) dark++;
      else if (luminance > 245) white++;
    }
    const pixels = image.width * image.height;
    expect(dark / pixels).toBeGreaterThan(0.005);
    expect(white / pixels).toBeGreaterThan(0.5);
  });

  it('refuses a page that does not exist', async () => {
    await expect(renderPdfPage(await minutesPdf(minutesInput()), 99, path.join(dir, 'none.png'))).rejects.toThrow(RangeError);
    expect(fs.existsSync(path.join(dir, 'none.png'))).toBe(false);
  });
});

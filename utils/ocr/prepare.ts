import { MIN_WORD_CONFIDENCE, pageFromTesseract, type OcrPage, type TesseractBlock } from '../../rules/ocr/layout';
import type { Pixels } from '../../rules/types';

/**
 * The image as OCR reads it best, as a PGM file: grey, with light text on a dark ground (dark mode, a
 * coloured chat bubble) turned into dark text on a light ground. Per pixel, the mean brightness around it
 * is its ground; on a dark ground the pixel is inverted. Tesseract finds dark text on light best, and
 * otherwise misses whole bubbles. `outlined`: any difference to the ground is dark, stretched. Linear in the pixels (an integral
 * image), pure: the same in Node and in the browser.
 */
export function prepareForOcr(pixels: Pixels, outlined = false): Uint8Array {
  const { width, height, data } = pixels;
  const grey = new Float32Array(width * height);
  for (let index = 0, at = 0; index < grey.length; index++, at += 4) grey[index] = 0.299 * data[at]! + 0.587 * data[at + 1]! + 0.114 * data[at + 2]!;
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += grey[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  // About a line of text high: the ground around a letter, not the letter alone.
  const radius = Math.max(8, Math.round(Math.max(width, height) / 100));
  const out = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(width, x + radius + 1);
      const mean = (sums[y1 * stride + x1]! - sums[y0 * stride + x1]! - sums[y1 * stride + x0]! + sums[y0 * stride + x0]!) / ((y1 - y0) * (x1 - x0));
      const value = grey[y * width + x]!;
      // On a dark ground the pixel is inverted: light text on dark becomes dark text on light, dark text on
      // light stays as it is (stretching contrast too would make a photographed screen's moiré into ink).
      // Outlined letters (a meme's white letters with a black edge) become solid: any difference to the
      // ground is dark.
      out[y * width + x] = outlined ? LIGHT - Math.abs(value - mean) * STRETCH : mean < DARK_GROUND ? 255 - value : value;
    }
  }
  return asPgm(width, height, out);
}

/** Grey pixels as a binary PGM file, which Tesseract (Leptonica) reads without any decoding library. */
function asPgm(width: number, height: number, grey: Uint8ClampedArray): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const file = new Uint8Array(header.length + grey.length);
  file.set(header);
  file.set(grey, header.length);
  return file;
}

/** A mean brightness below this is a dark ground (0–255). */
const DARK_GROUND = 128;
/** Outlined text: the ground becomes this light, a pixel's difference to it is stretched this much. */
const LIGHT = 210;
const STRETCH = 2.5;

/** A first reading with fewer confident words than this is tried again as outlined text (a meme caption). */
const ENOUGH_WORDS = 4;

const confidentWords = (page: OcrPage) => page.lines.reduce((sum, line) => sum + line.words.filter((word) => word.confidence >= MIN_WORD_CONFIDENCE).length, 0);

/**
 * Reads the pixels with `recognise` (Tesseract on a PGM file, giving its blocks): first as dark text on a
 * light ground, and when that finds (almost) nothing, once more as outlined text; the reading with more
 * confident words counts. Shared by Node and the browser, so both read alike.
 */
export async function readInPasses(pixels: Pixels, recognise: (file: Uint8Array) => Promise<readonly TesseractBlock[] | null | undefined>): Promise<OcrPage> {
  const first = pageFromTesseract(await recognise(prepareForOcr(pixels)), pixels.width, pixels.height);
  const found = confidentWords(first);
  if (found >= ENOUGH_WORDS) return first;
  const second = pageFromTesseract(await recognise(prepareForOcr(pixels, true)), pixels.width, pixels.height);
  return confidentWords(second) > found ? second : first;
}

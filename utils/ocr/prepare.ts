import { MIN_WORD_CONFIDENCE, pageFromTesseract, type OcrPage, type TesseractBlock } from '../../rules/ocr/layout';
import type { Pixels } from '../../rules/types';

/** Brightness (0–255) per pixel. */
function greyOf({ width, height, data }: Pixels): Float32Array {
  const grey = new Float32Array(width * height);
  for (let index = 0, at = 0; index < grey.length; index++, at += 4) grey[index] = 0.299 * data[at]! + 0.587 * data[at + 1]! + 0.114 * data[at + 2]!;
  return grey;
}

/** How coloured each pixel is (0–255): the spread of its channels; grey, black and white are 0. */
function colourOf({ width, height, data }: Pixels): Uint8Array {
  const colour = new Uint8Array(width * height);
  for (let index = 0, at = 0; index < colour.length; index++, at += 4) colour[index] = Math.max(data[at]!, data[at + 1]!, data[at + 2]!) - Math.min(data[at]!, data[at + 1]!, data[at + 2]!);
  return colour;
}

/** Summed-area table of `values` (width + 1 by height + 1): the sum over any rectangle in four look-ups. */
function integral(values: ArrayLike<number>, width: number, height: number): Float64Array {
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += values[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  return sums;
}

/** The sum of the table's values in the square of `radius` around (x, y), clipped to the image, and its pixel count. */
function around(sums: Float64Array, width: number, height: number, x: number, y: number, radius: number): { sum: number; count: number } {
  const stride = width + 1;
  const x0 = Math.max(0, x - radius);
  const x1 = Math.min(width, x + radius + 1);
  const y0 = Math.max(0, y - radius);
  const y1 = Math.min(height, y + radius + 1);
  return { sum: sums[y1 * stride + x1]! - sums[y0 * stride + x1]! - sums[y1 * stride + x0]! + sums[y0 * stride + x0]!, count: (x1 - x0) * (y1 - y0) };
}

/**
 * The image as OCR reads it best, as a PGM file: grey, with light text on a dark ground (dark mode, a
 * coloured chat bubble) turned into dark text on a light ground. Per pixel, the mean brightness around it
 * is its ground; on a dark ground the pixel is inverted and stretched so that the ground turns light (an
 * inverted blue bubble is mid-grey, which Tesseract's own threshold turned black, text and all). Tesseract
 * finds dark text on light best, and otherwise misses whole bubbles. `contrast`: any difference to the ground is dark, stretched (faint or
 * blurred text, a dim photographed screen). Linear in the pixels (an integral image), pure: the same in
 * Node and in the browser.
 */
export function prepareForOcr(pixels: Pixels, contrast = false): Uint8Array {
  const { width, height } = pixels;
  const grey = greyOf(pixels);
  const sums = integral(grey, width, height);
  const colourSums = contrast ? undefined : integral(colourOf(pixels), width, height);
  // About a line of text high: the ground around a letter, not the letter alone.
  const radius = Math.max(8, Math.round(Math.max(width, height) / 100));
  const out = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const { sum, count } = around(sums, width, height, x, y, radius);
      const value = grey[y * width + x]!;
      const mean = sum / count;
      if (contrast) {
        out[y * width + x] = LIGHT - Math.abs(value - mean) * STRETCH;
        continue;
      }
      // Dark text on light stays as it is in the first reading (stretching contrast too would make a
      // photographed screen's moiré into ink). A coloured ground is dark enough at a lighter mean: white
      // text on a blue bubble averages about 145, while a bold black heading on white is uncoloured.
      const coloured = around(colourSums!, width, height, x, y, radius).sum / count > COLOURED;
      out[y * width + x] = mean < DARK_GROUND || (coloured && mean < DARK_COLOURED_GROUND) ? ((255 - value) * LIGHT) / Math.max(1, 255 - mean) : value;
    }
  }
  return asPgm(width, height, out);
}

/**
 * Outlined letters (a meme's white letters with a black edge, on a photo) as black text on white, as a
 * PGM file: a near-white, uncoloured pixel with a dark pixel close by is ink, everything else is ground.
 * The photo behind, however busy, has little pure white beside black, so it drops out; a letter's fill
 * is never far from its edge.
 */
export function outlinedTextForOcr(pixels: Pixels): Uint8Array {
  const { width, height, data } = pixels;
  const grey = greyOf(pixels);
  const dark = new Uint8Array(width * height);
  for (let index = 0; index < dark.length; index++) dark[index] = grey[index]! < OUTLINE_DARK ? 1 : 0;
  const darkSums = integral(dark, width, height);
  // Half a bold letter's stroke and its edge, at the size a caption has in an image this large.
  const reach = Math.max(2, Math.round(Math.min(width, height) / 120));
  const out = new Uint8ClampedArray(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const index = y * width + x;
      if (grey[index]! < FILL_LIGHT) continue;
      const at = index * 4;
      const colour = Math.max(data[at]!, data[at + 1]!, data[at + 2]!) - Math.min(data[at]!, data[at + 1]!, data[at + 2]!);
      if (colour > FILL_COLOUR) continue;
      if (around(darkSums, width, height, x, y, reach).sum > 0) out[index] = 0;
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
/**
 * A coloured ground (mean channel spread above COLOURED) is dark below this: a blue chat bubble with white
 * text, whose mean with the letters is about 145, was left light-on-grey at 128 and not read (phone chats
 * 0.86 detected); a fixed 160 for every ground inverted bold black headings instead (test papers 0.98 → 0.71).
 */
const COLOURED = 60;
const DARK_COLOURED_GROUND = 170;
/** Contrast: the ground becomes this light, a pixel's difference to it is stretched this much. */
const LIGHT = 210;
const STRETCH = 2.5;
/** Outlined text: a letter's fill is at least this light and at most this coloured (channel spread), its edge darker than this. */
const FILL_LIGHT = 190;
const FILL_COLOUR = 60;
const OUTLINE_DARK = 80;

/**
 * A first reading with fewer confident words than this is tried again, with stretched contrast and as
 * outlined text: a meme's caption is short, and on a busy photo the first reading is often a few words
 * of noise.
 */
const CAPTION_WORDS = 12;

const confidentWords = (page: OcrPage) => page.lines.reduce((sum, line) => sum + line.words.filter((word) => word.confidence >= MIN_WORD_CONFIDENCE).length, 0);

/**
 * How much a reading holds: its confident words' letters, each weighed by its confidence. Noise read from
 * a photo is short words at middling confidence; a clean caption, long words near certainty.
 */
function confidentLetters(page: OcrPage): number {
  let score = 0;
  for (const line of page.lines) {
    for (const word of line.words) if (word.confidence >= MIN_WORD_CONFIDENCE) score += (word.text.match(/\p{L}|\d/gu)?.length ?? 0) * (word.confidence / 100);
  }
  return score;
}

/**
 * Reads the pixels with `recognise` (Tesseract on a PGM file, giving its blocks): first as dark text on a
 * light ground, and when that finds little, again with stretched contrast and as outlined text; the
 * reading that holds most counts. Shared by Node and the browser, so both read alike.
 */
export async function readInPasses(pixels: Pixels, recognise: (file: Uint8Array) => Promise<readonly TesseractBlock[] | null | undefined>): Promise<OcrPage> {
  const read = async (file: Uint8Array) => pageFromTesseract(await recognise(file), pixels.width, pixels.height);
  const first = await read(prepareForOcr(pixels));
  if (confidentWords(first) >= CAPTION_WORDS) return first;
  let best = first;
  for (const file of [prepareForOcr(pixels, true), outlinedTextForOcr(pixels)]) {
    const page = await read(file);
    if (confidentLetters(page) > confidentLetters(best)) best = page;
  }
  return best;
}

import type { Pixels } from '../types';

/** The image is looked at this wide (or narrower): enough to see a line of text as a band of strokes. */
const WORK_WIDTH = 360;
/** A brightness step this large between neighbours is the edge of a stroke. */
const EDGE_STEP = 32;
/** A row with this share of its pixels at a stroke edge may be part of a line of text. */
const ROW_DENSITY = 0.035;
/** Bands of text rows are this many rows high (at the work width): from small print to a meme caption. */
const MIN_BAND = 3;
const MAX_BAND = 60;
/** A band stands out when the rows around it have at most this share of its density. */
const BAND_CONTRAST = 0.5;

/** Brightness (0–255) of the image scaled to at most {@link WORK_WIDTH} wide, box-averaged. */
function greyscale(pixels: Pixels): { grey: Float32Array; width: number; height: number } {
  const scale = Math.min(1, WORK_WIDTH / pixels.width);
  const width = Math.max(1, Math.round(pixels.width * scale));
  const height = Math.max(1, Math.round(pixels.height * scale));
  const sum = new Float32Array(width * height);
  const count = new Uint16Array(width * height);
  const { data } = pixels;
  for (let y = 0; y < pixels.height; y++) {
    const row = Math.min(height - 1, Math.floor(y * scale)) * width;
    for (let x = 0; x < pixels.width; x++) {
      const at = (y * pixels.width + x) * 4;
      const cell = row + Math.min(width - 1, Math.floor(x * scale));
      sum[cell]! += 0.299 * data[at]! + 0.587 * data[at + 1]! + 0.114 * data[at + 2]!;
      count[cell]!++;
    }
  }
  for (let index = 0; index < sum.length; index++) sum[index] = sum[index]! / Math.max(1, count[index]!);
  return { grey: sum, width, height };
}

/**
 * The fast "is there text at all?" step before OCR, a few milliseconds on any image: text shows as
 * horizontal bands of many sharp, short stroke edges, with calmer rows above and below (the gap between
 * lines). A photo's texture, a gradient or noise has no such bands, and is not read. Errs on the side of
 * "maybe": the OCR decides.
 */
export function mayHoldText(pixels: Pixels): boolean {
  if (pixels.width < 16 || pixels.height < 8) return false;
  const { grey, width, height } = greyscale(pixels);
  const density = new Float32Array(height);
  for (let y = 0; y < height; y++) {
    let edges = 0;
    const row = y * width;
    for (let x = 1; x < width; x++) if (Math.abs(grey[row + x]! - grey[row + x - 1]!) >= EDGE_STEP) edges++;
    density[y] = edges / width;
  }
  for (let y = 0; y < height; ) {
    if (density[y]! < ROW_DENSITY) {
      y++;
      continue;
    }
    let end = y;
    let total = 0;
    while (end < height && density[end]! >= ROW_DENSITY) total += density[end++]!;
    const band = end - y;
    if (band >= MIN_BAND && band <= MAX_BAND) {
      const mean = total / band;
      const around = (from: number, to: number) => {
        let sum = 0;
        let rows = 0;
        for (let row = Math.max(0, from); row < Math.min(height, to); row++, rows++) sum += density[row]!;
        return rows === 0 ? 0 : sum / rows;
      };
      const reach = Math.max(2, Math.round(band / 2));
      const above = around(y - reach, y);
      const below = around(end, end + reach);
      if (Math.min(above, below) <= mean * BAND_CONTRAST) return true;
    }
    y = end;
  }
  return false;
}

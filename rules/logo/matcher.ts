import type { Pixels } from '../types';

/**
 * Finds a school's logo in an image: pixels in, matches out, no DOM, so Node runs it for tests and the
 * evaluation. A logo is described by small grids of brightness and edge strength over its own shape
 * (transparent parts left out). The image is searched with windows of the logo's shape at every size
 * where the logo covers at least about a fifth of it, and every position, also partly outside the
 * image (cropped logos); first coarsely, then the best places are checked finely. Correlation makes
 * the comparison blind to brightness, contrast and colour changes; edges also survive hue shifts.
 */

/** Long side of the grey working image; logos that cover a fifth of an image are still 140 px there. */
const WORK_SIDE = 320;
/** Cells on the long side of the logo: few for the search, more for the check. */
const COARSE_CELLS = 16;
const FINE_CELLS = 32;
/** The smallest share of the image the logo's box may cover, and how far it may stick out (crops). */
const MIN_AREA_SHARE = 0.18;
const MAX_OVERHANG = 0.14;
/** Window sizes grow by this factor in the search. */
const SCALE_STEP = 1.08;
/** Share of the logo's cells that must lie inside the image. */
const MIN_COVERAGE = 0.72;
/** How many places per logo the fine check looks at. */
const CANDIDATES = 8;
/** A fine score at or above this is the logo (tuned on the development split of tests/eval/images/evaluate.ts). */
export const MATCH_THRESHOLD = 0.58;

/**
 * One grid over the logo's box, kept only where the logo is (its transparent corners are no part of
 * it): per such cell its place, brightness and edge strength.
 */
interface Template {
  cols: number;
  rows: number;
  /** row × cols + col of each cell that is logo. */
  cells: Int32Array;
  luma: Float32Array;
  edge: Float32Array;
}

export interface LogoFingerprint {
  /** Width over height of the logo's box (transparent and blank margins trimmed). */
  aspect: number;
  coarse: Template;
  fine: Template;
}

export interface LogoMatch {
  /** Index into the fingerprints searched for. */
  logo: number;
  /** Correlation of the best place, 0–1. */
  score: number;
  /** Where the logo's box lies, in the image's own pixels (may stick out a little: a cropped logo). */
  box: { x: number; y: number; width: number; height: number };
}

/** A grey image with a summed-area table, so any rectangle's mean brightness costs a few reads. */
interface GreyImage {
  width: number;
  height: number;
  /** Original pixels per working pixel. */
  scale: number;
  /** (width+1)×(height+1) sums of brightness, transparent parts counting as white. */
  sums: Float64Array;
  /** The same for opacity (0–1); only built for logos. */
  alphaSums?: Float64Array;
}

/**
 * Brightness on white (transparent uploads are shown on white), averaged down to `workSide`. Large photos
 * are read at every few pixels: each working pixel still averages dozens of them.
 */
function greyImage(pixels: Pixels, withAlpha: boolean, workSide = WORK_SIDE): GreyImage {
  const { width: sourceWidth, height: sourceHeight, data } = pixels;
  const scale = Math.max(1, Math.max(sourceWidth, sourceHeight) / workSide);
  const width = Math.max(1, Math.round(sourceWidth / scale));
  const height = Math.max(1, Math.round(sourceHeight / scale));
  const step = Math.max(1, Math.floor(scale / 4));
  const luma = new Float64Array(width * height);
  const alpha = withAlpha ? new Float64Array(width * height) : undefined;
  const counts = new Float64Array(width * height);
  const columnOf = new Int32Array(sourceWidth);
  for (let x = 0; x < sourceWidth; x++) columnOf[x] = Math.min(width - 1, Math.floor((x * width) / sourceWidth));
  for (let y = 0; y < sourceHeight; y += step) {
    const rowStart = Math.min(height - 1, Math.floor((y * height) / sourceHeight)) * width;
    for (let x = 0; x < sourceWidth; x += step) {
      const offset = (y * sourceWidth + x) * 4;
      const a = data[offset + 3]!;
      // Rec. 601 weights in 1/256ths; a transparent pixel counts as white.
      let value = (data[offset]! * 77 + data[offset + 1]! * 150 + data[offset + 2]! * 29) / 256;
      if (a !== 255) value = (value * a + 255 * (255 - a)) / 255;
      const cell = rowStart + columnOf[x]!;
      luma[cell] = luma[cell]! + value;
      if (alpha) alpha[cell] = alpha[cell]! + a / 255;
      counts[cell] = counts[cell]! + 1;
    }
  }
  const sums = summedArea(luma, counts, width, height);
  return { width, height, scale, sums, alphaSums: alpha ? summedArea(alpha, counts, width, height) : undefined };
}

function summedArea(values: Float64Array, counts: Float64Array, width: number, height: number): Float64Array {
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      const index = y * width + x;
      row += values[index]! / counts[index]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  return sums;
}

/** The summed-area table read between pixel corners, so rectangles may start and end inside a pixel. */
function sumAt(sums: Float64Array, width: number, height: number, x: number, y: number): number {
  const cx = Math.min(Math.max(x, 0), width);
  const cy = Math.min(Math.max(y, 0), height);
  const x0 = Math.min(Math.floor(cx), width - 1);
  const y0 = Math.min(Math.floor(cy), height - 1);
  const fx = cx - x0;
  const fy = cy - y0;
  const stride = width + 1;
  const top = sums[y0 * stride + x0]! * (1 - fx) + sums[y0 * stride + x0 + 1]! * fx;
  const bottom = sums[(y0 + 1) * stride + x0]! * (1 - fx) + sums[(y0 + 1) * stride + x0 + 1]! * fx;
  return top * (1 - fy) + bottom * fy;
}

/** Mean over a rectangle, clipped to the image; NaN when less than half of it lies inside. */
function meanOver(image: GreyImage, sums: Float64Array, x0: number, y0: number, x1: number, y1: number): number {
  const { width, height } = image;
  const cx0 = Math.max(x0, 0);
  const cy0 = Math.max(y0, 0);
  const cx1 = Math.min(x1, width);
  const cy1 = Math.min(y1, height);
  const area = (cx1 - cx0) * (cy1 - cy0);
  if (cx1 <= cx0 || cy1 <= cy0 || area * 2 < (x1 - x0) * (y1 - y0)) return NaN;
  const total =
    sumAt(sums, width, height, cx1, cy1) -
    sumAt(sums, width, height, cx0, cy1) -
    sumAt(sums, width, height, cx1, cy0) +
    sumAt(sums, width, height, cx0, cy0);
  return total / area;
}

/**
 * Cell means over a grid of `cols`×`rows` cells of size cellWidth×cellHeight starting at (left, top),
 * with one extra ring of cells around it for the edges. Outside the image: NaN.
 */
function cellGrid(
  image: GreyImage,
  sums: Float64Array,
  left: number,
  top: number,
  cellWidth: number,
  cellHeight: number,
  cols: number,
  rows: number,
): Float32Array {
  const stride = cols + 2;
  const grid = new Float32Array(stride * (rows + 2));
  for (let row = 0; row < rows + 2; row++) {
    const y0 = top + (row - 1) * cellHeight;
    for (let col = 0; col < cols + 2; col++) {
      const x0 = left + (col - 1) * cellWidth;
      grid[row * stride + col] = meanOver(image, sums, x0, y0, x0 + cellWidth, y0 + cellHeight);
    }
  }
  return grid;
}


/** Edge strength per inner cell of a ringed grid (central differences); NaN where a neighbour is missing. */
function edgesOf(grid: Float32Array, cols: number, rows: number): Float32Array {
  const stride = cols + 2;
  const edge = new Float32Array(cols * rows);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const at = (row + 1) * stride + col + 1;
      edge[row * cols + col] = Math.abs(grid[at + 1]! - grid[at - 1]!) + Math.abs(grid[at + stride]! - grid[at - stride]!);
    }
  }
  return edge;
}

function innerCells(grid: Float32Array, cols: number, rows: number): Float32Array {
  const inner = new Float32Array(cols * rows);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) inner[row * cols + col] = grid[(row + 1) * (cols + 2) + col + 1]!;
  }
  return inner;
}

function gridSize(aspect: number, cells: number): { cols: number; rows: number } {
  return aspect >= 1
    ? { cols: cells, rows: Math.max(4, Math.round(cells / aspect)) }
    : { cols: Math.max(4, Math.round(cells * aspect)), rows: cells };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The logo's box: opaque pixels that differ from the background its corners show. */
function contentBox(image: GreyImage): Box {
  const { width, height, sums, alphaSums } = image;
  const pixel = (table: Float64Array, x: number, y: number) => meanOver(image, table, x, y, x + 1, y + 1);
  const corners = [pixel(sums, 0, 0), pixel(sums, width - 1, 0), pixel(sums, 0, height - 1), pixel(sums, width - 1, height - 1)];
  corners.sort((a, b) => a - b);
  const background = (corners[1]! + corners[2]!) / 2;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const opaque = !alphaSums || pixel(alphaSums, x, y) >= 0.5;
      if (opaque && Math.abs(pixel(sums, x, y) - background) > 12) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  return maxX < 0 ? { x: 0, y: 0, width, height } : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

function templateOf(image: GreyImage, box: Box, longSide: number): Template {
  const { cols, rows } = gridSize(box.width / box.height, longSide);
  const cellWidth = box.width / cols;
  const cellHeight = box.height / rows;
  const grid = cellGrid(image, image.sums, box.x, box.y, cellWidth, cellHeight, cols, rows);
  // Around its box the logo stands on white, as an upload of a transparent logo does.
  for (let index = 0; index < grid.length; index++) if (grid[index] !== grid[index]) grid[index] = 255;
  const luma = innerCells(grid, cols, rows);
  const edge = edgesOf(grid, cols, rows);
  const alpha = image.alphaSums && innerCells(cellGrid(image, image.alphaSums, box.x, box.y, cellWidth, cellHeight, cols, rows), cols, rows);
  const logoCells: number[] = [];
  for (let index = 0; index < cols * rows; index++) if (!alpha || alpha[index]! >= 0.5) logoCells.push(index);
  return {
    cols,
    rows,
    cells: Int32Array.from(logoCells),
    luma: Float32Array.from(logoCells, (index) => luma[index]!),
    edge: Float32Array.from(logoCells, (index) => edge[index]!),
  };
}

/** Computes a logo's fingerprint once; keep it and search any number of images with it. */
export function fingerprintLogo(pixels: Pixels): LogoFingerprint {
  const image = greyImage(pixels, true, 256);
  const box = contentBox(image);
  return { aspect: box.width / box.height, coarse: templateOf(image, box, COARSE_CELLS), fine: templateOf(image, box, FINE_CELLS) };
}

/** The template's cells as offsets into a grid `stride` cells wide. */
function offsetsIn(template: Template, stride: number): Int32Array {
  return template.cells.map((cell) => Math.floor(cell / template.cols) * stride + (cell % template.cols));
}

/**
 * Pearson correlation of the template's values and the grid's cells at `base` + offsets, over the cells
 * the grid has (not outside the image). NaN when it has too few; 0 for a flat window (a blank wall).
 */
function correlate(template: Float32Array, offsets: Int32Array, values: Float32Array, base: number): number {
  let count = 0;
  let sumT = 0;
  let sumW = 0;
  let sumTT = 0;
  let sumWW = 0;
  let sumTW = 0;
  for (let index = 0; index < offsets.length; index++) {
    const w = values[base + offsets[index]!]!;
    if (w !== w) continue;
    const t = template[index]!;
    count++;
    sumT += t;
    sumW += w;
    sumTT += t * t;
    sumWW += w * w;
    sumTW += t * w;
  }
  if (count < offsets.length * MIN_COVERAGE) return NaN;
  const varT = sumTT - (sumT * sumT) / count;
  const varW = sumWW - (sumW * sumW) / count;
  if (varT <= 1e-6 || varW <= count * 4) return 0;
  return (sumTW - (sumT * sumW) / count) / Math.sqrt(varT * varW);
}

/**
 * How alike: mostly edges (the logo's drawing), helped by brightness, which counts either way round
 * because a hue shift can turn light parts dark.
 */
const EDGE_WEIGHT = 0.65;
const combine = (edges: number, brightness: number) => EDGE_WEIGHT * edges + (1 - EDGE_WEIGHT) * Math.abs(brightness);

interface Place extends Box {
  score: number;
}

/**
 * The coarse search at one window height: every position at half-cell steps, one shift per step of the
 * generator; the best places are kept in `best`.
 */
function* searchScale(image: GreyImage, logo: LogoFingerprint, height: number, best: Place[]): Generator<void> {
  const { coarse } = logo;
  const width = height * logo.aspect;
  const cellWidth = width / coarse.cols;
  const cellHeight = height / coarse.rows;
  const overhangCols = Math.ceil(coarse.cols * MAX_OVERHANG);
  const overhangRows = Math.ceil(coarse.rows * MAX_OVERHANG);
  const gridCols = Math.ceil(image.width / cellWidth) + 2 * overhangCols;
  const gridRows = Math.ceil(image.height / cellHeight) + 2 * overhangRows;
  const offsets = offsetsIn(coarse, gridCols);
  for (const [shiftX, shiftY] of HALF_CELL_SHIFTS) {
    const left = (shiftX - overhangCols) * cellWidth;
    const top = (shiftY - overhangRows) * cellHeight;
    const grid = cellGrid(image, image.sums, left, top, cellWidth, cellHeight, gridCols, gridRows);
    const edges = edgesOf(grid, gridCols, gridRows);
    const luma = innerCells(grid, gridCols, gridRows);
    for (let row = 0; row + coarse.rows <= gridRows; row++) {
      for (let col = 0; col + coarse.cols <= gridCols; col++) {
        const base = row * gridCols + col;
        const edgeScore = correlate(coarse.edge, offsets, edges, base);
        const worst = best.length < CANDIDATES ? -1 : best[best.length - 1]!.score;
        // Brightness can add at most its weight: skip it where even that would not reach the list.
        if (!(combine(edgeScore, 1) > worst)) continue;
        const score = combine(edgeScore, correlate(coarse.luma, offsets, luma, base));
        if (score > worst) {
          best.push({ x: left + col * cellWidth, y: top + row * cellHeight, width, height, score });
          best.sort((a, b) => b.score - a.score);
          if (best.length > CANDIDATES) best.pop();
        }
      }
    }
    yield;
  }
}

const HALF_CELL_SHIFTS = [[0, 0], [0.5, 0], [0, 0.5], [0.5, 0.5]] as const;

/** The fine score of one window, sampled fresh. */
function scoreWindow(image: GreyImage, fine: Template, box: Box): number {
  const { cols, rows } = fine;
  const grid = cellGrid(image, image.sums, box.x, box.y, box.width / cols, box.height / rows, cols, rows);
  const offsets = offsetsIn(fine, cols);
  const edgeScore = correlate(fine.edge, offsets, edgesOf(grid, cols, rows), 0);
  const score = combine(edgeScore, correlate(fine.luma, offsets, innerCells(grid, cols, rows), 0));
  return score === score ? score : 0;
}

/** The fine check around a coarse place: small shifts and size changes, the best kept. */
function refine(image: GreyImage, logo: LogoFingerprint, place: Place): Place {
  let best: Place = { ...place, score: 0 };
  const step = place.width / logo.coarse.cols / 2;
  for (const grow of [0.96, 1, 1.04]) {
    const width = place.width * grow;
    const height = place.height * grow;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const box = { x: place.x + (place.width - width) / 2 + dx * step, y: place.y + (place.height - height) / 2 + dy * step, width, height };
        const score = scoreWindow(image, logo.fine, box);
        if (score > best.score) best = { ...box, score };
      }
    }
  }
  return best;
}

/** The best place of each logo, one window height per step, so a page can pause between steps. */
function* searchSteps(pixels: Pixels, logos: readonly LogoFingerprint[]): Generator<void, LogoMatch | undefined> {
  if (logos.length === 0 || pixels.width < 16 || pixels.height < 16) return undefined;
  const image = greyImage(pixels, false);
  yield;
  let found: LogoMatch | undefined;
  for (const [index, logo] of logos.entries()) {
    const minHeight = Math.sqrt((MIN_AREA_SHARE * image.width * image.height) / logo.aspect);
    const maxHeight = Math.min(image.height, image.width / logo.aspect) * (1 + 2 * MAX_OVERHANG);
    const best: Place[] = [];
    for (let height = maxHeight; height >= minHeight * 0.999; height /= SCALE_STEP) {
      yield* searchScale(image, logo, height, best);
    }
    for (const place of best) {
      const { score, x, y, width, height } = refine(image, logo, place);
      if (score > (found?.score ?? 0)) {
        const scale = image.scale;
        found = { logo: index, score, box: { x: x * scale, y: y * scale, width: width * scale, height: height * scale } };
      }
      yield;
    }
  }
  return found;
}

/**
 * The search in steps of a few milliseconds: a content script hands the thread back between them so
 * typing never waits. The result is the logo found, if any.
 */
export function* logoSearch(pixels: Pixels, logos: readonly LogoFingerprint[]): Generator<void, LogoMatch | undefined> {
  const best = yield* searchSteps(pixels, logos);
  return best && best.score >= MATCH_THRESHOLD ? best : undefined;
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The search in one go (Node, tests, evaluation). */
export function findLogo(pixels: Pixels, logos: readonly LogoFingerprint[]): LogoMatch | undefined {
  return drain(logoSearch(pixels, logos));
}

/** The best score whether or not it reaches the threshold: for the evaluation's report and tuning. */
export function bestLogoScore(pixels: Pixels, logos: readonly LogoFingerprint[]): number {
  return drain(searchSteps(pixels, logos))?.score ?? 0;
}

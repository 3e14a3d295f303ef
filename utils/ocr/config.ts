/**
 * How Twijfelcheck runs Tesseract, the same in Node (CLI, evaluation, tests) and in the browser (offscreen
 * document, Firefox's background page): Dutch and English trained data (LSTM, "best_int": the smallest
 * that reads well), bundled, never fetched.
 */
export const OCR_LANGUAGES = ['nld', 'eng'] as const;

/** The trained data as the packages @tesseract.js-data/nld and /eng hold it (gzip, LSTM only). */
export const TRAINED_DATA_VARIANT = '4.0.0_best_int';

/** The core the browser loads: WebAssembly with SIMD, LSTM only (every browser the extension supports has SIMD). */
export const CORE_FILE = 'tesseract-core-simd-lstm.js';

/**
 * Larger images are scaled down before OCR: a 1080×2400 phone screenshot is read as it is (its text is
 * large), a 12-megapixel photo at a fraction of the cost. (Scaling small images up, for small desktop
 * text, read less in the evaluation: desktop chats 0.72 → 0.54.)
 */
export const OCR_MAX_PIXELS = 2_700_000;

/** The scale at which an image of this size is read: 1, or less for a very large one. */
export function ocrScale(width: number, height: number): number {
  return Math.min(1, Math.sqrt(OCR_MAX_PIXELS / Math.max(1, width * height)));
}

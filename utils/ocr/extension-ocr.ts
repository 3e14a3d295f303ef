import { browser } from 'wxt/browser';
import type { OcrPage } from '../../rules/ocr/layout';
import { createBrowserOcr, type BrowserOcr } from './browser-ocr';
import { CORE_FILE } from './config';
import { blobOf } from './messages';

/** The extension's own copy of the OCR files (wxt.config.ts puts them in ocr/). */
export const OCR_FOLDER = 'ocr';

let ocr: Promise<BrowserOcr> | undefined;

/**
 * Reads an image with the bundled Tesseract, one worker kept for every image after the first (its start,
 * with the language data, is the slow part). Runs in an extension page: the offscreen document or
 * Firefox's background page.
 */
export async function readInExtension(image: string): Promise<OcrPage> {
  const url = (file: string) => browser.runtime.getURL(`/${OCR_FOLDER}/${file}` as '/');
  ocr ??= createBrowserOcr({ workerPath: url('worker.min.js'), corePath: url(CORE_FILE), langPath: url('').replace(/\/$/, '') });
  try {
    return await (await ocr).read(blobOf(image));
  } catch (error) {
    // A worker that failed to start is started again for the next image.
    ocr = undefined;
    throw error;
  }
}

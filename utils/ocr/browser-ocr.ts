import { createWorker, OEM } from 'tesseract.js';
import type { OcrPage, TesseractBlock } from '../../rules/ocr/layout';
import { OCR_LANGUAGES, ocrScale } from './config';
import { readInPasses } from './prepare';

/** Where the bundled Tesseract files are: the extension's own files (or the evaluation's local server). */
export interface OcrFiles {
  /** tesseract.js's worker script. */
  workerPath: string;
  /** The core script (its .wasm beside it). */
  corePath: string;
  /** The folder with nld.traineddata.gz and eng.traineddata.gz. */
  langPath: string;
}

export interface BrowserOcr {
  /** Reads the text in an image file (PNG, JPEG, …); very large images are scaled down first. */
  read(image: Blob): Promise<OcrPage>;
  close(): Promise<void>;
}

/**
 * Tesseract in a Web Worker of an extension page (Chrome's offscreen document, Firefox's background page),
 * with the bundled core and data. The worker script is loaded from its file, not from a blob URL (the
 * extension's content security policy allows only its own scripts), and nothing is cached or fetched from
 * anywhere else.
 */
export async function createBrowserOcr(files: OcrFiles): Promise<BrowserOcr> {
  const worker = await createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
    ...files,
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  });
  return {
    async read(image) {
      const bitmap = await createImageBitmap(image);
      const scale = ocrScale(bitmap.width, bitmap.height);
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(bitmap, 0, 0, width, height);
      bitmap.close();
      const { data } = context.getImageData(0, 0, width, height);
      return readInPasses({ width, height, data }, async (file) => {
        const result = await worker.recognize(file as unknown as Blob, {}, { blocks: true, text: false });
        return result.data.blocks as unknown as TesseractBlock[];
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

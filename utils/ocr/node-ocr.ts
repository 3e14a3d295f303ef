import { mkdirSync, symlinkSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM } from 'tesseract.js';
import { pageFromTesseract, type OcrPage, type TesseractBlock } from '../../rules/ocr/layout';
import type { Pixels } from '../../rules/types';
import { OCR_LANGUAGES, ocrScale, TRAINED_DATA_VARIANT } from './config';
import { encodePng } from './node-image';

const require = createRequire(import.meta.url);

/**
 * One folder holding every language's trained data, as Tesseract wants it (`langPath`): links to the files
 * in node_modules/@tesseract.js-data, so nothing is copied or downloaded.
 */
function languageFolder(): string {
  const folder = join(tmpdir(), `twijfelcheck-ocr-${TRAINED_DATA_VARIANT}`);
  mkdirSync(folder, { recursive: true });
  for (const language of OCR_LANGUAGES) {
    const file = `${language}.traineddata.gz`;
    const target = join(dirname(require.resolve(`@tesseract.js-data/${language}`)), TRAINED_DATA_VARIANT, file);
    if (!existsSync(join(folder, file))) symlinkSync(target, join(folder, file));
  }
  return folder;
}

/** A smaller copy (nearest pixel) of a very large image for OCR: text that large survives it. */
function scaleDown(pixels: Pixels, scale: number): Pixels {
  const width = Math.max(1, Math.round(pixels.width * scale));
  const height = Math.max(1, Math.round(pixels.height * scale));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sourceY = Math.min(pixels.height - 1, Math.floor(y / scale));
    for (let x = 0; x < width; x++) {
      const from = (sourceY * pixels.width + Math.min(pixels.width - 1, Math.floor(x / scale))) * 4;
      data.set(pixels.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

export interface NodeOcr {
  /** Reads the text in an image (its file bytes and its decoded pixels). */
  read(file: Buffer, pixels: Pixels): Promise<OcrPage>;
  close(): Promise<void>;
}

/**
 * Tesseract in Node (a worker thread) with the bundled Dutch and English data. Nothing is fetched: the
 * core comes from node_modules/tesseract.js-core, the data from the local language folder, and no cache is
 * written.
 */
export async function createNodeOcr(): Promise<NodeOcr> {
  const worker = await createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, { langPath: languageFolder(), cacheMethod: 'none', gzip: true });
  return {
    async read(file, pixels) {
      const scale = ocrScale(pixels.width, pixels.height);
      const image = scale < 1 ? scaleDown(pixels, scale) : pixels;
      const { data } = await worker.recognize(scale < 1 ? encodePng(image) : file, {}, { blocks: true, text: false });
      return pageFromTesseract(data.blocks as unknown as TesseractBlock[], image.width, image.height);
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

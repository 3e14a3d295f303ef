import { mkdirSync, symlinkSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM } from 'tesseract.js';
import type { OcrPage, TesseractBlock } from '../../rules/ocr/layout';
import type { Pixels } from '../../rules/types';
import { OCR_LANGUAGES, ocrScale, TRAINED_DATA_VARIANT } from './config';
import { rescale } from './node-image';
import { readInPasses } from './prepare';

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

export interface NodeOcr {
  /** Reads the text in an image (its decoded pixels). */
  read(pixels: Pixels): Promise<OcrPage>;
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
    async read(pixels) {
      const scale = ocrScale(pixels.width, pixels.height);
      return readInPasses(scale < 1 ? rescale(pixels, scale) : pixels, async (file) => {
        const { data } = await worker.recognize(Buffer.from(file), {}, { blocks: true, text: false });
        return data.blocks as unknown as TesseractBlock[];
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

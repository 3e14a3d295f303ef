/**
 * Text in images (issue 18) for one chat screenshot of 1080×2400 (tests/fixtures/images/chat-telefoon.png):
 * the quick look that decides whether an image is read at all, Tesseract's reading in Node with the bundled
 * data (the extension reads in its offscreen document; `npm run -s eval -- --ocr` times that in Chromium),
 * and the rules on the text read.
 */
import { readFileSync } from 'node:fs';
import { checkImageText } from '../../rules/engine';
import { mayHoldText } from '../../rules/ocr/text-presence';
import { decodeImageFile } from '../../utils/ocr/node-image';
import { createNodeOcr } from '../../utils/ocr/node-ocr';

export interface OcrBench {
  /** Deciding whether the image may hold text (runs on every image added to a post). */
  may_hold_text_ms: number;
  /** Reading the text, median of 3 after a warm-up. */
  read_ms: number;
  /** The image rules on the text read. */
  rules_ms: number;
  /** Words read: the reading worked. */
  words: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

export async function ocrBench(): Promise<OcrBench> {
  const pixels = decodeImageFile(readFileSync('tests/fixtures/images/chat-telefoon.png'));
  const presence = Array.from({ length: 5 }, () => timed(() => mayHoldText(pixels))[1]);
  const ocr = await createNodeOcr();
  try {
    let page = await ocr.read(pixels);
    const reads: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      page = await ocr.read(pixels);
      reads.push(performance.now() - started);
    }
    checkImageText(page);
    const rules = Array.from({ length: 5 }, () => timed(() => checkImageText(page))[1]);
    const words = page.lines.reduce((sum, line) => sum + line.words.length, 0);
    return { may_hold_text_ms: round(median(presence)), read_ms: round(median(reads)), rules_ms: round(median(rules)), words };
  } finally {
    await ocr.close();
  }
}

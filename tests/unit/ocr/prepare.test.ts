import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareForOcr, readInPasses } from '../../../utils/ocr/prepare';
import { blank } from '../../eval/images/image-ops';

const RUNS = { seed: 18, numRuns: 100 };

/** The grey pixels of a PGM file made by prepareForOcr. */
function greyOf(file: Uint8Array): { width: number; height: number; grey: Uint8Array } {
  const header = new TextDecoder().decode(file.slice(0, 32)).match(/^P5\n(\d+) (\d+)\n255\n/)!;
  return { width: Number(header[1]), height: Number(header[2]), grey: file.slice(header[0].length) };
}

/** A light stroke on a dark ground, or the other way round, in the middle of a 60×30 image. */
function stroke(ground: number, ink: number) {
  const image = blank(60, 30, [ground, ground, ground]);
  for (let y = 10; y < 20; y++) for (let x = 28; x < 32; x++) image.data.fill(ink, (y * 60 + x) * 4, (y * 60 + x) * 4 + 3);
  return image;
}

describe('preparing an image for OCR', () => {
  it('makes text dark on a light ground, whichever way round it was (dark mode, coloured bubbles)', () => {
    for (const image of [stroke(240, 20), stroke(20, 240), stroke(40, 200)]) {
      const { grey } = greyOf(prepareForOcr(image));
      const ink = grey[15 * 60 + 30]!;
      const ground = grey[2 * 60 + 2]!;
      expect(ink).toBeLessThan(80);
      expect(ground).toBeGreaterThan(180);
    }
  });

  it('makes outlined letters solid when asked (a white letter with a black edge)', () => {
    const { grey } = greyOf(prepareForOcr(stroke(128, 255), true));
    expect(grey[15 * 60 + 30]!).toBeLessThan(80);
  });

  it('property: a PGM of the same size for any image, light or dark, tiny or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.boolean(), (width, height, seed, outlined) => {
        const image = blank(width, height, [0, 0, 0]);
        for (let index = 0; index < image.data.length; index++) image.data[index] = seed[index % seed.length]!;
        const read = greyOf(prepareForOcr(image, outlined));
        expect([read.width, read.height, read.grey.length]).toEqual([width, height, width * height]);
      }),
      RUNS,
    );
  });

  it('reads once when the first reading finds words, twice (outlined) when it finds almost none', async () => {
    const word = (text: string) => ({ text, confidence: 90, bbox: { x0: 0, y0: 0, x1: 5, y1: 5 } });
    const page = (words: string[]) => [{ paragraphs: [{ lines: [{ bbox: { x0: 0, y0: 0, x1: 5, y1: 5 }, words: words.map(word) }] }] }];
    let calls = 0;
    const rich = await readInPasses(stroke(240, 20), async () => (calls++, page(['een', 'twee', 'drie', 'vier'])));
    expect([calls, rich.lines[0]!.words.length]).toEqual([1, 4]);
    calls = 0;
    const meme = await readInPasses(stroke(240, 20), async () => (calls++ === 0 ? page(['x']) : page(['IK', 'MAAK'])));
    expect([calls, meme.lines[0]!.words.map((item) => item.text)]).toEqual([2, ['IK', 'MAAK']]);
  });
});

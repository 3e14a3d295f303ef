import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlinedTextForOcr, prepareForOcr, readInPasses } from '../../../utils/ocr/prepare';
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
    // The last: white text on a blue chat bubble (grey 106), inverted and stretched so that its ground turns light.
    const blueBubble = stroke(0, 255);
    for (let at = 0; at < blueBubble.data.length; at += 4) if (blueBubble.data[at + 1] === 0) blueBubble.data.set([0, 132, 255], at);
    for (const image of [stroke(240, 20), stroke(20, 240), stroke(40, 200), blueBubble]) {
      const { grey } = greyOf(prepareForOcr(image));
      const ink = grey[15 * 60 + 30]!;
      const ground = grey[2 * 60 + 2]!;
      expect(ink).toBeLessThan(80);
      expect(ground).toBeGreaterThan(180);
    }
  });

  it('reads outlined letters as black on white: a white stroke with a black edge is ink, a white stroke without one is not', () => {
    const outlined = stroke(128, 0);
    for (let y = 11; y < 19; y++) for (let x = 29; x < 31; x++) outlined.data.fill(255, (y * 60 + x) * 4, (y * 60 + x) * 4 + 3);
    expect(greyOf(outlinedTextForOcr(outlined)).grey[15 * 60 + 30]).toBe(0);
    const { grey } = greyOf(outlinedTextForOcr(stroke(128, 255)));
    expect([grey[15 * 60 + 30], grey[2 * 60 + 2]]).toEqual([255, 255]);
  });

  it('property: a PGM of the same size for any image, light or dark, tiny or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.boolean(), (width, height, seed, outlined) => {
        const image = blank(width, height, [0, 0, 0]);
        for (let index = 0; index < image.data.length; index++) image.data[index] = seed[index % seed.length]!;
        const read = greyOf(outlined ? outlinedTextForOcr(image) : prepareForOcr(image));
        expect([read.width, read.height, read.grey.length]).toEqual([width, height, width * height]);
      }),
      RUNS,
    );
  });

  it('reads once when the first reading finds much text, again (stretched, outlined) when it finds little; the reading holding most counts', async () => {
    const word = (text: string, confidence = 90) => ({ text, confidence, bbox: { x0: 0, y0: 0, x1: 5, y1: 5 } });
    const page = (words: ReturnType<typeof word>[]) => [{ paragraphs: [{ lines: [{ bbox: { x0: 0, y0: 0, x1: 5, y1: 5 }, words }] }] }];
    let calls = 0;
    const rich = await readInPasses(stroke(240, 20), async () => (calls++, page('een twee drie vier vijf zes zeven acht negen tien elf twaalf'.split(' ').map((text) => word(text)))));
    expect([calls, rich.lines[0]!.words.length]).toEqual([1, 12]);
    calls = 0;
    // Noise from a photo: more words than the caption, but short and unsure.
    const noise = page(['fi', 'HE', 'op', 'da', 'JEDOOD'].map((text) => word(text, 50)));
    const meme = await readInPasses(stroke(240, 20), async () => (calls++ < 2 ? noise : page(['IK', 'MAAK', 'JE', 'DOOD'].map((text) => word(text, 96)))));
    expect([calls, meme.lines[0]!.words.map((item) => item.text)]).toEqual([3, ['IK', 'MAAK', 'JE', 'DOOD']]);
  });
});

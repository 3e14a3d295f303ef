import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOf, layoutText, pageFromTesseract, regionOf, type OcrPage } from '../../../rules/ocr/layout';
import { pageOf } from '../rules/rule-tester';

/** Fixed seed and bounded runs: the same cases every time, quick enough for every test run. */
const RUNS = { seed: 18, numRuns: 300 };

const wordText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('Daan', 'fleur', '06-12345678', '14:02', '✓✓', '', ' ', 'é', '\u0301', '😀', 'vraag', '1.'),
);
const box = fc
  .record({ x: fc.integer({ min: -50, max: 1200 }), y: fc.integer({ min: -50, max: 2500 }), w: fc.integer({ min: 0, max: 400 }), h: fc.integer({ min: 0, max: 80 }) })
  .map(({ x, y, w, h }) => ({ x0: x, y0: y, x1: x + w, y1: y + h }));
const page: fc.Arbitrary<OcrPage> = fc.record({
  width: fc.integer({ min: 0, max: 2000 }),
  height: fc.integer({ min: 0, max: 3000 }),
  lines: fc.array(
    fc.record({
      words: fc.array(fc.record({ text: wordText, confidence: fc.integer({ min: 0, max: 100 }), box }), { maxLength: 8 }),
      box,
      paragraph: fc.integer({ min: 0, max: 4 }),
    }),
    { maxLength: 12 },
  ),
});

describe('the recognised text of a page', () => {
  it('joins a wrapped bubble into one sentence, starts names and times on their own line, paragraphs apart', () => {
    const image = layoutText(pageOf('Daan\nhee wie heeft het nummer\nvan Fleur?\n14:02\n\nJa: 06-12345678'));
    expect(image.text).toBe('Daan\nhee wie heeft het nummer van Fleur?\n14:02\n\nJa: 06-12345678');
  });

  it('joins a phone number broken over two lines of a bubble, but not a time under it', () => {
    expect(layoutText(pageOf('App Lucas even op 06-\n78675778\n22:19')).text).toBe('App Lucas even op 06-78675778\n22:19');
    expect(layoutText(pageOf('Bel 06 1234\n5678')).text).toBe('Bel 06 1234 5678');
  });

  it("joins a caption in capitals into one sentence (a meme's top and bottom line), not a name above a bubble", () => {
    expect(layoutText(pageOf('IK MAAK\nJE DOOD')).text).toBe('IK MAAK JE DOOD');
    expect(layoutText(pageOf('IK MAAK |\n| JE DOOD')).text).toBe('IK MAAK JE DOOD');
    expect(layoutText(pageOf('DAAN\nHee')).text).toBe('DAAN\nHee');
  });

  it('leaves out words read with little confidence', () => {
    expect(layoutText(pageOf('Vakantie ~kankerrr\n~0612345678')).text).toBe('Vakantie');
  });

  it('maps a range back to the boxes of its words, one per line', () => {
    const image = layoutText(pageOf('Bel Daan op\n06 123 456 78 snel'));
    const start = image.text.indexOf('06');
    expect(boxesOf(image, start, start + '06 123 456 78'.length)).toEqual([{ x0: 0, y0: 40, x1: 13 * 12, y1: 72 }]);
    const wrapped = boxesOf(image, image.text.indexOf('op'), image.text.indexOf('123'));
    expect(wrapped).toHaveLength(2);
  });

  it('reads Tesseract blocks, numbering paragraphs across blocks', () => {
    const bbox = { x0: 1, y0: 2, x1: 3, y1: 4 };
    const line = { bbox, words: [{ text: 'Hoi', confidence: 90, bbox }] };
    const read = pageFromTesseract([{ paragraphs: [{ lines: [line] }, { lines: [line, line] }] }, { paragraphs: [{ lines: [line] }] }], 10, 20);
    expect(read.lines.map((item) => item.paragraph)).toEqual([0, 1, 1, 2]);
    expect(pageFromTesseract(null, 1, 1).lines).toEqual([]);
  });

  it('property: every word kept stands at its offsets, in order, and boxes of any range come from its words', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), (input, a, b) => {
        const image = layoutText(input);
        let previous = 0;
        for (const word of image.words) {
          expect(word.start).toBeGreaterThanOrEqual(previous);
          expect(image.text.slice(word.start, word.end)).not.toMatch(/^\s|\s$/);
          expect(word.end).toBeGreaterThan(word.start);
          previous = word.end;
        }
        const start = Math.min(a, b) % (image.text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (image.text.length + 1));
        const boxes = boxesOf(image, start, end);
        const covered = image.words.filter((word) => word.end > start && word.start < Math.max(end, start + 1));
        expect(boxes.length).toBeLessThanOrEqual(covered.length);
        if (covered.length > 0) expect(boxes.length).toBeGreaterThan(0);
        for (const found of boxes) {
          expect(covered.some((word) => word.box.x0 === found.x0 || word.box.x1 === found.x1)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('property: regions are fractions inside the image, whatever the box', () => {
    fc.assert(
      fc.property(box, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (found, width, height) => {
        const region = regionOf(found, { width, height });
        for (const value of [region.x, region.y, region.width, region.height]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(region.x + region.width).toBeLessThanOrEqual(1.0001);
        expect(region.y + region.height).toBeLessThanOrEqual(1.0001);
      }),
      RUNS,
    );
  });

  it('property: the same page gives the same text, and a word-for-word range gives that word box', () => {
    fc.assert(
      fc.property(page, (input) => {
        const image = layoutText(input);
        expect(layoutText(input)).toEqual(image);
        for (const word of image.words) expect(boxesOf(image, word.start, word.end)).toEqual([word.box]);
      }),
      RUNS,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { mayHoldText } from '../../../rules/ocr/text-presence';
import type { Pixels } from '../../../rules/types';
import { randomSource, scene } from '../../eval/images/dataset';
import { blank } from '../../eval/images/image-ops';

/** Rows of "letters": short dark vertical strokes at word-like spacing, lines with gaps between. */
function textLike(width: number, height: number, seed: number, lineHeight = 28): Pixels {
  const random = randomSource(seed);
  const image = blank(width, height, [250, 250, 250]);
  for (let top = 20; top + lineHeight < height - 20; top += lineHeight * 2) {
    for (let x = 30; x < width - 40; x += random.integer(5, 9)) {
      if (random.next() < 0.15) continue; // a space between words
      const tall = random.next() < 0.3;
      for (let y = top + (tall ? 0 : lineHeight / 3); y < top + lineHeight; y++) {
        for (let dx = 0; dx < 2; dx++) image.data.fill(30, ((y | 0) * width + x + dx) * 4, ((y | 0) * width + x + dx) * 4 + 3);
      }
    }
  }
  return image;
}

function gradient(width: number, height: number): Pixels {
  const image = blank(width, height, [0, 0, 0]);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) image.data.fill((x + y) % 256, (y * width + x) * 4, (y * width + x) * 4 + 3);
  return image;
}

describe('is there text at all? (before OCR)', () => {
  it('sees lines of text', () => {
    expect(mayHoldText(textLike(1080, 600, 1))).toBe(true);
    expect(mayHoldText(textLike(400, 200, 2, 14))).toBe(true);
  });

  it('sees none in a flat image, a gradient or a tiny one', () => {
    expect(mayHoldText(blank(800, 600, [20, 120, 200]))).toBe(false);
    expect(mayHoldText(gradient(640, 480))).toBe(false);
    expect(mayHoldText(textLike(10, 6, 3))).toBe(false);
  });

  it('sees none in most photo-like scenes (texture, shapes, grain)', () => {
    const random = randomSource(7);
    const scenes = Array.from({ length: 12 }, () => scene(random, 240, 180));
    expect(scenes.filter(mayHoldText).length).toBeLessThanOrEqual(2);
  });
});

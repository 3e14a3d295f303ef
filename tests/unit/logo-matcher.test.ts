import { describe, expect, it } from 'vitest';
import { findLogo, fingerprintLogo, logoSearch, MATCH_THRESHOLD } from '../../rules/logo/matcher';
import { loadSampleLogo, logoVariants, randomSource, scene, screenshot } from '../eval/images/dataset';
import { blank, flatten, greyscale, hueRotate, paste, recompress, resize } from '../eval/images/image-ops';

const logo = loadSampleLogo();
const fingerprint = fingerprintLogo(logo);

describe('logo matcher', () => {
  it('trims the transparent margin: the box is the shield', () => {
    expect(fingerprint.aspect).toBeGreaterThan(0.8);
    expect(fingerprint.aspect).toBeLessThan(0.9);
    // The shield's transparent corners are not part of the fine template.
    expect(fingerprint.fine.cells.length).toBeLessThan(fingerprint.fine.cols * fingerprint.fine.rows);
  });

  it('finds the logo as it is, small, recompressed, greyscale and recoloured', () => {
    const flat = flatten(logo, [255, 255, 255]);
    for (const image of [logo, resize(flat, 64, 74), recompress(flat, 40), greyscale(flat), hueRotate(flat, 150)]) {
      expect(findLogo(image, [fingerprint])?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    }
  });

  it('finds it inside a photo and says where', () => {
    const photo = scene(randomSource(7), 900, 700);
    paste(photo, resize(logo, 340, 396), 420, 180);
    const match = findLogo(photo, [fingerprint]);
    expect(match).toBeDefined();
    expect(Math.abs(match!.box.x - 420)).toBeLessThan(40);
    expect(Math.abs(match!.box.y - 180)).toBeLessThan(40);
    expect(match!.box.height).toBeGreaterThan(340);
  });

  it('finds every kind of variant of a fresh seed', () => {
    const variants = logoVariants(logo, 20, 11);
    const missed = variants.filter((variant) => !findLogo(variant.pixels, [fingerprint])).map((variant) => variant.kind);
    expect(missed).toEqual([]);
  });

  it('says nothing about photos, screenshots, blank or tiny images', () => {
    const random = randomSource(3);
    const images = [
      scene(random, 640, 480),
      scene(random, 480, 640),
      screenshot(random, 800, 600),
      blank(400, 300, [255, 255, 255]),
      blank(10, 10, [0, 0, 0]),
    ];
    for (const image of images) expect(findLogo(image, [fingerprint])).toBeUndefined();
  });

  it('says nothing without logos, and the logo stays small in a large photo below a fifth', () => {
    expect(findLogo(logo, [])).toBeUndefined();
    const photo = scene(randomSource(9), 1000, 800);
    paste(photo, resize(logo, 120, 140), 100, 100);
    expect(findLogo(photo, [fingerprint])).toBeUndefined();
  });

  it('searches in steps, so a page can pause between them', () => {
    const search = logoSearch(flatten(logo, [255, 255, 255]), [fingerprint]);
    let steps = 0;
    let step = search.next();
    while (!step.done) {
      steps++;
      step = search.next();
    }
    expect(steps).toBeGreaterThan(5);
    expect(step.value?.logo).toBe(0);
  });
});

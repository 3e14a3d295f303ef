/**
 * The logo evaluation's images, made at run time: transformed copies of the sample logo (what must be
 * found) and distractors (what must not): icon themes from Debian packages, generated photo-like
 * scenes and screenshots, and icons placed inside such scenes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Pixels } from '../../../rules/types';
import {
  adjust, blank, crop, decodePng, flatten, greyscale, hueRotate, pad, paste, recompress, resize, rotate, tint, type Colour,
} from './image-ops';

export const SAMPLE_LOGO = 'public/voorbeeld/logo-voorbeeldcollege.png';

export function loadSampleLogo(): Pixels {
  return decodePng(readFileSync(SAMPLE_LOGO));
}

/** Small seeded generator (mulberry32), so every run makes the same images. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low: number, high: number) => low + next() * (high - low),
    integer: (low: number, high: number) => Math.floor(low + next() * (high - low + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    colour: (): Colour => [Math.floor(next() * 256), Math.floor(next() * 256), Math.floor(next() * 256)],
  };
}
export type Random = ReturnType<typeof randomSource>;

const WHITE: Colour = [255, 255, 255];

/** A photo-like scene: sky and ground, shapes with shading, texture noise, then JPEG. */
export function scene(random: Random, width: number, height: number): Pixels {
  const sky = random.colour();
  const skyLow = random.colour();
  const ground = random.colour();
  const horizon = random.between(0.3, 0.8) * height;
  const image = blank(width, height, WHITE);
  const { data } = image;
  const noiseScale = random.between(4, 24);
  const grain = random.between(4, 30);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = y / height;
      const base = y < horizon ? sky.map((c, i) => c * (1 - t) + skyLow[i]! * t) : ground.map((c) => c * (0.7 + 0.3 * t));
      const wobble = (Math.sin(x / noiseScale + y / (noiseScale * 1.7)) + Math.sin(y / noiseScale - x / (noiseScale * 2.3))) * grain;
      const at = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel++) data[at + channel] = base[channel]! + wobble + (random.next() - 0.5) * grain;
    }
  }
  const shapes = random.integer(3, 18);
  for (let index = 0; index < shapes; index++) drawShape(random, image);
  return recompress(image, random.integer(70, 92));
}

function drawShape(random: Random, image: Pixels): void {
  const { width, height, data } = image;
  const colour = random.colour();
  const shade = random.colour();
  const cx = random.between(0, width);
  const cy = random.between(0, height);
  const rx = random.between(0.03, 0.3) * width;
  const ry = random.between(0.03, 0.3) * height;
  const kind = random.integer(0, 2);
  for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(height, cy + ry); y++) {
    for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(width, cx + rx); x++) {
      const u = (x - cx) / rx;
      const v = (y - cy) / ry;
      const inside = kind === 0 ? u * u + v * v <= 1 : kind === 1 ? true : v >= -1 + Math.abs(u) * 2 - 1 && v <= 1;
      if (!inside) continue;
      const t = (v + 1) / 2;
      const at = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel++) data[at + channel] = colour[channel]! * (1 - t) + shade[channel]! * t;
    }
  }
}

/** A screenshot-like image: a light page with bars, text lines and blocks. */
export function screenshot(random: Random, width: number, height: number): Pixels {
  const page = blank(width, height, random.pick<Colour>([[255, 255, 255], [245, 246, 248], [24, 25, 28]]));
  const dark = page.data[0]! < 128;
  const ink: Colour = dark ? [225, 225, 230] : [30, 32, 38];
  paste(page, blank(width, Math.round(height * random.between(0.05, 0.1)), random.colour()), 0, 0);
  for (let y = Math.round(height * 0.14); y < height - 10; y += random.integer(10, 22)) {
    let x = random.integer(8, 30);
    while (x < width - 40) {
      const word = random.integer(12, 60);
      paste(page, blank(word, random.integer(4, 8), ink), x, y);
      x += word + random.integer(5, 10);
      if (random.next() < 0.08) break;
    }
    if (random.next() < 0.1) {
      const block = blank(random.integer(40, width / 3), random.integer(30, height / 5), random.colour());
      paste(page, block, random.integer(0, width - block.width), y);
      y += block.height;
    }
  }
  return page;
}

export interface Variant {
  kind: string;
  pixels: Pixels;
}

/** The kinds of change, each applied to the logo with random strength. */
const VARIANT_KINDS = [
  'verkleind of vergroot', 'JPEG-kwaliteit 40–60', 'grijstinten', 'andere kleuren', 'rand of opvulling',
  'bijgesneden (≤ 10%)', 'gedraaid (≤ 5°)', 'in een foto', 'in een screenshot', 'combinatie',
] as const;

function logoAtSize(random: Random, logo: Pixels, low: number, high: number): Pixels {
  const side = random.between(low, high);
  const scale = side / Math.max(logo.width, logo.height);
  return resize(logo, logo.width * scale, logo.height * scale);
}

function cropSmall(random: Random, image: Pixels, share: number): Pixels {
  const cutX = image.width * share;
  const cutY = image.height * share;
  const left = random.between(0, cutX);
  const top = random.between(0, cutY);
  return crop(image, left, top, image.width - cutX, image.height - cutY);
}

/** The logo inside a larger image, covering `share` of its area. */
function inside(random: Random, logo: Pixels, share: number, background: (width: number, height: number) => Pixels): Pixels {
  const sized = logoAtSize(random, logo, 160, 420);
  const area = (sized.width * sized.height) / share;
  const aspect = random.pick([4 / 3, 3 / 4, 16 / 9, 1, 9 / 16]);
  const width = Math.max(sized.width, Math.round(Math.sqrt(area * aspect)));
  const height = Math.max(sized.height, Math.round(area / width));
  const base = background(width, height);
  const onCard = random.next() < 0.3 ? flatten(sized, WHITE) : sized;
  return paste(base, onCard, random.integer(0, width - sized.width), random.integer(0, height - sized.height));
}

function transform(random: Random, logo: Pixels, kind: (typeof VARIANT_KINDS)[number]): Pixels {
  switch (kind) {
    case 'verkleind of vergroot':
      return logoAtSize(random, logo, 48, 1200);
    case 'JPEG-kwaliteit 40–60':
      return recompress(logoAtSize(random, logo, 120, 700), random.integer(40, 60));
    case 'grijstinten':
      return greyscale(logoAtSize(random, logo, 100, 600));
    case 'andere kleuren': {
      const sized = logoAtSize(random, logo, 100, 600);
      const change = random.integer(0, 2);
      if (change === 0) return hueRotate(sized, random.between(30, 330));
      if (change === 1) return adjust(sized, random.between(-50, 50), random.between(0.6, 1.4), random.between(0, 1.8));
      return tint(sized, [random.between(0.6, 1.2), random.between(0.6, 1.2), random.between(0.6, 1.2)]);
    }
    case 'rand of opvulling': {
      const sized = logoAtSize(random, logo, 100, 600);
      const colour = random.next() < 0.4 ? WHITE : random.colour();
      const side = () => Math.round(random.between(0.02, 0.35) * sized.width);
      const padded = pad(flatten(sized, colour), { top: side(), right: side(), bottom: side(), left: side() }, colour);
      return random.next() < 0.5 ? pad(padded, { top: 6, right: 6, bottom: 6, left: 6 }, random.colour()) : padded;
    }
    case 'bijgesneden (≤ 10%)':
      return cropSmall(random, flatten(logoAtSize(random, logo, 100, 600), WHITE), random.between(0.03, 0.1));
    case 'gedraaid (≤ 5°)': {
      const angle = random.between(1, 5) * (random.next() < 0.5 ? -1 : 1);
      return rotate(logoAtSize(random, logo, 100, 600), angle, random.next() < 0.6 ? WHITE : random.colour());
    }
    case 'in een foto':
      return inside(random, logo, random.between(0.25, 0.6), (width, height) => scene(random, width, height));
    case 'in een screenshot':
      return inside(random, logo, random.between(0.25, 0.6), (width, height) => screenshot(random, width, height));
    case 'combinatie': {
      let image = logoAtSize(random, logo, 100, 700);
      const steps = ['grijstinten', 'andere kleuren', 'rand of opvulling', 'bijgesneden (≤ 10%)', 'gedraaid (≤ 5°)'] as const;
      for (const step of steps) {
        if (random.next() < 0.5) image = transform(random, image, step);
      }
      return image;
    }
  }
}

/** `count` variants, the kinds taking turns; each is finally saved as a platform would (JPEG or PNG). */
export function logoVariants(logo: Pixels, count: number, seed: number): Variant[] {
  const random = randomSource(seed);
  return Array.from({ length: count }, (_, index) => {
    const kind = VARIANT_KINDS[index % VARIANT_KINDS.length]!;
    const image = transform(random, logo, kind);
    const saved = kind === 'JPEG-kwaliteit 40–60' || random.next() < 0.3 ? image : recompress(image, random.integer(70, 92));
    return { kind, pixels: saved };
  });
}

export interface Distractor {
  kind: string;
  name: string;
  pixels: Pixels;
}

/** Debian icon themes used as logo-like negatives (installed by .ci/run; licences in the README). */
export const ICON_THEMES = {
  evaluation: ['/usr/share/icons/Tango', '/usr/share/icons/gnome'],
  development: ['/usr/share/icons/Adwaita'],
} as const;

function pngFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...pngFiles(path));
    else if (entry.name.endsWith('.png')) files.push(path);
  }
  return files;
}

/** Per theme and icon name the largest PNG; icons under 32 px are left out (nobody posts those). */
export function iconFiles(themes: readonly string[]): string[] {
  const chosen = new Map<string, { path: string; size: number }>();
  for (const theme of themes) {
    if (!existsSync(theme)) throw new Error(`Icon theme ${theme} is missing: apt-get install tango-icon-theme gnome-icon-theme adwaita-icon-theme`);
    for (const path of pngFiles(theme)) {
      const key = `${theme}:${path.slice(path.lastIndexOf('/') + 1)}`;
      const size = statSync(path).size;
      if ((chosen.get(key)?.size ?? -1) < size) chosen.set(key, { path, size });
    }
  }
  return [...chosen.values()].map(({ path }) => path).sort();
}

export function distractors(themes: readonly string[], seed: number, scenes: number): Distractor[] {
  const random = randomSource(seed);
  const icons: Distractor[] = [];
  for (const path of iconFiles(themes)) {
    const pixels = decodePng(readFileSync(path));
    if (Math.min(pixels.width, pixels.height) >= 32) icons.push({ kind: 'icoon', name: path, pixels });
  }
  const made: Distractor[] = [];
  for (let index = 0; index < scenes; index++) {
    const width = random.integer(240, 1000);
    const height = Math.round(width * random.pick([3 / 4, 4 / 3, 9 / 16, 1]));
    const kind = index % 3;
    if (kind === 0) made.push({ kind: 'foto', name: `scene-${index}`, pixels: scene(random, width, height) });
    else if (kind === 1) made.push({ kind: 'screenshot', name: `screenshot-${index}`, pixels: screenshot(random, width, height) });
    else {
      const icon = random.pick(icons);
      const side = Math.min(width, height) * random.between(0.5, 0.8);
      const sized = resize(icon.pixels, side, side);
      const base = scene(random, width, height);
      made.push({ kind: 'icoon in foto', name: `${icon.name} in scene-${index}`, pixels: paste(base, sized, random.integer(0, Math.max(0, width - sized.width)), random.integer(0, Math.max(0, height - sized.height))) });
    }
  }
  return [...icons.map((icon) => ({ ...icon, pixels: flatten(icon.pixels, WHITE) })), ...made];
}

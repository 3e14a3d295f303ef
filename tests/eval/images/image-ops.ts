/**
 * What pupils and platforms do to an image, in plain TypeScript over RGBA pixels, for the logo
 * evaluation and tests: resize, recompress, recolour, pad, crop, rotate, paste into a photo.
 */
import jpeg from 'jpeg-js';
import type { Pixels } from '../../../rules/types';
import { decodeJpeg, decodePng, encodePng } from '../../../utils/ocr/node-image';

export { decodeJpeg, decodePng, encodePng };

export type Colour = [number, number, number];

export function blank(width: number, height: number, colour: Colour, alpha = 255): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < data.length; index += 4) {
    data[index] = colour[0];
    data[index + 1] = colour[1];
    data[index + 2] = colour[2];
    data[index + 3] = alpha;
  }
  return { width, height, data };
}

export function encodeJpeg(pixels: Pixels, quality: number): Buffer {
  const flat = flatten(pixels, [255, 255, 255]);
  return jpeg.encode({ width: flat.width, height: flat.height, data: Buffer.from(flat.data.buffer) }, quality).data;
}

/** Recompression as a platform does it: through JPEG at this quality and back. */
export function recompress(pixels: Pixels, quality: number): Pixels {
  return decodeJpeg(encodeJpeg(pixels, quality));
}

/** Transparent parts onto a solid colour. */
export function flatten(pixels: Pixels, colour: Colour): Pixels {
  const out = new Uint8ClampedArray(pixels.data.length);
  const { data } = pixels;
  for (let index = 0; index < data.length; index += 4) {
    const alpha = data[index + 3]! / 255;
    for (let channel = 0; channel < 3; channel++) out[index + channel] = data[index + channel]! * alpha + colour[channel]! * (1 - alpha);
    out[index + 3] = 255;
  }
  return { width: pixels.width, height: pixels.height, data: out };
}

/** Area averaging when shrinking by more than half (as image editors do), bilinear otherwise. */
export function resize(pixels: Pixels, width: number, height: number): Pixels {
  width = Math.max(1, Math.round(width));
  height = Math.max(1, Math.round(height));
  if (width * 2 < pixels.width && height * 2 < pixels.height) {
    return resize(areaHalve(pixels), width, height);
  }
  const out = new Uint8ClampedArray(width * height * 4);
  const { data } = pixels;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(pixels.height - 1, Math.max(0, ((y + 0.5) * pixels.height) / height - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(pixels.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(pixels.width - 1, Math.max(0, ((x + 0.5) * pixels.width) / width - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(pixels.width - 1, x0 + 1);
      const fx = sx - x0;
      for (let channel = 0; channel < 4; channel++) {
        const top = data[(y0 * pixels.width + x0) * 4 + channel]! * (1 - fx) + data[(y0 * pixels.width + x1) * 4 + channel]! * fx;
        const bottom = data[(y1 * pixels.width + x0) * 4 + channel]! * (1 - fx) + data[(y1 * pixels.width + x1) * 4 + channel]! * fx;
        out[(y * width + x) * 4 + channel] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return { width, height, data: out };
}

function areaHalve(pixels: Pixels): Pixels {
  const width = Math.max(1, Math.floor(pixels.width / 2));
  const height = Math.max(1, Math.floor(pixels.height / 2));
  const out = new Uint8ClampedArray(width * height * 4);
  const { data } = pixels;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let channel = 0; channel < 4; channel++) {
        const at = (dy: number, dx: number) => data[((2 * y + dy) * pixels.width + 2 * x + dx) * 4 + channel]!;
        out[(y * width + x) * 4 + channel] = (at(0, 0) + at(0, 1) + at(1, 0) + at(1, 1)) / 4;
      }
    }
  }
  return { width, height, data: out };
}

export function greyscale(pixels: Pixels): Pixels {
  return mapColours(pixels, (r, g, b) => {
    const value = 0.299 * r + 0.587 * g + 0.114 * b;
    return [value, value, value];
  });
}

/** Rotates hue by `degrees` (the YIQ rotation photo filters use). */
export function hueRotate(pixels: Pixels, degrees: number): Pixels {
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const m = [
    0.213 + cos * 0.787 - sin * 0.213, 0.715 - cos * 0.715 - sin * 0.715, 0.072 - cos * 0.072 + sin * 0.928,
    0.213 - cos * 0.213 + sin * 0.143, 0.715 + cos * 0.285 + sin * 0.14, 0.072 - cos * 0.072 - sin * 0.283,
    0.213 - cos * 0.213 - sin * 0.787, 0.715 - cos * 0.715 + sin * 0.715, 0.072 + cos * 0.928 + sin * 0.072,
  ];
  return mapColours(pixels, (r, g, b) => [
    m[0]! * r + m[1]! * g + m[2]! * b,
    m[3]! * r + m[4]! * g + m[5]! * b,
    m[6]! * r + m[7]! * g + m[8]! * b,
  ]);
}

/** Brightness (added), contrast and saturation (factors), as a filter app's sliders. */
export function adjust(pixels: Pixels, brightness: number, contrast: number, saturation: number): Pixels {
  return mapColours(pixels, (r, g, b) => {
    const grey = 0.299 * r + 0.587 * g + 0.114 * b;
    return [r, g, b].map((value) => (grey + (value - grey) * saturation - 128) * contrast + 128 + brightness) as Colour;
  });
}

/** Multiplies each channel: a warm or cold tint. */
export function tint(pixels: Pixels, factors: Colour): Pixels {
  return mapColours(pixels, (r, g, b) => [r * factors[0], g * factors[1], b * factors[2]]);
}

function mapColours(pixels: Pixels, map: (r: number, g: number, b: number) => Colour): Pixels {
  const out = new Uint8ClampedArray(pixels.data.length);
  const { data } = pixels;
  for (let index = 0; index < data.length; index += 4) {
    const [r, g, b] = map(data[index]!, data[index + 1]!, data[index + 2]!);
    out[index] = r;
    out[index + 1] = g;
    out[index + 2] = b;
    out[index + 3] = data[index + 3]!;
  }
  return { width: pixels.width, height: pixels.height, data: out };
}

export function pad(pixels: Pixels, sides: { top: number; right: number; bottom: number; left: number }, colour: Colour): Pixels {
  const out = blank(pixels.width + sides.left + sides.right, pixels.height + sides.top + sides.bottom, colour);
  return paste(out, pixels, sides.left, sides.top);
}

export function crop(pixels: Pixels, x: number, y: number, width: number, height: number): Pixels {
  x = Math.round(x);
  y = Math.round(y);
  width = Math.round(width);
  height = Math.round(height);
  const out = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((y + row) * pixels.width + x) * 4;
    out.set(pixels.data.subarray(from, from + width * 4), row * width * 4);
  }
  return { width, height, data: out };
}

/** Rotates around the centre onto a larger canvas filled with `colour` (as editors do). */
export function rotate(pixels: Pixels, degrees: number, colour: Colour): Pixels {
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const width = Math.ceil(Math.abs(pixels.width * cos) + Math.abs(pixels.height * sin));
  const height = Math.ceil(Math.abs(pixels.width * sin) + Math.abs(pixels.height * cos));
  const out = blank(width, height, colour);
  const { data } = pixels;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x + 0.5 - width / 2;
      const dy = y + 0.5 - height / 2;
      const sx = cos * dx + sin * dy + pixels.width / 2 - 0.5;
      const sy = -sin * dx + cos * dy + pixels.height / 2 - 0.5;
      if (sx < 0 || sy < 0 || sx > pixels.width - 1 || sy > pixels.height - 1) continue;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(pixels.width - 1, x0 + 1);
      const y1 = Math.min(pixels.height - 1, y0 + 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const target = (y * width + x) * 4;
      const alpha =
        (data[(y0 * pixels.width + x0) * 4 + 3]! * (1 - fx) + data[(y0 * pixels.width + x1) * 4 + 3]! * fx) * (1 - fy) +
        (data[(y1 * pixels.width + x0) * 4 + 3]! * (1 - fx) + data[(y1 * pixels.width + x1) * 4 + 3]! * fx) * fy;
      for (let channel = 0; channel < 3; channel++) {
        const value =
          (data[(y0 * pixels.width + x0) * 4 + channel]! * (1 - fx) + data[(y0 * pixels.width + x1) * 4 + channel]! * fx) * (1 - fy) +
          (data[(y1 * pixels.width + x0) * 4 + channel]! * (1 - fx) + data[(y1 * pixels.width + x1) * 4 + channel]! * fx) * fy;
        out.data[target + channel] = (value * alpha + colour[channel]! * (255 - alpha)) / 255;
      }
    }
  }
  return out;
}

/** Draws `top` over `base` at (x, y), respecting transparency; returns `base`. */
export function paste(base: Pixels, top: Pixels, x: number, y: number): Pixels {
  x = Math.round(x);
  y = Math.round(y);
  for (let row = 0; row < top.height; row++) {
    const ty = y + row;
    if (ty < 0 || ty >= base.height) continue;
    for (let col = 0; col < top.width; col++) {
      const tx = x + col;
      if (tx < 0 || tx >= base.width) continue;
      const from = (row * top.width + col) * 4;
      const to = (ty * base.width + tx) * 4;
      const alpha = top.data[from + 3]! / 255;
      for (let channel = 0; channel < 3; channel++) {
        base.data[to + channel] = top.data[from + channel]! * alpha + base.data[to + channel]! * (1 - alpha);
      }
      base.data[to + 3] = 255;
    }
  }
  return base;
}

import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Pixels } from '../../rules/types';

/** Pixels of a PNG or JPEG file (Node: CLI, evaluation, tests), told apart by their first bytes. */
export function decodeImageFile(bytes: Buffer): Pixels {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return decodePng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return decodeJpeg(bytes);
  throw new Error('Geen PNG of JPEG');
}

export function decodePng(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length) };
}

export function decodeJpeg(bytes: Buffer): Pixels {
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data.buffer) };
}

export function encodePng(pixels: Pixels): Buffer {
  const png = new PNG({ width: pixels.width, height: pixels.height });
  png.data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.length);
  return PNG.sync.write(png);
}

/**
 * A copy at `scale` (bilinear, like a canvas draws it): a very large image smaller before OCR, an image
 * as small as the content script decodes it. Node's stand-in for the browser's drawImage.
 */
export function rescale(pixels: Pixels, scale: number): Pixels {
  const width = Math.max(1, Math.round(pixels.width * scale));
  const height = Math.max(1, Math.round(pixels.height * scale));
  const data = new Uint8ClampedArray(width * height * 4);
  const source = pixels.data;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(pixels.height - 1, Math.max(0, (y + 0.5) / scale - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(pixels.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(pixels.width - 1, Math.max(0, (x + 0.5) / scale - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(pixels.width - 1, x0 + 1);
      const fx = sx - x0;
      const a = (y0 * pixels.width + x0) * 4;
      const b = (y0 * pixels.width + x1) * 4;
      const c = (y1 * pixels.width + x0) * 4;
      const d = (y1 * pixels.width + x1) * 4;
      const at = (y * width + x) * 4;
      for (let channel = 0; channel < 4; channel++) {
        data[at + channel] =
          (source[a + channel]! * (1 - fx) + source[b + channel]! * fx) * (1 - fy) + (source[c + channel]! * (1 - fx) + source[d + channel]! * fx) * fy;
      }
    }
  }
  return { width, height, data };
}

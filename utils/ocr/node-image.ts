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

import type { Pixels } from '../rules/types';

/**
 * Pixels of an image, scaled down so its long side is at most `maxSide`. The browser decodes the file
 * off the main thread (createImageBitmap); only the small scaled copy is read back.
 */
export async function decodeImage(file: Blob, maxSide: number): Promise<Pixels> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context2d = canvas.getContext('2d', { willReadFrequently: true })!;
  context2d.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const { data } = context2d.getImageData(0, 0, width, height);
  return { width, height, data };
}

/** Pixels of an image given as a data URL (the policy's logos), without fetching anything. */
export function decodeDataUrl(url: string, maxSide: number): Promise<Pixels> {
  const match = /^data:(image\/[\w.+-]+)(;base64)?,(.*)$/s.exec(url);
  if (!match) return Promise.reject(new Error('A logo must be an image data URL'));
  const text = match[2] ? atob(match[3]!) : decodeURIComponent(match[3]!);
  return decodeImage(new Blob([Uint8Array.from(text, (char) => char.charCodeAt(0))], { type: match[1] }), maxSide);
}

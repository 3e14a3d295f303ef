import { browser } from 'wxt/browser';
import type { OcrPage } from '../../rules/ocr/layout';

/**
 * Reading text in an image, away from the page: the content script sends the image to the background, which
 * reads it in Chrome's offscreen document (a service worker has no Web Workers or canvas) or, in Firefox, in
 * the background page itself. Tesseract and its data live only there; the content script gets words and
 * boxes back.
 */
export const OCR_READ = 'twijfelcheck:ocr-read';
/** The background's request to the offscreen document (only it answers this one). */
export const OCR_OFFSCREEN_READ = 'twijfelcheck:ocr-offscreen-read';

export interface OcrRequest {
  type: typeof OCR_READ | typeof OCR_OFFSCREEN_READ;
  /** The image file as a data URL: messages carry strings in every browser. */
  image: string;
}

export type OcrReply = { ok: true; page: OcrPage } | { ok: false };

/** After this long the image counts as unread (the post does not wait that long: hold.ts). */
const READ_TIMEOUT_MS = 20_000;

function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsDataURL(file);
  });
}

/** From the content script: the text in this image, read by the background's OCR. */
export async function readImageText(file: Blob): Promise<OcrPage> {
  const request: OcrRequest = { type: OCR_READ, image: await dataUrlOf(file) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('OcrTimeout')), READ_TIMEOUT_MS)));
  try {
    const reply = (await Promise.race([browser.runtime.sendMessage(request), timeout])) as OcrReply | undefined;
    if (!reply?.ok) throw new Error('OcrFailed');
    return reply.page;
  } finally {
    clearTimeout(timer);
  }
}

/** A data URL back to a Blob, without fetching it. */
export function blobOf(dataUrl: string): Blob {
  const match = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Not a data URL');
  const text = match[2] ? atob(match[3]!) : decodeURIComponent(match[3]!);
  return new Blob([Uint8Array.from(text, (char) => char.charCodeAt(0))], { type: match[1] });
}

import { browser } from 'wxt/browser';
import { OCR_OFFSCREEN_READ, type OcrReply, type OcrRequest } from '../../utils/ocr/messages';
import { readInExtension } from '../../utils/ocr/extension-ocr';

/**
 * Chrome's offscreen document: reads text in images for the background (a service worker cannot start the
 * Web Worker Tesseract runs in). Only the background's own requests are answered.
 */
browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const request = message as OcrRequest | null;
  if (request?.type !== OCR_OFFSCREEN_READ || sender.id !== browser.runtime.id || sender.tab) return;
  readInExtension(request.image).then(
    (page) => sendResponse({ ok: true, page } satisfies OcrReply),
    () => sendResponse({ ok: false } satisfies OcrReply),
  );
  return true;
});

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { INJECT, INJECTED_SCRIPTS, type InjectedScript } from '../utils/engine-handle';
import { OCR_OFFSCREEN_READ, OCR_READ, type OcrReply, type OcrRequest } from '../utils/ocr/messages';

const OFFSCREEN_PAGE = '/offscreen.html';
let offscreenReady: Promise<void> | undefined;

/** Chrome: the offscreen document that runs the OCR, made once (and again if Chrome closed it). */
async function ensureOffscreen(): Promise<void> {
  const offscreen = (globalThis as unknown as { chrome: { offscreen: { createDocument(options: object): Promise<void>; hasDocument?(): Promise<boolean> } } }).chrome.offscreen;
  if (offscreen.hasDocument && (await offscreen.hasDocument())) return;
  offscreenReady ??= offscreen
    .createDocument({ url: OFFSCREEN_PAGE, reasons: ['WORKERS'], justification: 'Tekst in een bijgevoegde afbeelding lezen, op dit apparaat.' })
    .finally(() => (offscreenReady = undefined));
  await offscreenReady;
}

/**
 * Reads the text in an image: in Chrome (MV3) in the offscreen document, because a service worker cannot
 * run Tesseract's Web Worker; in Firefox here, in the background page, which can.
 */
async function readImage(image: string): Promise<OcrReply> {
  if (import.meta.env.FIREFOX) {
    const { readInExtension } = await import('../utils/ocr/extension-ocr');
    return { ok: true, page: await readInExtension(image) };
  }
  await ensureOffscreen();
  return (await browser.runtime.sendMessage({ type: OCR_OFFSCREEN_READ, image } satisfies OcrRequest)) as OcrReply;
}

/**
 * Injects the engine (entrypoints/engine.ts) or the reading of English (entrypoints/english.ts) into the
 * content-script world of the frame that asks for it. Injected from here, the files need not be
 * web-accessible resources, which pages could probe. Reads text in attached images for the content script
 * (utils/ocr/messages.ts).
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return;
    const { type, script } = (message ?? {}) as { type?: unknown; script?: unknown };
    if (type === OCR_READ && sender.tab) {
      readImage((message as OcrRequest).image).then(sendResponse, () => sendResponse({ ok: false } satisfies OcrReply));
      return true;
    }
    if (type !== INJECT || !Object.hasOwn(INJECTED_SCRIPTS, String(script))) return;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [INJECTED_SCRIPTS[script as InjectedScript]] })
      .then(
        () => sendResponse({ ok: true }),
        () => sendResponse({ ok: false }),
      );
    // The answer comes after the injection.
    return true;
  });
});

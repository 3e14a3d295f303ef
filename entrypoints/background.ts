import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LOAD_ENGINE } from '../utils/engine-handle';

/**
 * Injects the engine (entrypoints/engine.ts) into the content-script world of the frame that asks for it.
 * Injected from here, the engine file need not be a web-accessible resource, which pages could probe.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== LOAD_ENGINE || sender.id !== browser.runtime.id) return;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/engine.js'] })
      .then(
        () => sendResponse({ ok: true }),
        () => sendResponse({ ok: false }),
      );
    // The answer comes after the injection.
    return true;
  });
});

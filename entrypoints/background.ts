import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { INJECT, INJECTED_SCRIPTS, type InjectedScript } from '../utils/engine-handle';

/**
 * Injects the engine (entrypoints/engine.ts) or the reading of English (entrypoints/english.ts) into the
 * content-script world of the frame that asks for it. Injected from here, the files need not be
 * web-accessible resources, which pages could probe.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const { type, script } = (message ?? {}) as { type?: unknown; script?: unknown };
    if (type !== INJECT || sender.id !== browser.runtime.id || !Object.hasOwn(INJECTED_SCRIPTS, String(script))) return;
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

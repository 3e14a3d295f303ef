import { browser } from 'wxt/browser';
import type { check, checkImage, checkImageText, checkInSlices, WARM_UP_STEPS } from '../rules/engine';
import type { mayHoldText } from '../rules/ocr/text-presence';
import type { fingerprintLogo } from '../rules/logo/matcher';
import type { Rule } from '../rules/types';

/**
 * What the engine script (entrypoints/engine.ts) gives the content script. The rules and their word lists
 * are most of the extension's code; they are injected into a tab's content-script world only when someone
 * starts to write there, so a page that is only read never parses them.
 */
export interface Engine {
  check: typeof check;
  checkInSlices: typeof checkInSlices;
  checkImage: typeof checkImage;
  /** The checks on text read in an image (OCR runs elsewhere: utils/ocr/messages.ts). */
  checkImageText: typeof checkImageText;
  /** The quick "is there text at all?" look before an image is read. */
  mayHoldText: typeof mayHoldText;
  fingerprintLogo: typeof fingerprintLogo;
  /** The text rules, in the order a check runs them: the warm-up runs them one at a time. */
  rules: readonly Rule[];
  /** The rules' biggest lists, one builder each: the warm-up runs them one at a time, before the rules. */
  warmUpSteps: typeof WARM_UP_STEPS;
}

/** The message a content script sends to have the engine injected into its own frame. */
export const LOAD_ENGINE = 'twijfelcheck:load-engine';

/** After this long without an engine, a held post goes out unchecked rather than wait forever. */
const LOAD_TIMEOUT_MS = 5000;

/** A global of the extension's isolated world, which the page cannot see. */
const ENGINE_KEY = Symbol.for('twijfelcheck.engine');
type EngineSlot = { [ENGINE_KEY]?: Engine };

export function provideEngine(engine: Engine): void {
  (globalThis as EngineSlot)[ENGINE_KEY] = engine;
}

/** The engine if it is already here: only then can a check run inside the event that posts. */
export function loadedEngine(): Engine | undefined {
  return (globalThis as EngineSlot)[ENGINE_KEY];
}

let loading: Promise<Engine> | undefined;

/** The engine, asking the background to inject it; callers waiting at the same time share one request. */
export function loadEngine(): Promise<Engine> {
  const engine = loadedEngine();
  if (engine) return Promise.resolve(engine);
  loading ??= new Promise<Engine>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('EngineTimeout')), LOAD_TIMEOUT_MS);
    browser.runtime
      .sendMessage({ type: LOAD_ENGINE })
      .then((reply: { ok?: boolean } | undefined) => {
        const injected = loadedEngine();
        if (injected) resolve(injected);
        else reject(new Error(reply?.ok ? 'EngineMissing' : 'EngineNotInjected'));
      }, reject)
      .finally(() => clearTimeout(timer));
  });
  // Once settled, the next call looks again: the engine is then here, or a failed attempt may be retried.
  const settled = () => (loading = undefined);
  loading.then(settled, settled);
  return loading;
}

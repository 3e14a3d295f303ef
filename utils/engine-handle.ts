import { browser } from 'wxt/browser';
import type { check, checkImage, checkImageText, checkInSlices, WARM_UP_STEPS } from '../rules/engine';
import { globalSlot } from '../rules/global-slot';
import { englishLibrariesHere } from '../rules/english/libraries';
import { englishReading, type EnglishReading } from '../rules/english/reader';
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

/** The message a content script sends to have one of these scripts injected into its own frame. */
export const INJECT = 'twijfelcheck:inject';
/** The scripts the background injects on demand, by name: the rules, and the reading of English (its libraries first). */
export const INJECTED_SCRIPTS = { engine: '/engine.js', englishLibraries: '/english-libraries.js', english: '/english.js' } as const;
export type InjectedScript = keyof typeof INJECTED_SCRIPTS;

/** After this long without the script, a held post goes out as far as it was checked rather than wait forever. */
const LOAD_TIMEOUT_MS = 5000;

const engineSlot = globalSlot<Engine>('engine');
export const provideEngine = engineSlot.provide;
/** The engine if it is already here: only then can a check run inside the event that posts. */
export const loadedEngine = engineSlot.get;

const loading = new Map<InjectedScript, Promise<unknown>>();

/**
 * What an injected script provides, asking the background to inject it when it is not here yet; callers
 * waiting at the same time share one request. Once settled, the next call looks again: the script is then
 * here, or a failed attempt may be retried.
 */
function injected<T>(script: InjectedScript, present: () => T | undefined): Promise<T> {
  const here = present();
  if (here) return Promise.resolve(here);
  let pending = loading.get(script) as Promise<T> | undefined;
  if (!pending) {
    pending = new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('InjectTimeout')), LOAD_TIMEOUT_MS);
      browser.runtime
        .sendMessage({ type: INJECT, script })
        .then((reply: { ok?: boolean } | undefined) => {
          const now = present();
          if (now) resolve(now);
          else reject(new Error(reply?.ok ? 'InjectedButMissing' : 'NotInjected'));
        }, reject)
        .finally(() => clearTimeout(timer));
    });
    loading.set(script, pending);
    const settled = () => loading.delete(script);
    pending.then(settled, settled);
  }
  return pending;
}

/** The engine, injected the first time someone writes. */
export function loadEngine(): Promise<Engine> {
  return injected('engine', loadedEngine);
}

/** The reading of English (rules/english/), injected the first time a post may hold English: its libraries, then itself (two tasks, not one long one). */
export async function loadEnglish(): Promise<EnglishReading> {
  await injected('englishLibraries', englishLibrariesHere);
  return injected('english', englishReading);
}

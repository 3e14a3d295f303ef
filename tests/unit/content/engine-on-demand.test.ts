// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createContext } from '../../../rules/context';
import { ENGINE } from '../../../entrypoints/engine';
import { dialogStore } from '../../../entrypoints/compose.content/dialog-host';
import { loadEngineWhenWriting } from '../../../entrypoints/compose.content/engine-on-demand';
import { installInterceptor } from '../../../entrypoints/compose.content/interceptor';
import { demo } from '../../../entrypoints/compose.content/platforms/demo';
import nlp from 'compromise/one';
import { franc } from 'franc-min';
import { provideEnglishLibraries } from '../../../rules/english/libraries';
import { analyseEnglish, englishWarmedUp, warmUpEnglish } from '../../../rules/english/analyse';
import { englishReading, provideEnglishReading } from '../../../rules/english/reader';
import { INJECT, loadedEngine, provideEngine } from '../../../utils/engine-handle';
import type { LoggedError } from '../../../utils/error-log';
import { DEFAULT_POLICY } from '../../../utils/policy';
import { demoComposer } from './demo-composer';

const ctx = {
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
} as unknown as ContentScriptContext;

installInterceptor(ctx, { adapter: () => demo, context: () => createContext(), policy: () => DEFAULT_POLICY, t: (key) => key });
const loaded = vi.fn();
loadEngineWhenWriting(ctx, () => demo, loaded);

/** The engine and the reading of English as a page has them before anyone wrote: not there. */
const removeEngine = () => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('twijfelcheck.engine')];
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('twijfelcheck.english')];
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('twijfelcheck.english-libraries')];
};
const ENGLISH = { analyse: analyseEnglish, sentences: () => [], knows: () => false, framed: () => false, warmUp: warmUpEnglish, warmedUp: englishWarmedUp };

/** The background: injects the engine when asked, or fails to. */
let injects = true;
const requests = vi.fn();

describe('the engine, loaded when someone starts to write', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    removeEngine();
    injects = true;
    requests.mockClear();
    loaded.mockClear();
    dialogStore.setState({ shown: null });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const { type, script } = message as { type?: string; script?: string };
      if (type !== INJECT) return undefined;
      requests(script);
      if (injects && script === 'engine') provideEngine(ENGINE);
      if (injects && script === 'englishLibraries') provideEnglishLibraries({ nlp, franc });
      if (injects && script === 'english') provideEnglishReading(ENGLISH);
      return Promise.resolve({ ok: injects });
    });
  });
  afterEach(() => provideEngine(ENGINE));

  it('is asked for when an editor gets focus, once, and not for focus elsewhere', async () => {
    demoComposer('');
    document.querySelector('button')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(requests).not.toHaveBeenCalled();
    const editor = document.querySelector('textarea')!;
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    expect(requests).toHaveBeenCalledTimes(1);
    expect(loadedEngine()).toBe(ENGINE);
  });

  it('holds a risky post made before the engine came, then shows the dialog', async () => {
    const { button, posted } = demoComposer('Mijn BSN is 111222333');
    button.click();
    expect(posted).toEqual([]);
    await vi.waitFor(() => expect(dialogStore.getState().shown?.props.findings[0]?.ruleId).toBe('bsn'));
    expect(posted).toEqual([]);
  });

  it('holds a clean post made before the engine came, then posts it exactly once', async () => {
    const { button, posted } = demoComposer('Fijne dag allemaal');
    button.click();
    expect(posted).toEqual([]);
    await vi.waitFor(() => expect(posted).toEqual(['Fijne dag allemaal']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted).toEqual(['Fijne dag allemaal']);
  });

  it('a second press while the post is held posts nothing more: the post goes out once', async () => {
    const { button, posted } = demoComposer('Fijne dag allemaal');
    button.click();
    button.click();
    expect(posted).toEqual([]);
    await vi.waitFor(() => expect(posted).toEqual(['Fijne dag allemaal']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted).toEqual(['Fijne dag allemaal']);
  });

  it('holds a post that may hold English until the reading of English came and warmed up, then shows its finding', async () => {
    provideEngine(ENGINE);
    const { button, posted } = demoComposer("I'm going to beat you up after school");
    button.click();
    expect(posted).toEqual([]);
    await vi.waitFor(() => expect(dialogStore.getState().shown?.props.findings.map((finding) => finding.ruleId)).toContain('engels'));
    // The libraries first, then the reading: two tasks, not one long one.
    expect(requests.mock.calls).toEqual([['englishLibraries'], ['english']]);
    expect(englishReading()?.warmedUp()).toBe(true);
    expect(posted).toEqual([]);
  });

  it('does not load the reading of English for a Dutch post', async () => {
    provideEngine(ENGINE);
    const { button, posted } = demoComposer('Fijne dag allemaal, tot morgen');
    button.click();
    expect(posted).toEqual(['Fijne dag allemaal, tot morgen']);
    expect(requests).not.toHaveBeenCalled();
  });

  it('checks a post that may hold English without it, and lets it go, when the reading cannot be injected', async () => {
    provideEngine(ENGINE);
    injects = false;
    const { button, posted } = demoComposer('you are so kind, see you tomorrow');
    button.click();
    expect(posted).toEqual([]);
    await vi.waitFor(() => expect(posted).toEqual(['you are so kind, see you tomorrow']));
    const log = ((await fakeBrowser.storage.local.get('errorLog')).errorLog as LoggedError[]) ?? [];
    expect(log.map((entry) => entry.where)).toContain('english');
    expect(JSON.stringify(log)).not.toContain('kind');
  });

  it('lets the post go out, and keeps the error without text, when the engine cannot be injected', async () => {
    injects = false;
    const { button, posted } = demoComposer('Mijn BSN is 111222333');
    button.click();
    await vi.waitFor(() => expect(posted).toEqual(['Mijn BSN is 111222333']));
    const log = ((await fakeBrowser.storage.local.get('errorLog')).errorLog as LoggedError[]) ?? [];
    expect(log.map((entry) => entry.where)).toContain('check');
    expect(JSON.stringify(log)).not.toContain('111222333');
  });
});

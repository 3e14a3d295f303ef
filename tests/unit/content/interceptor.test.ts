// @vitest-environment happy-dom
import './engine-loaded';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createContext } from '../../../rules/engine';
import { installInterceptor } from '../../../entrypoints/compose.content/interceptor';
import { dialogStore } from '../../../entrypoints/compose.content/dialog-host';
import { demo } from '../../../entrypoints/compose.content/platforms/demo';
import type { LoggedError } from '../../../utils/error-log';
import { DEFAULT_POLICY } from '../../../utils/policy';
import { demoComposer } from './demo-composer';

const ctx = {
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
} as unknown as ContentScriptContext;

/** Our shadow roots are closed: the test keeps the roots the content script made to look inside. */
const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
const lastRoot = () => attachShadow.mock.results.at(-1)?.value as ShadowRoot | undefined;

let failing = false;
installInterceptor(ctx, {
  adapter: () => demo,
  context: () => {
    if (failing) throw new Error('kapot: Mijn BSN is 111222333');
    return createContext();
  },
  policy: () => DEFAULT_POLICY,
  t: (key) => key,
});

const composer = demoComposer;

async function loggedErrors(): Promise<LoggedError[]> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  return ((await fakeBrowser.storage.local.get('errorLog')).errorLog as LoggedError[]) ?? [];
}

describe('the interceptor', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    failing = false;
    dialogStore.setState({ shown: null });
  });

  it('lets a clean post through untouched', () => {
    const { button, posted } = composer('Fijne dag allemaal');
    button.click();
    expect(posted).toEqual(['Fijne dag allemaal']);
  });

  it('holds a risky post and opens the dialog', () => {
    const { button, posted } = composer('Mijn BSN is 111222333');
    button.click();
    expect(posted).toEqual([]);
    expect(dialogStore.getState().shown?.props.findings[0]?.ruleId).toBe('bsn');
    expect(lastRoot()?.querySelector('[role="dialog"]')).not.toBeNull();
    dialogStore.getState().shown!.props.goAhead!.onChoose();
    expect(posted).toEqual(['Mijn BSN is 111222333']);
    expect(document.querySelector('twijfelcheck-ui')).toBeNull();
  });

  it('checks a post whose button holds a page element named like our dialog host', () => {
    const { button, posted } = composer('Zijn BSN is 111222333');
    button.innerHTML = '<twijfelcheck-ui>Plaatsen</twijfelcheck-ui>';
    button.querySelector('twijfelcheck-ui')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(posted).toEqual([]);
    expect(dialogStore.getState().shown?.props.findings[0]?.ruleId).toBe('bsn');
  });

  it('"Toch plaatsen" clicks the new button when the site re-rendered it while the dialog was open', () => {
    const { button, posted } = composer('Mijn IBAN is NL91 ABNA 0417 1643 00');
    button.click();
    expect(posted).toEqual([]);
    const fresh = document.createElement('button');
    fresh.dataset.testid = 'demo-post-button';
    const freshPosts: string[] = [];
    fresh.addEventListener('click', () => freshPosts.push('fresh'));
    button.replaceWith(fresh);
    dialogStore.getState().shown!.props.goAhead!.onChoose();
    expect(freshPosts).toEqual(['fresh']);
    expect(posted).toEqual([]);
  });

  it('fails open: when our code throws, the post goes through and the error is kept without text', async () => {
    failing = true;
    const { button, posted } = composer('Zijn BSN is 111222333');
    button.click();
    expect(posted).toEqual(['Zijn BSN is 111222333']);
    const log = await loggedErrors();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ where: 'check', name: 'Error' });
    expect(JSON.stringify(log)).not.toContain('111222333');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DIALOG_TAG, HINT_TAG, isFromOwnUi, mountShadowHost, removeOwnUiWhenInvalidated } from '../../../entrypoints/compose.content/shadow-host';

/** Whether a click on `target` counts as one in our UI, as the interceptor's window listener sees it. */
function clickCountsAsOwn(target: Element): boolean {
  let own: boolean | undefined;
  const listener = (event: Event) => (own = isFromOwnUi(event));
  window.addEventListener('click', listener, { capture: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  window.removeEventListener('click', listener, { capture: true });
  return own!;
}

function ourDialog() {
  const anchor = document.createElement('textarea');
  document.body.append(anchor);
  const { host, mount } = mountShadowHost(DIALOG_TAG, 'position: fixed;', '.x{}', anchor);
  const button = document.createElement('button');
  mount.append(button);
  return { host, button };
}

describe('our own UI is recognised by the hosts we made, never by a name', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('a click inside our shadow root is ours', () => {
    expect(clickCountsAsOwn(ourDialog().button)).toBe(true);
  });

  it('a page element named like our host, clicked itself, is not ours', () => {
    document.body.innerHTML = `<button>Post <${DIALOG_TAG}>nu</${DIALOG_TAG}></button>`;
    expect(clickCountsAsOwn(document.querySelector(DIALOG_TAG)!)).toBe(false);
  });

  it('a button the page wraps in elements named like our hosts is not ours', () => {
    document.body.innerHTML = `<${HINT_TAG}><${DIALOG_TAG}><button>Post</button></${DIALOG_TAG}></${HINT_TAG}>`;
    expect(clickCountsAsOwn(document.querySelector('button')!)).toBe(false);
  });

  it('a page element with our tag name and its own shadow root is not ours', () => {
    const forged = document.createElement(DIALOG_TAG);
    const button = document.createElement('button');
    forged.attachShadow({ mode: 'closed' }).append(button);
    document.body.append(forged);
    expect(clickCountsAsOwn(button)).toBe(false);
  });

  it('a button the page moves into our real host (light DOM) is not ours', () => {
    const { host } = ourDialog();
    const button = document.createElement('button');
    host.append(button);
    expect(clickCountsAsOwn(button)).toBe(false);
  });

  it('the host is closed to the page and carries nothing but its position', () => {
    const { host } = ourDialog();
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual(['style']);
    expect(host.textContent).toBe('');
  });
});

describe('when the content script stops (extension updated or switched off)', () => {
  it("takes our dialog and hint off the page, and leaves the page's own elements with our names", () => {
    let invalidated: (() => void) | undefined;
    removeOwnUiWhenInvalidated({ onInvalidated: (callback: () => void) => (invalidated = callback) } as unknown as ContentScriptContext);
    const { host } = ourDialog();
    const hint = mountShadowHost(HINT_TAG, '', '', document.body).host;
    const pages = document.createElement(DIALOG_TAG);
    document.body.append(pages);
    invalidated!();
    expect(host.isConnected).toBe(false);
    expect(hint.isConnected).toBe(false);
    expect(pages.isConnected).toBe(true);
    document.body.innerHTML = '';
  });
});

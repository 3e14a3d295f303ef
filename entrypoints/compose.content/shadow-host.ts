import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MODAL_SELECTOR } from './surfaces';

/**
 * Tag names of our UI's hosts. They only name the elements we create: a page can use the same names, so
 * they never decide whether something is ours (that is `isFromOwnUi`).
 */
export const DIALOG_TAG = 'twijfelcheck-ui';
export const HINT_TAG = 'twijfelcheck-hint';
export const NOTICE_TAG = 'twijfelcheck-notice';

/** The hosts this content script made: the reference is the proof, as a page cannot forge it. */
const ownHosts = new WeakSet<Element>();

/**
 * Takes our UI off the page when this content script stops (the extension was updated or switched off):
 * a dialog left behind would answer to nothing; without it the user simply posts again and the site takes it.
 */
export function removeOwnUiWhenInvalidated(ctx: ContentScriptContext): void {
  ctx.onInvalidated(() => {
    for (const host of document.querySelectorAll(`${DIALOG_TAG}, ${HINT_TAG}, ${NOTICE_TAG}`)) if (ownHosts.has(host)) host.remove();
  });
}

/**
 * Whether an event began inside our own UI (the dialog or the hint badge), which the interceptor and the
 * live hint leave alone. Found by the host's identity on the event's path, and only when nothing but our
 * own shadow tree comes before it: an element the page puts in or around our host, or its own element
 * with our tag name, is checked like any other.
 */
export function isFromOwnUi(event: Event): boolean {
  const path = event.composedPath();
  const index = path.findIndex((node) => node instanceof Element && ownHosts.has(node));
  // Our closed root hides its nodes from listeners outside, so our host comes first; where a path does
  // list the inside (open roots, test DOMs), the entry right before the host is our shadow root. A
  // page's node there would be a light-DOM child, which is not ours.
  return index === 0 || (index > 0 && path[index - 1] instanceof ShadowRoot);
}

/**
 * Written by hand rather than with WXT's `createShadowRootUi`: the host must be known by reference for
 * `isFromOwnUi` (a page can copy any tag name or attribute), must mount inside the site's modal next to
 * the editor at the moment of use, and carries a closed root with our styles inline, so that page
 * scripts cannot read the user's text or the findings in it.
 *
 * An element of our own with a closed shadow root holding `css` and an empty mount point, appended
 * next to `anchor`: inside the site's modal if there is one (else on the body), so its focus trap and stacking do not hide
 * us. Our styles stay in, the page's stay out; page scripts cannot reach into the closed root, so the
 * user's text and the findings shown there stay out of their reach. The host carries nothing but its
 * position.
 */
export function mountShadowHost(tag: string, hostStyle: string, css: string, anchor: Element) {
  const host = document.createElement(tag);
  host.setAttribute('style', `all: initial; ${hostStyle}`);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  ownHosts.add(host);
  (anchor.closest(MODAL_SELECTOR) ?? document.body ?? document.documentElement).appendChild(host);
  return { host, mount };
}

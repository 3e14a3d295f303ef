/** Where our UI mounts: inside the site's modal when the compose box is in one, else on the body. */
export const MODAL_SELECTOR = 'dialog[open], [role="dialog"], [aria-modal="true"]';

/** Our UI's host elements; events from inside their shadow roots are retargeted to them. */
export const DIALOG_TAG = 'twijfelcheck-ui';
export const HINT_TAG = 'twijfelcheck-hint';
const OWN_TAGS = new Set([DIALOG_TAG, HINT_TAG]);

export function isOwnUi(node: EventTarget | null): boolean {
  return node instanceof Element && OWN_TAGS.has(node.tagName.toLowerCase());
}

/**
 * An element of our own with an open shadow root holding `css` and an empty mount point, appended
 * next to `anchor`: inside the site's modal if there is one, so its focus trap and stacking do not hide
 * us. Our styles stay in, the page's stay out.
 */
export function mountShadowHost(tag: string, hostStyle: string, css: string, anchor: Element) {
  const host = document.createElement(tag);
  host.setAttribute('style', `all: initial; ${hostStyle}`);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  (anchor.closest(MODAL_SELECTOR) ?? document.body ?? document.documentElement).appendChild(host);
  return { host, mount };
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { recordError } from '../../utils/error-log';
import type { SiteAdapter } from './platforms/types';

/** The handle in a link to an account's own page: /handle, /handle/, /profile.php?id=123 (Facebook). */
export function handleFromProfileLink(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, location.href);
  } catch {
    return undefined;
  }
  if (url.pathname.endsWith('/profile.php')) {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? id : undefined;
  }
  return url.pathname.split('/').filter(Boolean).pop()?.toLowerCase();
}

function readHandle(adapter: SiteAdapter & { accountHandle: string }): string | undefined {
  const element = document.querySelector(adapter.accountHandle);
  if (!element) return undefined;
  const link = element.closest('a[href]');
  if (link) return handleFromProfileLink(link.getAttribute('href')!);
  return /@(\w{1,30})/.exec(element.textContent ?? '')?.[1]?.toLowerCase();
}

const lastHandles = new WeakMap<SiteAdapter, string>();

/**
 * The signed-in account's handle, where the adapter knows where the page shows it. Some pages do not show
 * it (Facebook has it in the feed's left column only); then the handle last seen on this page is used,
 * as moving around a single-page site does not change who is signed in. Unknown is never an error: the
 * writer then simply gets every check.
 */
export function signedInHandle(adapter: SiteAdapter): string | undefined {
  if (!adapter.accountHandle) return undefined;
  try {
    const handle = readHandle(adapter as SiteAdapter & { accountHandle: string });
    if (handle) lastHandles.set(adapter, handle);
    return handle ?? lastHandles.get(adapter);
  } catch (error) {
    recordError('account', error);
    return undefined;
  }
}

/**
 * The account for a check: the one the watcher below last read (it reads after every change to the page),
 * so a check does not search the page again; read now when none was seen yet.
 */
export function knownHandle(adapter: SiteAdapter): string | undefined {
  return lastHandles.get(adapter) ?? signedInHandle(adapter);
}

/**
 * Reads the signed-in account whenever the page has changed (at once, then at most every 300 ms), so that it
 * is known on pages reached afterwards that do not show it. Only while `wanted`. Returns "look now", for
 * when `wanted` may have changed.
 */
export function watchSignedInAccount(
  ctx: ContentScriptContext,
  adapter: () => SiteAdapter | undefined,
  wanted: () => boolean,
): () => void {
  let timer: number | undefined;
  let lastLook = -Infinity;
  const look = () => {
    timer = undefined;
    lastLook = performance.now();
    const site = adapter();
    if (site) signedInHandle(site);
  };
  const lookSoon = () => {
    if (timer !== undefined || !wanted()) return;
    const wait = lastLook + 300 - performance.now();
    if (wait <= 0) look();
    else timer = ctx.setTimeout(look, wait);
  };
  const observer = new MutationObserver(lookSoon);
  observer.observe(document, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  return lookSoon;
}

import { render } from 'preact';
import { Notice } from '../../components/Notice';
import noticeCss from '../../components/notice.css?inline';
import type { Translate } from '../../components/TwijfelDialog';
import { recordError } from '../../utils/error-log';
import { appendText, readEditorText } from './editors';
import { mountShadowHost, NOTICE_TAG } from './shadow-host';
import type { Submission } from './submission';

/** How long the site may take to take a post we handed on before we ask the user to look. */
const DELIVERY_MS = 1500;
/** The same, on a site known to ignore what a script sends: long enough for a site that does take it. */
const USER_EVENTS_ONLY_MS = 500;
/** How long a notice stays if the user does nothing. */
const NOTICE_MS = 15_000;
const WATCH_MS = 500;

/** The site took the post: the editor was emptied, changed, or left the page (the composer closed). */
function delivered(held: Submission): boolean {
  const text = held.text.trim();
  return !held.editors.some((editor) => editor.isConnected && readEditorText(editor).trim() === text);
}

/**
 * After we hand a post on to the site (a replayed click or key), checks that it went out. Some sites act
 * only on what the user does, not on events a script sends: then the post is still in the box, and the
 * user is told in place to press once more, and `letThrough` makes sure that press is not held again.
 * Never a state where the user believes it was posted and it was not.
 */
export function confirmDelivery(held: Submission, t: Translate, letThrough: () => void, outcome?: (delivered: boolean) => void): void {
  setTimeout(() => {
    try {
      const taken = delivered(held);
      outcome?.(taken);
      if (taken) return;
      letThrough();
      // A slow site may still take it: the notice leaves as soon as the post is gone from the box.
      showNotice(held.focusEditor, t('pressAgain'), t, () => delivered(held));
    } catch (error) {
      recordError('delivery', error);
    }
  }, held.surface.userEventsOnly ? USER_EVENTS_ONLY_MS : DELIVERY_MS);
}

/**
 * "Disclaimer toevoegen": into the editor if it takes it; an editor that ignores text a script adds gets it
 * on the clipboard instead (still inside the user's click), with a notice to paste it.
 */
export async function addDisclaimer(editor: HTMLElement, disclaimer: string, t: Translate): Promise<void> {
  if (await appendText(editor, disclaimer)) return;
  const pasted = () => readEditorText(editor).includes(disclaimer.trim());
  try {
    await navigator.clipboard.writeText(disclaimer);
    showNotice(editor, t('pasteDisclaimer'), t, pasted);
  } catch (error) {
    // No clipboard (the page lost focus, or the browser refused): the text itself, to type or copy.
    recordError('disclaimer', error);
    showNotice(editor, t('typeDisclaimer', [disclaimer]), t, pasted);
  }
}

let shown: { host: HTMLElement; close(): void } | undefined;

/** One notice at a time, at the bottom of the screen; it leaves when `done()` or after a while. */
function showNotice(anchor: HTMLElement, message: string, t: Translate, done: () => boolean): void {
  shown?.close();
  const { host, mount } = mountShadowHost(
    NOTICE_TAG,
    'position: fixed; z-index: 2147483646; left: 50%; bottom: 24px; transform: translateX(-50%);',
    noticeCss,
    anchor,
  );
  const started = Date.now();
  const watch = setInterval(() => {
    if (done() || Date.now() - started > NOTICE_MS) close();
  }, WATCH_MS);
  const close = () => {
    clearInterval(watch);
    host.remove();
    if (shown?.host === host) shown = undefined;
  };
  shown = { host, close };
  render(<Notice message={message} t={t} onClose={close} />, mount);
}

import { render } from 'preact';
import { PressAgainNotice } from '../../components/PressAgainNotice';
import pressAgainCss from '../../components/press-again.css?inline';
import type { Translate } from '../../components/TwijfelDialog';
import { recordError } from '../../utils/error-log';
import { readEditorText } from './editors';
import { mountShadowHost, NOTICE_TAG } from './shadow-host';
import type { Submission } from './submission';

/** How long the site may take to take a post we handed on before we ask the user to look. */
const DELIVERY_MS = 3000;
/** How long the notice stays if the user does nothing; it goes as soon as the post is gone from the box. */
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
export function confirmDelivery(held: Submission, t: Translate, letThrough: () => void): void {
  setTimeout(() => {
    try {
      if (delivered(held)) return;
      letThrough();
      showPressAgain(held, t);
    } catch (error) {
      recordError('delivery', error);
    }
  }, DELIVERY_MS);
}

let shown: { host: HTMLElement; close(): void } | undefined;

function showPressAgain(held: Submission, t: Translate): void {
  shown?.close();
  const { host, mount } = mountShadowHost(
    NOTICE_TAG,
    'position: fixed; z-index: 2147483646; left: 50%; bottom: 24px; transform: translateX(-50%);',
    pressAgainCss,
    held.focusEditor,
  );
  const started = Date.now();
  // A slow site may still take it: the notice leaves as soon as the post is gone from the box.
  const watch = setInterval(() => {
    if (delivered(held) || Date.now() - started > NOTICE_MS) close();
  }, WATCH_MS);
  const close = () => {
    clearInterval(watch);
    host.remove();
    if (shown?.host === host) shown = undefined;
  };
  shown = { host, close };
  render(<PressAgainNotice t={t} onClose={close} />, mount);
}

import type { SubmitKey } from './platforms/types';

/** The submit key a keydown is, if any: Enter, or Ctrl/Cmd+Enter; Shift or Alt+Enter is a new line. */
export function submitKeyOf(event: KeyboardEvent): SubmitKey | null {
  if (event.key !== 'Enter') return null;
  if (event.ctrlKey || event.metaKey) return 'mod+enter';
  return event.shiftKey || event.altKey ? null : 'enter';
}

/**
 * A keydown the site's own handlers accept as the user's. Draft.js reads keyCode and which; they go in
 * the init dictionary, because a getter defined in our isolated world is invisible to the page's.
 */
export function replayKey(editor: HTMLElement, original: KeyboardEvent): void {
  const init: KeyboardEventInit & { keyCode: number; which: number } = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    ctrlKey: original.ctrlKey,
    metaKey: original.metaKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  editor.dispatchEvent(new KeyboardEvent('keydown', init));
}

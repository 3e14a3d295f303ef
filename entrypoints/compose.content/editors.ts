import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Reading compose boxes and keeping their caret, for textareas, Draft.js, Lexical and plain contenteditable. */

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

/** Lexical: per block, `<br>` is a newline except the block's own last one; blocks joined by a blank line. */
function readLexical(root: HTMLElement): string {
  return [...root.children]
    .map((block) => {
      let text = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
        else if ((node as Element).tagName === 'BR') text += '\n';
      }
      return text.endsWith('\n') ? text.slice(0, -1) : text;
    })
    .join('\n\n');
}

/** The text as the site will post it. */
export function readEditorText(element: HTMLElement): string {
  if (isTextField(element)) return element.value;
  const draftBlocks = element.querySelectorAll('[data-block="true"]');
  if (draftBlocks.length > 0) return [...draftBlocks].map((block) => block.textContent ?? '').join('\n');
  if (element.closest('[data-lexical-editor="true"]')) return readLexical(element);
  return element.innerText;
}

type SavedCaret = { kind: 'field'; start: number; end: number } | { kind: 'range'; range: Range };
const lastCaret = new WeakMap<HTMLElement, SavedCaret>();

/**
 * Remembers the caret of the site's contenteditable editors while the user types, so that "Bericht
 * aanpassen" can put it back where it was.
 */
export function trackCaret(ctx: ContentScriptContext, editorSelector: () => string | undefined): void {
  ctx.addEventListener(document, 'selectionchange', () => {
    const selector = editorSelector();
    if (selector) rememberSelection(selector);
  });
  ctx.addEventListener(window, 'focusin', (event) => {
    const selector = editorSelector();
    const editor = selector && event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;
    if (editor) lastEditor = new WeakRef(editor);
  }, { capture: true });
}

/** The editor the user was last in: where "Bericht aanpassen" returns to when a composer has several. */
let lastEditor: WeakRef<HTMLElement> | undefined;

export function lastEditorAmong(editors: HTMLElement[]): HTMLElement | undefined {
  const editor = lastEditor?.deref();
  return editor && editors.includes(editor) ? editor : undefined;
}

function rememberSelection(editorSelector: string): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const anchor = selection.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  const editor = element?.closest<HTMLElement>(editorSelector);
  if (editor && !isTextField(editor)) lastCaret.set(editor, { kind: 'range', range: selection.getRangeAt(0).cloneRange() });
}

/** Takes the caret of a textarea at the moment of submitting (a dialog click would move it). */
export function captureCaret(editor: HTMLElement): void {
  if (isTextField(editor)) {
    lastCaret.set(editor, { kind: 'field', start: editor.selectionStart ?? 0, end: editor.selectionEnd ?? 0 });
  }
}

/** Puts focus and caret back where the user left them. */
export function restoreCaret(editor: HTMLElement): void {
  editor.focus({ preventScroll: true });
  const saved = lastCaret.get(editor);
  if (!saved) return;
  if (saved.kind === 'field' && isTextField(editor)) {
    editor.setSelectionRange(saved.start, saved.end);
  } else if (saved.kind === 'range' && editor.contains(saved.range.startContainer)) {
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(saved.range);
  }
}

function caretToEnd(editor: HTMLElement): void {
  const selection = document.getSelection();
  const range = document.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Adds text at the end of the editor through the editor itself, so the site's state (React, Draft.js,
 * Lexical) and the DOM stay in step: never by rewriting the DOM. Textareas take execCommand
 * ('insertText'); rich editors a synthetic paste, which both Draft.js and Lexical accept. Firefox does not
 * let a page read what an extension put in a paste event; there the browser's own typing command adds it.
 * Says whether the editor took it (some take only what the user types).
 */
export async function appendText(editor: HTMLElement, text: string): Promise<boolean> {
  editor.focus();
  if (isTextField(editor)) {
    const before = editor.value;
    editor.setSelectionRange(editor.value.length, editor.value.length);
    const separator = editor.value.trim() === '' ? '' : '\n';
    document.execCommand('insertText', false, separator + text);
    return editor.value !== before;
  }
  caretToEnd(editor);
  // The editors move their own selection on selectionchange; paste after they have.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const before = readEditorText(editor);
  const hadText = before.trim() !== '';
  const pasted = (hadText ? '\n' : '') + text;
  const data = new DataTransfer();
  data.setData('text/plain', pasted);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  // Firefox gives the event an empty copy of the data it was made with; the copy can still be written.
  paste.clipboardData?.setData('text/plain', pasted);
  editor.dispatchEvent(paste);
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Any change counts as taken: an editor may tidy the text up, and adding it twice is worse.
  if (readEditorText(editor) !== before) return true;
  // On one line: a typed line break could post a comment box (Enter) or split what the editor cannot follow.
  caretToEnd(editor);
  document.execCommand('insertText', false, (hadText ? ' ' : '') + text);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return readEditorText(editor) !== before;
}

import { readEditorText } from './editors';
import type { Surface } from './platforms/types';

/**
 * Composers found by their structure alone, for a UI language or a wording the adapters have no labels for.
 * A surface with `submitBy: 'structure'` names its editors structurally (a Lexical textbox inside a dialog, a
 * textarea in a comment form); its post button is found here, by what the button does rather than what it
 * says: it was disabled or absent while the editor was empty and is there and enabled once it has text, it is
 * the form's submit button, or it is a text button beside a dialog's heading (Instagram's "Share").
 */

/** Where a structural composer's buttons are compared: the nearest of these around the editor. */
const AREA = 'form, [role="dialog"], dialog, [role="article"], article, [role="main"], main';
/** Never a composer, however it is built: search boxes and pickers. */
const NOT_A_COMPOSER = '[role="search"], [role="searchbox"], [role="combobox"], input[type="search"]';
const BUTTONS = 'button, [role="button"]';
const HEADING = 'h1, h2, h3, [role="heading"]';

export function isDisabled(button: Element): boolean {
  return (button as HTMLButtonElement).disabled === true || button.getAttribute('aria-disabled') === 'true';
}

/** The buttons an area had while its editor was empty, and which of them were disabled then. */
interface EmptyState {
  present: WeakSet<Element>;
  disabled: WeakSet<Element>;
}
const emptyStates = new WeakMap<Element, EmptyState>();

function areaOf(surface: Surface, element: Element): Element | null {
  return (surface.scope && element.closest(surface.scope)) || element.closest(AREA);
}

function mayBeComposer(element: Element): boolean {
  return !element.closest(NOT_A_COMPOSER);
}

/**
 * Whether an element its `editor` selector matches is one of the surface's editors: not inside what the
 * surface excludes, and for a structural surface never a search box or a picker.
 */
export function acceptsEditor(surface: Surface, element: Element): boolean {
  if (surface.notInside && element.closest(surface.notInside)) return false;
  return surface.submitBy !== 'structure' || mayBeComposer(element);
}

/**
 * Remembers the buttons around an empty editor of a structural surface (on focus and after each input), so a
 * submit can later be told from the other buttons by what changed once there was text.
 */
export function noteComposerState(surface: Surface, editor: HTMLElement): void {
  if (readEditorText(editor).trim() !== '') return;
  const area = areaOf(surface, editor);
  if (!area) return;
  const state: EmptyState = { present: new WeakSet(), disabled: new WeakSet() };
  for (const button of area.querySelectorAll(BUTTONS)) {
    state.present.add(button);
    if (isDisabled(button)) state.disabled.add(button);
  }
  emptyStates.set(area, state);
}

/** Levels above an editor within which a button that shows up counts as its own (not a new comment's). */
const NEAR_LEVELS = 4;

function isNear(editor: Element, button: Element): boolean {
  let node: Element | null = editor;
  for (let level = 0; node && level < NEAR_LEVELS; level++) node = node.parentElement;
  return !!node?.contains(button);
}

function follows(first: Node, second: Node): boolean {
  return (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Whether a button posts a structural surface's composer (see above). */
export function isStructuralSubmit(surface: Surface, button: Element): boolean {
  if (isDisabled(button) || !mayBeComposer(button)) return false;
  const area = areaOf(surface, button);
  if (!area) return false;
  // From the document: the selector's ancestors may be the area itself (a dialog), which a query scoped to it
  // does not see in every DOM implementation.
  const editor = [...document.querySelectorAll(surface.editor)].find((element) => area.contains(element) && acceptsEditor(surface, element));
  if (!editor || editor.contains(button)) return false;
  if (button.getAttribute('type') === 'submit' && button.closest('form')?.contains(editor)) return true;
  const state = emptyStates.get(area);
  if (state?.disabled.has(button)) return true;
  // A send button that shows up once there is text (chats), just after the editor.
  if (state && surface.keys.includes('enter') && !state.present.has(button) && follows(editor, button) && isNear(editor, button)) {
    return true;
  }
  if (area.matches('[role="dialog"], dialog')) {
    const heading = [...(button.parentElement?.children ?? [])].find((sibling) => sibling.matches(HEADING));
    // Words, not an icon: a close or back button beside the heading is a glyph or a picture.
    return !!heading && follows(heading, button) && /\p{L}/u.test(button.textContent ?? '');
  }
  return false;
}

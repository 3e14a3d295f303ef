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
const HEADING = ':scope > h1, :scope > h2, :scope > h3, :scope > [role="heading"]';

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

/** Whether a structural surface may take this element as its editor: never a search box or a picker. */
export function mayBeComposer(element: Element): boolean {
  return !element.closest(NOT_A_COMPOSER);
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

function follows(first: Node, second: Node): boolean {
  return (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Whether a button posts a structural surface's composer (see above). */
export function isStructuralSubmit(surface: Surface, button: Element): boolean {
  if (isDisabled(button) || !mayBeComposer(button)) return false;
  const area = areaOf(surface, button);
  if (!area) return false;
  const editor = area.querySelector(surface.editor);
  if (!editor || editor.contains(button)) return false;
  if (button.getAttribute('type') === 'submit' && button.closest('form')?.contains(editor)) return true;
  const state = emptyStates.get(area);
  if (state?.disabled.has(button)) return true;
  // A send button that shows up once there is text (chats), after the editor.
  if (state && surface.keys.includes('enter') && !state.present.has(button) && follows(editor, button)) return true;
  if (area.matches('[role="dialog"], dialog')) {
    const heading = button.parentElement?.querySelector(HEADING);
    return !!heading && follows(heading, button) && (button.textContent ?? '').trim() !== '';
  }
  return false;
}

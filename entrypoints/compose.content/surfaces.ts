import type { SiteAdapter, Surface } from './platforms/types';
import { acceptsEditor, isStructuralSubmit } from './structural';

/**
 * A site's modal (a dialog, or what the page marks as one): our UI mounts inside it so its focus trap does
 * not hide us, and files added in it belong to the composer it holds.
 */
export const MODAL_SELECTOR = 'dialog[open], [role="dialog"], [aria-modal="true"]';

/** What a button says: its aria-label, an icon's aria-label inside it, or its visible text. */
function labelsOf(button: Element): string[] {
  const labels = [button.getAttribute('aria-label'), button.textContent];
  for (const icon of button.querySelectorAll('[aria-label]')) labels.push(icon.getAttribute('aria-label'));
  return labels.filter((label): label is string => !!label).map((label) => label.trim().toLowerCase());
}

const labelSets = new WeakMap<Surface, Set<string>>();
function isSubmitButton(surface: Surface, element: Element): boolean {
  if (surface.submitBy === 'structure') return isStructuralSubmit(surface, element);
  if (!surface.submitLabels) return true;
  let wanted = labelSets.get(surface);
  if (!wanted) labelSets.set(surface, (wanted = new Set(surface.submitLabels.map((label) => label.toLowerCase()))));
  return labelsOf(element).some((label) => wanted!.has(label));
}

export interface SurfaceHit {
  surface: Surface;
  element: HTMLElement;
}

/**
 * The post button the event target belongs to, if any: of a surface that has an editor for it, so a button
 * that only looks like another surface's (Send in a chat and under a story) goes to the one it posts.
 */
export function submitButtonAt(adapter: SiteAdapter, target: Element): SurfaceHit | undefined {
  let editorless: SurfaceHit | undefined;
  for (const surface of adapter.surfaces) {
    const element = target.closest<HTMLElement>(surface.submit);
    if (!element || !isSubmitButton(surface, element)) continue;
    if (editorsOfButton(surface, element).length > 0) return { surface, element };
    editorless ??= { surface, element };
  }
  return editorless;
}

/** The compose box the event target is in, if any. */
export function editorAt(adapter: SiteAdapter, target: Element): SurfaceHit | undefined {
  for (const surface of adapter.surfaces) {
    const element = target.closest<HTMLElement>(surface.editor);
    if (element && acceptsEditor(surface, element)) return { surface, element };
  }
  return undefined;
}

/** The nearest ancestor of `from` (itself excluded) for which `holds` finds something. */
function nearestHolding<T>(from: Element, holds: (ancestor: Element) => T | undefined): T | undefined {
  for (let node = from.parentElement; node; node = node.parentElement) {
    const found = holds(node);
    if (found !== undefined) return found;
    if (node === document.body) break;
  }
  return undefined;
}

function editorsIn(scope: Element, surface: Surface): HTMLElement[] | undefined {
  const editors = [...scope.querySelectorAll<HTMLElement>(surface.editor)].filter((editor) => acceptsEditor(surface, editor));
  return editors.length > 0 ? editors : undefined;
}

/** The post buttons of a surface inside `scope`. */
export function submitButtonsIn(scope: ParentNode, surface: Surface): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(surface.submit)].filter((button) => isSubmitButton(surface, button));
}

function buttonIn(scope: Element, surface: Surface): HTMLElement | undefined {
  return submitButtonsIn(scope, surface)[0];
}

/** Every compose box that a post button sends (all parts of a thread). */
export function editorsOfButton(surface: Surface, button: Element): HTMLElement[] {
  if (surface.scope) {
    const scope = button.closest(surface.scope);
    return (scope && editorsIn(scope, surface)) ?? [];
  }
  return nearestHolding(button, (node) => editorsIn(node, surface)) ?? [];
}

/** The composer around a compose box: its post button (if any) and all the boxes it sends. */
export function composerOfEditor(surface: Surface, editor: Element): { button?: HTMLElement; editors: HTMLElement[] } {
  const scope = surface.scope
    ? editor.closest(surface.scope)
    : nearestHolding(editor, (node) => (buttonIn(node, surface) ? node : undefined));
  if (!scope) return { editors: [editor as HTMLElement] };
  return { button: buttonIn(scope, surface), editors: editorsIn(scope, surface) ?? [editor as HTMLElement] };
}

const editorSelectors = new WeakMap<SiteAdapter, string>();

/** One selector for every compose box of the adapter; built once, as it is used on every caret move. */
export function anyEditorSelector(adapter: SiteAdapter): string {
  let selector = editorSelectors.get(adapter);
  if (selector === undefined) {
    selector = adapter.surfaces.map((surface) => surface.editor).join(', ');
    editorSelectors.set(adapter, selector);
  }
  return selector;
}

function isShown(element: Element): boolean {
  if (!element.isConnected || element.closest('[hidden]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}

/**
 * A list of suggestions (mentions, hashtags, emoji) is open for this editor: Enter then picks one and does
 * not post. Read from the editor's ARIA state as Lexical, Draft.js and ARIA comboboxes set it (expanded,
 * an active option, a listbox it controls), and from the site's own list where it does not say so.
 */
export function hasOpenSuggestions(adapter: SiteAdapter, editor: Element): boolean {
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  const active = editor.getAttribute('aria-activedescendant');
  if (active && document.getElementById(active)) return true;
  for (const attribute of ['aria-controls', 'aria-owns']) {
    for (const id of editor.getAttribute(attribute)?.split(/\s+/) ?? []) {
      const list = id ? document.getElementById(id) : null;
      if (list?.getAttribute('role') === 'listbox' && isShown(list)) return true;
    }
  }
  return !!adapter.suggestionList && [...document.querySelectorAll(adapter.suggestionList)].some(isShown);
}

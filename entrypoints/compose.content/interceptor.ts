import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { check, SEVERITY_RANK } from '../../rules/engine';
import type { CheckContext, Finding } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import type { Translate } from '../../components/TwijfelDialog';
import { dialogStore, isOwnUi, openDialog } from './dialog-host';
import { captureCaret, readEditorText, rememberSelection, restoreCaret } from './editors';
import type { SiteAdapter, SubmitKey, Surface } from './platforms/types';

/** A post that was about to go out, and how to let it go out after all. */
interface Submission {
  surface: Surface;
  editors: HTMLElement[];
  /** The editor to return to on "Bericht aanpassen". */
  focusEditor: HTMLElement;
  text: string;
  replay(): void;
}

export interface InterceptorOptions {
  adapter(): SiteAdapter | undefined;
  context(): CheckContext;
  t: Translate;
}

/** Findings below this severity are listed in the dialog but do not open it on their own. */
const DIALOG_THRESHOLD = SEVERITY_RANK.waarschuwing;

/** True only while we replay a submit the user chose to post anyway: our own listeners let it pass. */
let replaying = false;

function replayWithBypass(action: () => void): void {
  replaying = true;
  try {
    action();
  } finally {
    replaying = false;
  }
}

function isDisabled(button: HTMLElement): boolean {
  return (button as HTMLButtonElement).disabled === true || button.getAttribute('aria-disabled') === 'true';
}

function elementOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
}

function editorsIn(scope: Element, surface: Surface): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(surface.editor)];
}

function submitKeyOf(event: KeyboardEvent): SubmitKey | null {
  if (event.key !== 'Enter') return null;
  if (event.ctrlKey || event.metaKey) return 'mod+enter';
  return event.shiftKey || event.altKey ? null : 'enter';
}

/** A keydown the site's own handlers accept as the user's (Draft.js reads keyCode and which). */
function replayKey(editor: HTMLElement, original: KeyboardEvent): void {
  const event = new KeyboardEvent('keydown', {
    key: 'Enter',
    code: 'Enter',
    ctrlKey: original.ctrlKey,
    metaKey: original.metaKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  Object.defineProperty(event, 'keyCode', { get: () => 13 });
  Object.defineProperty(event, 'which', { get: () => 13 });
  editor.dispatchEvent(event);
}

/**
 * Catches a submit in the capture phase on window, before the page sees it, checks the text
 * synchronously and, if something is worth a second look, holds the post and shows the dialog.
 * Whatever goes wrong in here, the post goes through as if we were not there.
 */
export function installInterceptor(ctx: ContentScriptContext, options: InterceptorOptions): void {
  const findSurface = (element: Element, part: 'editor' | 'submit') => {
    const adapter = options.adapter();
    if (!adapter) return undefined;
    for (const surface of adapter.surfaces) {
      const match = element.closest<HTMLElement>(surface[part]);
      if (match) return { surface, match };
    }
    return undefined;
  };

  const submissionFromButton = (surface: Surface, button: HTMLElement): Submission | undefined => {
    const scope = button.closest(surface.scope);
    const editors = scope ? editorsIn(scope, surface) : [];
    if (editors.length === 0) return undefined;
    const findButton = () =>
      button.isConnected ? button : (editors[0]!.closest(surface.scope)?.querySelector<HTMLElement>(surface.submit) ?? button);
    return {
      surface,
      editors,
      focusEditor: editors.find((editor) => editor.contains(document.activeElement)) ?? editors[0]!,
      text: editors.map(readEditorText).join('\n\n'),
      replay: () => findButton().click(),
    };
  };

  const submissionFromKey = (surface: Surface, editor: HTMLElement, event: KeyboardEvent): Submission => {
    const scope = editor.closest(surface.scope);
    const editors = scope ? editorsIn(scope, surface) : [editor];
    return {
      surface,
      editors,
      focusEditor: editor,
      text: editors.map(readEditorText).join('\n\n'),
      replay: () => replayKey(editor, event),
    };
  };

  /** Decides on one submit; returns normally (and lets the post go) unless the dialog takes over. */
  const intercept = (event: Event, build: () => Submission | undefined) => {
    let submission: Submission | undefined;
    let findings: Finding[];
    try {
      if (dialogStore.getState().request) {
        // A dialog is open: a second click or Enter must not post behind it.
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      submission = build();
      if (!submission || submission.text.trim() === '') return;
      findings = check(submission.text, options.context());
      if (!findings.some((finding) => SEVERITY_RANK[finding.severity] >= DIALOG_THRESHOLD)) return;
    } catch (error) {
      recordError('check', error);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const held = submission;
    try {
      captureCaret(held.focusEditor);
      openDialog(
        held.focusEditor,
        {
          text: held.text,
          findings,
          canPostAnyway: true,
          onEdit: () => restoreCaret(held.focusEditor),
          onPostAnyway: () => {
            try {
              restoreCaret(held.focusEditor);
              replayWithBypass(held.replay);
            } catch (error) {
              recordError('replay', error);
            }
          },
        },
        options.t,
      );
    } catch (error) {
      recordError('dialog', error);
      replayWithBypass(held.replay);
    }
  };

  const onClick = (event: MouseEvent) => {
    if (replaying || isOwnUi(event.target)) return;
    const target = elementOf(event.target);
    const hit = target && findSurface(target, 'submit');
    if (!hit || isDisabled(hit.match)) return;
    intercept(event, () => submissionFromButton(hit.surface, hit.match));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (replaying || event.isComposing || event.keyCode === 229 || isOwnUi(event.target)) return;
    const target = elementOf(event.target);
    if (!target) return;
    const button = (event.key === 'Enter' || event.key === ' ') && findSurface(target, 'submit');
    if (button) {
      // Enter or Space on a div[role=button] post button posts like a click.
      if (!isDisabled(button.match)) intercept(event, () => submissionFromButton(button.surface, button.match));
      return;
    }
    const key = submitKeyOf(event);
    const editor = key && findSurface(target, 'editor');
    if (!editor || !editor.surface.keys.includes(key)) return;
    intercept(event, () => submissionFromKey(editor.surface, editor.match, event));
  };

  const onSelectionChange = () => {
    const adapter = options.adapter();
    if (adapter) rememberSelection(adapter.surfaces.map((surface) => surface.editor).join(', '));
  };

  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
  ctx.addEventListener(document, 'selectionchange', onSelectionChange);
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckContext, Finding } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import { isLessonTime, type Policy } from '../../utils/policy';
import type { Translate } from '../../components/TwijfelDialog';
import { attachmentsOf } from './attachments';
import { checkComposer, checkComposerInSlices, needsDialog, needsSlicing } from './composer-check';
import { dialogStore, presentFindings } from './dialog-host';
import { appendText, captureCaret, readEditorText, rememberSelection, restoreCaret } from './editors';
import { isFromOwnUi } from './shadow-host';
import type { SiteAdapter, SubmitKey, Surface } from './platforms/types';
import { anyEditorSelector, composerOfEditor, editorAt, editorsOfButton, submitButtonAt } from './surfaces';

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
  policy(): Policy;
  t: Translate;
  /** Called when we let a post go out (clean, or "Toch plaatsen"), with its editors. */
  onPosted?(editors: HTMLElement[]): void;
  /** Whether the school's policy has been read yet; until then the defaults apply. */
  policyReady?(): boolean;
  /** Resolves when the policy has been read (or reading it gave up). */
  whenPolicyReady?(): Promise<void>;
}

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

function submitKeyOf(event: KeyboardEvent): SubmitKey | null {
  if (event.key !== 'Enter') return null;
  if (event.ctrlKey || event.metaKey) return 'mod+enter';
  return event.shiftKey || event.altKey ? null : 'enter';
}

/**
 * A keydown the site's own handlers accept as the user's. Draft.js reads keyCode and which; they go in
 * the init dictionary, because a getter defined in our isolated world is invisible to the page's.
 */
function replayKey(editor: HTMLElement, original: KeyboardEvent): void {
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

/** The lesson-time reminder comes at most once in this period (one lesson), so it stays gentle. */
const LESSON_REMINDER_MS = 45 * 60_000;

/**
 * How long a post may wait for the policy (made before it arrived) or for the checks of a photo just
 * added; after that it is decided on what is known.
 */
const HOLD_MS = 1500;

/** How long a "Toch plaatsen" choice holds for the same text (a Next → Post flow checks twice). */
const CONFIRMATION_MS = 60_000;

/**
 * Catches a submit in the capture phase on window, before the page sees it, checks the text
 * synchronously and, if something is worth a second look, holds the post and shows the dialog.
 * Whatever goes wrong in here, the post goes through as if we were not there.
 */
export function installInterceptor(ctx: ContentScriptContext, options: InterceptorOptions): void {
  let confirmed: { text: string; at: number } | undefined;

  const submissionFromButton = (surface: Surface, button: HTMLElement): Submission | undefined => {
    const editors = editorsOfButton(surface, button);
    if (editors.length === 0) return undefined;
    const findButton = () => {
      if (button.isConnected) return button;
      return composerOfEditor(surface, editors[0]!).button ?? button;
    };
    return {
      surface,
      editors,
      focusEditor: editors.find((editor) => editor.contains(document.activeElement)) ?? editors[0]!,
      text: editors.map(readEditorText).join('\n\n'),
      replay: () => findButton().click(),
    };
  };

  const submissionFromKey = (surface: Surface, editor: HTMLElement, event: KeyboardEvent): Submission => {
    const composer = composerOfEditor(surface, editor);
    return {
      surface,
      editors: composer.editors,
      focusEditor: editor,
      text: composer.editors.map(readEditorText).join('\n\n'),
      replay:
        surface.keyReplay === 'button' && composer.button
          ? () => composer.button!.click()
          : () => replayKey(editor, event),
    };
  };

  /** Shows the dialog for a held post; if that fails, the post goes out as if we were not there. */
  const showDialog = (held: Submission, findings: Finding[], blocked: boolean, lessonTime = false) => {
    try {
      const context = options.context();
      captureCaret(held.focusEditor);
      const wantsDisclaimer =
        context.role === 'medewerker' && findings.some((finding) => finding.category === 'disclaimer');
      presentFindings({
        mode: 'post',
        anchor: held.focusEditor,
        text: held.text,
        findings,
        blocked,
        lessonTime,
        policy: options.policy(),
        t: options.t,
        onAddDisclaimer: wantsDisclaimer
          ? () => {
              appendText(held.focusEditor, context.school.disclaimerText).catch((error) => recordError('disclaimer', error));
            }
          : undefined,
        onEdit: () => restoreCaret(held.focusEditor),
        onGoAhead: () => {
          try {
            confirmed = { text: held.text, at: Date.now() };
            restoreCaret(held.focusEditor);
            replayWithBypass(held.replay);
            options.onPosted?.(held.editors);
          } catch (error) {
            recordError('replay', error);
          }
        },
      });
    } catch (error) {
      recordError('dialog', error);
      replayWithBypass(held.replay);
    }
  };

  let lessonReminderAt = -Infinity;
  /** Pupils posting during the school's lesson times get one gentle reminder per lesson. */
  const wantsLessonReminder = () => {
    const policy = options.policy();
    if (policy.role !== 'leerling' || policy.lessonTimes.length === 0) return false;
    if (Date.now() - lessonReminderAt < LESSON_REMINDER_MS || !isLessonTime(policy.lessonTimes, new Date())) return false;
    lessonReminderAt = Date.now();
    return true;
  };

  /**
   * A post made before the policy arrived, right after a photo was added, or too long to check in one go:
   * wait for what it waits on (briefly), check again (a long text in pieces, the page stays responsive),
   * then dialog or post.
   */
  const holdUntil = (held: Submission, ready: Promise<unknown>) => {
    const waited = Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, HOLD_MS))]);
    void waited
      .then(() => checkComposerInSlices(held.text, held.editors, options.context(), options.policy()))
      .then(
        ({ findings, blocked }) => {
          if (!needsDialog(findings)) return true;
          showDialog(held, findings, blocked);
          return false;
        },
        (error) => {
          recordError('check', error);
          return true;
        },
      )
      .then((post) => {
        if (!post) return;
        replayWithBypass(held.replay);
        options.onPosted?.(held.editors);
      });
  };

  /** Decides on one submit; returns normally (and lets the post go) unless the dialog takes over. */
  const intercept = (event: Event, build: () => Submission | undefined) => {
    let submission: Submission | undefined;
    let findings: Finding[] = [];
    let blocked = false;
    let waitFor: Promise<unknown> | undefined;
    let lessonTime = false;
    try {
      if (dialogStore.getState().shown) {
        // A dialog is open: a second click or Enter must not post behind it.
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      submission = build();
      if (!submission) return;
      const alreadyConfirmed =
        confirmed !== undefined && confirmed.text === submission.text && Date.now() - confirmed.at < CONFIRMATION_MS;
      let imagesPending: Promise<unknown> | undefined;
      if (!alreadyConfirmed && needsSlicing(submission.text)) {
        // Too long to check inside this event without freezing the page: held, checked in pieces.
        const policyPending = options.policyReady?.() === false;
        waitFor = Promise.all([policyPending && options.whenPolicyReady!(), attachmentsOf(submission.editors).pending]);
      } else if (!alreadyConfirmed) {
        ({ findings, blocked, imagesPending } = checkComposer(submission.text, submission.editors, options.context(), options.policy()));
      }
      if (!waitFor && (alreadyConfirmed || !needsDialog(findings))) {
        const policyPending = options.policyReady?.() === false && submission.text.trim() !== '';
        if (!alreadyConfirmed && (policyPending || imagesPending)) {
          waitFor = Promise.all([policyPending && options.whenPolicyReady!(), imagesPending]);
        }
        if (!waitFor && !alreadyConfirmed) lessonTime = wantsLessonReminder();
        if (!waitFor && !lessonTime) {
          options.onPosted?.(submission.editors);
          return;
        }
      }
    } catch (error) {
      recordError('check', error);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (waitFor) holdUntil(submission, waitFor);
    else showDialog(submission, findings, blocked, lessonTime);
  };

  const onClick = (event: MouseEvent) => {
    if (replaying || isFromOwnUi(event)) return;
    const adapter = options.adapter();
    const target = elementOf(event.target);
    const hit = adapter && target && submitButtonAt(adapter, target);
    if (!hit || isDisabled(hit.element)) return;
    intercept(event, () => submissionFromButton(hit.surface, hit.element));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (replaying || event.isComposing || event.keyCode === 229 || isFromOwnUi(event)) return;
    const adapter = options.adapter();
    const target = elementOf(event.target);
    if (!adapter || !target) return;
    const button = (event.key === 'Enter' || event.key === ' ') && submitButtonAt(adapter, target);
    if (button) {
      // Enter or Space on a div[role=button] post button posts like a click.
      if (!isDisabled(button.element)) intercept(event, () => submissionFromButton(button.surface, button.element));
      return;
    }
    const key = submitKeyOf(event);
    const editor = key && editorAt(adapter, target);
    if (!editor || !editor.surface.keys.includes(key)) return;
    intercept(event, () => submissionFromKey(editor.surface, editor.element, event));
  };

  const onSelectionChange = () => {
    const adapter = options.adapter();
    if (adapter) rememberSelection(anyEditorSelector(adapter));
  };

  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
  ctx.addEventListener(document, 'selectionchange', onSelectionChange);
}

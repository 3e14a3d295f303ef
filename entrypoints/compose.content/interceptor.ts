import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Translate } from '../../components/TwijfelDialog';
import type { CheckContext, Finding } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import { recordHealth, type HealthEvent } from '../../utils/health';
import type { Policy } from '../../utils/policy';
import { attachmentsOf } from './attachments';
import { checkComposer, mustWait, needsDialog } from './composer-check';
import { confirmDelivery } from './notice';
import { dialogStore } from './dialog-host';
import { handOn, isHandingOn } from './hand-on';
import { holdUntil, isHolding } from './hold';
import { lessonReminder } from './lesson-reminder';
import type { SiteAdapter } from './platforms/types';
import { createPostDialog } from './post-dialog';
import { isFromOwnUi } from './shadow-host';
import { submissionFromButton, submissionFromKey, type Submission } from './submission';
import { submitKeyOf } from './submit-keys';
import { acceptsEditor, isDisabled, noteComposerState } from './structural';
import { editorAt, hasOpenSuggestions, submitButtonAt } from './surfaces';

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

function elementOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
}

/**
 * Catches a submit in the capture phase on window, before the page sees it, checks the text
 * synchronously and, if something is worth a second look, holds the post and shows the dialog.
 * Whatever goes wrong in here, the post goes through as if we were not there.
 */
export function installInterceptor(ctx: ContentScriptContext, options: InterceptorOptions): void {
  /** Counts for the health view (utils/health.ts): only on the sites, never text. */
  const health = (event: HealthEvent) => {
    const adapter = options.adapter();
    if (adapter && adapter.id !== 'demo') recordHealth(adapter.id, event);
  };
  const letGo = (held: Submission) => {
    handOn(held.replay);
    options.onPosted?.(held.editors);
    confirmDelivery(held, options.t, () => dialog.confirm(held.text), (taken) => health({ kind: taken ? 'delivered' : 'pressedAgain' }));
  };
  const dialog = createPostDialog({ context: options.context, policy: options.policy, t: options.t, letGo });
  const show: typeof dialog.show = (...args) => {
    health({ kind: 'dialog' });
    dialog.show(...args);
  };
  const wantsLessonReminder = lessonReminder(options.policy);

  /** Decides on one submit; returns normally (and lets the post go) unless the dialog takes over. */
  const intercept = (event: Event, build: () => Submission | undefined) => {
    let submission: Submission | undefined;
    let findings: Finding[] = [];
    let blocked = false;
    let waitFor: Promise<unknown> | undefined;
    let lessonTime = false;
    try {
      if (dialogStore.getState().shown || isHolding()) {
        // A dialog is open, or a post is held for its check: a second click or Enter must not post behind it.
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      submission = build();
      if (!submission) return;
      health({ kind: 'checked' });
      const alreadyConfirmed = dialog.wasConfirmed(submission.text);
      let imagesPending: Promise<unknown> | undefined;
      if (!alreadyConfirmed && mustWait(submission.text, submission.editors)) {
        // Too long to check inside this event without freezing the page, or the engine is still to come:
        // held, checked in pieces.
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
    // A held post that turns out clean still gets the lesson-time reminder a post checked at once gets.
    const letGoOrRemind = (held: Submission) => (wantsLessonReminder() ? show(held, [], false, true) : letGo(held));
    if (waitFor) holdUntil(submission, waitFor, { context: options.context, policy: options.policy, show, letGo: letGoOrRemind });
    else show(submission, findings, blocked, lessonTime);
  };

  const onClick = (event: MouseEvent) => {
    if (isHandingOn() || isFromOwnUi(event)) return;
    const adapter = options.adapter();
    const target = elementOf(event.target);
    const hit = adapter && target && submitButtonAt(adapter, target);
    if (!hit || isDisabled(hit.element)) return;
    intercept(event, () => submissionFromButton(hit.surface, hit.element));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (isHandingOn() || event.isComposing || event.keyCode === 229 || isFromOwnUi(event)) return;
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
    // Enter in an open list of mentions picks a name; it does not post. Not Ctrl+Enter: that may still post.
    if (key === 'enter' && hasOpenSuggestions(adapter, editor.element)) return;
    intercept(event, () => submissionFromKey(editor.surface, editor.element, event));
  };

  /** Compose boxes counted for the health view, each once. */
  const seen = new WeakSet<Element>();
  /**
   * A compose box gets focus or input: counted once for the health view, and for structural composers, which
   * buttons they have while empty (structural.ts).
   */
  const onComposerActivity = (event: Event) => {
    try {
      const adapter = options.adapter();
      const target = elementOf(event.target);
      if (!adapter || !target) return;
      const hit = event.type === 'focusin' && editorAt(adapter, target);
      if (hit && !seen.has(hit.element)) {
        seen.add(hit.element);
        health({ kind: 'composer', surface: hit.surface.id });
      }
      // Reading the text is linear in its length: on input only when something was deleted (the box may be
      // empty again), not on every key of a long post.
      if (event.type === 'input' && !(event as InputEvent).inputType?.startsWith('delete')) return;
      for (const surface of adapter.surfaces) {
        if (surface.submitBy !== 'structure') continue;
        const editor = target.closest<HTMLElement>(surface.editor);
        if (editor && acceptsEditor(surface, editor)) noteComposerState(surface, editor);
      }
    } catch (error) {
      recordError('structure', error);
    }
  };

  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'focusin', onComposerActivity, { capture: true });
  ctx.addEventListener(window, 'input', onComposerActivity, { capture: true });
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
}

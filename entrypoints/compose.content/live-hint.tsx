import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Translate } from '../../components/TwijfelDialog';
import { HintBadge } from '../../components/HintBadge';
import hintCss from '../../components/hint-badge.css?inline';
import type { CheckContext } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import { checkComposer, checkComposerInSlices, mustWait, needsDialog, type ComposerCheck } from './composer-check';
import { presentFindings } from './dialog-host';
import { HINT_TAG, isFromOwnUi, mountShadowHost } from './shadow-host';
import { readEditorText, restoreCaret } from './editors';
import type { SiteAdapter } from './platforms/types';
import type { Policy } from '../../utils/policy';
import { composerOfEditor, editorAt } from './surfaces';

/** Wait this long after the last keystroke, then check when the browser is idle. */
const DEBOUNCE_MS = 400;
const IDLE_TIMEOUT_MS = 1000;

interface Badge {
  editor: HTMLElement;
  host: HTMLElement;
  mount: HTMLElement;
}

export interface LiveHintOptions {
  adapter(): SiteAdapter | undefined;
  context(): CheckContext;
  policy(): Policy;
  t: Translate;
}

export interface LiveHint {
  /** Re-checks the composer of this editor soon (text or attachments changed). */
  schedule(editor: Element): void;
  /** Hides the hint of these editors (their post went out). */
  clear(editors: Element[]): void;
}

/**
 * While typing, a small badge near the compose box shows how many things we noticed; clicking it opens
 * the same dialog. Checks run after a pause, when the browser is idle; nothing runs while the page is
 * idle. The badge lives in our own shadow root and never touches the editor's DOM.
 */
export function installLiveHint(ctx: ContentScriptContext, options: LiveHintOptions): LiveHint {
  const pending = new Set<HTMLElement>();
  const badges = new Map<HTMLElement, Badge>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const removeBadge = (badge: Badge) => {
    render(null, badge.mount);
    badge.host.remove();
    badges.delete(badge.editor);
    if (badges.size === 0) stopFollowing();
  };

  const place = (badge: Badge) => {
    if (!badge.editor.isConnected) {
      removeBadge(badge);
      return;
    }
    const rect = badge.editor.getBoundingClientRect();
    badge.host.style.top = `${Math.round(rect.bottom - 30)}px`;
    badge.host.style.left = `${Math.round(rect.right - 30)}px`;
  };

  const follow = () => badges.forEach(place);
  let following = false;
  const startFollowing = () => {
    if (following) return;
    following = true;
    addEventListener('scroll', follow, { capture: true, passive: true });
    addEventListener('resize', follow, { passive: true });
  };
  function stopFollowing() {
    following = false;
    removeEventListener('scroll', follow, { capture: true });
    removeEventListener('resize', follow);
  }
  ctx.onInvalidated(stopFollowing);

  const show = (editor: HTMLElement, text: string, { findings, blocked, reading = false }: ComposerCheck) => {
    let badge = badges.get(editor);
    if (findings.length === 0 && !reading) {
      if (badge) removeBadge(badge);
      return;
    }
    if (!badge) {
      const { host, mount } = mountShadowHost(HINT_TAG, 'position: fixed; z-index: 2147483646;', hintCss, editor);
      badge = { editor, host, mount };
      badges.set(editor, badge);
      startFollowing();
    }
    const open = () => {
      try {
        presentFindings({
          mode: 'review',
          anchor: editor,
          text,
          findings,
          blocked,
          policy: options.policy(),
          t: options.t,
          onEdit: () => restoreCaret(editor),
        });
      } catch (error) {
        recordError('dialog', error);
      }
    };
    render(<HintBadge count={findings.length} warning={needsDialog(findings)} reading={reading} t={options.t} onOpen={open} />, badge.mount);
    place(badge);
  };

  /** The latest check started per editor: a long check that finishes late is shown only if still the latest. */
  const latestCheck = new WeakMap<Element, number>();
  let checksStarted = 0;

  const run = () => {
    const adapter = options.adapter();
    const editors = [...pending];
    pending.clear();
    if (!adapter) return;
    for (const editor of editors) {
      try {
        const hit = editorAt(adapter, editor);
        if (!hit || !editor.isConnected) continue;
        const composer = composerOfEditor(hit.surface, editor);
        const text = composer.editors.map(readEditorText).join('\n\n');
        const stamp = ++checksStarted;
        latestCheck.set(editor, stamp);
        if (mustWait(text, composer.editors)) {
          // A long text is read in pieces (after the engine arrives), so the hint never holds up the page; a result that a newer
          // check of the same editor overtook is dropped, so the badge never shows an older text's findings.
          checkComposerInSlices(text, composer.editors, options.context(), options.policy()).then(
            (checked) => editor.isConnected && latestCheck.get(editor) === stamp && show(editor, text, checked),
            (error) => recordError('live-hint', error),
          );
        } else {
          show(editor, text, checkComposer(text, composer.editors, options.context(), options.policy()));
        }
      } catch (error) {
        recordError('live-hint', error);
      }
    }
  };

  const schedule = (editor: Element) => {
    pending.add(editor as HTMLElement);
    clearTimeout(timer);
    timer = setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      else run();
    }, DEBOUNCE_MS);
  };

  ctx.addEventListener(
    window,
    'input',
    (event) => {
      const adapter = options.adapter();
      const target = event.target;
      if (!adapter || !(target instanceof Element) || isFromOwnUi(event)) return;
      const hit = editorAt(adapter, target);
      if (hit) schedule(hit.element);
    },
    { capture: true },
  );

  return {
    schedule,
    clear(editors) {
      for (const editor of editors) {
        pending.delete(editor as HTMLElement);
        const badge = badges.get(editor as HTMLElement);
        if (badge) removeBadge(badge);
      }
    },
  };
}

import { render } from 'preact';
import { createStore } from 'zustand/vanilla';
import { TwijfelDialog, type Translate, type TwijfelDialogProps } from '../../components/TwijfelDialog';
import dialogCss from '../../components/dialog.css?inline';
import { PROTOCOL_CLAUSES } from '../../rules/protocol';
import type { Finding } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import type { Policy } from '../../utils/policy';
import { countFindings } from '../../utils/settings';
import { DIALOG_TAG, mountShadowHost } from './shadow-host';

interface Presentation {
  /** Where the dialog mounts: inside the site's modal when this element is in one. */
  anchor: Element;
  text: string;
  findings: Finding[];
  /** The school's policy forbids going ahead with these findings (from `applyCategories`). */
  blocked: boolean;
  /** Whom to ask and the school's protocol, shown in every mode. */
  policy: Policy;
  t: Translate;
  /** Back to the post (or the photo choice), and Escape: nothing goes out. */
  onEdit(): void;
}

/**
 * What the dialog is asked for: a post about to go out, a profile photo about to be used, or a look at
 * the findings so far (a click on the hint badge), where nothing is being posted.
 */
export type FindingsRequest = Presentation &
  (
    // onGoAhead: "Toch plaatsen" / "Toch gebruiken", the post or photo goes out after all.
    | { mode: 'post'; lessonTime?: boolean; onGoAhead(): void; onAddDisclaimer?(): void }
    | { mode: 'profile-photo'; onGoAhead(): void }
    | { mode: 'review' }
  );

/** The dialog on screen: where it is mounted, and its props. */
interface ShownDialog {
  anchor: Element;
  props: Omit<TwijfelDialogProps, 'clauses'>;
}

/**
 * The one record of whether a dialog is open, and what it shows: the host below is mounted from it. The
 * interceptor reads it to refuse a second submit.
 */
export const dialogStore = createStore<{ shown: ShownDialog | null }>(() => ({ shown: null }));

/** Keys typed in our dialog must not reach the page's shortcuts (X's "n" opens a new post). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];

let mounted: { host: HTMLElement; mount: HTMLElement } | undefined;

dialogStore.subscribe(({ shown }, previous) => {
  if (shown === previous.shown) return;
  if (mounted) {
    render(null, mounted.mount);
    mounted.host.remove();
    mounted = undefined;
  }
  if (!shown) return;
  // In our own shadow root; when the compose box sits in a modal of the site, inside that modal, so the
  // site's focus trap and stacking do not hide it.
  mounted = mountShadowHost(DIALOG_TAG, 'position: fixed; inset: 0; z-index: 2147483647;', dialogCss, shown.anchor);
  for (const type of ISOLATED_EVENTS) mounted.host.addEventListener(type, (event) => event.stopPropagation());
  render(<TwijfelDialog {...shown.props} clauses={PROTOCOL_CLAUSES} />, mounted.mount);
});

/** Per mode, the message keys of the first button, the go-ahead button and the school's "not like this". */
const WORDING = {
  post: { edit: 'dialogEdit', goAhead: 'dialogPostAnyway', blocked: 'dialogBlocked' },
  'profile-photo': { edit: 'dialogChoosePhoto', goAhead: 'dialogUsePhoto', blocked: 'dialogBlockedPhoto' },
  review: { edit: 'dialogEdit', blocked: 'dialogBlocked' },
};

function introOf(request: FindingsRequest): string {
  if (request.mode === 'profile-photo') return 'noticeProfilePhoto';
  return request.mode === 'post' && request.lessonTime ? 'noticeLessonTime' : 'dialogIntro';
}

/**
 * The one way to show the dialog. From the request it derives the labels, the line under the title,
 * whether "Toch plaatsen" is offered (only when something is about to go out and the school allows it)
 * and whether the school's "not like this" shows; whom to ask and the protocol link come from the policy
 * every time. A dialog still open is answered with its safe choice first, so nothing stays held unseen.
 * Throws if it cannot show the dialog; the caller then goes ahead as if we were not there.
 */
export function presentFindings(request: FindingsRequest): void {
  dialogStore.getState().shown?.props.onEdit();
  const wording = WORDING[request.mode];
  const { contact, protocolUrl } = request.policy;
  const close = () => dialogStore.setState({ shown: null });
  const closing = (action: () => void) => () => {
    close();
    action();
  };
  const goAhead =
    request.mode !== 'review' && !request.blocked
      ? { label: WORDING[request.mode].goAhead, onChoose: closing(request.onGoAhead) }
      : undefined;
  try {
    dialogStore.setState({
      shown: {
        anchor: request.anchor,
        props: {
          text: request.text,
          findings: request.findings,
          intro: introOf(request),
          blockedText: request.blocked ? wording.blocked : undefined,
          contact,
          protocolUrl: protocolUrl || undefined,
          editLabel: wording.edit,
          onEdit: closing(request.onEdit),
          goAhead,
          onAddDisclaimer: request.mode === 'post' && request.onAddDisclaimer ? closing(request.onAddDisclaimer) : undefined,
          t: request.t,
        },
      },
    });
  } catch (error) {
    // Never a record of an open dialog that is not on screen: it would hold every later submit.
    close();
    throw error;
  }
  // Counted when something was about to go out; a look via the badge is not a post attempt.
  if (request.mode !== 'review') {
    countFindings(request.findings.map((finding) => finding.category)).catch((error) => recordError('counters', error));
  }
}

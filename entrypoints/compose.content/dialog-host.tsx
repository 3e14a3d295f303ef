import { render } from 'preact';
import { useStoreState } from '../../components/use-store';
import { createStore } from 'zustand/vanilla';
import { TwijfelDialog, type Translate, type TwijfelDialogProps } from '../../components/TwijfelDialog';
import dialogCss from '../../components/dialog.css?inline';
import { PROTOCOL_CLAUSES } from '../../rules/engine';
import { DIALOG_TAG, mountShadowHost } from './shadow-host';

/** What the dialog shows and what its buttons do: the dialog's own props, less what the host fills in. */
export type DialogRequest = Omit<TwijfelDialogProps, 'clauses' | 't'>;

interface DialogState {
  request: DialogRequest | null;
}

/** Whether a dialog is open, and for what; the interceptor reads it to refuse a second submit. */
export const dialogStore = createStore<DialogState>(() => ({ request: null }));

/** Keys typed in our dialog must not reach the page's shortcuts (X's "n" opens a new post). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];


function DialogRoot({ t }: { t: Translate }) {
  const request = useStoreState(dialogStore, (state) => state.request);
  if (!request) return null;
  return <TwijfelDialog {...request} clauses={PROTOCOL_CLAUSES} t={t} />;
}

/**
 * Shows the dialog in our own shadow root. When the compose box sits in a modal of the site, the
 * dialog mounts inside that modal, so the site's focus trap and stacking do not hide it.
 */
export function openDialog(anchor: Element, request: DialogRequest, t: Translate): void {
  const { host, mount } = mountShadowHost(DIALOG_TAG, 'position: fixed; inset: 0; z-index: 2147483647;', dialogCss, anchor);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());

  const close = () => {
    dialogStore.setState({ request: null });
    render(null, mount);
    host.remove();
  };
  dialogStore.setState({
    request: {
      ...request,
      onEdit: () => {
        close();
        request.onEdit();
      },
      onPostAnyway: () => {
        close();
        request.onPostAnyway();
      },
      onAddDisclaimer: request.onAddDisclaimer
        ? () => {
            close();
            request.onAddDisclaimer!();
          }
        : undefined,
    },
  });
  render(<DialogRoot t={t} />, mount);
}

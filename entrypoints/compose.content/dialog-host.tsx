import { render } from 'preact';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { TwijfelDialog, type Translate } from '../../components/TwijfelDialog';
import dialogCss from '../../components/dialog.css?inline';
import { PROTOCOL_CLAUSES } from '../../rules/engine';
import type { Finding } from '../../rules/types';
import { DIALOG_TAG, mountShadowHost } from './shadow-host';

export interface DialogRequest {
  text: string;
  findings: Finding[];
  canPostAnyway: boolean;
  contact?: { name: string; role: string; how: string };
  protocolUrl?: string;
  notice?: string;
  onAddDisclaimer?(): void;
  editLabel?: string;
  postAnywayLabel?: string;
  onEdit(): void;
  onPostAnyway(): void;
}

interface DialogState {
  request: DialogRequest | null;
}

/** Whether a dialog is open, and for what; the interceptor reads it to refuse a second submit. */
export const dialogStore = createStore<DialogState>(() => ({ request: null }));

/** Keys typed in our dialog must not reach the page's shortcuts (X's "n" opens a new post). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];


function DialogRoot({ t }: { t: Translate }) {
  const request = useStore(dialogStore, (state) => state.request);
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

import { lastEditorAmong, readEditorText } from './editors';
import type { Surface } from './platforms/types';
import { replayKey } from './submit-keys';
import { composerOfEditor, editorsOfButton } from './surfaces';

/** A post that was about to go out, and how to let it go out after all. */
export interface Submission {
  surface: Surface;
  editors: HTMLElement[];
  /** The editor to return to on "Bericht aanpassen". */
  focusEditor: HTMLElement;
  text: string;
  replay(): void;
}

/** The post a click on (or Enter on) its post button makes; none when the button has no editor. */
export function submissionFromButton(surface: Surface, button: HTMLElement): Submission | undefined {
  const editors = editorsOfButton(surface, button);
  if (editors.length === 0) return undefined;
  // The site may have re-rendered the button while the dialog was open: the composer's current one.
  const findButton = () => (button.isConnected ? button : (composerOfEditor(surface, editors[0]!).button ?? button));
  return {
    surface,
    editors,
    focusEditor: editors.find((editor) => editor.contains(document.activeElement)) ?? lastEditorAmong(editors) ?? editors[0]!,
    text: editors.map(readEditorText).join('\n\n'),
    replay: () => findButton().click(),
  };
}

/** The post a submit key in an editor makes; replayed as the key, or as the button where the site wants that. */
export function submissionFromKey(surface: Surface, editor: HTMLElement, event: KeyboardEvent): Submission {
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
}

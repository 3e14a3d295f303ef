import type { Translate } from '../../components/TwijfelDialog';
import type { CheckContext, Finding } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import type { Policy } from '../../utils/policy';
import { presentFindings } from './dialog-host';
import { captureCaret, restoreCaret } from './editors';
import { addDisclaimer } from './notice';
import type { Submission } from './submission';

/** How long a "Toch plaatsen" choice holds for the same text (a Next → Post flow checks twice). */
const CONFIRMATION_MS = 60_000;

export interface PostDialogOptions {
  context(): CheckContext;
  policy(): Policy;
  t: Translate;
  /** Lets a held post go out. */
  letGo(held: Submission): void;
}

export interface PostDialog {
  /** Shows the dialog for a held post; if that fails, the post goes out as if we were not there. */
  show(held: Submission, findings: Finding[], blocked: boolean, lessonTime?: boolean): void;
  /** Whether the user chose "Toch plaatsen" for this text a moment ago: it is not asked again. */
  wasConfirmed(text: string): boolean;
  /** Lets the user's own next submit of this text through unasked (a post the site did not take from us). */
  confirm(text: string): void;
}

/** The dialog for a held post, and what the user's choice in it means. */
export function createPostDialog(options: PostDialogOptions): PostDialog {
  let confirmed: { text: string; at: number } | undefined;
  const confirm = (text: string) => (confirmed = { text, at: Date.now() });

  const show = (held: Submission, findings: Finding[], blocked: boolean, lessonTime = false) => {
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
              addDisclaimer(held.focusEditor, context.school.disclaimerText, options.t).catch((error) => recordError('disclaimer', error));
            }
          : undefined,
        onEdit: () => restoreCaret(held.focusEditor),
        onGoAhead: () => {
          try {
            confirm(held.text);
            restoreCaret(held.focusEditor);
            options.letGo(held);
          } catch (error) {
            recordError('replay', error);
          }
        },
      });
    } catch (error) {
      recordError('dialog', error);
      options.letGo(held);
    }
  };

  return {
    show,
    confirm,
    wasConfirmed: (text) => confirmed !== undefined && confirmed.text === text && Date.now() - confirmed.at < CONFIRMATION_MS,
  };
}

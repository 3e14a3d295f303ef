import type { CheckContext, Finding } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import type { Policy } from '../../utils/policy';
import { checkComposerInSlices, needsDialog } from './composer-check';
import type { Submission } from './submission';

/**
 * How long a post may wait for the policy (made before it arrived) or for the checks of a photo just
 * added (the logo, the text read in it); after that it is decided on what is known.
 */
const HOLD_MS = 2000;

export interface HoldOptions {
  context(): CheckContext;
  policy(): Policy;
  /** Shows the dialog for the held post. */
  show(held: Submission, findings: Finding[], blocked: boolean): void;
  /** Lets the held post go out. */
  letGo(held: Submission): void;
}

/**
 * A post made before the policy arrived, right after a photo was added, or too long to check in one go:
 * wait for what it waits on (briefly), check again (a long text in pieces, the page stays responsive),
 * then dialog or post. If the check fails, the post goes out as if we were not there.
 */
export function holdUntil(held: Submission, ready: Promise<unknown>, options: HoldOptions): void {
  const waited = Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, HOLD_MS))]);
  holding++;
  void waited
    .then(() => checkComposerInSlices(held.text, held.editors, options.context(), options.policy()))
    .then(
      ({ findings, blocked }) => {
        if (!needsDialog(findings)) return true;
        options.show(held, findings, blocked);
        return false;
      },
      (error) => {
        recordError('check', error);
        return true;
      },
    )
    .then((post) => {
      if (post) options.letGo(held);
    })
    .finally(() => holding--);
}

/** Posts held now: a second press while one is checked must not post it (or another) behind the check's back. */
let holding = 0;
export const isHolding = (): boolean => holding > 0;

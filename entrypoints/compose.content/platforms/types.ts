import type { Site } from '../../../utils/sites';

/** Which key presses post on a surface: Enter alone, or Ctrl/Cmd+Enter. */
export type SubmitKey = 'enter' | 'mod+enter';

/**
 * One place where people write and post (a new post, a reply, a chat). Plain data, so that a school
 * policy can replace the selectors when a site changes.
 */
export interface Surface {
  id: string;
  /** The compose box(es): textarea or contenteditable. */
  editor: string;
  /** Editors inside these belong to other surfaces (comments inside a post, say). */
  notInside?: string;
  /** Candidates for the button that posts. */
  submit: string;
  /**
   * When set, a candidate only counts when its aria-label, the aria-label of an icon inside it, or its
   * text is one of these (English and Dutch UI): for buttons that have nothing structural to go by.
   */
  submitLabels?: string[];
  /**
   * The element that holds one composer's editors and button. When left out, it is the nearest
   * ancestor of the button that holds an editor (and of the editor, the nearest that holds a button).
   */
  scope?: string;
  keys: SubmitKey[];
  /** How "Toch plaatsen" replays a key submit: the same key again (default), or a click on the button. */
  keyReplay?: 'key' | 'button';
  /**
   * 'structure': a fallback found without labels (structural.ts): `editor` is structural, and of the buttons
   * `submit` selects, one counts when it behaves like the composer's post button. Listed after the labelled
   * surfaces, so labels stay the first signal.
   */
  submitBy?: 'structure';
  /**
   * The site acts only on the user's own keys and clicks, never on events a script sends (messenger.com):
   * "Toch plaatsen" still tries, but the user is asked to press again as soon as it is clear nothing went.
   */
  userEventsOnly?: boolean;
}

/**
 * One site's adapter (its host names are in utils/sites.ts), or the bundled demo page's: that page is
 * served locally only, no school switches it off.
 */
export interface SiteAdapter<Id extends Site | 'demo' = Site | 'demo'> {
  id: Id;
  /** On local test pages (localhost), the path prefixes of this adapter's fixtures. */
  localPaths: string[];
  /** Most specific first: the first surface whose selectors match wins. */
  surfaces: Surface[];
  /**
   * Where the page shows the signed-in account, to exempt the school's official accounts: a link to the
   * account's own page or something inside one (the handle is the last part of the link's address), or an
   * element whose text has "@handle".
   */
  accountHandle?: string;
  /** File inputs that set a profile photo (or banner): what is chosen there is checked before the site gets it. */
  profilePhotoInput?: string;
  /**
   * Buttons that start a profile-photo or cover-photo flow. After a click on one, an image chosen in a file
   * input that is not in a composer (no editor in its dialog) is a profile photo too.
   */
  profilePhotoTrigger?: string;
  /**
   * The site's own list of suggestions (mentions, hashtags) where it does not mark it for assistive
   * technology: while one is shown, Enter picks from it and does not post.
   */
  suggestionList?: string;
}

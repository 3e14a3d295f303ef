/** Which key presses post on a surface: Enter alone, or Ctrl/Cmd+Enter. */
export type SubmitKey = 'enter' | 'mod+enter';

/**
 * One place where people write and post (a new post, a reply, a chat). Plain data, so that a
 * school policy can replace the selectors when a site changes.
 */
export interface Surface {
  id: string;
  /** The compose box(es): textarea or contenteditable. */
  editor: string;
  /** The button that posts. */
  submit: string;
  /** The element that holds one composer's editors and button together. */
  scope: string;
  keys: SubmitKey[];
}

export interface SiteAdapter {
  id: string;
  /** Host names the adapter serves (sub-domains included). */
  hosts: string[];
  /** On local test pages (localhost), the path prefixes of this adapter's fixtures. */
  localPaths: string[];
  surfaces: Surface[];
}

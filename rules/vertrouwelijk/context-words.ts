import type { TextDocument } from '../document';
import type { Report } from '../types';

/**
 * True when one of `words` (already lower case, single words) stands among the `window` tokens
 * before the character offset `start`.
 */
export function precededBy(doc: TextDocument, start: number, words: ReadonlySet<string>, window: number): boolean {
  const tokens = doc.tokens;
  let index = doc.tokenBefore(start);
  for (let seen = 0; index >= 0 && seen < window; index--, seen++) {
    if (words.has(tokens[index]!.folded)) return true;
  }
  return false;
}

/**
 * Contact details: one's own ("bel me", "mijn adres") are a reminder (`eigen`, info); someone else's a
 * warning (`ander`). Shared by the phone, e-mail and address rules.
 */
export function reportContactDetail(
  doc: TextDocument,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
  report: (report: Report) => void,
): void {
  const own = precededBy(doc, start, ownWords, 5);
  report({ messageId: own ? 'eigen' : 'ander', start, end, severity: own ? 'info' : 'waarschuwing' });
}

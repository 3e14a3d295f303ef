import type { TextDocument } from '../document';

/**
 * True when one of `words` (already lower case, single words) stands among the `window` tokens
 * before the character offset `start`.
 */
export function precededBy(doc: TextDocument, start: number, words: ReadonlySet<string>, window: number): boolean {
  const tokens = doc.tokens;
  let index = tokens.length - 1;
  while (index >= 0 && tokens[index]!.start >= start) index--;
  for (let seen = 0; index >= 0 && seen < window; index--, seen++) {
    if (words.has(tokens[index]!.folded)) return true;
  }
  return false;
}

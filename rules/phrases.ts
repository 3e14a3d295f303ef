import type { TextDocument } from './document';
import { every, lazilyInSteps, type SteppedLazy } from './lazy';
import { normalise } from './normalise/pipeline';

/** A phrase as the skeletons of its words, so it meets the text in the same normalised form. */
export type Phrase = readonly string[];

export function toPhrase(text: string): Phrase {
  return normalise(text).tokens.map((token) => token.skeleton);
}

export interface PhraseMatch {
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

/** Does `phrase` stand in the document starting at token `index`? */
export function phraseAt(doc: TextDocument, index: number, phrase: Phrase): boolean {
  const tokens = doc.tokens;
  if (phrase.length === 0 || index < 0 || index + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[index + k]!.skeleton !== phrase[k]) return false;
  return true;
}

/**
 * First words of every phrase set, to the ids of the sets that have phrases starting with them: a text is
 * looked up once per word for all sets together, not once per word per set (a dozen sets run per check).
 */
const setsByFirstWord = new Map<string, number[]>();
let setCount = 0;
/** Per set id: has the set joined {@link setsByFirstWord} in full? (It joins in steps.) */
const joined: boolean[] = [];

interface PhraseStarts {
  /** Per set id, whether it had joined when the text was indexed; sets that had not scan the text themselves. */
  joined: readonly boolean[];
  /** Per set id, the token indexes where one of its phrases may start. */
  starts: number[][];
}

function phraseStarts(doc: TextDocument): PhraseStarts {
  return doc.shared('phrase-starts', () => {
    const starts: number[][] = [];
    const tokens = doc.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const ids = setsByFirstWord.get(tokens[index]!.skeleton);
      if (ids) for (const id of ids) (starts[id] ??= []).push(index);
    }
    return { joined: joined.slice(), starts };
  });
}

/**
 * A set of phrases indexed by their first word: finding them costs one lookup per token. The index is
 * built on first use (rules/lazy.ts), so loading the rules normalises no phrase; a set gets its id, and
 * joins the shared first-word index, only then (a text indexed before that is scanned in full, see find).
 */
export class PhraseSet {
  private readonly index: SteppedLazy<{ byFirstWord: Map<string, Phrase[]>; id: number }>;

  constructor(phrases: Iterable<string | Phrase>) {
    // In steps: the name sets hold tens of thousands of phrases (one go took 20–25 ms, a long task in a browser).
    this.index = lazilyInSteps(function* () {
      const byFirstWord = new Map<string, Phrase[]>();
      const pause = every(2000);
      for (const item of phrases) {
        const phrase = typeof item === 'string' ? toPhrase(item) : item;
        if (pause()) yield;
        if (phrase.length === 0) continue;
        const list = byFirstWord.get(phrase[0]!);
        if (list) list.push(phrase);
        else byFirstWord.set(phrase[0]!, [phrase]);
      }
      // A text indexed while the set joins does not trust its half-made starts (see `joined`).
      const id = setCount++;
      for (const word of byFirstWord.keys()) {
        const ids = setsByFirstWord.get(word);
        if (ids) ids.push(id);
        else setsByFirstWord.set(word, [id]);
        if (pause()) yield;
      }
      joined[id] = true;
      return { byFirstWord, id };
    });
  }

  /** Builds the index in pieces (a step of the engine's warm-up); finding builds what is left at once. */
  *prepareInSteps(): Generator<void, void, void> {
    while (!this.index.buildWhile(() => false)) yield;
  }

  /** Every place where one of the phrases stands, in text order. */
  find(doc: TextDocument): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    const tokens = doc.tokens;
    const { byFirstWord, id } = this.index();
    const index = phraseStarts(doc);
    const starts = index.joined[id] ? index.starts[id] : tokens.map((_, position) => position);
    if (!starts) return matches;
    for (const start of starts) {
      const candidates = byFirstWord.get(tokens[start]!.skeleton);
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (!phraseAt(doc, start, phrase)) continue;
        const last = start + phrase.length - 1;
        matches.push({ firstToken: start, lastToken: last, start: tokens[start]!.start, end: tokens[last]!.end });
      }
    }
    return matches;
  }

  /** The number of words of the longest phrase that ends right before token `index`; 0 if none. */
  lengthEndingBefore(doc: TextDocument, index: number): number {
    let longest = 0;
    for (const list of this.index().byFirstWord.values()) {
      for (const phrase of list) {
        if (phrase.length > longest && phraseAt(doc, index - phrase.length, phrase)) longest = phrase.length;
      }
    }
    return longest;
  }

  /** The number of words of the longest phrase that starts at token `index`; 0 if none. */
  lengthStartingAt(doc: TextDocument, index: number): number {
    const tokens = doc.tokens;
    if (index >= tokens.length) return 0;
    let longest = 0;
    for (const phrase of this.index().byFirstWord.get(tokens[index]!.skeleton) ?? []) {
      if (phrase.length > longest && phraseAt(doc, index, phrase)) longest = phrase.length;
    }
    return longest;
  }
}

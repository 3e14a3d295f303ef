import leetspeak from './data/leetspeak.json';
import { DROP, foldCodePoint } from './fold';

/** A word of the text, in the forms the rules match against. */
export interface Token {
  /** Position in the token list. */
  index: number;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Offsets into {@link NormalisedText.folded}. */
  foldedStart: number;
  foldedEnd: number;
  /** Lower case, accents and look-alike letters folded, invisible characters gone; digits kept. */
  folded: string;
  /** {@link folded} with leetspeak read as letters, apostrophes dropped and repeated letters collapsed. */
  skeleton: string;
  /** The first letter was typed as a capital. */
  capitalised: boolean;
  /** Starts the text, a line or a sentence. */
  sentenceStart: boolean;
  /** Built from letters typed apart (k a n k e r, k.u.t, k🤬u🤬t). */
  joined: boolean;
  /** Contains at least one letter (not only digits and symbols). */
  hasLetter: boolean;
}

export interface NormalisedText {
  original: string;
  /** The whole text folded like {@link Token.folded}, punctuation and spaces kept. */
  folded: string;
  /** For each UTF-16 unit of {@link folded}: the original offsets it came from. */
  foldedStart: Int32Array;
  foldedEnd: Int32Array;
  tokens: Token[];
}

const LEET = new Map<number, string>(
  Object.entries(leetspeak.map).map(([symbol, letter]) => [symbol.charCodeAt(0), letter]),
);
const APOSTROPHES = new Set([0x27, 0x2019]);
/** Symbols that may stand for a letter, but only between two word characters (h@ter, not "@jan"). */
const INTERIOR_SYMBOLS = new Set([...LEET.keys()].filter((code) => !isAsciiAlnum(code)));
for (const code of APOSTROPHES) INTERIOR_SYMBOLS.add(code);

/** Letters typed apart are joined when at most this many UTF-16 units separate them. */
const MAX_JOIN_GAP = 4;
const MIN_JOINED_LETTERS = 3;

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

const nonAsciiWordCache = new Map<number, boolean>();
function isWordCode(code: number): boolean {
  if (code < 128) return isAsciiAlnum(code);
  let word = nonAsciiWordCache.get(code);
  if (word === undefined) {
    word = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code));
    nonAsciiWordCache.set(code, word);
  }
  return word;
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 128 && isWordCode(code) && !(code >= 0x30 && code <= 0x39));
}

/**
 * The one normalisation pipeline (zero-width → look-alikes → accents → lower case → tokens →
 * leetspeak → repeats), with a map from every folded character back to the original text, so a
 * match on the folded form is highlighted on what was typed. Word lists go through
 * {@link skeletonOf}, the same steps, so both sides meet in the same form.
 */
export function normalise(text: string): NormalisedText {
  const length = text.length;
  const foldedStart = new Int32Array(length * 2 + 1);
  const foldedEnd = new Int32Array(length * 2 + 1);
  let folded = '';
  let size = 0;

  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      foldedStart[size] = i;
      foldedEnd[size] = i + 1;
      size++;
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const replacement = foldCodePoint(codePoint);
    if (replacement !== DROP) {
      folded += replacement;
      for (let k = 0; k < replacement.length; k++) {
        foldedStart[size] = i;
        foldedEnd[size] = i + width;
        size++;
      }
    }
    i += width;
  }

  const starts = foldedStart.subarray(0, size);
  const ends = foldedEnd.subarray(0, size);
  const tokens = joinSpacedLetters(tokenise(text, folded, starts, ends), folded, starts);
  return { original: text, folded, foldedStart: starts, foldedEnd: ends, tokens };
}

function tokenise(text: string, folded: string, starts: Int32Array, ends: Int32Array): Token[] {
  const tokens: Token[] = [];
  const size = folded.length;
  let i = 0;
  while (i < size) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const begin = i;
    let hasLetter = false;
    while (i < size) {
      const code = folded.charCodeAt(i);
      if (isWordCode(code)) {
        if (!hasLetter && isLetterCode(code)) hasLetter = true;
        i++;
      } else if (INTERIOR_SYMBOLS.has(code) && i + 1 < size && isWordCode(folded.charCodeAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    const word = folded.slice(begin, i);
    const start = starts[begin]!;
    tokens.push({
      index: tokens.length,
      start,
      end: ends[i - 1]!,
      foldedStart: begin,
      foldedEnd: i,
      folded: word,
      skeleton: hasLetter ? skeletonOf(word) : word,
      capitalised: isCapital(text, start),
      sentenceStart: startsSentence(text, start),
      joined: false,
      hasLetter,
    });
  }
  return tokens;
}

/** Leetspeak read as letters, apostrophes dropped, runs of one letter collapsed: "k4nnk3rrr" → "kanker". */
export function skeletonOf(folded: string): string {
  let out = '';
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    let code = folded.charCodeAt(i);
    if (APOSTROPHES.has(code)) continue;
    const letter = LEET.get(code);
    if (letter !== undefined) code = letter.charCodeAt(0);
    if (code === previous) continue;
    out += String.fromCharCode(code);
    previous = code;
  }
  return out;
}

/** Folds a word-list entry exactly as the text is folded, for use as a key. */
export function foldTerm(term: string): string {
  const { folded } = normalise(term);
  return folded;
}

function isCapital(text: string, offset: number): boolean {
  const char = text[offset]!;
  return char !== char.toLowerCase();
}

function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i]!;
    if (char === ' ' || char === '\t' || char === '"' || char === '\'' || char === '(' || char === '“' || char === '‘') {
      continue;
    }
    return char === '.' || char === '!' || char === '?' || char === '\n' || char === '…' || char === ':';
  }
  return true;
}

/** Joins runs of single letters typed apart ("k a n k e r", "k.u.t") into one token. */
function joinSpacedLetters(tokens: Token[], folded: string, starts: Int32Array): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let runEnd = i;
    while (
      runEnd < tokens.length &&
      isSingleLetter(tokens[runEnd]!) &&
      (runEnd === i || gapJoins(folded, tokens[runEnd - 1]!, tokens[runEnd]!))
    ) {
      runEnd++;
    }
    if (runEnd - i < MIN_JOINED_LETTERS) {
      out?.push(tokens[i]!);
      continue;
    }
    out ??= tokens.slice(0, i);
    const first = tokens[i]!;
    const last = tokens[runEnd - 1]!;
    const letters = tokens.slice(i, runEnd).map((token) => token.skeleton).join('');
    out.push({
      ...first,
      end: last.end,
      foldedEnd: last.foldedEnd,
      folded: letters,
      skeleton: skeletonOf(letters),
      joined: true,
      start: starts[first.foldedStart]!,
    });
    i = runEnd - 1;
  }
  if (!out) return tokens;
  out.forEach((token, index) => (token.index = index));
  return out;
}

function isSingleLetter(token: Token): boolean {
  return token.hasLetter && token.skeleton.length === 1;
}

function gapJoins(folded: string, left: Token, right: Token): boolean {
  const gap = right.foldedStart - left.foldedEnd;
  if (gap < 1 || gap > MAX_JOIN_GAP) return false;
  for (let i = left.foldedEnd; i < right.foldedStart; i++) {
    if (folded.charCodeAt(i) === 10) return false;
  }
  return true;
}

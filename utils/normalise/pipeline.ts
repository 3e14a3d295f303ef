import leetspeak from './data/leetspeak.json';
import { foldCodePoint } from './fold';

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
  /** The words, each with its offsets in the original text. */
  tokens: Token[];
}

const LEET = new Map<number, string>(
  Object.entries(leetspeak.map).map(([symbol, letter]) => [symbol.charCodeAt(0), letter]),
);
const APOSTROPHES = new Set([0x27, 0x2019]);
/** Symbols that may stand for a letter, but only between two word characters (h@ter, not "@jan"). */
const INTERIOR_SYMBOLS = new Set([...LEET.keys()].filter((code) => !isAsciiAlnum(code)));
for (const code of APOSTROPHES) INTERIOR_SYMBOLS.add(code);
/** A masked letter ("k*nker", "k.t" is handled by joining): kept inside the word as a wildcard. */
export const MASK = '*'.charCodeAt(0);
INTERIOR_SYMBOLS.add(MASK);
/** "$" may also open a word ("$hit", "$l3t"); "@" may not, it opens a mention. */
const OPENING_SYMBOLS = new Set(['$'.charCodeAt(0)]);

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
/**
 * Scratch space reused across calls: the folded codes and, per folded unit, the original offsets
 * it came from. Allocating typed arrays costs about a microsecond each, the whole budget of a rule.
 */
let scratch = new Uint16Array(1024);
let scratchStart = new Int32Array(1024);
let scratchEnd = new Int32Array(1024);

function codesToString(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let from = 0; from < length; from += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(from, Math.min(length, from + CHUNK)) as unknown as number[]);
  }
  return out;
}

export function normalise(text: string): NormalisedText {
  const length = text.length;
  const capacity = length * 2 + 1;
  if (scratch.length < capacity) {
    scratch = new Uint16Array(capacity * 2);
    scratchStart = new Int32Array(capacity * 2);
    scratchEnd = new Int32Array(capacity * 2);
  }
  const codes = scratch;
  const foldedStart = scratchStart;
  const foldedEnd = scratchEnd;
  let size = 0;

  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      codes[size] = code >= 65 && code <= 90 ? code + 32 : code;
      foldedStart[size] = i;
      foldedEnd[size] = i + 1;
      size++;
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const replacement = foldCodePoint(codePoint);
    for (let k = 0; k < replacement.length; k++) {
      codes[size] = replacement.charCodeAt(k);
      foldedStart[size] = i;
      foldedEnd[size] = i + width;
      size++;
    }
    i += width;
  }

  const folded = codesToString(codes, size);
  const tokens = joinSpacedLetters(text, tokenise(text, folded, codes, foldedStart, foldedEnd));
  return { original: text, folded, tokens };
}

function tokenise(text: string, folded: string, codes: Uint16Array, starts: Int32Array, ends: Int32Array): Token[] {
  const tokens: Token[] = [];
  const size = folded.length;
  let i = 0;
  while (i < size) {
    const opening = OPENING_SYMBOLS.has(codes[i]!) && i + 1 < size && isLetterCode(codes[i + 1]!);
    if (!opening && !isWordCode(codes[i]!)) {
      i++;
      continue;
    }
    const begin = i;
    if (opening) i++;
    let hasLetter = false;
    let plain = true;
    while (i < size) {
      const code = codes[i]!;
      if (isWordCode(code)) {
        if (!hasLetter && isLetterCode(code)) hasLetter = true;
        if (plain && (code === codes[i - 1] || LEET.has(code))) plain = false;
        i++;
      } else if (INTERIOR_SYMBOLS.has(code) && i + 1 < size && isWordCode(codes[i + 1]!)) {
        plain = false;
        i++;
      } else {
        break;
      }
    }
    if (opening) plain = false;
    const word = folded.slice(begin, i);
    const start = starts[begin]!;
    tokens.push({
      index: tokens.length,
      start,
      end: ends[i - 1]!,
      foldedStart: begin,
      foldedEnd: i,
      folded: word,
      // Most words have no leetspeak, apostrophe or doubled letter: their skeleton is the word itself.
      skeleton: !hasLetter || plain ? word : skeletonOf(word),
      capitalised: isCapital(text, start),
      sentenceStart: startsSentence(text, start),
      joined: false,
      hasLetter,
    });
  }
  return tokens;
}

const skeletonScratch: number[] = [];

/** Leetspeak read as letters, apostrophes dropped, runs of one letter collapsed: "k4nnk3rrr" → "kanker". */
export function skeletonOf(folded: string): string {
  skeletonScratch.length = 0;
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    let code = folded.charCodeAt(i);
    if (APOSTROPHES.has(code)) continue;
    const letter = LEET.get(code);
    if (letter !== undefined) code = letter.charCodeAt(0);
    if (code === previous) continue;
    skeletonScratch.push(code);
    previous = code;
  }
  return String.fromCharCode.apply(null, skeletonScratch);
}

/** Folds a word-list entry exactly as the text is folded, for use as a key. */
export function foldTerm(term: string): string {
  const { folded } = normalise(term);
  return folded;
}

function isCapital(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 128) return code >= 65 && code <= 90;
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
function joinSpacedLetters(text: string, tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let runEnd = i;
    while (
      runEnd < tokens.length &&
      isSingleLetter(tokens[runEnd]!) &&
      (runEnd === i || gapJoins(text, tokens[runEnd - 1]!, tokens[runEnd]!))
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

function gapJoins(text: string, left: Token, right: Token): boolean {
  const gap = right.foldedStart - left.foldedEnd;
  if (gap < 1 || gap > MAX_JOIN_GAP) return false;
  for (let i = left.end; i < right.start; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
}

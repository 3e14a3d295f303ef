import { every, finished } from './lazy';

/**
 * Front coding for sorted word lists that ship in the content script: each entry is a digit (the length,
 * at most 9, of the prefix shared with the previous word) followed by the rest of the word. Words are
 * letters only, so the digits also separate the entries. 9,000 first names take 29 kB instead of 62 kB.
 */
const MAX_SHARED = 9;

export function frontCode(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort();
  let previous = '';
  let out = '';
  for (const word of sorted) {
    if (/\d/.test(word)) throw new Error(`Front coding takes letters only: "${word}"`);
    let shared = 0;
    const limit = Math.min(word.length, previous.length, MAX_SHARED);
    while (shared < limit && word[shared] === previous[shared]) shared++;
    out += shared + word.slice(shared);
    previous = word;
  }
  return out;
}

export function frontDecode(coded: string): Set<string> {
  return finished(decodeInSteps(coded));
}

/** {@link frontDecode} in pieces of a thousand words (see lazilyInSteps). */
export function* decodeInSteps(coded: string): Generator<void, Set<string>, void> {
  const words = new Set<string>();
  const pause = every(1000);
  let previous = '';
  // By character codes, not a regular expression's array of all entries: no list as long as the file.
  for (let at = 0; at < coded.length; ) {
    let end = at + 1;
    while (end < coded.length && !isDigit(coded.charCodeAt(end))) end++;
    const shared = coded.charCodeAt(at) - ZERO;
    const word = previous.slice(0, shared) + coded.slice(at + 1, end);
    words.add(word);
    previous = word;
    at = end;
    if (pause()) yield;
  }
  return words;
}

const ZERO = 48;
const isDigit = (code: number) => code >= ZERO && code <= ZERO + 9;

/**
 * Front coding for lists that may hold digits, spaces and apostrophes (phrases, "113", "homo's"): the
 * shared-prefix length is a capital A (0) to J (9) before each entry. Entries are lower case.
 */
export function frontCodeText(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort();
  let previous = '';
  let out = '';
  for (const word of sorted) {
    if (/[A-J]/.test(word)) throw new Error(`Front coding takes lower case only: "${word}"`);
    let shared = 0;
    const limit = Math.min(word.length, previous.length, MAX_SHARED);
    while (shared < limit && word[shared] === previous[shared]) shared++;
    out += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

export function frontDecodeText(coded: string): string[] {
  return finished(decodeTextInSteps(coded));
}

/** {@link frontDecodeText} in pieces of a thousand entries (see lazilyInSteps). */
export function* decodeTextInSteps(coded: string): Generator<void, string[], void> {
  const words: string[] = [];
  const pause = every(1000);
  let previous = '';
  for (let at = 0; at < coded.length; ) {
    let end = at + 1;
    while (end < coded.length && !isShared(coded.charCodeAt(end))) end++;
    const word = previous.slice(0, coded.charCodeAt(at) - CAPITAL_A) + coded.slice(at + 1, end);
    words.push(word);
    previous = word;
    at = end;
    if (pause()) yield;
  }
  return words;
}

const CAPITAL_A = 65;
/** A capital A to J: the shared-prefix length before an entry. */
const isShared = (code: number) => code >= CAPITAL_A && code <= CAPITAL_A + 9;

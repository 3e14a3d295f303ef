import leetspeak from './data/leetspeak.json';
import { foldCodePoint } from './fold';
import { isInnocentRealWord, isKnownWord, isWholeRealWord, segmentWords, unmaskedWord } from './vocabulary';

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
  /** For words rebuilt from letters typed apart: the number of that run, shared by its words. */
  run?: number;
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
/** Per char code below {@link LEET_TABLE_SIZE}: the letter's code it stands for, 0 if none. Read per character: an array, not a map. */
const LEET_TABLE_SIZE = Math.max(...LEET.keys()) + 1;
const LEET_CODES = new Uint16Array(LEET_TABLE_SIZE);
for (const [code, letter] of LEET) LEET_CODES[code] = letter.charCodeAt(0);
function leetLetter(code: number): number {
  return code < LEET_TABLE_SIZE ? LEET_CODES[code]! : 0;
}
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}
/** A masked letter ("k*nker", "k.t" is handled by joining): kept inside the word as a wildcard. */
export const MASK = '*'.charCodeAt(0);
/**
 * Symbols that may stand for a letter, but only between two word characters (h@ter, not "@jan"): a table
 * by char code (read for every character that ends a word), apostrophes and the mask among them.
 */
const INTERIOR_TABLE_SIZE = Math.max(0x2019, ...LEET.keys()) + 1;
const INTERIOR_SYMBOLS = new Uint8Array(INTERIOR_TABLE_SIZE);
for (const code of [...LEET.keys()].filter((code) => !isAsciiAlnum(code))) INTERIOR_SYMBOLS[code] = 1;
INTERIOR_SYMBOLS[0x27] = INTERIOR_SYMBOLS[0x2019] = INTERIOR_SYMBOLS[MASK] = 1;
function isInteriorSymbol(code: number): boolean {
  return code < INTERIOR_TABLE_SIZE && INTERIOR_SYMBOLS[code] === 1;
}
/** "$" may also open a word ("$hit", "$l3t"); "@" may not, it opens a mention. */
const OPENING_SYMBOL = '$'.charCodeAt(0);

/** Letters typed apart are joined when at most this many UTF-16 units separate them. */
const MAX_JOIN_GAP = 6;
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
 * It grows while folding, as one character may fold to several (a Hangul syllable to three jamo).
 */
let scratch = new Uint16Array(1024);
let scratchStart = new Int32Array(1024);
let scratchEnd = new Int32Array(1024);

function ensureCapacity(needed: number, used: number): void {
  if (scratch.length >= needed) return;
  const capacity = Math.max(needed, scratch.length * 2);
  const grown = [new Uint16Array(capacity), new Int32Array(capacity), new Int32Array(capacity)] as const;
  grown[0].set(scratch.subarray(0, used));
  grown[1].set(scratchStart.subarray(0, used));
  grown[2].set(scratchEnd.subarray(0, used));
  [scratch, scratchStart, scratchEnd] = grown;
}

const CHUNK = 8192;
/** Char codes to a string in chunks: one `apply` with too many arguments overflows the stack. */
function codesToString(codes: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let from = 0; from < length; from += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(from, Math.min(length, from + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Right-to-left override: Latin letters after it are shown in reverse order until PDF or a line end. */
const RLO = 0x202e;
const OVERRIDE_ENDS = new Set([0x202c /* PDF */, 0x2069 /* PDI */, 0x2029 /* paragraph separator */, 10, 13]);

/** Reverses folded units [from, to) by code point, with their offsets: the order a reader sees. */
function reverseUnits(from: number, to: number): void {
  for (let a = from, b = to - 1; a < b; a++, b--) {
    [scratch[a], scratch[b]] = [scratch[b]!, scratch[a]!];
    [scratchStart[a], scratchStart[b]] = [scratchStart[b]!, scratchStart[a]!];
    [scratchEnd[a], scratchEnd[b]] = [scratchEnd[b]!, scratchEnd[a]!];
  }
  // Surrogate pairs came out low-high: put each back in order.
  for (let k = from; k + 1 < to; k++) {
    const code = scratch[k]!;
    if (code >= 0xdc00 && code <= 0xdfff && scratch[k + 1]! >= 0xd800 && scratch[k + 1]! <= 0xdbff) {
      reverseUnits(k, k + 2);
      k++;
    }
  }
}

/** ASCII controls other than tab, line feed, vertical tab, form feed and carriage return: never text. */
function isDroppedControl(code: number): boolean {
  return (code < 32 && (code < 9 || code > 13)) || code === 127;
}

export function normalise(text: string): NormalisedText {
  const length = text.length;
  ensureCapacity(length + 16, 0);
  let size = 0;
  let overrideFrom = -1;
  let reordered = false;

  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // Most of every post: a run of ASCII, folded one unit for one unit (the scratch arrays hold it all,
      // as they were sized for the text and only a wider folding grows them).
      if (overrideFrom < 0 && size + (length - i) <= scratch.length) {
        const codes = scratch;
        const starts = scratchStart;
        const ends = scratchEnd;
        let next = i;
        for (let c = code; c < 128 && !isDroppedControl(c); c = next < length ? text.charCodeAt(next) : 128) {
          codes[size] = c >= 65 && c <= 90 ? c + 32 : c;
          starts[size] = next;
          ends[size] = ++next;
          size++;
        }
        if (next > i) {
          i = next;
          continue;
        }
      }
      i++;
      if (isDroppedControl(code)) continue;
      if (overrideFrom >= 0 && OVERRIDE_ENDS.has(code)) {
        reverseUnits(overrideFrom, size);
        overrideFrom = -1;
      }
      if (size + 1 > scratch.length) ensureCapacity(size + 1 + (length - i), size);
      scratch[size] = code >= 65 && code <= 90 ? code + 32 : code;
      scratchStart[size] = i - 1;
      scratchEnd[size] = i;
      size++;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (codePoint === RLO) {
      if (overrideFrom < 0) overrideFrom = size;
      reordered = true;
    } else if (overrideFrom >= 0 && OVERRIDE_ENDS.has(codePoint)) {
      reverseUnits(overrideFrom, size);
      overrideFrom = -1;
    }
    const replacement = foldCodePoint(codePoint);
    if (size + replacement.length > scratch.length) ensureCapacity(size + replacement.length + (length - i), size);
    for (let k = 0; k < replacement.length; k++) {
      scratch[size] = replacement.charCodeAt(k);
      scratchStart[size] = i;
      scratchEnd[size] = i + width;
      size++;
    }
    i += width;
  }
  if (overrideFrom >= 0) reverseUnits(overrideFrom, size);

  const folded = codesToString(scratch, size);
  const tokens = splitGluedWords(mergeSplitWords(text, joinSpacedLetters(text, tokenise(text, folded, scratch, scratchStart, scratchEnd, reordered))));
  return { original: text, folded, tokens };
}

function tokenise(text: string, folded: string, codes: Uint16Array, starts: Int32Array, ends: Int32Array, reordered: boolean): Token[] {
  const tokens: Token[] = [];
  const size = folded.length;
  let i = 0;
  while (i < size) {
    const opening = codes[i] === OPENING_SYMBOL && i + 1 < size && isLetterCode(codes[i + 1]!);
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
        if (plain && (code === codes[i - 1] || leetLetter(code) !== 0)) plain = false;
        i++;
      } else if (isInteriorSymbol(code) && i + 1 < size && isWordCode(codes[i + 1]!)) {
        plain = false;
        i++;
      } else if (code === MASK && maskRunEnd(codes, i, size) > 0) {
        // Several letters masked in a row ("k****r", "h**r"): the masks stay inside the word.
        plain = false;
        i = maskRunEnd(codes, i, size);
      } else {
        break;
      }
    }
    if (opening) plain = false;
    const word = folded.slice(begin, i);
    let start = starts[begin]!;
    let end = ends[i - 1]!;
    // Reversed on screen: the word's characters lie in the text the other way round.
    if (reordered) {
      for (let k = begin; k < i; k++) {
        start = Math.min(start, starts[k]!);
        end = Math.max(end, ends[k]!);
      }
    }
    tokens.push({
      index: tokens.length,
      start,
      end,
      foldedStart: begin,
      foldedEnd: i,
      folded: word,
      // Most words have no leetspeak, apostrophe or doubled letter: their skeleton is the word itself.
      skeleton: !hasLetter || plain ? word : skeletonOf(word),
      capitalised: isCapital(text, start),
      sentenceStart: startsSentence(text, start),
      joined: false,
      hasLetter,
      // Every token has the same fields from the start: one object shape keeps property reads fast.
      run: undefined,
    });
  }
  return tokens;
}

/** Letters masked in a row, at most this many: "k****r" is one word, a line of stars is none. */
const MAX_MASK_RUN = 4;
/** After a run of masks starting at `from`, the index of the word character that follows it; 0 if none. */
function maskRunEnd(codes: Uint16Array, from: number, size: number): number {
  let end = from;
  while (end < size && codes[end] === MASK && end - from < MAX_MASK_RUN) end++;
  return end < size && isWordCode(codes[end]!) ? end : 0;
}

/** Leetspeak read as letters, apostrophes dropped, runs of one letter collapsed: "k4nnk3rrr" → "kanker". */
export function skeletonOf(folded: string): string {
  return lettersRead(folded, 1);
}

/**
 * Leetspeak read as letters, apostrophes dropped, a run of one letter kept at most `longest` long. Built from slices
 * of the word between the letters that change: most words lose one doubled letter, or nothing.
 */
function lettersRead(folded: string, longest: 1 | 2): string {
  let out = '';
  let from = 0;
  let last = -1;
  let beforeLast = -1;
  for (let i = 0; i < folded.length; i++) {
    const typed = folded.charCodeAt(i);
    const leet = leetLetter(typed);
    const code = leet || typed;
    if (isApostrophe(typed) || (code === last && (longest === 1 || code === beforeLast))) {
      out += folded.slice(from, i);
      from = i + 1;
      continue;
    }
    if (leet !== 0) {
      out += folded.slice(from, i) + String.fromCharCode(leet);
      from = i + 1;
    }
    beforeLast = last;
    last = code;
  }
  return from === 0 ? folded : out + folded.slice(from);
}

/**
 * The word as read, for word classes where spelling matters ("beest" is not "best", "heet" not "het"):
 * leetspeak read as letters and apostrophes dropped like the skeleton, but only runs of three or more
 * of one letter shortened, to two: "haaaat" → "haat", "h4at" → "haat", "beest" stays "beest".
 */
export function readingOf(token: Token): string {
  return token.skeleton === token.folded ? token.folded : readingOfFolded(token.folded);
}

export function readingOfFolded(folded: string): string {
  return lettersRead(folded, 2);
}

/** Lower case a–z, digits, apostrophes, spaces and hyphens: folding changes nothing, and only spaces and hyphens separate words. */
const PLAIN_TERM = /^[a-z0-9' -]*$/;

/**
 * The words of a word-list entry as read (see {@link readingOf}), without the full normalisation:
 * thousands of entries are read when the lists are first used, and running the text pipeline on them
 * would also teach the engine's compiler the rare paths, slowing every later check.
 */
export function readingsOfTerm(term: string): string[] {
  // Most entries are plain lower-case words: the same split without the Unicode passes (the warm-up reads thousands).
  if (PLAIN_TERM.test(term)) return term.split(/[ -]/).filter((word) => word !== '').map(termWordReading);
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}'’*$@]+/u)
    .filter((word) => word !== '')
    .map(termWordReading);
}
/** A number is read as typed, as a text's number token is ({@link readingOf}): "nog 1 keer", not "nog i keer". */
const termWordReading = (word: string) => (ALL_DIGITS.test(word) ? word : readingOfFolded(word));
const ALL_DIGITS = /^\d+$/;

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

const GLUE_WORDS = new Set(['ik', 'jij', 'je', 'jou', 'hij', 'hem', 'zij', 'ze', 'we', 'wij', 'jullie', 'zijn', 'is', 'ben', 'bent', 'een', 'de', 'het', 'die', 'dat', 'moet', 'moeten', 'ga', 'gaan', 'allemaal', 'alle', 'echt', 'zo', 'niet', 'geen', 'en', 'of', 'wat', 'naar', 'van', 'niemand', 'iedereen']);

/** Little words that may also stand in a sentence typed as one word ("ikslajeinelkaar", "meisjeskunnenniks"), not beside one word only. */
const SENTENCE_GLUE = new Set([...GLUE_WORDS, 'in', 'op', 'aan', 'met', 'voor', 'te', 'om', 'kunnen', 'kan', 'niks', 'niets', 'mag', 'mogen', 'wil', 'willen', 'zal', 'zullen', 'ook', 'nog']);
/** Glued words shorter than this are left alone: most long words are just long words. */
const MIN_GLUED = 9;

/** Words seen before and what they split into (null: not glued), as a sentence and as a pair. Bounded: cleared when full. */
const gluedCache = new Map<string, { sentence: string[] | null; pair: string[] | null }>();
const MAX_GLUED_CACHE = 5_000;

/** The known words a word was glued from, or undefined when it is one word (or not all known words). */
function gluedPieces(word: string, mayBeName: boolean): string[] | undefined {
  // "halsslagader" is no "hals sla ga der", "wetering" no "we tering": a real Dutch word stays whole.
  if (mayBeName || isWholeRealWord(word) || isInnocentRealWord(word)) return undefined;
  return gluedSplit(word);
}

/** How the glued-word reading would cut a word, real or not (`npm run data:misspelt` lists the real words it would cut). */
export function gluedSplit(word: string): string[] | undefined {
  let glued = gluedCache.get(word);
  if (!glued) {
    let sentence: string[] | null = null;
    let pair: string[] | null = null;
    if (/^[a-z]+$/.test(word) && !isKnownWord(word)) {
      if (word.length >= MIN_GLUED) {
        // "en" also joins the parts of a compound ("spastenbus", "boekenkast"): never a piece of its own.
        const pieces = segmentWords(word, (piece) => (piece.length >= 3 || SENTENCE_GLUE.has(piece)) && piece !== 'en');
        // A glued sentence has little words in it ("zijn", "een"); a long compound ("wereldkankerdag") does not,
        // nor does a diminutive ("stelletje" is no "stel let je").
        if (pieces && pieces.length >= 3 && pieces.some((piece) => SENTENCE_GLUE.has(piece)) && pieces.at(-1) !== 'je') sentence = pieces;
      }
      pair = gluedPair(word) ?? null;
    }
    glued = { sentence, pair };
    if (gluedCache.size >= MAX_GLUED_CACHE) gluedCache.clear();
    gluedCache.set(word, glued);
  }
  return glued.sentence ?? glued.pair ?? undefined;
}

/** The word beside a little word must be this long: "ik" + "ram" may be the name Ikram, "ik" + "haat" is not. */
const MIN_PAIRED = 4;
/**
 * Two words typed as one when one is a little word ("ikhaat", "zijnwaardeloos", "turkenzijn"); a
 * compound of two words of content ("kankeronderzoek") stays one word. A little word behind the other
 * has three letters or more: "mongolen" is no "mongol" + "en".
 */
function gluedPair(word: string): string[] | undefined {
  for (const little of GLUE_WORDS) {
    const rest = word.length - little.length;
    if (rest < MIN_PAIRED) continue;
    if (word.startsWith(little) && isKnownWord(word.slice(little.length))) return [little, word.slice(little.length)];
    if (little.length >= 3 && word.endsWith(little) && isKnownWord(word.slice(0, rest))) return [word.slice(0, rest), little];
  }
  return undefined;
}

/**
 * Splits words typed without spaces back into the words the rules know ("vluchtelingenzijnallemaalprofiteurs"
 * → "vluchtelingen zijn allemaal profiteurs"), when every piece is a known word and there are three or more.
 * Only plain letters typed as they are read, so each piece's place in the text is exact.
 */
function splitGluedWords(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const length = token.folded.length;
    // A capital inside a sentence starts a name ("Ikram", "Wilhelminastraat"), not words glued.
    const pieces = length >= MIN_PAIRED + 2 && token.end - token.start === length ? gluedPieces(token.folded, token.capitalised && !token.sentenceStart) : undefined;
    if (!pieces) {
      out?.push(token);
      continue;
    }
    out ??= tokens.slice(0, i);
    let offset = 0;
    for (const piece of pieces) {
      out.push({
        ...token,
        start: token.start + offset,
        end: token.start + offset + piece.length,
        foldedStart: token.foldedStart + offset,
        foldedEnd: token.foldedStart + offset + piece.length,
        folded: piece,
        skeleton: skeletonOf(piece),
        capitalised: offset === 0 && token.capitalised,
        sentenceStart: offset === 0 && token.sentenceStart,
        joined: true,
      });
      offset += piece.length;
    }
  }
  if (!out) return tokens;
  out.forEach((token, index) => (token.index = index));
  return out;
}

/** What may cut a word without making two words: a line break, symbols, emoji, underscores; never a space. */
const WORD_CUT = /^(?:[\r\n_~^|*'’]|\p{S}|\p{Cs})+$/u;
const MAX_CUT = 8;
const MAX_PIECES = 3;

/**
 * The known word a word with masks stands for: the masks as emphasis ("s**tee**k" → "steek") or a mask,
 * or two side by side, as the letters of the one known word that fits ("m*slims" → "moslims",
 * "waardel**s" → "waardeloos"); undefined when none or several do ("k*t": kat, kit, kut).
 */
function unmasked(word: string): string | undefined {
  const plain = word.replaceAll('*', '');
  return isKnownWord(plain) ? plain : unmaskedWord(word);
}

/** Prefixes that are also words: before a space they may be cut from a verb ("ver moorden", "ont voeren"). */
const PREFIX_PIECES = new Set(['ver', 'ont', 'be', 'ge', 'her']);
/** The words of one or two letters that stand on their own: any other piece that short was cut from a word ("ma ak"). */
const SHORT_WORDS = new Set(['ik', 'je', 'we', 'ze', 'de', 'en', 'in', 'op', 'te', 'is', 'al', 'na', 'om', 'of', 'nu', 'zo', 'ja', 'me', 'u', 'a', 'o', 'he', 'eh', 'ok']);
function isShortFragment(piece: string): boolean {
  return piece.length <= 2 && /^[a-z]+$/.test(piece) && !SHORT_WORDS.has(piece);
}

/** A single space between two words: the space a typist puts inside a word to hide it ("mos lims"). */
function isOneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 32;
}

function maybeWordCut(code: number): boolean {
  return code === 10 || code === 13 || code === 95 || code === 126 || code === 94 || code === 124 || code === 42 || code === 39 || code > 127;
}

/**
 * Does the text between two words, [from, to), cut one word rather than separate two (a line break,
 * symbols, emoji, underscores: "kan\nker", "kank😀erlijer")? Most gaps are a space: decided without
 * copying the gap.
 */
export function isWordCut(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_CUT || !maybeWordCut(text.charCodeAt(from))) return false;
  return WORD_CUT.test(text.slice(from, to));
}

/**
 * Mends words cut by a line break or symbols ("ma\nak", "s__tee__k"), with emphasis inside ("s**tee**k")
 * or by one space ("mos lims", "onge dierte", "waarde loos"), when the mended word is one the rules know
 * and a piece on its own is not: "hoi\nje" and "ik haat" stay two words.
 */
function mergeSplitWords(text: string, tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  // Per token: 0 not yet asked, 1 a known word, 2 not. A token is a piece of several windows: asked once.
  const knownState = new Uint8Array(tokens.length);
  const known = (index: number): boolean => {
    if (knownState[index] === 0) knownState[index] = isKnownWord(tokens[index]!.folded) ? 1 : 2;
    return knownState[index] === 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    if (token.folded.includes('*')) {
      const plain = unmasked(token.folded);
      if (plain) {
        token = { ...token, folded: plain, skeleton: skeletonOf(plain) };
        knownState[i] = 1;
      }
    }
    const last = cutWordEnd(text, tokens, i, token) ?? spacedWordEnd(text, tokens, i, token, known);
    if (last !== undefined) {
      out ??= tokens.slice(0, i);
      const end = tokens[last]!;
      let folded = token.folded;
      for (let k = i + 1; k <= last; k++) folded += tokens[k]!.folded;
      out.push({ ...token, end: end.end, foldedEnd: end.foldedEnd, folded, skeleton: skeletonOf(folded), joined: true });
      i = last;
      continue;
    }
    if (token !== tokens[i]) out ??= tokens.slice(0, i);
    out?.push(token);
  }
  if (!out) return tokens;
  out.forEach((token, index) => (token.index = index));
  return out;
}

/**
 * The last piece of a known word cut by a line break or symbols from `token` on, if any: a piece that is
 * no word of its own, or too short to be one ("ma\nak"), was cut from a word. The longest mended word
 * wins: "h**omo'**s" is "homos", not "homo" and "s".
 */
function cutWordEnd(text: string, tokens: Token[], first: number, token: Token): number | undefined {
  let mended: number | undefined;
  let folded = token.folded;
  let cutPiece: boolean | undefined;
  for (let last = first + 1; last < tokens.length && last - first < MAX_PIECES; last++) {
    const next = tokens[last]!;
    if (!isWordCut(text, tokens[last - 1]!.end, next.start)) break;
    folded += next.folded;
    cutPiece ??= token.folded.length < 3 || !isKnownWord(token.folded);
    cutPiece ||= next.folded.length < 3 || !isKnownWord(next.folded);
    if (cutPiece && isKnownWord(folded)) mended = last;
  }
  return mended;
}

/**
 * The next token, if `token` and it are the two halves of a known word cut by one space, at least one
 * of them no word ("mos lims", "ma ak"): "wat je" is no "watje". A capital inside a sentence starts a name
 * ("van Daan", "Ali en"), and a little word is a word ("ap en" may be "apen", "Sam en" is no "samen").
 */
function spacedWordEnd(text: string, tokens: Token[], first: number, token: Token, known: (index: number) => boolean): number | undefined {
  const next = tokens[first + 1];
  if (!next || !isOneSpace(text, token.end, next.start) || next.capitalised || (token.capitalised && !token.sentenceStart)) return undefined;
  const firstKnown = known(first) && !PREFIX_PIECES.has(token.folded);
  const nextKnown = known(first + 1);
  if (firstKnown && nextKnown && !isShortFragment(token.folded) && !isShortFragment(next.folded)) return undefined;
  if ((firstKnown && SHORT_WORDS.has(token.folded)) || (nextKnown && SHORT_WORDS.has(next.folded))) return undefined;
  if (token.folded.length + next.folded.length > MAX_MENDED) return undefined;
  return isKnownWord(token.folded + next.folded) ? first + 1 : undefined;
}
/** A word mended from two halves is no longer than this (the longest word the rules know is shorter). */
const MAX_MENDED = 24;

/**
 * Joins runs of single letters typed apart ("k a n k e r", "k.u.t") into words. Where the run shows
 * word breaks (spaces between dotted words, "i.k m.a.a.k"; wider gaps, "i k  m a a k") it is cut there;
 * a piece that splits wholly into known words ("ikmaakjeaf") becomes those words, so phrase patterns
 * still read "ik maak je af". Tokens of one run share `run`, so word lists can read across the pieces.
 */
function joinSpacedLetters(text: string, tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  let runs = 0;
  for (let i = 0; i < tokens.length; i++) {
    let runEnd = i;
    while (
      runEnd < tokens.length &&
      (isSingleLetter(tokens[runEnd]!) || (runEnd > i && isLeetBetweenLetters(tokens, runEnd))) &&
      (runEnd === i || gapJoins(text, tokens[runEnd - 1]!, tokens[runEnd]!))
    ) {
      runEnd++;
    }
    if (runEnd - i < MIN_JOINED_LETTERS) {
      out?.push(tokens[i]!);
      continue;
    }
    out ??= tokens.slice(0, i);
    const run = runs++;
    for (const [from, to] of wordsInRun(text, tokens, i, runEnd)) {
      let letters = '';
      for (let k = from; k < to; k++) letters += tokens[k]!.skeleton;
      const words = segmentWords(letters);
      if (!words && to - from < MIN_JOINED_LETTERS) {
        for (let k = from; k < to; k++) out.push(tokens[k]!);
        continue;
      }
      let next = from;
      for (const word of words ?? [letters]) {
        // The first letter's token becomes the word: its letters' tokens are not used again.
        const first = tokens[next]!;
        const last = tokens[next + word.length - 1]!;
        first.end = last.end;
        first.foldedEnd = last.foldedEnd;
        first.folded = word;
        first.skeleton = skeletonOf(word);
        first.joined = true;
        first.run = run;
        out.push(first);
        next += word.length;
      }
    }
    i = runEnd - 1;
  }
  if (!out) return tokens;
  out.forEach((token, index) => (token.index = index));
  return out;
}

/**
 * The pieces [from, to) of a run of single letters, cut where the typist left a word break: a space
 * where the letters are otherwise joined by dots, dashes or emoji, or two spaces where they are
 * otherwise one.
 */
function wordsInRun(text: string, tokens: Token[], from: number, to: number): Array<[number, number]> {
  // Per gap, the number of white-space characters; an apostrophe binds ("h o m o ' s"): -1, never a break.
  const spaces = new Int8Array(to - from);
  let minimum = Infinity;
  let maximum = 0;
  for (let k = from + 1; k < to; k++) {
    let count = 0;
    for (let c = tokens[k - 1]!.end; c < tokens[k]!.start; c++) {
      const code = text.charCodeAt(c);
      if (code === 39 || code === 0x2019) {
        count = -1;
        break;
      }
      if (code === 32 || code === 9 || code === 0xa0 || code === 0x3000) count++;
    }
    spaces[k - from] = count;
    if (count < 0) continue;
    minimum = Math.min(minimum, count);
    maximum = Math.max(maximum, count);
  }
  if (maximum === minimum) return [[from, to]];
  const pieces: Array<[number, number]> = [];
  let start = from;
  for (let k = from + 1; k < to; k++) {
    if (spaces[k - from]! > minimum) {
      pieces.push([start, k]);
      start = k;
    }
  }
  pieces.push([start, to]);
  return pieces;
}

function isSingleLetter(token: Token): boolean {
  return token.hasLetter && token.foldedEnd - token.foldedStart === 1;
}

/** A lone digit or symbol that stands for a letter, between single letters typed apart ("h 0 e r", "k 4 n k e r"). */
function isLeetBetweenLetters(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return token.foldedEnd - token.foldedStart === 1 && leetLetter(token.folded.charCodeAt(0)) !== 0 && !!next && isSingleLetter(next) && isSingleLetter(tokens[index - 1]!);
}

function gapJoins(text: string, left: Token, right: Token): boolean {
  const gap = right.foldedStart - left.foldedEnd;
  if (gap < 1 || gap > MAX_JOIN_GAP) return false;
  for (let i = left.end; i < right.start; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
}

import { fewestPieces } from '../search';
import { ENGLISH } from './function-words';
import { wordLanguage } from './vocabulary';

/**
 * English words as they are typed to hide them, read back to the words the classes know: letters spaced
 * out ("s a v a g e s"), a space inside a word ("dis gusting", "ter rorists"), no spaces between words
 * ("muslimsarefilth", "killallturks"), a letter left out, added or two swapped ("disgustng", "cokcroaches",
 * "despies"). A word is only mended into a word of the classes, and only when what was typed is no
 * English word itself: "hat" stays a hat, "ease" stays ease.
 */

/** One word of an English clause, in the form the classes use (rules/english/analyse.ts). */
export interface EnglishWord {
  w: string;
  start: number;
  end: number;
  /** A name: @mention, or a capitalised word the classes do not know. */
  name: boolean;
  /** The clause ends after this word (comma, semicolon, colon, dash, quote). */
  brk: boolean;
  /** A capitalised plural of people from a place the classes do not list ("Ghanaians", "Eritreans", "Iraqis"). */
  demonym: boolean;
}

/** What the classes know, for mending: their words, and words a slang form expands from. */
export interface KnownWords {
  has(word: string): boolean;
}

/** Words mended from a slip are this long at least: shorter ones meet too many other words. */
const MIN_SLIP_LETTERS = 4;
/** A word typed without spaces is this long at least ("ihateyou"), and at most this long (a pasted wall of letters stays one word: linear time). */
const MIN_GLUED_LETTERS = 7;
const MAX_GLUED_LETTERS = 60;
/** Single letters in a row that make a word typed apart ("s a v a g e s"). */
const MIN_SPACED_LETTERS = 3;
/** A half of three letters or less may be cut from a word of six or more, even when it is a word ("dis gusting"). */
const MAX_SHORT_HALF = 3;
const MIN_CUT_WORD = 6;
/** A word of attack this long is no accident of two short words side by side. */
const MIN_LONG_CUT_WORD = 7;
/** Little words that show a glued run is a sentence ("muslimsarefilth", "killallturks"), not a compound. */
const GLUE = new Set(['i', 'im', 'you', 'u', 'ur', 'we', 'they', 'he', 'she', 'are', 'r', 'is', 'am', 'be', 'all', 'the', 'a', 'an', 'should', 'must', 'so', 'just', 'really', 'to', 'go', 'of', 'and', 'my', 'your', 'them', 'those', 'these', 'get', 'out', 'back', 'need', 'every']);

function isEnglishWord(word: string, known: KnownWords): boolean {
  return known.has(word) || wordLanguage(word) !== 'other';
}

/**
 * Mends the words of one sentence; the words are returned in order, mended ones spanning what they were typed
 * from. `typed` gives what was typed for a word (a letter "r" is read as "are", but typed apart it is an r).
 */
export function mendSpelling(words: EnglishWord[], known: KnownWords, attack: ReadonlySet<string>, typed: (word: EnglishWord) => string): EnglishWord[] {
  const out: EnglishWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Letters typed apart: a run of single letters read as one word when it is one the classes know.
    let run = i;
    while (run < words.length && words[run]!.end - words[run]!.start === 1 && /^[a-z]$/.test(typed(words[run]!))) run++;
    if (run - i >= MIN_SPACED_LETTERS) {
      const joined = words.slice(i, run).map(typed).join('');
      if (attack.has(joined)) {
        out.push(spanning(words[i]!, words[run - 1]!, joined));
        i = run - 1;
        continue;
      }
    }
    // A space inside a word: two halves that make a word of attack ("dis gusting", "sub human"); "the rapist"
    // makes no word of attack.
    // Asked in order of cost: most pairs make no word of attack, and then nothing else is asked.
    const next = words[i + 1];
    // As typed: "dis" may have been read as "this" already.
    const first = next && !word.brk && next.start !== word.start ? typedLetters(word, typed) : '';
    const halves = first && first + typedLetters(next!, typed);
    if (halves && attack.has(halves) && isCut(word, next!, first, halves.slice(first.length), known)) {
      out.push(spanning(word, next!, halves));
      i++;
      continue;
    }
    if (word.name || word.w.length < MIN_SLIP_LETTERS || !/^[a-z]+$/.test(word.w) || isEnglishWord(word.w, known)) {
      out.push(word);
      continue;
    }
    const glued = word.w.length >= MIN_GLUED_LETTERS ? gluedWords(word.w, known) : undefined;
    if (glued) {
      // The pieces share the typed word's span: a finding on any of them marks the whole run.
      glued.forEach((piece, index) => out.push({ ...word, w: piece, brk: word.brk && index === glued.length - 1 }));
      continue;
    }
    const slip = word.w.length >= MIN_SLIP_LETTERS ? mendedSlip(word.w, attack) : undefined;
    out.push(slip ? { ...word, w: slip } : word);
  }
  return out;
}

/**
 * Were two words one word cut in two? One half is no English word, or a short half the classes do not know
 * makes a long word with the other; halves the classes know are words of their own ("can not", "every one"),
 * and the parts of one typed word ("can't") were never cut. A lower-case first name may be half of a word
 * ("lia rs"): names stop a merge only into short words.
 */
function isCut(word: EnglishWord, next: EnglishWord, first: string, second: string, known: KnownWords): boolean {
  const halves = first + second;
  if ((word.name || next.name) && halves.length < MIN_CUT_WORD) return false;
  // A short half the classes know ("dis", "sub") still cuts a long word of attack ("dis gusting", "sub human");
  // a function word does not ("any more" is no "anymore").
  const shortCut = (half: string) => half.length <= MAX_SHORT_HALF && (!known.has(half) || (halves.length >= MIN_LONG_CUT_WORD && !ENGLISH.has(half)));
  return !isEnglishWord(first, known) || !isEnglishWord(second, known) || ((shortCut(first) || shortCut(second)) && halves.length >= MIN_CUT_WORD);
}

/** A word as it was typed, when that is letters only; else as read. */
function typedLetters(word: EnglishWord, typed: (word: EnglishWord) => string): string {
  const raw = typed(word);
  return /^[a-z]+$/.test(raw) ? raw : word.w;
}

function spanning(first: EnglishWord, last: EnglishWord, w: string): EnglishWord {
  return { w, start: first.start, end: last.end, name: false, brk: last.brk, demonym: false };
}

/**
 * The words a run without spaces was typed from, fewest first, when every piece is known and a little
 * word shows it is a sentence, or two words of attack stand together ("stupidfaggot"); undefined otherwise.
 */
function gluedWords(letters: string, known: KnownWords): string[] | undefined {
  if (letters.length > MAX_GLUED_LETTERS) return undefined;
  // A piece of one or two letters only as a little word ("r", "u", "i"); others must be known to the classes.
  const pieces = fewestPieces(letters, (piece) => (piece.length <= 2 ? GLUE.has(piece) : known.has(piece) || GLUE.has(piece)), MAX_PIECE_LETTERS);
  if (!pieces || pieces.length < 2) return undefined;
  return pieces.some((piece) => GLUE.has(piece)) || pieces.every((piece) => piece.length >= MIN_SLIP_LETTERS) ? pieces : undefined;
}
/**
 * Is a run without spaces an English sentence typed together ("ihatewomen", "youarepathetic")? Every piece an English
 * or shared word (one or two letters only as a little word), one of them a little word and one only English. The
 * language of a post typed as one run is read from it; a Dutch run ("ikhaatvrouwen") has a piece that is not English.
 */
export function gluedEnglish(letters: string): boolean {
  if (letters.length < MIN_GLUED_LETTERS || letters.length > MAX_GLUED_LETTERS) return false;
  const pieces = fewestPieces(letters, (piece) => GLUE.has(piece) || (piece.length > 2 && wordLanguage(piece) !== 'other'), MAX_PIECE_LETTERS);
  return !!pieces && pieces.length >= 2 && pieces.some((piece) => GLUE.has(piece)) && pieces.some((piece) => piece.length > 2 && wordLanguage(piece) === 'english');
}
/** The longest piece a glued run is split into. */
const MAX_PIECE_LETTERS = 16;

/**
 * Every word of attack of five letters or more by each form it takes with one letter left out: a word
 * typed with a letter dropped ("disgustng") is found in one lookup. Several words by one form: none (null).
 */
const droppedForms = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
function dropped(attack: ReadonlySet<string>): Map<string, string | null> {
  let index = droppedForms.get(attack);
  if (index) return index;
  index = new Map();
  for (const word of attack) {
    if (word.length <= MIN_SLIP_LETTERS) continue;
    for (let i = 0; i < word.length; i++) {
      const form = word.slice(0, i) + word.slice(i + 1);
      const seen = index.get(form);
      index.set(form, seen === undefined || seen === word ? word : null);
    }
  }
  droppedForms.set(attack, index);
  return index;
}

/** The one word of attack a slip was typed for: a letter dropped, one added, or two neighbours swapped. */
function mendedSlip(typed: string, attack: ReadonlySet<string>): string | undefined {
  const candidates = new Set<string>();
  const lost = dropped(attack).get(typed);
  if (lost === null) return undefined;
  if (lost) candidates.add(lost);
  for (let i = 0; i < typed.length; i++) {
    const fewer = typed.slice(0, i) + typed.slice(i + 1);
    if (fewer.length >= MIN_SLIP_LETTERS && attack.has(fewer)) candidates.add(fewer);
    if (i + 1 < typed.length && typed[i] !== typed[i + 1]) {
      const swapped = typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2);
      if (attack.has(swapped)) candidates.add(swapped);
    }
  }
  return candidates.size === 1 ? [...candidates][0] : undefined;
}

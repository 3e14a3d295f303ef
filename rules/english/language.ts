import { franc } from 'franc-min';
import { functionWords, mayHoldEnglish, readByWords, SHORT_SENTENCE_WORDS, type Reading } from './function-words';

/**
 * Which sentences of a post are English. First a cheap signal: common function words that are plainly
 * English or plainly Dutch (words both languages write alike, such as "is", "in", "we", "u", are left
 * out). franc-min decides only where those words do not, and only for sentences of 40 characters or
 * more: on this project's corpora it reads a third of short Dutch posts as English.
 */

/** A sentence of the text, with its UTF-16 offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Below this length franc is not asked: it misreads too many short Dutch posts. */
export const FRANC_MIN_CHARS = 40;


/** Decides one sentence: by function words, then (40+ characters, unless `byWordsOnly`) by franc-min. */
export function readSentence(sentence: string, byWordsOnly = false): Reading {
  const byWords = readByWords(sentence);
  if (byWords !== 'unknown' || byWordsOnly || sentence.trim().length < FRANC_MIN_CHARS) return byWords;
  // A long run with (almost) no function word of either language (letters typed apart, a list of names) is
  // no sentence: franc would guess at trigrams of no language.
  const { english, dutch, words } = functionWords(sentence);
  if (words > SHORT_SENTENCE_WORDS && english + dutch < words * MIN_FUNCTION_SHARE) return 'unknown';
  const guess = franc(sentence, { only: ['nld', 'eng'], minLength: FRANC_MIN_CHARS });
  return guess === 'eng' ? 'english' : guess === 'nld' ? 'dutch' : 'unknown';
}

/** A sentence has function words (in real sentences a third or more of the words); a list has almost none. */
const MIN_FUNCTION_SHARE = 0.1;

/** Titles whose full stop does not end a sentence. */
const TITLE_STOP = /\b(?:Mr|Mrs|Ms|Dr|St|Mx|Prof)\.$/i;

/** Splits a text into sentences at . ! ? … and line breaks (not after Mr., Mrs., Dr.). */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  for (const match of text.matchAll(/[.!?…]+(?=\s|$)|\n+/g)) {
    const end = match.index + match[0].length;
    if (match[0] === '.' && TITLE_STOP.test(text.slice(Math.max(0, match.index - 5), end))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/**
 * The English sentences of a text. A sentence the function words leave undecided (and too short for
 * franc) takes the reading of the whole post: "Gays disgust me." in an English post is English. A text
 * with none of the English function words at all costs one regular-expression test.
 */
export function englishSentences(text: string): Sentence[] {
  if (!mayHoldEnglish(text)) return [];
  const all = sentences(text);
  const readings = all.map((sentence) => readSentence(sentence.text));
  const post = readings.includes('unknown') ? postReading(text, readings) : 'dutch';
  const out: Sentence[] = [];
  all.forEach((sentence, index) => {
    if (readings[index] === 'english' || (readings[index] === 'unknown' && post === 'english' && sentence.text.length <= MAX_INHERITED_CHARS)) out.push(sentence);
    // A sentence that mixes the two ("die vluchtelingen moeten terug, they don't belong here"): its English
    // clauses, between commas, semicolons and dashes.
    else if (/[,;]|\s[-–—]\s/.test(sentence.text)) out.push(...englishClauses(sentence));
  });
  return out;
}

/**
 * An undecided sentence takes the post's language only when it is sentence-sized: a long run without a single
 * function word (letters typed apart, a list of names) is no English sentence, and reading it as one is costly.
 */
const MAX_INHERITED_CHARS = 300;

/** Reading the whole post again is linear but costly (franc on 1 MB): a long post is read by its sentences. */
const POST_READ_CHARS = 2_000;

/**
 * The language of the post as a whole, for its undecided sentences: a short post is read whole; a long one by
 * the most of its decided sentences, or by its beginning when none is decided.
 */
function postReading(text: string, readings: Reading[]): Reading {
  if (text.length <= POST_READ_CHARS) return readSentence(text);
  let english = 0;
  let dutch = 0;
  for (const reading of readings) {
    if (reading === 'english') english++;
    else if (reading === 'dutch') dutch++;
  }
  if (english + dutch > 0) return english > dutch ? 'english' : 'dutch';
  return readSentence(text.slice(0, POST_READ_CHARS));
}

function englishClauses(sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const match of `${sentence.text},`.matchAll(/[,;]|\s[-–—]\s/g)) {
    const raw = sentence.text.slice(start, match.index);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '' && readSentence(trimmed, true) === 'english') out.push({ start: sentence.start + start + lead, end: sentence.start + start + lead + trimmed.length, text: trimmed });
    start = match.index + match[0].length;
  }
  return out;
}

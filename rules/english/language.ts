import nameData from '../data/namen.json';
import { decodeInSteps } from '../front-coding';
import { FRANC_LANGUAGES } from './franc-languages';
import { englishLibraries } from './libraries';
import { lazilyInSteps } from '../lazy';
import { functionWords, mayHoldEnglish, readByWords, SHORT_SENTENCE_WORDS, type Reading } from './function-words';
import { gluedEnglish } from './spelling';
import { wordLanguage } from './vocabulary';

/**
 * Which sentences of a post are English. First a cheap signal: common function words that are plainly
 * English or plainly Dutch (words both languages write alike, such as "is", "in", "we", "u", are left
 * out). Where those words do not decide, a sentence of 40 characters or more goes to franc-min (on this
 * project's corpora it reads a third of short Dutch posts as English); a shorter one is read by the language
 * of its words (vocabulary.ts: "fat cow", "drink bleach bro" hold no function word).
 */

/** A sentence of the text, with its UTF-16 offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Below this length franc is not asked: it misreads too many short Dutch posts. */
export const FRANC_MIN_CHARS = 40;


/**
 * Decides one sentence: by function words, then by the language of its words when it is short (or
 * `byWordsOnly`, for a clause of a mixed sentence), else by franc-min.
 */
export function readSentence(sentence: string, byWordsOnly = false): Reading {
  const byWords = readByWords(sentence);
  if (byWords !== 'unknown') return byWords;
  if (byWordsOnly || sentence.trim().length < FRANC_MIN_CHARS) return readByVocabulary(sentence);
  // A long run with (almost) no function word of either language (letters typed apart, a list of names) is
  // no sentence: franc would guess at trigrams of no language.
  const { english, dutch, words } = functionWords(sentence);
  if (words > SHORT_SENTENCE_WORDS && english + dutch < words * MIN_FUNCTION_SHARE) return 'unknown';
  const guess = englishLibraries().franc(sentence, { only: FRANC_LANGUAGES, minLength: FRANC_MIN_CHARS });
  return guess === 'eng' ? 'english' : guess === 'nld' ? 'dutch' : 'unknown';
}

/**
 * A short stretch by the language of its words: English when it holds a word that is English and no Dutch
 * word, and no word that is not English ("fat cow", "kys loser"); Dutch when it holds a word that is not
 * English and none that is only English ("dikke koe", "vieze bitch"); else undecided ("stuur nudes": both
 * readings look). Names (a first name, a capital inside the stretch, an @mention) say nothing.
 */
export function readByVocabulary(sentence: string): Reading {
  const { english, other } = wordLanguages(sentence);
  if (english > 0 && other === 0) return 'english';
  if (other > 0 && english === 0) return 'dutch';
  return 'unknown';
}

/** How many words of a stretch are only English, shared, and not English; names are left out. */
function wordLanguages(sentence: string): { english: number; shared: number; other: number } {
  let english = 0;
  let shared = 0;
  let other = 0;
  let glued = 0;
  // A run typed without spaces, read as the words it was typed from: a few per stretch (each costs a search).
  const typedTogether = (word: string) => glued < MAX_GLUED_RUNS && word.length >= MIN_GLUED_RUN && ++glued > 0 && gluedEnglish(word);
  for (const match of sentence.matchAll(VOCABULARY_WORD)) {
    const raw = match[0];
    const word = raw.toLowerCase().replace(/['’]/g, '').replace(/([a-z])\1{2,}/g, '$1');
    // A mention or a hashtag says nothing of the language, unless the hashtag is a sentence typed together ("#ihatewomen").
    const tagged = match.index > 0 ? sentence[match.index - 1]! : '';
    if (tagged === '@') continue;
    if (tagged === '#') {
      if (typedTogether(word)) english++;
      continue;
    }
    if (/^[A-Z][a-z]/.test(raw) && match.index > 0) continue;
    if (word.length < 2 || allFirstNames().has(word)) continue;
    const language = wordLanguage(word);
    if (language === 'other' && typedTogether(word)) english++;
    else if (language === 'english') english++;
    else if (language === 'other') other++;
    else shared++;
  }
  return { english, shared, other };
}

/** Unknown runs this long may be words typed together; at most this many are split per stretch. */
const MIN_GLUED_RUN = 8;
const MAX_GLUED_RUNS = 3;

/** A word of Latin letters, with an apostrophe inside ("don't"); a word with a digit is no word. */
const VOCABULARY_WORD = /(?<![\p{L}\p{N}])[A-Za-z]+(?:['’][A-Za-z]+)?(?![\p{L}\p{N}])/gu;

/** First names say nothing of the language ("jayden u clown"). */
export const allFirstNames = lazilyInSteps(() => decodeInSteps(nameData.firstNames));

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
 * An English sentence or clause; `sure` when it reads as English by itself, holds no Dutch function word and
 * few words that are not English ("kill jezelf" is mixed; a name or a slang word in a long sentence is not).
 */
export interface EnglishSentence extends Sentence {
  sure: boolean;
}

/**
 * The English sentences of a text. A sentence left undecided takes the reading of the whole post ("Gays
 * disgust me." in an English post is English), and is read as English anyway when it holds a word that is
 * only English ("stuur nudes"): when unsure, both readings look. A text with none of the English function
 * or attack words at all costs one pass over its characters. The last text's answer is kept: the `engels`
 * rule and the Dutch word rules both ask it.
 */
export function englishSentences(text: string): EnglishSentence[] {
  if (text === last.text) return last.sentences;
  const found = readEnglishSentences(text);
  last = { text, sentences: found };
  return found;
}

let last: { text: string; sentences: EnglishSentence[] } = { text: '', sentences: [] };

function readEnglishSentences(text: string): EnglishSentence[] {
  if (!mayHoldEnglish(text)) return [];
  const all = sentences(text);
  const readings = all.map((sentence) => readSentence(sentence.text));
  const post = readings.includes('unknown') ? postReading(text, readings) : 'dutch';
  const out: EnglishSentence[] = [];
  all.forEach((sentence, index) => {
    const reading = readings[index];
    if (reading === 'english') out.push({ ...sentence, sure: isSure(sentence.text) });
    else if (reading === 'unknown' && sentence.text.length <= MAX_INHERITED_CHARS && (post === 'english' || wordLanguages(sentence.text).english > 0)) out.push({ ...sentence, sure: false });
    // A sentence that mixes the two ("die vluchtelingen moeten terug, they don't belong here"): its English
    // clauses, between commas, semicolons and dashes.
    else if (/[,;]|\s[-–—]\s/.test(sentence.text)) out.push(...englishClauses(sentence));
  });
  return out;
}

/** At most this share of a surely English stretch's words is not English. */
const MAX_OTHER_SHARE = 0.25;

function isSure(text: string): boolean {
  if (functionWords(text).dutch > 0) return false;
  // Letters typed apart ("i k r a m j e") hold no word to be sure of: franc's guess is no ground to silence the Dutch reading.
  const { english, shared, other } = wordLanguages(text);
  const words = english + shared + other;
  return words > 0 && other <= words * MAX_OTHER_SHARE;
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

function englishClauses(sentence: Sentence): EnglishSentence[] {
  const out: EnglishSentence[] = [];
  let start = 0;
  for (const match of `${sentence.text},`.matchAll(/[,;]|\s[-–—]\s/g)) {
    const raw = sentence.text.slice(start, match.index);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '' && readSentence(trimmed, true) === 'english') out.push({ start: sentence.start + start + lead, end: sentence.start + start + lead + trimmed.length, text: trimmed, sure: isSure(trimmed) });
    start = match.index + match[0].length;
  }
  return out;
}

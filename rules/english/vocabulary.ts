import data from '../data/english-words.json';
import { decodeInSteps } from '../front-coding';
import { lazilyInSteps } from '../lazy';

/**
 * Which language a single word is, for stretches too short for function words or franc ("fat cow", "drink
 * bleach bro"): English words that are no Dutch word say English; words both languages hold ("fat", "loser",
 * "drink") say nothing; every other word (Dutch, a name, slang of neither) says "not English". The lists are
 * derived from the Debian word lists wamerican and wdutch (rules/data/english-words.json, `npm run
 * data:language`), English words as stems to keep the file small.
 */

/** Stems longer than this are not listed: such long words are rare in pupils' posts and cost the most room. */
export const MAX_STEM_LETTERS = 10;

/** The endings a listed stem may take ("kills", "bullies", "hated", "cheating", "ugliness"). */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['ness', ''],
];

/** The stems a word may come from, three letters or longer. */
export function baseForms(word: string): string[] {
  const bases: string[] = [];
  for (const [ending, replacement] of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) bases.push(word.slice(0, -ending.length) + replacement);
  }
  return bases;
}

/** Built on first use, a warm-up step of the English reading. */
export const languageWords = lazilyInSteps(function* () {
  return { english: yield* decodeInSteps(data.english), shared: yield* decodeInSteps(data.shared), dutchLookalikes: yield* decodeInSteps(data.dutchLookalikes) };
});

export type WordLanguage = 'english' | 'shared' | 'other';

/** The language of one lower-case word of letters a-z. */
export function wordLanguage(word: string): WordLanguage {
  const { english, shared, dutchLookalikes } = languageWords();
  if (shared.has(word)) return 'shared';
  if (english.has(word)) return 'english';
  if (dutchLookalikes.has(word)) return 'other';
  return baseForms(word).some((base) => english.has(base)) ? 'english' : 'other';
}

/**
 * How a word of attack is met misspelt: one letter left out ("sukkl", "ongediert") or two neighbouring
 * letters swapped ("walgeljik", "Mraokkanen"; in words of five letters only this: "jdoen"), or hidden:
 * backwards ("droomrev") or without its vowels ("vrmrd"). Only for words
 * long enough that a slip rarely makes another word; the variants that are real Dutch words anyway
 * ("gemeenste" → "gemeente") are listed in rules/data/geen-spelfout.json (`npm run data:misspelt`) and
 * never count.
 */
export const MIN_MISSPELT_LETTERS = 6;
/** Five-letter words are met with two letters swapped only: a letter left out of them too often makes another word. */
const MIN_SWAPPED_LETTERS = 5;

export function misspeltVariants(word: string, hidden = true): string[] {
  if (word.length < MIN_SWAPPED_LETTERS) return [];
  const variants: string[] = [];
  // The last letter only in longer words: "ongediert", not "ratte".
  if (word.length >= MIN_MISSPELT_LETTERS) for (let i = 1; i < word.length - (word.length >= 7 ? 0 : 1); i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 1; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) variants.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  // Hidden on purpose: typed backwards ("droomrev") or without its vowels ("vrmrd").
  if (!hidden) return variants;
  const backwards = [...word].reverse().join('');
  if (backwards !== word) variants.push(backwards);
  const bare = word.replace(/[aeiouy]/g, '');
  if (bare.length >= MIN_BARE_LETTERS && word.length - bare.length >= 2) variants.push(bare);
  return variants;
}
/** A word without its vowels needs this many letters left: "vrmrd", not "gk". */
const MIN_BARE_LETTERS = 4;

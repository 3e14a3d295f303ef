import functionWords from './data/functiewoorden.json';

/**
 * The words the rules know, in folded form (lower case, accents off, double letters kept): common Dutch
 * words from the data plus every word a rule registers (pattern words, word-list terms). Letters typed
 * apart ("i k m a a k j e a f") are split back into these words, so phrase patterns still see words.
 */
const known = new Set<string>();
const APOSTROPHES = /['’]/g;
let longest = 0;

/** Adds words (already folded, one word each; longer phrases are added word by word). */
export function addVocabulary(words: Iterable<string>): void {
  for (const phrase of words) {
    for (const word of phrase.replace(APOSTROPHES, '').split(/\s+/)) {
      if (!/^[a-z]+$/.test(word)) continue;
      known.add(word);
      longest = Math.max(longest, word.length);
    }
  }
}

addVocabulary(functionWords.words);

/** Is this folded word one the rules know? Apostrophes do not count ("homo's" is "homos"). */
export function isKnownWord(word: string): boolean {
  return known.has(word.includes("'") || word.includes('’') ? word.replace(APOSTROPHES, '') : word);
}

/** Letters beyond this are not split: a pasted wall of letters stays one word (linear time). */
const MAX_SEGMENT_LETTERS = 120;

/**
 * Splits `letters` (folded, a–z) into known words, fewest words first; undefined unless every piece is a
 * known word. "ikmaakjeaf" → ["ik", "maak", "je", "af"]; "hoera" → ["hoera"]; "hoeraa" → undefined.
 */
export function segmentWords(letters: string, allow: (word: string) => boolean = () => true): string[] | undefined {
  const length = letters.length;
  if (length === 0 || length > MAX_SEGMENT_LETTERS) return undefined;
  if (known.has(letters) && allow(letters)) return [letters];
  // fewest[i]: the fewest known words that make letters[0, i); from[i]: where the last of them starts.
  const fewest = new Int32Array(length + 1).fill(-1);
  const from = new Int32Array(length + 1);
  fewest[0] = 0;
  for (let end = 1; end <= length; end++) {
    for (let start = Math.max(0, end - longest); start < end; start++) {
      if (fewest[start]! < 0 || (fewest[end]! >= 0 && fewest[start]! + 1 >= fewest[end]!)) continue;
      const word = letters.slice(start, end);
      if (!known.has(word) || !allow(word)) continue;
      fewest[end] = fewest[start]! + 1;
      from[end] = start;
    }
  }
  if (fewest[length]! < 0) return undefined;
  const words: string[] = [];
  for (let end = length; end > 0; end = from[end]!) words.unshift(letters.slice(from[end]!, end));
  return words;
}

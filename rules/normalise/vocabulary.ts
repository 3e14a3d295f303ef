import generated from '../data/woordenschat.json';
import notMisspelt from '../data/geen-spelfout.json';
import { decodeInSteps, decodeTextInSteps, frontDecodeText } from '../front-coding';
import { lazily, lazilyInSteps, type WarmUpStep } from '../lazy';
import { fewestPieces } from '../search';

/**
 * The words the rules know, in folded form (lower case, accents off, double letters kept): common Dutch
 * words from the data plus every word a rule reads (pattern words, word-list terms). Letters typed
 * apart ("i k m a a k j e a f") are split back into these words, so phrase patterns still see words.
 *
 * The list is complete before any text is normalised, whichever rules were built first: it is generated
 * from the rules' sources (rules/normalise/vocabulary-sources.ts) by `npm run data:vocabulary` into
 * rules/data/woordenschat.json (front-coded: rules/front-coding.ts), and a unit test fails when that file is stale.
 */
const APOSTROPHES = /['’]/g;

/** The single words of these phrases as the vocabulary holds them (apostrophes out, only a–z). */
export function vocabularyWords(phrases: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const phrase of phrases) {
    for (const word of phrase.replace(APOSTROPHES, '').split(/\s+/)) {
      if (/^[a-z]+$/.test(word)) words.add(word);
    }
  }
  return [...words].sort();
}

/** Built on first use; exported as a piece of the engine's warm-up (rules/engine.ts). */
export const vocabulary = lazilyInSteps(function* () {
  const known = yield* decodeInSteps(generated.words);
  let longest = 0;
  for (const word of known) longest = Math.max(longest, word.length);
  return { known, longest };
});

/**
 * Real Dutch words that look like an insult or a curse but are none ("wetering", "sleetje", "tevens", "knikker"), as
 * judged in rules/data/bronnen/woordenboek-treffers.json: never split into pieces, never read as abusive.
 */
const innocentRealWords = lazily(() => new Set(frontDecodeText(notMisspelt.echteWoorden)));
export function isInnocentRealWord(folded: string): boolean {
  return innocentRealWords().has(folded);
}
/** The same, for words the dictionary has only as names ("Niger", "Losser"): innocent only when written with a capital. */
const innocentNames = lazily(() => new Set(frontDecodeText(notMisspelt.eigenNamen)));
export function isInnocentName(folded: string): boolean {
  return innocentNames().has(folded);
}

/** Real Dutch words the glued-word reading would cut into words of its own ("halsslagader" as "hals sla ga der"): kept whole. */
const wholeRealWords = lazilyInSteps(function* () {
  return new Set(yield* decodeTextInSteps(notMisspelt.heleWoorden));
});
export function isWholeRealWord(folded: string): boolean {
  return wholeRealWords().has(folded);
}

/** Is this folded word one the rules know? Apostrophes do not count ("homo's" is "homos"). */
export function isKnownWord(word: string): boolean {
  const { known } = vocabulary();
  return known.has(word) || ((word.includes("'") || word.includes('’')) && known.has(word.replace(APOSTROPHES, '')));
}

/** Letters beyond this are not split: a pasted wall of letters stays one word (linear time). */
const MAX_SEGMENT_LETTERS = 120;

/**
 * Splits `letters` (folded, a–z) into known words, fewest words first; undefined unless every piece is a
 * known word. "ikmaakjeaf" → ["ik", "maak", "je", "af"]; "hoera" → ["hoera"]; "hoeraa" → undefined.
 */
export function segmentWords(letters: string, allow: (word: string) => boolean = () => true): string[] | undefined {
  if (letters.length === 0 || letters.length > MAX_SEGMENT_LETTERS) return undefined;
  const { known, longest } = vocabulary();
  if (known.has(letters) && allow(letters)) return [letters];
  return fewestPieces(letters, (word) => known.has(word) && allow(word), longest);
}

/**
 * Every known word by its forms with one letter, or two letters side by side, masked ("m*slims",
 * "waardel**s"); null where several known words share a form ("k*t": kat, kit, kut). Built on the first
 * masked word, so a text is read in one lookup per masked word, however many there are.
 */
const maskedForms = lazily(() => {
  const forms = new Map<string, string | null>();
  const add = (form: string, word: string) => {
    const seen = forms.get(form);
    forms.set(form, seen === undefined || seen === word ? word : null);
  };
  for (const word of vocabulary().known) {
    if (word.length < MIN_MASKED_LETTERS) continue;
    for (let i = 0; i < word.length; i++) {
      add(word.slice(0, i) + '*' + word.slice(i + 1), word);
      if (i + 1 < word.length) add(word.slice(0, i) + '**' + word.slice(i + 2), word);
    }
  }
  return forms;
});
/** Known words shorter than this are not looked up masked: "k*" could be anything. */
const MIN_MASKED_LETTERS = 3;

/** The one known word a word with one mask, or two side by side, stands for; undefined if none or several. */
export function unmaskedWord(masked: string): string | undefined {
  return maskedForms().get(masked) ?? undefined;
}

/** This file's lists, each built on first use: pieces of the engine's warm-up (rules/engine.ts). */
export const VOCABULARY_STEPS: readonly WarmUpStep[] = [vocabulary, wholeRealWords, innocentRealWords, innocentNames];

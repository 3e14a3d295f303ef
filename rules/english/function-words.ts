/**
 * The cheap part of telling English from Dutch: common function words that are plainly one language or
 * the other (words both write alike, such as "is", "in", "we", "u", are left out). Small and without
 * franc, so the content script can ask it on every post; language.ts adds franc-min where these words
 * do not decide.
 */
import attackWords from '../data/english-attack-words.json';
import { frontDecode } from '../front-coding';
import { lazily } from '../lazy';

/** How one sentence reads. */
export type Reading = 'english' | 'dutch' | 'unknown';

/** Common words that are plainly English, and a little slang (words Dutch writes alike are left out). */
export const ENGLISH: ReadonlySet<string> = new Set(
  (
    'the a an and or but not no yes you your yours yourself ur youre im i my mine myself he she him his ' +
    'they them their theirs this that these those it its are am were be been being do does did dont ' +
    'doesnt didnt cant wont isnt arent aint will would should could can have has what who why where ' +
    'when how which with for on at to from about just so very really gonna wanna gotta finna ' +
    'get got go going all some any every nobody everyone someone anyone nothing something than then ' +
    'there here because if ever never always us our everybody kys ngl tbh istg send kill hate hope shut look looks looked think know need ill shes hes thats whats theyre youll youve ive'
  ).split(' '),
);

// Built on first use by `readByWords`: the content script, which asks only `mayHoldEnglish`, leaves it out.
export const DUTCH_WORDS =
  'de het een en niet geen ik je jij jou jouw jullie hij zij ze wij mij mijn onze ons hun hen dat ' +
  'deze dit wat wie waarom waar wanneer met voor naar maar ook wel nog al als dan zo hier daar ' +
  'heb hebt heeft hebben bent zijn waren wordt worden werd kan kun kunnen moet moeten mag mogen wil ' +
  'willen zal zullen gaat ga gaan doet echt heel om te aan uit bij tot toch nou hoor joh zeg ' +
  'iets niks niets niemand iedereen altijd nooit vandaag morgen gisteren omdat jouw zn mn kk ' +
  'gewoon weer alleen graag jongens meisjes meneer mevrouw juf klas';
const DUTCH = lazily(() => new Set(DUTCH_WORDS.split(' ')));

/** How many plainly English and plainly Dutch function words a sentence holds, among how many words. */
export function functionWords(sentence: string): { english: number; dutch: number; words: number } {
  let english = 0;
  let dutch = 0;
  let words = 0;
  // One pass, no array of words: a pasted megabyte holds hundreds of thousands of them. Digits and leet symbols
  // inside a run keep it whole ("h4te", "h@te"), so its pieces are not read as words ("te" is Dutch); such a run
  // is no function word of either language.
  const pattern = /[a-z0-9]+(?:[@$*][a-z0-9]+)*(?:'[a-z]*)?/g;
  const lower = sentence.toLowerCase();
  let previousLength = 0;
  let afterTitle = false;
  let current = pattern.exec(lower);
  while (current) {
    const raw = current[0];
    const following = pattern.exec(lower);
    if (!LETTER.test(raw)) {
      current = following;
      continue;
    }
    words++;
    let word = raw.includes("'") ? raw.replace(/'/g, '') : raw;
    if (TRIPLE.test(word)) word = word.replace(REPEATED, '$1');
    // A lone letter ("a", "i") among letters typed apart ("i k m a a k"), or before an apostrophe ("a' straat"), is no English.
    const lone = word.length === 1 && (raw.length > 1 || previousLength === 1 || following?.[0].length === 1);
    // "mr de vries": a Dutch surname after an English title says nothing of the sentence's language.
    const surname: boolean = afterTitle && SURNAME_PARTICLES.has(word);
    if (!lone && !surname && !NOT_LETTER.test(word)) {
      if (ENGLISH.has(word)) english++;
      else if (DUTCH().has(word)) dutch++;
    }
    previousLength = raw.length;
    afterTitle = ENGLISH_TITLES.has(word) || surname;
    current = following;
  }
  return { english, dutch, words };
}

const ENGLISH_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'coach']);
const LETTER = /[a-z]/;
const NOT_LETTER = /[^a-z]/;
const SURNAME_PARTICLES = new Set(['de', 'van', 'der', 'den', 'ter', 'ten']);

/** One English word in ten at least: a list of names with a "Will" or a "Mark" in it is no English sentence. */
const MIN_ENGLISH_SHARE = 0.1;
/** Up to this many words a sentence is read as it is: short sentences may hold one function word only. */
export const SHORT_SENTENCE_WORDS = 20;

/** A sentence by its function words alone. */
export function readByWords(sentence: string): Reading {
  const { english, dutch, words } = functionWords(sentence);
  if (english >= 1 && dutch === 0) return words <= SHORT_SENTENCE_WORDS || english >= words * MIN_ENGLISH_SHARE ? 'english' : 'unknown';
  if (dutch >= 1 && english === 0) return 'dutch';
  if (english >= 2 * dutch + 2) return 'english';
  if (dutch >= 2 * english + 1) return 'dutch';
  return 'unknown';
}

/** A letter three times or more ("soooo", "youuu"). */
const REPEATED = /([a-z])\1{2,}/g;
const TRIPLE = /([a-z])\1\1/;

/**
 * The words by a hash of their letters (FNV-1a over the lower-case codes), so that a run of letters is
 * followed as it is scanned, without taking it out of the text. Two words may share a hash (one chance in
 * about 10⁹ per word): a Dutch post then loads the English reading for nothing, and finds nothing in it.
 */
const HASH_START = 0x811c9dc5 | 0;
const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);
// Kept within a small integer, which a Set of numbers holds without boxing.
const SMALL = 0x3fffffff;

function hashOf(word: string): number {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash & SMALL;
}

// Built on the first post checked, not when the content script starts on every page. A trie took 16–25 ms
// to build here, in one task; the hashes take about 1 ms.
const WORD_HASHES = lazily(() => {
  const hashes = new Set<number>();
  // The attack words of the English analysis that are no Dutch word: a short post without a function word
  // ("fat cow", "drink bleach") is read as English only when it holds one.
  for (const word of [...ENGLISH, ...frontDecode(attackWords.words)]) hashes.add(hashOf(word));
  // A first sieve by the hash's low bits, an array read: most words of a Dutch post end there, before the Set.
  const sieve = new Uint8Array(SIEVE_SIZE);
  for (const hash of hashes) sieve[hash & (SIEVE_SIZE - 1)] = 1;
  return { hashes, sieve };
});
const SIEVE_SIZE = 1 << 16;

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;
const isAsciiLetter = (code: number): boolean => ((code | 0x20) >= 97 && (code | 0x20) <= 122);

/**
 * Does the text hold any English function word (or slang), or an English attack word that is no Dutch word
 * ("cow", "bleach"), also typed with letters repeated? Only then is the English reading worth loading and
 * running. The check every Dutch post pays, so one pass over the characters: each run of Latin letters
 * (A-Z, a-z) is hashed as it goes; only a run with a letter three times ("soooo") is taken out
 * and read again with the letter once.
 */
export function mayHoldEnglish(text: string): boolean {
  const { hashes, sieve } = WORD_HASHES();
  const known = (hash: number): boolean => sieve[hash & (SIEVE_SIZE - 1)] === 1 && hashes.has(hash & SMALL);
  let start = -1;
  let hash = HASH_START;
  let repeated = false;
  let runs = 0;
  let longest = 0;
  // Apostrophes inside the current run: its letters, not its characters, make it long.
  let apostrophes = 0;
  for (let i = 0; i <= text.length; i++) {
    // Setting bit 5 lowers an ASCII capital; only A-Z and a-z then fall in a-z.
    const code = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    if (code >= 97 && code <= 122) {
      if (start < 0) {
        start = i;
        hash = HASH_START;
        repeated = false;
        apostrophes = 0;
      } else if (i - start >= 2 && code === (text.charCodeAt(i - 1) | 0x20) && code === (text.charCodeAt(i - 2) | 0x20)) repeated = true;
      hash = hashStep(hash, code);
      continue;
    }
    // An apostrophe inside a word ("don't", "you’re") is left out, as `functionWords` reads it; the run is
    // then also read again whole (its letters around the apostrophe may repeat: "th'hhe").
    if (start >= 0 && isApostrophe(text.charCodeAt(i)) && isAsciiLetter(text.charCodeAt(i + 1))) {
      repeated = true;
      apostrophes++;
      continue;
    }
    if (start >= 0) {
      if (known(hash)) return true;
      if (repeated && known(hashOf(text.slice(start, i).toLowerCase().replace(/['’]/g, '').replace(REPEATED, '$1')))) return true;
      runs++;
      longest = Math.max(longest, i - start - apostrophes);
    }
    start = -1;
  }
  // A post of one or two runs, one of them long, may be a sentence typed without spaces ("ihatewomen"): read on.
  return runs <= MAX_GLUED_POST_RUNS && longest >= MIN_GLUED_POST_LETTERS;
}
const MAX_GLUED_POST_RUNS = 2;
const MIN_GLUED_POST_LETTERS = 8;

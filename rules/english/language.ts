import { franc } from 'franc-min';

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

const ENGLISH = new Set(
  (
    'the a an and or but not no yes you your yours yourself ur youre im i my mine myself he she him his ' +
    'they them their theirs this that these those it its are am were be been being do does did dont ' +
    'doesnt didnt cant wont isnt arent aint will would should could can have has what who why where ' +
    'when how which with for on at to from about just so very really gonna wanna gotta finna ' +
    'get got go going all some any every nobody everyone someone anyone nothing something than then ' +
    'there here because if ever never always us our everybody kys ngl tbh istg send kill hate hope shut look think know need'
  ).split(' '),
);

const DUTCH = new Set(
  (
    'de het een en niet geen ik je jij jou jouw jullie hij zij ze wij mij mijn onze ons hun hen dat ' +
    'deze dit wat wie waarom waar wanneer met voor naar maar ook wel nog al als dan zo hier daar ' +
    'heb hebt heeft hebben bent zijn waren wordt worden werd kan kun kunnen moet moeten mag mogen wil ' +
    'willen zal zullen gaat ga gaan doet echt heel om te aan uit bij tot toch nou hoor joh zeg ' +
    'iets niks niets niemand iedereen altijd nooit vandaag morgen gisteren omdat jouw zn mn kk ' +
    'gewoon weer alleen graag jongens meisjes meneer mevrouw juf klas'
  ).split(' '),
);

/** Below this length franc is not asked: it misreads too many short Dutch posts. */
export const FRANC_MIN_CHARS = 40;

/** How one sentence reads, and why. */
export type Reading = 'english' | 'dutch' | 'unknown';

/** Decides one sentence: by function words, then (40+ characters, unless `byWordsOnly`) by franc-min. */
export function readSentence(sentence: string, byWordsOnly = false): Reading {
  let english = 0;
  let dutch = 0;
  for (const match of sentence.toLowerCase().matchAll(/[a-z]+(?:'[a-z]+)?/g)) {
    const word = match[0].replace(/'/g, '').replace(/([a-z])\1{2,}/g, '$1');
    if (ENGLISH.has(word)) english++;
    else if (DUTCH.has(word)) dutch++;
  }
  if (english >= 1 && dutch === 0) return 'english';
  if (dutch >= 1 && english === 0) return 'dutch';
  if (english >= 2 * dutch + 2) return 'english';
  if (dutch >= 2 * english + 1) return 'dutch';
  if (byWordsOnly || sentence.trim().length < FRANC_MIN_CHARS) return 'unknown';
  const guess = franc(sentence, { only: ['nld', 'eng'], minLength: FRANC_MIN_CHARS });
  return guess === 'eng' ? 'english' : guess === 'nld' ? 'dutch' : 'unknown';
}

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
  if (!QUICK_ENGLISH.test(text) && !QUICK_ENGLISH.test(text.replace(/([a-z])\1{2,}/gi, '$1'))) return [];
  const all = sentences(text);
  const readings = all.map((sentence) => readSentence(sentence.text));
  const post = readings.includes('unknown') ? readSentence(text) : 'dutch';
  const out: Sentence[] = [];
  all.forEach((sentence, index) => {
    if (readings[index] === 'english' || (readings[index] === 'unknown' && post === 'english')) out.push(sentence);
    // A sentence that mixes the two ("die vluchtelingen moeten terug, they don't belong here"): its English
    // clauses, between commas, semicolons and dashes.
    else if (/[,;]|\s[-–—]\s/.test(sentence.text)) out.push(...englishClauses(sentence));
  });
  return out;
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

/** A first look: does the text hold any English function word (or slang) at all? */
const QUICK_ENGLISH = new RegExp(`(?<![a-z])(?:${[...ENGLISH].join('|')})(?![a-z])`, 'i');

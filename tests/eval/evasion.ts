/**
 * Evasion forms: phrases the engine catches as typed, rewritten the way a pupil hides them (accents,
 * letters typed apart, a line break or emphasis inside a word, reversed text behind a right-to-left
 * override, look-alike letters in numbers). The unit tests require each form to be caught for at least
 * 95% of the phrases; `npm run eval` prints the catch rate per form.
 */
import { check } from '../../rules/engine';
import type { Category } from '../../rules/categories';

export interface EvasionPhrase {
  text: string;
  category: Category;
}

const WORD_PHRASES = [
  'jij bent een kankerlijer',
  'wat een kutwijf ben jij',
  'je bent een vieze hoer',
  'vuile flikker',
  'jij bent echt een mongool',
  'wat ben jij een debiel',
  'jij bent een sukkel',
  'wat een teringlijer',
  'klootzak dat je bent',
  'jij bent een tyfuslijer',
  'kankerhoer',
  'vieze slet',
  'stomme kut',
  'godverdomme wat saai',
  'kankerzooi dit',
  'ik maak je af',
  'ik steek je neer',
  'ik sla je in elkaar',
  'ga dood',
  'ik vermoord je',
  'ik schiet je dood',
  'ik maak je kapot',
  'ik trap je in elkaar',
  'krijg de kanker',
  'ik ga je vermoorden',
  'jij bent een kankermongool',
  'niemand vindt jou leuk',
  'kanker op',
  'jij bent een hoerenjong',
  'vuile neger',
  'joden zijn ratten',
  'ik pak je na school',
  'je moeder is een hoer',
  'wat een vuile kankerjood',
  "homo's moeten dood",
  'jij bent een achterlijke debiel',
  'tyfus op met je gezeik',
  'ik ram je helemaal kapot',
  'kutleraar',
  'wat een lul ben jij',
  'ga toch dood kankerkind',
  'ik breek je nek',
  'wat een eikel',
  'jij bent een loser',
  'ik wurg je',
  'kankernicht',
];

/** The elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
function validBsn(seed: number): string {
  for (let candidate = 100_000_000 + ((seed * 7_919_731) % 800_000_000); ; candidate++) {
    const digits = String(candidate);
    let sum = -Number(digits[8]);
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
    if (sum % 11 === 0 && /[01]/.test(digits)) return digits;
  }
}

const BSN_FRAMES = ['Mijn BSN is {n}', 'bsn {n}', 'mijn burgerservicenummer is {n}', 'zijn bsn: {n}', 'BSN van mijn zus: {n}'];
const PHONE_FRAMES = ['bel me op {n}', 'app me {n}', 'mijn nummer is {n}', 'zijn nummer: {n}', 'whatsapp {n}'];
const PHONE_STYLES = [(d: string) => d, (d: string) => `${d.slice(0, 2)}-${d.slice(2)}`, (d: string) => `${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`];

/** Valid BSNs and Dutch mobile numbers with a 0 and a 1 in them, in the sentences they are shared in. */
const NUMBER_PHRASES = Array.from({ length: 20 }, (_, i) => [
  BSN_FRAMES[i % BSN_FRAMES.length]!.replace('{n}', validBsn(i + 1)),
  PHONE_FRAMES[i % PHONE_FRAMES.length]!.replace('{n}', PHONE_STYLES[i % PHONE_STYLES.length]!(`06${String(10_203_040 + i * 1_010_101).padStart(8, '0')}`)),
]).flat();

export const EVASION_PHRASES: EvasionPhrase[] = [
  ...WORD_PHRASES.map((text) => ({ text, category: 'belediging' as Category })),
  ...NUMBER_PHRASES.map((text) => ({ text, category: 'vertrouwelijk' as Category })),
];

const words = (text: string) => text.split(' ');
const longestWord = (text: string) => words(text).reduce((a, b) => (b.length > a.length ? b : a));
const replaceWord = (text: string, word: string, by: string) => text.replace(word, by);
const apart = (separator: string, between = ' ') => (text: string) =>
  words(text).map((word) => [...word].join(separator)).join(between);

/** A slip in the middle of the longest word, when it has six letters or more (shorter words are left alone). */
const slipInLongestWord = (slip: (word: string, middle: number) => string) => (text: string) => {
  const word = longestWord(text);
  return word.length < 6 ? text : replaceWord(text, word, slip(word, Math.floor(word.length / 2)));
};

export interface EvasionForm {
  name: string;
  /** Which phrases it applies to: words, or numbers. */
  applies: Category;
  apply(text: string): string;
  /** The share the unit tests require still caught (0.95 unless said): a floor under today's figure, to be raised, never lowered. */
  floor?: number;
}

export const EVASION_FORMS: EvasionForm[] = [
  { name: 'accenten', applies: 'belediging', apply: (text) => text.replace(/[aeiou]/g, (vowel) => vowel + '\u0308') },
  { name: 'spaties', applies: 'belediging', apply: apart(' ', '   ') },
  { name: 'spaties-overal', applies: 'belediging', apply: apart(' ') },
  { name: 'punten', applies: 'belediging', apply: apart('.') },
  { name: 'streepjes', applies: 'belediging', apply: apart('-') },
  { name: 'emoji', applies: 'belediging', apply: apart('😀') },
  {
    name: 'regeleinde-in-woord',
    applies: 'belediging',
    apply: (text) => {
      const word = longestWord(text);
      const middle = Math.ceil(word.length / 2);
      return replaceWord(text, word, word.slice(0, middle) + '\n' + word.slice(middle));
    },
  },
  { name: 'rtl-omgekeerd', applies: 'belediging', apply: (text) => '\u202E' + [...text].reverse().join('') + '\u202C' },
  {
    name: 'nadruk-in-woord',
    applies: 'belediging',
    apply: (text) => {
      const word = longestWord(text);
      return replaceWord(text, word, word[0] + '**' + word.slice(1, -1) + '**' + word.slice(-1));
    },
  },
  {
    name: 'spatie-in-woord',
    applies: 'belediging',
    // "kanke rzooi": a compound the word lists make from two words ("kanker" + "zooi") is no known word to mend into (44 of 46).
    floor: 0.95,
    apply: (text) => {
      const word = longestWord(text);
      const middle = Math.ceil(word.length / 2);
      return replaceWord(text, word, word.slice(0, middle) + ' ' + word.slice(middle));
    },
  },
  // Two short words typed as one ("iksla") may be a name ("ikram"), and two words of content are a compound: 41 of 46.
  { name: 'spatie-weg', applies: 'belediging', floor: 0.85, apply: (text) => text.replace(' ', '') },
  {
    name: 'letter-weg',
    applies: 'belediging',
    // Slips are read in the grammar's words of attack, not yet in the word lists' compounds ("kankezooi"): 40 of 46.
    floor: 0.85,
    apply: slipInLongestWord((word, middle) => word.slice(0, middle) + word.slice(middle + 1)),
  },
  {
    name: 'letters-omgedraaid',
    applies: 'belediging',
    floor: 0.85,
    apply: slipInLongestWord((word, middle) => word.slice(0, middle - 1) + word[middle] + word[middle - 1] + word.slice(middle + 1)),
  },
  { name: 'leet', applies: 'belediging', apply: (text) => { const word = longestWord(text); return replaceWord(text, word, word.replace(/[aeio]/g, (vowel) => ({ a: '4', e: '3', i: '1', o: '0' })[vowel]!)); } },
  {
    name: 'sterretje',
    applies: 'belediging',
    // A mask is read as a letter only where one known word fits: "br*ek" is "breek" or "broek" (40 of 46).
    floor: 0.85,
    apply: (text) => {
      const word = longestWord(text);
      return replaceWord(text, word, word.replace(/(?<=.)[aeiou](?=.)/, '*'));
    },
  },
  {
    name: 'klinkers-weg',
    applies: 'belediging',
    // Sure words of the lists and the grammar's long words of attack are known by their consonants ("knkr",
    // "vrmrd"); short words ("dood", "kut") keep too few letters to know them by (26 of 46).
    floor: 0.55,
    apply: (text) => { const word = longestWord(text); return replaceWord(text, word, word.replace(/[aeiouy]/g, '')); },
  },
  {
    name: 'woord-omgekeerd',
    applies: 'belediging',
    // Sure words, compounds on a long curse and the grammar's words of attack are read backwards ("rejilreknak",
    // "droomrev"); short words are not, where backwards they are often words themselves (40 of 46).
    floor: 0.85,
    apply: (text) => { const word = longestWord(text); return replaceWord(text, word, [...word].reverse().join('')); },
  },
  {
    name: 'lookalike-cijfers',
    applies: 'vertrouwelijk',
    // The first zero as a capital O and the first one as a small l: within the limit of look-alikes a
    // number may hold and still be read as a number.
    apply: (text) => text.replace(/0(?=[\d -]*$)/, 'O').replace(/1(?=[\d -]*$)/, 'l'),
  },
];

export interface EvasionResult {
  form: string;
  phrases: number;
  caught: number;
  rate: number;
  missed: string[];
}

const caughtAs = (text: string, category: Category) => check(text).some((finding) => finding.category === category);

/** Per form, how many of the phrases (caught as typed) are still caught in that form. */
export function evasionResults(): EvasionResult[] {
  return EVASION_FORMS.map((form) => {
    const phrases = EVASION_PHRASES.filter((phrase) => phrase.category === form.applies && caughtAs(phrase.text, phrase.category));
    const missed = phrases.map((phrase) => form.apply(phrase.text)).filter((text) => !caughtAs(text, form.applies));
    const caught = phrases.length - missed.length;
    return { form: form.name, phrases: phrases.length, caught, rate: phrases.length === 0 ? 0 : caught / phrases.length, missed };
  });
}

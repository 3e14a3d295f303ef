import data from '../../data/grammatica.json';
import { decodeTextInSteps, frontDecodeText } from '../../front-coding';
import { firstNotBefore } from '../../search';
import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { allPersonReferences } from '../../personen/names';
import { isQuoted } from '../lexicon';
import { readingOf, readingsOfTerm, skeletonOf } from '../../normalise/pipeline';
import { isInnocentRealWord, isKnownWord } from '../../normalise/vocabulary';
import { every, lazily, lazilyInSteps, type WarmUpStep } from '../../lazy';
import { compileVerbs, type VerbForms } from './verbs';
import { MIN_MISSPELT_LETTERS, misspeltVariants } from './misspelt';
import notMisspelt from '../../data/geen-spelfout.json';

/**
 * The grammar's word classes and, per text, where each class stands. Words meet as they are read
 * (leetspeak as letters, long runs of one letter shortened), not as skeletons: "beest" must not be
 * "best", nor "heet" "het". All classes are found in one pass over the words of the text.
 */
export type WordClass = keyof typeof data.klassen | 'groep' | 'groep_bijvoeglijk' | 'neg_adjectief';

/** The data's word lists, decoded on first use (they ship front-coded: rules/front-coding.ts; rules/lazy.ts). */
export const lists = lazilyInSteps(function* () {
  const classes = {} as Record<keyof typeof data.klassen, string[]>;
  for (const [name, coded] of Object.entries(data.klassen)) {
    classes[name as keyof typeof data.klassen] = frontDecodeText(coded);
    yield;
  }
  const groups = data.groepen.map(([groep, nouns, adjectives]) => ({ groep: groep!, zelfstandig: frontDecodeText(nouns!), bijvoeglijk: frontDecodeText(adjectives!) }));
  yield;
  const violence = {
    werkwoorden: frontDecodeText(data.geweld.werkwoorden),
    schadelijk_met_doel: frontDecodeText(data.geweld.schadelijk_met_doel),
    geen_vorm: frontDecodeText(data.geweld.geen_vorm),
    lichaam_als_onderwerp: frontDecodeText(data.geweld.lichaam_als_onderwerp),
    signalen: frontDecodeText(data.geweld.signalen),
    onschuldige_partikels: Object.fromEntries(Object.entries(data.geweld.onschuldige_partikels).map(([verb, coded]) => [verb, frontDecodeText(coded)])),
  };
  yield;
  /** Verb forms as "present forms;past forms;past participles". */
  const verbForms: Record<string, VerbForms> = {};
  const words = (list: string) => list.split(' ').filter(Boolean);
  const pause = every(300);
  for (const [verb, coded] of Object.entries(data.werkwoordsvormen as Record<string, string>)) {
    const [nu = '', verleden = '', deelwoord = ''] = coded.split(';');
    verbForms[verb] = { nu: words(nu), verleden: words(verleden), deelwoord: words(deelwoord) };
    if (pause()) yield;
  }
  const groep_bijvoeglijk = groups.flatMap((group) => group.bijvoeglijk.flatMap(adjectiveForms));
  yield;
  const neg_adjectief = classes.neg_sterk.flatMap(adjectiveForms);
  yield;
  const sources: Record<WordClass, string[]> = {
    ...classes,
    groep: groups.flatMap((group) => group.zelfstandig),
    groep_bijvoeglijk,
    neg_adjectief,
    positief: classes.positief.flatMap(adjectiveForms),
  };
  return { classes, groups, violence, verbForms, sources };
});
/** Extra words that may start a violent verb, for the quick first look (analyse.ts). */
export const violenceSignals = lazily(() => lists().violence.signalen);

/** Lists the grammar reads as lists, not as classes found in the text: neg_sterk is found as neg_adjectief (with its forms). */
const LISTS_ONLY = new Set(['neg_sterk', 'neg_mild']);
const CLASS_NAMES: WordClass[] = [
  ...(Object.keys(data.klassen) as (keyof typeof data.klassen)[]).filter((name) => !LISTS_ONLY.has(name)),
  'groep',
  'groep_bijvoeglijk',
  'neg_adjectief',
];
/** Each class's bit in the per-token class masks (three 32-bit words a token). */
const CLASS_BIT = new Map(CLASS_NAMES.map((name, index) => [name, index]));
const MASK_WORDS = Math.ceil(CLASS_NAMES.length / 32);

/**
 * Dutch adjective endings: dom → domme, vies → vieze, waardeloos → waardeloze, raar → rare, lief →
 * lieve, achterbaks → achterbakse; comparative (-er) and superlative (-st, -ste).
 */
export function adjectiveForms(base: string): string[] {
  if (base.includes(' ')) return [base];
  let stem = base;
  // A long vowel written double before the last consonant is written single before -e: raar → rare.
  if (/(aa|ee|oo|uu)[^aeiou]$/.test(stem)) stem = stem.slice(0, -3) + stem.at(-3) + stem.at(-1);
  // s and f sound as z and v between vowels: vies → vieze, lief → lieve; not after a consonant (achterbakse).
  else if (/[^aeiou][aeiou][bdfgklmnprt]$/.test(stem) && !/(ig|lijk|isch|baar|ief)$/.test(stem)) stem += stem.at(-1);
  if (/[aeiou]s$/.test(stem)) stem = stem.slice(0, -1) + 'z';
  else if (/[aeiou]f$/.test(stem)) stem = stem.slice(0, -1) + 'v';
  const superlative = base.endsWith('s') ? base + 't' : base + 'st';
  return [...new Set([base, stem + 'e', stem + 'er', stem + 'ere', superlative, superlative + 'e'])];
}

/** A word or phrase of the data as the words it reads as. */
export function readingsOf(text: string): string[] {
  return readingsOfTerm(text);
}


interface Entry {
  name: WordClass;
  rest: string[];
}

/** Classes that also match as the end of a compound ("sportvereniging", "gymleraar", "wiskundemethode"). */
const COMPOUND_CLASSES: WordClass[] = ['groep_plek', 'persoon', 'voorwerp', 'lichaamsdeel'];
/** The endings as a trie over their letters from last to first: a word is walked once, nothing copied. */
interface EndingNode {
  next: Map<number, EndingNode>;
  classes?: WordClass[];
}
const endings = lazily((): EndingNode => {
  const endingTrie: EndingNode = { next: new Map() };
  for (const name of COMPOUND_CLASSES) {
    for (const phrase of lists().sources[name]) {
      const words = readingsOf(phrase);
      if (words.length !== 1 || words[0]!.length < 4) continue;
      let node = endingTrie;
      const word = words[0]!;
      for (let i = word.length - 1; i >= 0; i--) {
        const code = word.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map() }));
        node = child;
      }
      (node.classes ??= []).push(name);
    }
  }
  return endingTrie;
});
const MIN_COMPOUND_HEAD = 3;
/** Rude verbs of leaving whose "op" may stand at the end: "rotten … op", "sodemieter … op". */
export const RUDE_LEAVING = new Set(['rot', 'rotten', 'rotte', 'sodemieter', 'sodemieteren', 'donder', 'donderen', 'flikker', 'flikkeren', 'mieter', 'mieteren', 'hoepel', 'hoepelen', 'tyf', 'tyfen', 'kanker', 'kankeren']);
const SPLIT_LEAVING_REACH = 8;

/** "mee" words not about joining in: "meer", "meestal", "meevallen", "meenemen" (taking a thing along), "meekijken" (copying), "meeuw". */
const NOT_JOINING = new Set([
  'meer', 'meest', 'meeste', 'meestal', 'meester', 'meesters', 'meeuw', 'meeuwen', 'meel', 'meevallen', 'meevalt', 'meeviel', 'meenemen', 'meeneemt',
  'meebrengen', 'meegeven', 'meegeeft', 'meedelen', 'meeleven', 'meeleeft', 'meesleuren', 'meeslepend', 'meerdere', 'meerderheid', 'meeting', 'meetings',
  'meezitten', 'meezit', 'meestentijds', 'meetellen', 'meerkeuze', 'meekijken', 'meekijkt', 'meelezen', 'meeschrijven', 'meeluisteren', 'meenam', 'meenamen',
]);
/**
 * Compounds that name a match or where it is played ("tennisbaan", "voetbalquiz", "schooltoernooi"): a sport and a
 * field, court, match or quiz. Not a team, a club or a chat ("voetbalteam", "voetbalapp"): being kept out of those is real.
 */
const SPORT_HEADS = ['voetbal', 'hockey', 'tennis', 'basketbal', 'korfbal', 'handbal', 'volleybal', 'padel', 'schaak', 'trefbal', 'pingpong'];
const SPORT_VENUES = ['baan', 'veld', 'zaal', 'training', 'les'];
const SPORT_TAILS = ['quiz', 'toernooi', 'wedstrijd', 'wedstrijden', 'competitie', 'finale', 'potje', 'match'];
function isSportCompound(word: string): boolean {
  if (word.length < 8) return false;
  return SPORT_TAILS.some((tail) => word.endsWith(tail)) || (SPORT_HEADS.some((head) => word.startsWith(head)) && SPORT_VENUES.some((venue) => word.endsWith(venue)));
}

/** A verb of joining in made with "mee" ("meevoetballen", "meezwemmen", "meegamen"): read as the class `mee`. */
function joinsIn(word: string): boolean {
  return word.length >= 7 && word.startsWith('mee') && !NOT_JOINING.has(word) && !word.startsWith('meer') && !word.startsWith('meest');
}

/** Classes whose long words are also met misspelt: by skeleton, or with a slip (misspelt.ts). */
const LOOSE_CLASSES: WordClass[] = ['scheldnaam', 'neg_adjectief', 'ontmenselijk', 'groep', 'lichaam_neg', 'misdaad'];
/** Classes of verbs met misspelt ("vremoorden", "verahcten"): read as the form they stand for (see repairs). */
const REPAIRED_CLASSES: WordClass[] = ['emotie', 'dood_werkwoord'];
/** The single words of violent verbs and of the repaired classes. */
const repairedWords = lazily((): string[] => {
  const { sources, verbForms, violence } = lists();
  const violent = violence.werkwoorden.map((lemma) => lemma.split(' ').at(-1)!).flatMap((verb) => {
    const forms = verbForms[verb];
    return forms ? [verb, ...forms.nu, ...forms.verleden, ...forms.deelwoord] : [verb];
  });
  return singleWords([...REPAIRED_CLASSES.flatMap((name) => sources[name]), ...violent]);
});
function singleWords(phrases: string[]): string[] {
  return [...new Set(phrases.map(readingsOf).filter((words) => words.length === 1).map((words) => words[0]!))];
}
/** The single words of the classes met misspelt (for `npm run data:misspelt`). */
export function looselyMetWords(): string[] {
  return [...new Set([...singleWords(LOOSE_CLASSES.flatMap((name) => lists().sources[name])), ...repairedWords()])];
}
/**
 * Slips of verb forms of attack, each with the form it stands for: "vremoorden" is read as "vermoorden",
 * so the verb and the phrases it starts meet it as typed right. Slips that are real words never count. A long
 * vowel written double first (the likelier slip), then the other slips.
 */
const repairs = lazilyInSteps(function* () {
  const repairMap = new Map<string, string>();
  const pause = every(100);
  for (const slips of [doubledVowels, misspeltVariants]) {
    for (const word of repairedWords()) {
      for (const variant of slips(word)) if (!realWords().has(variant) && !repairMap.has(variant)) repairMap.set(variant, word);
      if (pause()) yield;
    }
  }
  for (const word of repairedWords()) repairMap.delete(word);
  return repairMap;
});
/** The word with one single vowel written double ("slopen" → "sloopen"). */
function doubledVowels(word: string): string[] {
  const variants: string[] = [];
  for (let i = 1; i < word.length - 1; i++) {
    const vowel = word[i]!;
    if ('aeou'.includes(vowel) && word[i - 1] !== vowel && word[i + 1] !== vowel && !'aeiou'.includes(word[i + 1]!)) variants.push(word.slice(0, i) + vowel + word.slice(i));
  }
  return variants;
}
const LOOSE_MIN = 5;
/** Slips of attack words that are real Dutch words ("gemeente"): never read as the attack word. */
const realWords = lazilyInSteps(function* () {
  return new Set(yield* decodeTextInSteps(notMisspelt.woorden));
});
type LooseIndex = { long: Map<string, WordClass[]>; short: Map<string, WordClass[]> };
/**
 * Adds one piece of the classes' words to the loose index: by skeleton and, for long words, their slips that are
 * no real word. Adjectives (every form of every one) are met with slips only, not backwards or without vowels.
 */
function addLoose(loose: LooseIndex, name: WordClass, word: string): void {
  const add = (map: Map<string, WordClass[]>, key: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  if (word.length < LOOSE_MIN) return add(loose.short, skeletonOf(word));
  add(loose.long, skeletonOf(word));
  const hidden = name !== 'neg_adjectief' && name !== 'lichaam_neg';
  for (const variant of misspeltVariants(word, hidden)) if (!realWords().has(variant)) add(loose.long, variant);
}
/**
 * Words of attack met misspelt. `long`: words of five letters or more, by skeleton, and the longer ones
 * with a slip (misspelt.ts: a letter left out, two letters swapped) that is no real word. `short`: shorter
 * ones by skeleton, used only when the word was typed with letters doubled or as digits ("aaaaapen",
 * "z1ekk"): typed plainly, a short word met by skeleton would meet other words.
 */
const looseIndex = lazilyInSteps(function* () {
  const loose: LooseIndex = { long: new Map(), short: new Map() };
  const pause = every(100);
  for (const name of LOOSE_CLASSES) {
    for (const phrase of lists().sources[name]) {
      const words = readingsOf(phrase);
      if (words.length === 1 && words[0]!.length >= 3) addLoose(loose, name, words[0]!);
      if (pause()) yield;
    }
  }
  return loose;
});

/** Every phrase of every class by its first word: a text is looked up once per word for all classes. */
const index = lazilyInSteps(function* () {
  const byFirstWord = new Map<string, Entry[]>();
  const pause = every(200);
  for (const name of CLASS_NAMES) {
    for (const phrase of new Set(lists().sources[name])) {
      if (pause()) yield;
      const words = readingsOf(phrase);
      if (words.length === 0) continue;
      const list = byFirstWord.get(words[0]!);
      const entry = { name, rest: words.slice(1) };
      if (list) list.push(entry);
      else byFirstWord.set(words[0]!, [entry]);
    }
  }
  return byFirstWord;
});

/** A first word's entries: those of one word, and the longer ones by their second word (one lookup, not a test per phrase). */
interface FirstWord {
  alone: Entry[];
  bySecond: Map<string, Entry[]>;
}
const byFirstWord = lazilyInSteps(function* () {
  const out = new Map<string, FirstWord>();
  const pause = every(500);
  for (const [word, entries] of index()) {
    if (pause()) yield;
    const first: FirstWord = { alone: [], bySecond: new Map() };
    for (const entry of entries) {
      if (entry.rest.length === 0) first.alone.push(entry);
      else {
        const list = first.bySecond.get(entry.rest[0]!);
        if (list) list.push(entry);
        else first.bySecond.set(entry.rest[0]!, [entry]);
      }
    }
    out.set(word, first);
  }
  return out;
});

/** The group (e.g. "marokkanen") a group word or phrase names, by its words as read. */
/** Whether a word, as read, names a group ("moslims", "poolse"). */
export const isGroupWord = (reading: string): boolean => groupOf().has(reading);
const groupOf = lazily(() => {
  const map = new Map<string, string>();
  for (const group of lists().groups) {
    for (const word of [...group.zelfstandig, ...group.bijvoeglijk.flatMap(adjectiveForms)]) map.set(readingsOf(word).join(' '), group.groep);
  }
  return map;
});

// Superlatives ("de domste", "het ergste") are never mild.
const mild = lazily(() => new Set(lists().classes.neg_mild.flatMap(adjectiveForms).filter((form) => !/st(e)?$/.test(form)).map((word) => readingsOf(word).join(' '))));
/** Words that say little of one person even when stressed ("je bent echt gek"). */
const slight = lazily(() => new Set(['gek', 'raar', 'vreemd', 'druk', 'lastig', 'eng', 'griezelig', 'chagrijnig', 'traag', 'sloom', 'ziek', 'simpel', 'zwak', 'saai', 'arrogant'].flatMap(adjectiveForms).map((word) => readingsOf(word).join(' '))));
/** Words that are an insult only about a group ("homo's zijn ziek"); of one person they mean ill. */
const GROUP_ONLY = new Set(['rommel', 'troep', 'vuil', 'ziek', 'zieke', 'zieker', 'ziekte', 'kanker', 'beest', 'beesten', 'dier', 'dieren', 'monster', 'monsters', 'kudde', 'vee', 'ratje', 'groente', 'dingen', 'kippen', 'schapen']);

/** 2 for a strongly degrading adjective (waardeloos, achterlijk), 1 for a mild one (dom, lui), 0 for a slight one (gek). */
export function adjectiveStrength(reading: string): 0 | 1 | 2 {
  return slight().has(reading) ? 0 : mild().has(reading) ? 1 : 2;
}

/** Said of one person, this word is no insult (illness, praise: "je bent een beest op het veld"). */
export function onlyAboutGroups(reading: string): boolean {
  return GROUP_ONLY.has(reading);
}
/** Of the ones addressed, even "jullie", these are praise as often ("jullie zijn beesten!", "ziek goed"); "vee" and "dieren" are not. */
const SLANG_PRAISE = new Set(['beest', 'beesten', 'monster', 'monsters', 'ziek', 'zieke', 'zieker']);
export function praisedInSlang(reading: string): boolean {
  return SLANG_PRAISE.has(reading);
}

export const violentVerbs = lazilyInSteps(() => {
  const { violence, verbForms } = lists();
  return compileVerbs(violence.werkwoorden, verbForms, violence.onschuldige_partikels, violence.geen_vorm, violence.lichaam_als_onderwerp);
});
/** Verbs that hurt only with a person as object ("slaan", "pakken"): never alone. */
export const needsPerson = lazily(() => new Set(lists().violence.schadelijk_met_doel));

// Letters typed apart are split back into these words too ("i k  h a a t  j e"): grammarVocabulary below.
/** Words that only guard (a game, a cake, a story): splitting letters typed apart into them would hide an attack ("pakje"). */
const GUARD_CLASSES = new Set(['impliciet_onschuldig', 'onschuldig_wapen', 'zelfbeschadiging_onschuldig', 'sport', 'nieuws', 'tegenspraak', 'verslag', 'ziekte_context', 'positief_na', 'dikke_positief', 'voorwerp', 'redenen', 'lachen']);
/** The words letters typed apart are split back into: see rules/normalise/vocabulary-sources.ts. */
export function grammarVocabulary(): string[] {
  const { sources, verbForms, violence } = lists();
  return [
    ...Object.entries(sources).filter(([name]) => !GUARD_CLASSES.has(name)).flatMap(([, words]) => words),
    ...Object.values(verbForms).flatMap((forms) => [...forms.nu, ...forms.verleden, ...forms.deelwoord]),
    ...violence.werkwoorden,
  ].map((word) => readingsOf(word).join(' '));
}

/**
 * How Dutch makes new names to call people: a compound on a scornful head (zeurpiet, lafbek, zuiplap,
 * rotvent, trutmuts, slapzak, stoepslet) or a scornful suffix (zeikerd, nepperd, stommerik, lafaard; not a participle:
 * gevierd, verkeerd). Only met as what a person is called (the class scheldnaam needs a target), so "rugzak" in "mijn
 * rugzak" is no insult. Heads and shapes were checked against OpenTaal's word list: left out are those that mostly make
 * things ("-del": model, middel; "-tang"; the plurals "-koppen", "-bekken", "-kousen": krullenkoppen, wasbekken,
 * kniekousen), a verb with its particle ("wegzak"), a clap ("achterklap"), Advent, and "-aard" after a noun of its own
 * (haard, waard, paard, baard, standaard, boomgaard; not gierigaard); "-erd" and "-aard" after a prefix are participles
 * and adjectives (zelfverzekerd, onbelemmerd, wereldvermaard).
 */
const INSULT_MADE =
  /^(?!(?:weg|af|aan|in|uit|door|om|op|onder|be|ver|toe|mee|na|neer|terug)zak(?:ken)?$)[a-z]{2,}(?:zak|zakken|kop|lul|lullen|bek|kous|piet|pieten|(?<![kf])lap|(?<![kf])lappen|trut|trutten|wijf|wijven|(?<!ad|ste)vent|venten|muts|hoer|hoeren|lijer|lijers|sloerie|sloeries|slet|sletten|snol|snollen)$|^(?!ge|be|ver|ont|her)(?![a-z]*(?:ver|be|ont|her)[a-z]*(?:erds?|aards?)$)[a-z]{2,}(?:[^aeiou](?:erd|erds|erik|eriks)|[^aeiou](?<![hwpb]|nd|[^i]g)aards?)$/;
/** Compounds on those heads that name things or are kind: never an insult. */
const NOT_MADE_INSULTS = new Set(['rugzak', 'broekzak', 'jaszak', 'slaapzak', 'zandzak', 'vuilniszak', 'plastic', 'boodschappenzak', 'theezak', 'koffiezak', 'stoomzak', 'luchtzak', 'traanzak', 'doedelzak', 'koekkop', 'theekop', 'koffiekop', 'bierkop', 'slaapkop', 'schaakkop', 'hamerkop', 'uitkop', 'snavelbek', 'eendenbek', 'zeemlap', 'poetslap', 'vaatlap', 'dweillap', 'stoflap', 'lappen', 'sinterklaaspiet', 'hulppiet', 'pietje', 'ijsvent', 'patatvent', 'goedzak', 'lieverd', 'schatterd', 'knuffelerd', 'grijsaard', 'standaard', 'waard', 'aard', 'zwaard', 'paard', 'kaard', 'haard', 'schaard', 'gaard', 'boomgaard', 'wingerd', 'gerd', 'everd', 'gerard', 'eduard', 'richard', 'bernard', 'leonard', 'gerrit', 'hendrik', 'frederik', 'diederik', 'roderik', 'erik', 'boerderij', 'slagerij', 'dromedaris', 'tjerk', 'muts', 'bivakmuts', 'slaapmuts', 'wintermuts', 'badmuts', 'kerstmuts', 'zonnetang', 'nijptang', 'kniptang', 'combinatietang', 'buigtang', 'suikertang', 'kreeftentang', 'fervent']);
function isMadeInsult(word: string): boolean {
  // Both shapes need five letters at least ("xxzak", "kkxyz"): shorter words are never asked.
  if (word.length < MIN_MADE_LETTERS) return false;
  let made = madeInsults.get(word);
  if (made === undefined) {
    // A participle after a particle ("ingeleverd", "opgeleverd") ends like "zeikerd" too.
    // "uitglijer" is a slip, not a "-lijer": a real word judged innocent is no made insult.
    made = (INSULT_MADE.test(word) && !NOT_MADE_INSULTS.has(word) && !(/erds?$/.test(word) && word.includes('ge')) && !isInnocentRealWord(word)) || cursedGroup(word) !== undefined;
    if (madeInsults.size >= MAX_MADE_CACHE) madeInsults.clear();
    madeInsults.set(word, made);
  }
  return made;
}
const MIN_MADE_LETTERS = 5;
/** A degree before a word makes it an adjective, not a name to call someone ("zo zelfverzekerd", "heel fervent"). */
const DEGREE = new Set(['zo', 'heel', 'erg', 'te', 'best', 'nogal', 'zeer', 'ontzettend', 'enorm', 'behoorlijk', 'hartstikke']);
/** Praise right before a word shaped like an insult makes it a thing praised ("wat een mooie slaapzak", "een gave bontmuts"). */
const praising = lazily(() => new Set([...lists().sources.positief, ...lists().sources.positief_na].flatMap((word) => [word, `${word}e`])));
/** Curses that make a group word into a slur when written in front of it ("kankerturken", "kutjoden"). */
const CURSE_PREFIX = /^(?:kanker|kk|kut|tering|tyfus|tiefus|klere|kolere|pleuris)(?=[a-z]{3,}$)/;
/** "kutjongens", "kutwijven": a curse on boys or girls is an insult (the curse lists have it), not hate against a group. */
const NOT_CURSED_GROUPS = new Set(['vrouwen', 'mannen']);
/**
 * The group a curse-prefixed plural names ("kankerturken" → Turken), if it is one. One person of a group
 * cursed ("kankerhomo") is a slur at that person: the word lists say so, with their own message.
 */
function cursedGroup(word: string): string | undefined {
  const curse = CURSE_PREFIX.exec(word);
  if (!curse || !/(?:en|s)$/.test(word)) return undefined;
  const group = groupOf().get(word.slice(curse[0].length));
  return group && !NOT_CURSED_GROUPS.has(group) ? group : undefined;
}

/** Words already judged: every check looks at every word, most of them seen before. Bounded: cleared when full. */
const madeInsults = new Map<string, boolean>();
const MAX_MADE_CACHE = 20_000;

/**
 * Words that colour a phrase without changing it: "waarom leef je eigenlijk nog", "ga gewoon dood",
 * "niemand zal je echt missen". Never a negation, a pronoun or a verb.
 */
const FILLERS = new Set(['eigenlijk', 'nou', 'eenmaal', 'toch', 'gewoon', 'gwn', 'echt', 'maar', 'nog', 'ff', 'effe', 'even', 'wel', 'eens', 'es', 'lekker', 'dan', 'alsjeblieft', 'aub', 'pls', 'please', 'allemaal', 'ook', 'zelf', 'serieus', 'fr', 'bro', 'man', 'joh']);
/** The fillers as the quick first look reads words, by skeleton ("gewoon" is "gewon"). */
const FILLER_SKELETONS = new Set([...FILLERS].map(skeletonOf));
/** At most this many fillers between two words of a phrase: a phrase stays a phrase, and the search linear. */
const MAX_FILLERS = 2;

/** "jij" and "jou" where a phrase has "je": "waarom leef jij nog", "niemand zal jou missen". */
export const STRESSED_YOU = new Set(['jij', 'jou']);
/** The last token of the phrase whose first word stands at `first` and whose other words are `rest`, with fillers skipped between them; -1 if it is not there. */
function phraseEnd(readings: string[], first: number, rest: readonly string[], fillers: Set<string> = FILLERS): number {
  let at = first;
  for (const word of rest) {
    let skipped = 0;
    at++;
    while (at < readings.length && readings[at] !== word && !(word === 'je' && STRESSED_YOU.has(readings[at]!)) && skipped < MAX_FILLERS && fillers.has(readings[at]!)) {
      at++;
      skipped++;
    }
    if (readings[at] !== word && !(word === 'je' && STRESSED_YOU.has(readings[at]!))) return -1;
  }
  return at;
}

/** What a capitalised name inside a sentence is not read as, though it is also the word ("Luis", "Dik", "Doetje", "Roman"). */
const NAME_NOT_READ_AS = new Set<WordClass>(['scheldnaam', 'lichaam_neg', 'ontmenselijk', 'neg_sterk', 'neg_mild', 'dier', 'dier_vergelijking', 'nieuws']);

/** Where each word class stands in one text: matches in text order, flags per token made on demand. */
export class ClassIndex {
  /** Each token's word as read. */
  readonly readings: string[];
  readonly matches = new Map<WordClass, PhraseMatch[]>();
  /** Per token, a bit per class whose match covers it. */
  private readonly masks: Uint32Array;
  private multiWordGroups: Map<number, string> | undefined;
  private readonly clauseMask = new Uint32Array(MASK_WORDS);

  /** Tokens inside a name or @mention (asked only of a capitalised word met loosely). */
  private named: Set<number> | undefined;
  private isNamed(token: number): boolean {
    if (!this.named) {
      this.named = new Set();
      for (const reference of allPersonReferences(this.doc)) for (let k = reference.firstToken; k <= reference.lastToken; k++) this.named.add(k);
    }
    return this.named.has(token);
  }

  constructor(private readonly doc: TextDocument) {
    const tokens = doc.tokens;
    const readings = (this.readings = readingsOfDoc(doc));
    this.masks = new Uint32Array(tokens.length * MASK_WORDS);
    const entries = byFirstWord();
    const ends = endings();
    const loose = looseIndex();
    for (let i = 0; i < tokens.length; i++) {
      const first = entries.get(readings[i]!);
      if (!first) {
        // "dieevenn", "sukkl", "aaaaapen": a word of attack met by its skeleton or with a letter dropped.
        const word = readings[i]!;
        const skeleton = tokens[i]!.skeleton;
        const names =
          (word.length >= LOOSE_MIN ? loose.long.get(skeleton) ?? loose.long.get(word) : undefined) ??
          (skeleton !== word ? loose.short.get(skeleton) : undefined);
        // "Harrie" is no slip of "harig", "Levent" no "-vent", "Abderrazak" no "-zak": a name is a name.
        if (names && !(tokens[i]!.capitalised && this.isNamed(i))) for (const name of names) this.addMatch(name, i, i);
        else if (names) continue;
        else if (cursedGroup(word) && !isQuoted(doc.text, tokens[i]!.start, tokens[i]!.end)) {
          // "kankerturken", "kutjoden": a group named and called names in one word (between quotes it is talked about).
          this.addMatch('groep', i, i);
          this.addMatch('scheldnaam', i, i);
        } else if (isMadeInsult(word) && !(tokens[i]!.capitalised && this.isNamed(i)) && !praising().has(readings[i - 1] ?? '') && !DEGREE.has(readings[i - 1] ?? '')) this.addMatch('scheldnaam', i, i);
        else if (joinsIn(word)) this.addMatch('mee', i, i);
        else if (isSportCompound(word)) this.addMatch('sport', i, i);
        else this.matchEnding(i, ends);
        continue;
      }
      // "met Luis en Sara", "met Dik": a name written as one inside a sentence is no insult or remark on a body.
      const asName = tokens[i]!.capitalised && !tokens[i]!.sentenceStart && this.isNamed(i);
      for (const { name } of first.alone) if (!(asName && NAME_NOT_READ_AS.has(name))) this.addMatch(name, i, i);
      if (first.bySecond.size === 0) continue;
      // The second word stands right after, or after up to MAX_FILLERS fillers; each word looked up once.
      for (let next = i + 1, skipped = 0; next < readings.length; next++) {
        const typed = readings[next]!;
        const word = STRESSED_YOU.has(typed) && !first.bySecond.has(typed) ? 'je' : typed;
        if (!occursBetween(readings, i + 1, next, typed)) {
          for (const { name, rest } of first.bySecond.get(word) ?? []) {
            const last = phraseEnd(readings, i, rest);
            if (last >= 0) this.addMatch(name, i, last);
          }
        }
        if (!FILLERS.has(typed) || ++skipped > MAX_FILLERS) break;
      }
    }
    this.matchSplitLeaving();
    // At one position the longest phrase comes first: "minder slim", not "minder". Matches come in text
    // order, so only a list that got one out of that order is sorted.
    for (const name of this.unsorted) this.matches.get(name)!.sort((a, b) => a.firstToken - b.firstToken || b.lastToken - a.lastToken);
  }
  private readonly unsorted = new Set<WordClass>();

  /**
   * "Wanneer rotten die asielzoekers eindelijk op?", "rot met je vragen op": a rude verb of leaving split from its "op"
   * by other words, read as `weggaan` and a rude order (`grof_bevel`). Only with "op" closing the sentence or clause ("de appels rotten op de
   * vensterbank" is fruit).
   */
  private matchSplitLeaving(): void {
    const tokens = this.doc.tokens;
    const readings = this.readings;
    for (let i = 0; i < readings.length; i++) {
      if (!RUDE_LEAVING.has(readings[i]!)) continue;
      for (let k = i + 2; k < Math.min(readings.length, i + SPLIT_LEAVING_REACH); k++) {
        if (tokens[k]!.sentenceStart) break;
        if (readings[k] !== 'op') continue;
        const after = tokens[k + 1];
        if (!after || after.sentenceStart || /[,.!?;:]/.test(this.doc.text.slice(tokens[k]!.end, after.start))) {
          this.addMatch('weggaan', i, k);
          this.addMatch('grof_bevel', i, k);
        }
        break;
      }
    }
  }

  /** A compound whose last part is a word of a compound class: "klassengroep" is a group place. */
  private matchEnding(token: number, ends: EndingNode): void {
    const word = this.readings[token]!;
    if (word.length < MIN_COMPOUND_HEAD + 4) return;
    let node: EndingNode | undefined = ends;
    let longest: WordClass[] | undefined;
    for (let i = word.length - 1; i >= MIN_COMPOUND_HEAD && node; i--) {
      node = node.next.get(word.charCodeAt(i));
      if (node?.classes) longest = node.classes;
    }
    for (const name of longest ?? []) this.addMatch(name, token, token);
  }

  private addMatch(name: WordClass, first: number, last: number): void {
    const tokens = this.doc.tokens;
    let list = this.matches.get(name);
    if (!list) this.matches.set(name, (list = []));
    const previous = list[list.length - 1];
    if (previous && (first < previous.firstToken || (first === previous.firstToken && last > previous.lastToken))) this.unsorted.add(name);
    list.push({ firstToken: first, lastToken: last, start: tokens[first]!.start, end: tokens[last]!.end });
    const bit = CLASS_BIT.get(name)!;
    for (let k = first; k <= last; k++) this.masks[k * MASK_WORDS + (bit >>> 5)]! |= 1 << (bit & 31);
  }

  /** The classes present anywhere in tokens [from, to), as a mask to test with {@link inMask} (reused: read it before the next call). */
  maskOf(from: number, to: number): Uint32Array {
    const mask = this.clauseMask.fill(0);
    for (let token = from; token < to; token++) {
      for (let word = 0; word < MASK_WORDS; word++) mask[word]! |= this.masks[token * MASK_WORDS + word]!;
    }
    return mask;
  }

  at(name: WordClass, token: number): boolean {
    if (token < 0 || token >= this.readings.length) return false;
    const bit = CLASS_BIT.get(name)!;
    return (this.masks[token * MASK_WORDS + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
  }

  /** The first match of the class that starts inside tokens [from, to), if any. */
  first(name: WordClass, from: number, to: number): PhraseMatch | undefined {
    const list = this.matches.get(name);
    if (!list) return undefined;
    const index = firstAtOrAfter(list, from);
    return index < list.length && list[index]!.firstToken < to ? list[index] : undefined;
  }

  all(name: WordClass, from: number, to: number): PhraseMatch[] {
    const list = this.matches.get(name);
    if (!list) return [];
    const out: PhraseMatch[] = [];
    for (let i = firstAtOrAfter(list, from); i < list.length && list[i]!.firstToken < to; i++) out.push(list[i]!);
    return out;
  }

  /** The group a group word at this token names ("trans personen" → transgenders). */
  groupAt(token: number): string | undefined {
    const single = groupOf().get(this.readings[token]!) ?? cursedGroup(this.readings[token]!);
    if (single) return single;
    if (!this.multiWordGroups) {
      this.multiWordGroups = new Map();
      for (const name of ['groep', 'groep_bijvoeglijk'] as const) {
        for (const match of this.matches.get(name) ?? []) {
          if (match.lastToken === match.firstToken) continue;
          const group = groupOf().get(this.readings.slice(match.firstToken, match.lastToken + 1).join(' '));
          if (group) for (let i = match.firstToken; i <= match.lastToken; i++) this.multiWordGroups.set(i, group);
        }
      }
    }
    return this.multiWordGroups.get(token);
  }
}

/** Is the class in the mask (see {@link ClassIndex.maskOf})? */
export function inMask(mask: Uint32Array, name: WordClass): boolean {
  const bit = CLASS_BIT.get(name)!;
  return (mask[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function firstAtOrAfter(list: PhraseMatch[], from: number): number {
  return firstNotBefore(list.length, (index) => list[index]!.firstToken < from);
}

/** Does `word` stand among readings [from, to)? (A loop: this runs for every word after a phrase's first.) */
function occursBetween(readings: string[], from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) if (readings[i] === word) return true;
  return false;
}

/** Chat and regional spellings the grammar reads as the standard word (rules/data/bronnen/grammatica.json `spreektaal`). */
const SPOKEN = new Map<string, string>(Object.entries(data.spreektaal));
/** The same by skeleton, for the quick first look ({@link mayAttack}) and its cue index. */
export const SPOKEN_SKELETONS = new Map<string, string>([...SPOKEN].map(([variant, standard]) => [skeletonOf(variant), skeletonOf(standard)]));

/** "mense", "zoude", "christene": the final n many leave off, put back when only the word with it is known. */
function withFinalN(reading: string): string {
  return reading.length >= 4 && reading.endsWith('e') && !isKnownWord(reading) && isKnownWord(reading + 'n') ? reading + 'n' : reading;
}

/** Each token's word as read, once per text. */
export function readingsOfDoc(doc: TextDocument): string[] {
  return doc.shared('grammar:readings', () => {
    const tokens = doc.tokens;
    const readings = new Array<string>(tokens.length);
    const repaired = repairs();
    for (let i = 0; i < tokens.length; i++) {
      const reading = readingOf(tokens[i]!);
      // Chat and regional spelling as the standard word ("nie" → "niet", "zijt" → "bent"), then slips repaired.
      const spoken = SPOKEN.get(reading);
      readings[i] = spoken ?? (reading.length >= MIN_MISSPELT_LETTERS - 1 ? repaired.get(reading) ?? withFinalN(reading) : withFinalN(reading));
    }
    return readings;
  });
}

/** What a cue says: enough on its own, as common in kind posts as in attacks, or someone to aim at. */
export const enum Cue {
  Strong = 0,
  Weak = 1,
  Aim = 2,
}

/**
 * Phrases whose presence makes a text worth reading closely: by the skeleton of their first word, the skeletons of
 * the words after it, what the phrase says, and its rarest later word by number (see anchorId).
 */
export type CueIndex = Map<string, { rest: string[]; cue: Cue; anchor: number }[]>;

/** A first word's cues as the quick look reads them: what the word says alone (a bit per Cue), and its phrases with their anchors side by side. */
export interface ReadyCues {
  alone: number;
  anchors: Int32Array;
  phrases: { rest: string[]; cue: Cue }[];
}
/** The cue index made ready for {@link mayAttack}, in pieces (see lazilyInSteps). */
export function* readyCues(cues: CueIndex): Generator<void, Map<string, ReadyCues>, void> {
  const pause = every(2000);
  const ready = new Map<string, ReadyCues>();
  for (const [key, entries] of cues) {
    const phrases = entries.filter(({ rest }) => rest.length > 0);
    const alone = entries.reduce((bits, { rest, cue }) => (rest.length === 0 ? bits | (1 << cue) : bits), 0);
    ready.set(key, { alone, anchors: Int32Array.from(phrases, ({ anchor }) => anchor), phrases: phrases.map(({ rest, cue }) => ({ rest, cue })) });
    if (pause()) yield;
  }
  return ready;
}

/**
 * Every rarest later word of a cue by a number of its own: the quick look asks "is it in the text?" of an array
 * stamped per text, not of a set made per text.
 */
const anchorIds = new Map<string, number>();
function anchorId(anchor: string): number {
  let id = anchorIds.get(anchor);
  if (id === undefined) anchorIds.set(anchor, (id = anchorIds.size));
  return id;
}
let anchorStamps = new Uint32Array(0);
let anchorStamp = 0;
/** Stamps the anchors among these skeletons: afterwards `anchorStamps[id] === anchorStamp` says an anchor is in the text. */
function stampAnchors(skeletons: readonly string[]): void {
  if (anchorStamps.length < anchorIds.size) anchorStamps = new Uint32Array(anchorIds.size * 2);
  if (++anchorStamp === 0xffffffff) {
    anchorStamps.fill(0);
    anchorStamp = 1;
  }
  for (const skeleton of skeletons) {
    const id = anchorIds.get(skeleton);
    if (id !== undefined) anchorStamps[id] = anchorStamp;
  }
}

/**
 * The cues of the words met misspelt, by their skeleton: the same one lookup per word wakes the reading for
 * them. First the verb forms ("vremoorden", "droomrev"; see repairs): as the form does (violent verbs and wishes
 * of death strong, feelings weak); then the loosely met words (see looseIndex): a group word is an aim, a mild
 * adjective weak, the rest strong.
 */
export const misspeltCues = lazilyInSteps(function* () {
  const cues: CueIndex = new Map();
  const ambiguous = ambiguousSkeletons();
  const pause = every(300);
  const add = (key: string, cue: Cue) => {
    const skeleton = skeletonOf(key);
    // "gehaad" (from "gehaat") has the skeleton of "gehad": real words must not wake the reading.
    if (ambiguous.has(skeleton)) return;
    const list = cues.get(skeleton);
    const entry = { rest: [], cue, anchor: -1 };
    if (list) list.push(entry);
    else cues.set(skeleton, [entry]);
  };
  const emotions = new Set(lists().sources.emotie.map((word) => readingsOf(word).join(' ')));
  for (const [variant, word] of repairs()) {
    add(variant, emotions.has(word) ? Cue.Weak : Cue.Strong);
    if (pause()) yield;
  }
  for (const [key, names] of looseIndex().long) {
    add(key, names.some((name) => name !== 'groep' && name !== 'neg_adjectief') ? Cue.Strong : names.includes('neg_adjectief') ? Cue.Weak : Cue.Aim);
    if (pause()) yield;
  }
  return cues;
});
const ambiguousSkeletons = lazilyInSteps(function* () {
  return new Set(yield* decodeTextInSteps(notMisspelt.skeletten));
});

/** Adds the cues of these classes' words and these forms to `cues`, for {@link mayAttack}, in pieces (see lazilyInSteps). */
export function* addCues(cues: CueIndex, classes: readonly WordClass[], forms: Iterable<string>, cue: Cue): Generator<void, void, void> {
  const pause = every(300);
  const add = (phrase: string) => {
    const words = readingsOf(phrase).map(skeletonOf);
    // An aim is a word: "de klas" would be looked up at every "de", and "klas" alone says as much.
    if (words.length === 0 || (cue === Cue.Aim && words.length > 1)) return;
    // A phrase's longest later word is its rarest, as a rule: asked first, before the phrase is followed word by word.
    const rest = words.slice(1);
    const entry = { rest, cue, anchor: anchorId(rest.reduce((longest, word) => (word.length > longest.length ? word : longest), '')) };
    const list = cues.get(words[0]!);
    if (list) list.push(entry);
    else cues.set(words[0]!, [entry]);
  };
  for (const name of classes) {
    for (const phrase of lists().sources[name]) {
      add(phrase);
      if (pause()) yield;
    }
  }
  for (const phrase of forms) {
    add(phrase);
    if (pause()) yield;
  }
}

/**
 * Might the text hold an attack? One lookup per word, by skeleton (so "best" may wake it for "beest": that
 * costs time, never a finding), in a map of its own: the shared phrase index of every text stays small. A
 * strong cue is enough; a weak one (see {@link Cue}) only with someone to aim at in the same or the next
 * sentence (a pronoun, a person or group word, a name), so "ik weet het niet" stays cheap. Most posts wake
 * nothing, and then no class index is built at all.
 */
export function mayAttack(doc: TextDocument, cues: Map<string, ReadyCues>): boolean {
  const tokens = doc.tokens;
  let skeletons: string[] | undefined;
  // The sentence of the last weak cue and of the last aim: the two count together in one sentence or the next.
  let weak = -2;
  let aim = -2;
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > 0 && token.sentenceStart) sentence++;
    if (isMadeInsult(token.folded)) return true;
    const ready = cues.get(token.skeleton);
    if (!ready) continue;
    let found = ready.alone;
    const { anchors } = ready;
    if (anchors.length > 0) {
      // "ik" starts 57 phrases: most are ruled out by a word they need that the text does not hold.
      if (!skeletons) stampAnchors((skeletons = tokens.map((item) => SPOKEN_SKELETONS.get(item.skeleton) ?? item.skeleton)));
      for (let k = 0; k < anchors.length; k++) {
        // With fillers between the words, as the class index reads them.
        if (anchorStamps[anchors[k]!] !== anchorStamp) continue;
        const { rest, cue } = ready.phrases[k]!;
        if (phraseEnd(skeletons, i, rest, FILLER_SKELETONS) >= 0) found |= 1 << cue;
      }
    }
    if (found & (1 << Cue.Strong)) return true;
    if (found & (1 << Cue.Weak)) weak = sentence;
    if (found & (1 << Cue.Aim)) aim = sentence;
    if (weak >= 0 && aim >= 0 && Math.abs(weak - aim) <= 1) return true;
  }
  // Names, titles and @mentions are found for every text by the person rules (shared): asked only when a weak cue needs an aim.
  return weak >= 0 && allPersonReferences(doc).length > 0;
}

export function classIndex(doc: TextDocument): ClassIndex {
  return doc.shared('grammar:classes', () => new ClassIndex(doc));
}

/** This file's lists and indexes, each built on first use: one piece each of the engine's warm-up (rules/engine.ts). */
export const GRAMMAR_WORD_STEPS: readonly WarmUpStep[] = [lists, index, byFirstWord, endings, realWords, looseIndex, repairs, groupOf, mild, violentVerbs, ambiguousSkeletons, praising];

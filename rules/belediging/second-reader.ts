/**
 * The second reader: a small linear model (logistic regression over hashed features) trained on this
 * project's own tuning corpora (`npm run data:second-reader`, utils/second-reader-training.ts), never on the
 * sealed sets. It reads what the word lists and the grammar do not know by name — an insult in new words, a
 * veiled threat, a remark about someone's body — from the words and word classes around it.
 *
 * What it sees of a text is made so that it cannot learn the wrong lesson from a corpus of abuse:
 * - a group word ("moslims", "homo's", "Polen") is only `<groep>`, a name or @mention only `<persoon>`: naming
 *   someone is never a signal by itself;
 * - after a negation, until the clause ends, words are marked as negated ("zijn geen ongedierte"): it learns a
 *   negated attack apart from the attack;
 * - a text that reports, condemns or quotes is not read by it at all (the rules, with their guards,
 *   decide there): counter-speech is where a bag of words goes wrong.
 */
import data from '../data/tweede-lezer.json';
import english from '../data/tweede-lezer-engels.json';
import { readByWords } from '../english/function-words';
import { englishReading } from '../english/reader';
import { every, finished, lazily, lazilyInSteps } from '../lazy';
import type { TextDocument } from '../document';
import { skeletonOf } from '../normalise/pipeline';
import { allPersonReferences } from '../personen/names';
import { SpanIndex } from '../spans';
import { HEART_EMOJI, HOPING } from './grammar/reading';
import { lists, readingsOf, type WordClass } from './grammar/words';

export const MODEL_BITS = data.model.bits;
const MASK = (1 << MODEL_BITS) - 1;
/** Words shorter than this give no letter groups: short words are read whole. */
const MIN_WORD_FOR_GRAMS = 5;
const GRAM = 4;
/** What the first word of a sentence pairs with. */
const SENTENCE_START = 0x2f6b3a5d;
const GROUP_CLASSES: readonly WordClass[] = ['groep', 'groep_bijvoeglijk'];
/** The reader's class of every form of the grammar's violent verbs. */
const VIOLENT_VERB = 'geweld_werkwoord';
/** The English analysis's classes (tweede-lezer-engels.json) that name a group, an addressee, or a slur (never a group). */
const ENGLISH_GROUPS = ['GROUPN', 'GROUPADJ'];
const ENGLISH_AIMS = ['YOU', 'YOUR', 'YOUOBJ', 'TGTOBJ'];
const ENGLISH_SLURS = 'SLUR';
/**
 * A window with one of these words is left to the rules: it reports, condemns, is fond, or talks of illness, sport or
 * the news. Not a negation: words after one are read as negated ("zijn geen ongedierte"), and left out of the windows
 * it read one abusive post in three of those the rules miss ("jij hoort er niet bij", "niemand wil jou"). Nor praise:
 * mock praise is a common put-down ("knap hoor, weer een 3").
 */
const GUARD_CLASSES: readonly WordClass[] = ['tegenspraak', 'verslag', 'meld', 'genegenheid', 'ziekte_context', 'sport', 'nieuws'];
/** Words that frame what stands before or after them as reported or condemned ("Vieze homo! Dat riepen ze me na."). */
const FRAME_CLASSES: readonly WordClass[] = ['tegenspraak', 'verslag', 'meld', 'nieuws'];
/**
 * "everyone report him rn", "go ahead, report me": English reporting aimed at a person, or called for by all, is a
 * pile-on or a dare, not a report of abuse.
 */
function callsToReport(tokens: TextDocument['tokens'], index: number): boolean {
  if (!REPORTING.has(tokens[index]!.folded)) return false;
  return REPORTED_PERSON.has(tokens[index + 1]?.folded ?? '') || ALL_OF_US.has(tokens[index - 1]?.folded ?? '') || ALL_OF_US.has(tokens[index - 2]?.folded ?? '');
}
const REPORTING = new Set<string>(data.melden_engels);
const REPORTED_PERSON = new Set(['him', 'her', 'me', 'them', 'his', 'u', 'you']);
const ALL_OF_US = new Set(['everyone', 'everybody', 'all', 'mass', 'yall', "y'all"]);
/** Words that point back at a thing named in the sentence before ("mijn fiets? ik trap hem in elkaar"). */
const POINTING_BACK = new Set(['hem', 'het', 'ze', 'zij', 'hij', 'die', 'dat', 'it', "it's", 'she', "she's", 'he', "he's"]);
/** Before an animal, these make it the writer's pet, spoken of as a thing is ("onze kat? die is zo lelijk dat hij schattig is"). */
const OWN = new Set(['mijn', "m'n", 'mn', 'onze', 'ons', 'my', 'our']);
/** "volgens die app", "according to the quiz": what follows is someone else's claim ("volgens mij" is the writer's own). */
const ATTRIBUTING = new Set(['volgens', 'according']);
const WRITER = new Set(['mij', 'me', 'ons', 'my', 'mijn']);
/** Words that aim rather than attack: they are no evidence of an attack by themselves. */
const AIM_CLASSES: readonly WordClass[] = ['jij', 'derde', 'ik_wij', 'groep', 'groep_bijvoeglijk'];
/** Quote marks around words (the last may follow a full stop: 'Ga weg.'): what is quoted is mentioned, not said. */
const QUOTED = /["“”„«»]|(?<!\p{L})'\p{L}[^'\n]*[\p{L}.!?…]'(?!\p{L})/gu;
/** A double quote mark, as QUOTED has them. */
const QUOTE_MARK = /["“”„«»]/;

const enum Seed {
  Word = 1,
  Pair = 2,
  Gram = 3,
  Class = 4,
}

interface Vocabulary {
  /** Per skeleton, the grammar classes it belongs to (single words only). */
  classes: Map<string, string[]>;
  groups: Set<string>;
  aims: Set<string>;
  negators: Set<string>;
  guards: Set<string>;
  frames: Set<string>;
  things: Set<string>;
  pets: Set<string>;
  clauseBreaks: Set<string>;
}

/**
 * Grammar classes the reader does not read: added for a rule after the reader was last trained, they would move
 * its answers on words it already knew. `--new-vocabulary` does not add them; to have the reader learn one, take
 * it out of this list and retrain with a new vocabulary.
 */
const UNREAD_CLASSES = new Set<WordClass>(['beschamend', 'publiek', 'vechten_met', 'waardering', 'extremistisch', 'vervolging', 'dader_idool', 'intimidatie', 'hulpvraag']);

/**
 * The grammar's single words by skeleton, with the English analysis's classes beside them (as `en_` + its class
 * name), and the reader's own small lists (rules/data/tweede-lezer.json).
 */
const vocabulary = lazilyInSteps(function* (): Generator<void, Vocabulary, void> {
  const { sources, violence, verbForms } = lists();
  const classes = new Map<string, string[]>();
  const addClass = (word: string, name: string) => {
    const key = skeletonOf(word);
    const list = classes.get(key);
    if (!list) classes.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  // Steps of a thousand words: one class or the verb forms whole took a task of 30+ ms in a browser.
  const pause = every(1000);
  for (const [name, phrases] of Object.entries(sources) as [WordClass, string[]][]) {
    if (UNREAD_CLASSES.has(name)) continue;
    for (const phrase of phrases) {
      const words = readingsOf(phrase);
      if (words.length === 1) addClass(words[0]!, name);
      if (pause()) yield;
    }
  }
  // The grammar reads violent verbs by their forms, not as a class: the reader gets them as one ("sla", "geslagen").
  for (const verb of violence.werkwoorden) {
    for (const form of Object.values(verbForms[verb] ?? {}).flat()) addClass(form, VIOLENT_VERB);
    if (pause()) yield;
  }
  const englishClasses = english.klassen as Record<string, string[]>;
  // A group word is `<groep>` and no more: its group class would tell "moslims" (listed in English too) from "christenen".
  for (const [name, words] of Object.entries(englishClasses)) {
    if (ENGLISH_GROUPS.includes(name)) continue;
    for (const word of words) {
      addClass(word, `en_${name}`);
      if (pause()) yield;
    }
  }
  // The words of each kind the reader treats apart, in one pass over the classes (in steps: tens of thousands of words).
  const wanted = { groups: GROUP_CLASSES, aims: AIM_CLASSES, negators: ['negatie'], guards: GUARD_CLASSES, frames: FRAME_CLASSES, things: ['voorwerp'], pets: ['dier'] } as const;
  const kinds = Object.entries(wanted) as [keyof typeof wanted, readonly string[]][];
  const having = Object.fromEntries(kinds.map(([kind]) => [kind, new Set<string>()])) as Record<keyof typeof wanted, Set<string>>;
  let seen = 0;
  for (const [key, names] of classes) {
    for (const [kind, list] of kinds) if (names.some((name) => list.includes(name))) having[kind].add(key);
    if (++seen % 4000 === 0) yield;
  }
  const add = (set: Set<string>, words: Iterable<string>) => {
    for (const word of words) set.add(word);
    return set;
  };
  const skeletons = (words: string[]) => words.map(skeletonOf);
  const englishOf = (names: readonly string[]) => skeletons(names.flatMap((name) => englishClasses[name] ?? []));
  const slurs = new Set(englishOf([ENGLISH_SLURS]));
  return {
    classes,
    groups: add(having.groups, englishOf(ENGLISH_GROUPS).filter((word) => !slurs.has(word))),
    aims: add(having.aims, englishOf(ENGLISH_AIMS)),
    negators: add(having.negators, skeletons(data.ontkenning)),
    // "unfollow that spam account": what is shut out is no person. "ik wens je veel geluk": a good wish.
    // "I want to report that account": reporting or condemning in English, as the grammar's classes are in Dutch (it
    // frames the sentences around it too, as "melden" does).
    guards: add(add(add(having.guards, skeletons(data.geen_persoon)), skeletons(data.goede_wens)), skeletons(data.melden_engels)),
    frames: add(having.frames, skeletons(data.melden_engels)),
    things: having.things,
    pets: add(having.pets, [...skeletons(data.huisdier), ...englishOf(['ANIMAL'])]),
    clauseBreaks: new Set(skeletons(data.zinsgrens)),
  };
});

/**
 * The reader's words as plain data (utils/second-reader-vocabulary.json keeps the ones its model was trained on): per
 * list of classes, the skeletons in them; per kind of word, the skeletons.
 */
export interface VocabularySnapshot {
  classes: Record<string, string[]>;
  sets: Record<Exclude<keyof Vocabulary, 'classes'>, string[]>;
}

/** The words of the grammar as they are now, as data. */
export function vocabularySnapshot(): VocabularySnapshot {
  const { classes, ...kinds } = vocabulary();
  const byNames: Record<string, string[]> = {};
  for (const [word, names] of classes) (byNames[names.join(' ')] ??= []).push(word);
  const sets = Object.fromEntries(Object.entries(kinds).map(([kind, words]) => [kind, [...words].sort()])) as VocabularySnapshot['sets'];
  return { classes: byNames, sets };
}

/** Set while {@link withVocabulary} runs. */
let readingWith: Vocabulary | undefined;
/** Each snapshot read into maps once (training reads tens of thousands of examples with one). */
const unpacked = new WeakMap<VocabularySnapshot, Vocabulary>();

/**
 * Runs `read` with the reader seeing these words instead of the grammar's words now. Training reads its examples with
 * the words the model was made with, so a word added to the grammar changes what the rule reads in texts that hold
 * it (it gets its class's weight), not the whole model.
 */
export function withVocabulary<T>(snapshot: VocabularySnapshot, read: () => T): T {
  let vocabulary = unpacked.get(snapshot);
  if (!vocabulary) {
    const classes = new Map<string, string[]>();
    for (const [names, words] of Object.entries(snapshot.classes)) for (const word of words) classes.set(word, names.split(' '));
    const sets = Object.fromEntries(Object.entries(snapshot.sets).map(([kind, words]) => [kind, new Set(words)]));
    unpacked.set(snapshot, (vocabulary = { classes, ...sets } as Vocabulary));
  }
  const outer = readingWith;
  readingWith = vocabulary;
  try {
    return read();
  } finally {
    readingWith = outer;
  }
}

/** The words the reader reads with: those of {@link withVocabulary} while it runs, else the grammar's. */
const words = (): Vocabulary => readingWith ?? vocabulary();

/** FNV-1a, folded on from `hash`: features are hashed without building their strings. */
function mix(hash: number, text: string, from = 0, to = text.length): number {
  for (let index = from; index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}
/** Where each kind of feature starts hashing, plain and negated. */
const START = [Seed.Word, Seed.Pair, Seed.Gram, Seed.Class].map((seed) => [mix(0x811c9dc5 ^ seed, ''), mix(0x811c9dc5 ^ seed, 'N:')]);
const startOf = (seed: Seed, negated: boolean) => START[seed - 1]![negated ? 1 : 0]!;
const LESS_THAN = 60;
const GREATER_THAN = 62;

/** Which features the current window already has: a stamp per bucket, so no set is built per window. */
let stamps = new Uint16Array(0);
let stamp = 0;

function nextStamp(): void {
  if (stamps.length !== 1 << MODEL_BITS) stamps = new Uint16Array(1 << MODEL_BITS);
  if (++stamp === 0x10000) {
    stamps.fill(0);
    stamp = 1;
  }
}

function addFeature(features: number[], hash: number): void {
  const bucket = (hash >>> 0) & MASK;
  if (stamps[bucket] === stamp) return;
  stamps[bucket] = stamp;
  features.push(bucket);
}

/**
 * The hashed features of tokens [from, to): each word (a group word as `<groep>`, a name or mention as
 * `<persoon>`), each pair of neighbours in a sentence, each grammar class, and letter groups of four of
 * longer words; a word after a negation in its clause is marked. Each feature once. Shared by the model's
 * training and by the rule, so both read alike.
 */
export function featuresOf(doc: TextDocument, from = 0, to = doc.tokens.length, pairs = true): number[] {
  const { classes, negators, clauseBreaks } = words();
  const tokens = doc.tokens;
  const people = personTokens(doc);
  nextStamp();
  const features: number[] = [];
  let previous = SENTENCE_START;
  let negated = false;
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    if (token.sentenceStart || index === from) {
      previous = SENTENCE_START;
      negated = false;
    }
    if (!token.hasLetter) continue;
    const word = token.skeleton;
    if (clauseBreaks.has(word)) negated = false;
    let wordHash: number;
    if (people.has(index)) {
      // A name or mention of several words ("Job van den Berg", "@daan_x") is one person.
      if (index > from && people.has(index - 1)) continue;
      wordHash = mix(startOf(Seed.Word, false), '<persoon>');
      addFeature(features, wordHash);
      for (const name of classes.get(word) ?? []) addFeature(features, mix(startOf(Seed.Class, negated), name));
    } else {
      wordHash = addWordFeatures(features, word, negated);
    }
    // A pair: the two words' hashes mixed (the first word of a sentence pairs with a start mark).
    if (pairs) addFeature(features, Math.imul(previous ^ Seed.Pair, 0x01000193) ^ wordHash);
    previous = wordHash;
    if (negators.has(word)) negated = true;
  }
  return features;
}

/**
 * Per word, plain and after a negation: its own features, the word's hash first. The first words met are kept
 * (the common ones, mostly); once full, a new word is read each time without being kept, so a paste of a million
 * unique words costs no memory and no garbage. Kept per set of words the reader reads with (training reads with
 * those its model was made with, the rule with the grammar's now).
 */
const readingsByVocabulary = new WeakMap<Vocabulary, Map<string, Int32Array>[]>();
const MAX_READINGS = 20_000;
/** Where a word's features are put together; grown for a very long word. */
let scratch = new Int32Array(64);

/** Adds a word's own features (itself, its classes, its letter groups) to `features`; returns the word's hash. */
function addWordFeatures(features: number[], word: string, negated: boolean): number {
  const vocabulary = words();
  let readings = readingsByVocabulary.get(vocabulary);
  if (!readings) readingsByVocabulary.set(vocabulary, (readings = [new Map(), new Map()]));
  const cache = readings[negated ? 1 : 0]!;
  const kept = cache.get(word);
  if (kept) {
    for (let index = 0; index < kept.length; index++) addFeature(features, kept[index]!);
    return kept[0]!;
  }
  const { classes, groups } = vocabulary;
  const group = groups.has(word);
  const marked = negated && !group;
  const names = classes.get(word);
  const needed = 1 + (names?.length ?? 0) + word.length;
  if (scratch.length < needed) scratch = new Int32Array(needed * 2);
  let count = 0;
  scratch[count++] = mix(startOf(Seed.Word, marked), group ? '<groep>' : word);
  if (names) for (const name of names) scratch[count++] = mix(startOf(Seed.Class, negated), name);
  if (!group && word.length >= MIN_WORD_FOR_GRAMS) {
    // The letter groups of "<word>", without building that string.
    const gramStart = startOf(Seed.Gram, marked);
    for (let at = 0; at + GRAM <= word.length + 2; at++) {
      let hash = gramStart;
      for (let offset = at; offset < at + GRAM; offset++) {
        const code = offset === 0 ? LESS_THAN : offset === word.length + 1 ? GREATER_THAN : word.charCodeAt(offset - 1);
        hash = Math.imul(hash ^ code, 0x01000193);
      }
      scratch[count++] = hash;
    }
  }
  for (let index = 0; index < count; index++) addFeature(features, scratch[index]!);
  if (cache.size < MAX_READINGS) cache.set(word, scratch.slice(0, count));
  return scratch[0]!;
}

/** The tokens of names, titles and @mentions (found once per text by the person rules). */
function personTokens(doc: TextDocument): Set<number> {
  return doc.shared('second-reader:people', () => {
    const tokens = new Set<number>();
    for (const reference of allPersonReferences(doc)) for (let index = reference.firstToken; index <= reference.lastToken; index++) tokens.add(index);
    return tokens;
  });
}

/**
 * Does the window hold a word that negates, reports, condemns or praises, or a quote, or does a word around it
 * (tokens [frameFrom, frameTo)) frame it as reported or condemned, or does it point back at a thing or the writer's
 * pet named just before? Then the rules decide.
 */
function isGuarded(doc: TextDocument, from: number, to: number, frameFrom = from, frameTo = to): boolean {
  const { guards, frames, things, pets } = words();
  const tokens = doc.tokens;
  let pointsBack = false;
  for (let index = from; index < to; index++) {
    if (guards.has(tokens[index]!.skeleton) && !callsToReport(tokens, index)) return true;
    if (inFavourOfTheOther(tokens, index, to) || joinsToo(tokens, index, to) || hopesNot(tokens, index, to)) return true;
    if (POINTING_BACK.has(tokens[index]!.folded)) pointsBack = true;
    if (ATTRIBUTING.has(tokens[index]!.folded) && index + 1 < to && !WRITER.has(tokens[index + 1]!.folded)) return true;
  }
  for (let index = frameFrom; index < frameTo; index++) if (frames.has(tokens[index]!.skeleton) && !callsToReport(tokens, index)) return true;
  if (pointsBack)
    for (let index = frameFrom; index < from; index++) {
      const word = tokens[index]!.skeleton;
      if (things.has(word) || (pets.has(word) && index > frameFrom && OWN.has(tokens[index - 1]!.folded))) return true;
    }
  if (to <= from) return false;
  // A heart or a hug beside the words is said fondly, as a word of affection is (`genegenheid`): the rules decide there.
  const frameEnd = frameTo < tokens.length ? tokens[frameTo]!.start : doc.text.length;
  const framing = doc.text.slice(tokens[frameFrom]!.start, frameEnd);
  if (HEART_EMOJI.test(framing)) return true;
  // English that helps, advises, includes or defends (rules/english/analyse.ts, englishFramed).
  if (englishReading()?.framed(framing)) return true;
  // A mark right outside the window counts: a sentence that is all quote ('Screenshotting this: "all Poles are thieves".').
  let start = tokens[from]!.start;
  let end = tokens[to - 1]!.end;
  if (QUOTE_MARK.test(doc.text[start - 1] ?? '')) start--;
  if (QUOTE_MARK.test(doc.text[end] ?? '')) end++;
  return quotesOf(doc).overlaps(start, end);
}

/**
 * "jij verdient beter", "jij kan het beter dan ik", "word snel beter": the other one rated above the writer, or getting well. (Mock
 * praise says "knap hoor"; it does not put the writer below.)
 */
function inFavourOfTheOther(tokens: TextDocument['tokens'], index: number, to: number): boolean {
  if (tokens[index]!.folded !== 'beter') return false;
  if (DESERVES.has(tokens[index - 1]?.folded ?? '') || RECOVERING.has(tokens[index - 1]?.folded ?? '')) return true;
  for (let k = index + 1; k < Math.min(to, index + 4); k++) if (tokens[k]!.folded === 'dan' && THE_WRITER.has(tokens[k + 1]?.folded ?? '')) return true;
  return false;
}
const DESERVES = new Set(['verdient', 'verdien', 'verdienen', 'verdiende']);
/** "hopelijk word je snel beter", "weer beter": getting well. */
const RECOVERING = new Set(['snel', 'weer', 'gauw', 'spoedig']);

/** "hopelijk ben je niet ziek geworden", "ik hoop dat je geen pijn hebt": a harm hoped away ("niet meer wakker" is no such hope). */
function hopesNot(tokens: TextDocument['tokens'], index: number, to: number): boolean {
  if (!HOPING.has(tokens[index]!.folded)) return false;
  for (let k = index + 1; k < Math.min(to, index + 5); k++) if ((tokens[k]!.folded === 'niet' && tokens[k + 1]?.folded !== 'meer') || tokens[k]!.folded === 'geen') return true;
  return false;
}

/** "als jij meegaat ga ik ook mee!": the writer joining someone, the opposite of keeping them out ("vraag je neef ook mee" recruits). */
function joinsToo(tokens: TextDocument['tokens'], index: number, to: number): boolean {
  return tokens[index]!.folded === 'ook' && index + 1 < to && JOINING.has(tokens[index + 1]!.folded) && THE_WRITER_JOINING.has(tokens[index - 1]?.folded ?? '');
}
const THE_WRITER_JOINING = new Set(['ik', 'we', 'wij', 'k']);
const JOINING = new Set(['mee', 'meedoen', 'meegaan', 'meekomen']);
const THE_WRITER = new Set(['ik', 'mij', 'me', 'mezelf', 'ikzelf']);

/** The quote marks and quoted words of the text, found once. */
function quotesOf(doc: TextDocument): SpanIndex {
  return doc.shared('second-reader:quotes', () => new SpanIndex([...doc.text.matchAll(QUOTED)].map((match) => ({ start: match.index, end: match.index + match[0].length }))));
}

export interface Model {
  bits: number;
  bias: number;
  /** Weight = byte × scale. */
  scale: number;
  /** Base64 of, per kept bucket in rising order, the gap to the previous one (varint) and its weight (int8). */
  weights: string;
}

/** The shipped model as a dense table of 2^bits weights (one byte each), decoded on first use. */
const weights = lazilyInSteps(() => decodeWeightsInSteps(data.model));

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Steps of this many characters or entries: the table (2^18 weights) took one task of 30+ ms in a browser.
const DECODE_STEP = 16_384;

/** Base64 to bytes (the rules run without the DOM's atob), in steps. */
function* bytesOf(base64: string): Generator<void, Uint8Array, void> {
  const values = new Uint8Array(128);
  for (let index = 0; index < BASE64.length; index++) values[BASE64.charCodeAt(index)] = index;
  const text = base64.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let index = 0; index < text.length; index++) {
    buffer = (buffer << 6) | values[text.charCodeAt(index)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
    if (index % DECODE_STEP === DECODE_STEP - 1) yield;
  }
  return bytes;
}

/** {@link decodeWeights} in steps (see lazilyInSteps). */
function* decodeWeightsInSteps(model: Model): Generator<void, Int8Array, void> {
  const table = new Int8Array(1 << model.bits);
  const bytes = yield* bytesOf(model.weights);
  let bucket = -1;
  let entries = 0;
  for (let at = 0; at < bytes.length; ) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += gap;
    table[bucket] = (bytes[at++]! << 24) >> 24;
    if (++entries % DECODE_STEP === 0) yield;
  }
  return table;
}

export function decodeWeights(model: Model): Int8Array {
  return finished(decodeWeightsInSteps(model));
}

/** The model as the rule uses it: weights by bucket, and how they count. */
export interface ReadyModel {
  table: ArrayLike<number>;
  bias: number;
  scale: number;
}

const shipped = lazily((): ReadyModel => ({ table: weights(), bias: data.model.bias, scale: data.model.scale }));

/** How sure the model is (0–1) that these features are abuse: the features count each 1/√n. */
export function probability(features: readonly number[], model: ReadyModel = shipped()): number {
  if (features.length === 0) return 0;
  let sum = 0;
  for (const feature of features) sum += model.table[feature]!;
  const z = model.bias + (sum * model.scale) / Math.sqrt(features.length);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The strongest word of tokens [from, to) that is not a name, a group or a pronoun: the sum of the weights of
 * its own features (itself, its classes, its letter groups; not its pairs). Names and pronouns tell who is
 * meant, not that anyone is attacked. A violent verb with a "niet" after it is read negated ("ik sla je niet").
 */
function strongestWord(doc: TextDocument, from: number, to: number, model: ReadyModel): number {
  const { plain, violent } = tokenStrengths(doc, model);
  let strongest = -Infinity;
  for (let index = from; index < to; index++) {
    // "ik sla je niet": a violent verb is read negated when its clause denies it, which depends on where the window ends.
    const strength = violent[index] === 1 && negatedLaterInClause(doc, index, to) ? wordStrength(doc.tokens[index]!.skeleton, true, model, strengthsKept(model)[1]!) : plain[index]!;
    if (strength > strongest) strongest = strength;
  }
  return strongest;
}

/**
 * Per token its word's strength read plainly (-Infinity for a token that does not count: no letters, a name, a pronoun),
 * and whether it is a violent verb. Made once per text and model: every sentence and the post as a whole ask for it.
 */
function tokenStrengths(doc: TextDocument, model: ReadyModel): { plain: Float64Array; violent: Uint8Array } {
  const vocabulary = words();
  const made = doc.shared('second-reader:strengths', () => ({ model, vocabulary, ...strengthsOf(doc, model) }));
  return made.model === model && made.vocabulary === vocabulary ? made : strengthsOf(doc, model);
}

function strengthsOf(doc: TextDocument, model: ReadyModel): { plain: Float64Array; violent: Uint8Array } {
  const { aims, classes } = words();
  const people = personTokens(doc);
  const tokens = doc.tokens;
  const plain = new Float64Array(tokens.length).fill(-Infinity);
  const violent = new Uint8Array(tokens.length);
  const kept = strengthsKept(model)[0]!;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const word = token.skeleton;
    if (!token.hasLetter || people.has(index) || aims.has(word)) continue;
    plain[index] = wordStrength(word, false, model, kept);
    if (classes.get(word)?.includes(VIOLENT_VERB)) violent[index] = 1;
  }
  return { plain, violent };
}

/** Per model and set of words read with, each word's strength, plain and negated; bounded like the word readings. */
const strengths = new WeakMap<ReadyModel, WeakMap<Vocabulary, Map<string, number>[]>>();
function strengthsKept(model: ReadyModel): Map<string, number>[] {
  const vocabulary = words();
  let byVocabulary = strengths.get(model);
  if (!byVocabulary) strengths.set(model, (byVocabulary = new WeakMap()));
  let kept = byVocabulary.get(vocabulary);
  if (!kept) byVocabulary.set(vocabulary, (kept = [new Map(), new Map()]));
  return kept;
}
const own: number[] = [];
/** The sum of the weights of a word's own features (itself, its classes, its letter groups; not its pairs), scaled. */
function wordStrength(word: string, negated: boolean, model: ReadyModel, kept: Map<string, number>): number {
  const known = kept.get(word);
  if (known !== undefined) return known;
  nextStamp();
  own.length = 0;
  addWordFeatures(own, word, negated);
  let sum = 0;
  for (const feature of own) sum += model.table[feature]!;
  const strength = sum * model.scale;
  if (kept.size < MAX_READINGS) kept.set(word, strength);
  return strength;
}

/** How far after a verb its "niet" or "nooit" may stand ("ik sla je echt niet"). */
const NEGATION_REACH = 4;
/** Is the verb at `index` negated by a negation later in its clause, as Dutch puts it ("ik sla je niet")? */
function negatedLaterInClause(doc: TextDocument, index: number, to: number): boolean {
  const { negators, clauseBreaks } = words();
  for (let next = index + 1; next < Math.min(to, index + 1 + NEGATION_REACH); next++) {
    const token = doc.tokens[next]!;
    if (token.sentenceStart || clauseBreaks.has(token.skeleton)) return false;
    if (negators.has(token.skeleton)) return true;
  }
  return false;
}

/**
 * How the reader reads: the model, how sure it must be (a stretch in English may pass at `englishThreshold` when that
 * is lower), and how strong its strongest word.
 */
export interface ReadingSettings {
  model?: ReadyModel;
  threshold?: number;
  englishThreshold?: number;
  evidence?: number;
}

/**
 * Does the reader take tokens [from, to) for abuse? Not when the stretch negates, reports, condemns, praises
 * or quotes, or the text around it ([frameFrom, frameTo)) reports or condemns it (the rules decide there);
 * then only when the model is sure (`drempel`, or `drempel_engels` when the stretch reads as English by its
 * function words: the model is right more often there) and one word carries it (`bewijs`: a name next to an
 * everyday word is no attack).
 */
export function readsAsAbuse(
  doc: TextDocument,
  from: number,
  to: number,
  { model = shipped(), frameFrom = from, frameTo = to, threshold = data.drempel, englishThreshold = data.drempel_engels, evidence = data.bewijs }: ReadingSettings & { frameFrom?: number; frameTo?: number } = {},
): boolean {
  // A window of three words or fewer ("Kijk eens hier!") says too little: a caption would be read as its most common use.
  if (to <= from || wordsIn(doc, from, to) < MIN_WORDS) return false;
  // Asked first though it is a condition like the others: a word strong enough is rare, and each word's strength is kept.
  if (strongestWord(doc, from, to, model) < evidence || isGuarded(doc, from, to, frameFrom, frameTo)) return false;
  const certainty = probability(featuresOf(doc, from, to), model);
  // The language is only asked when it decides (most sentences are far below both thresholds).
  return certainty >= threshold || (certainty >= englishThreshold && readByWords(doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end)) === 'english');
}

/** The longest sentence read, in words: the training lines have at most a few dozen. */
const MAX_SENTENCE_WORDS = 150;

/**
 * Each sentence the reader takes for abuse, as token spans [from, to), read as the rule reads: the sentences before
 * and after frame it ("Vieze homo! Dat riepen ze me na." is a report). Shared by the rule and the threshold sweep.
 */
export function sentencesReadAsAbuse(doc: TextDocument, options: ReadingSettings = {}): [number, number][] {
  const tokens = doc.tokens;
  const starts: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (index === 0 || tokens[index]!.sentenceStart) starts.push(index);
  starts.push(tokens.length);
  const sentences = starts.length - 1;
  const found: [number, number][] = [];
  for (let index = 0; index < sentences; index++) {
    const from = starts[index]!;
    const to = starts[index + 1]!;
    // A run of hundreds of words without a stop is no sentence the reader learnt from (a pasted wall): the rules read it.
    if (to - from > MAX_SENTENCE_WORDS) continue;
    if (readsAsAbuse(doc, from, to, { ...options, frameFrom: starts[Math.max(0, index - 1)]!, frameTo: starts[Math.min(sentences, index + 2)]! })) found.push([from, to]);
  }
  return found;
}

/** How the reader reads a post whole: its own certainty (and one for English, as for sentences) and evidence. */
export interface PostReadingSettings {
  postThreshold?: number;
  postEnglishThreshold?: number;
  postEvidence?: number;
}

/**
 * Does the reader take the post as a whole for abuse? It learnt from whole posts, and a post read whole is read in
 * its context ("3 days left Femke. enjoy them"): so it may pass at a lower certainty of its own (`drempel_bericht`,
 * `drempel_bericht_engels`, `bewijs_bericht`) than one sentence torn from it. A post longer than the training lines is left to the sentences.
 */
export function postReadAsAbuse(
  doc: TextDocument,
  { postThreshold = data.drempel_bericht, postEnglishThreshold = data.drempel_bericht_engels, postEvidence = data.bewijs_bericht, ...options }: ReadingSettings & PostReadingSettings = {},
): boolean {
  const to = doc.tokens.length;
  if (wordsIn(doc, 0, to, MAX_SENTENCE_WORDS + 1) > MAX_SENTENCE_WORDS) return false;
  // Never stricter than the sentence reading: a post of one sentence is then read once, here (see tweede-lezer.ts).
  const { threshold = data.drempel, englishThreshold = data.drempel_engels, evidence = data.bewijs } = options;
  // A short Dutch post gives the words around its cue too little say: it is read as a sentence is ("je weet maar nooit
  // wat er gebeurt met het weer"). English posts were tuned whole (drempel_bericht_engels) and keep their own.
  const short = wordsIn(doc, 0, to, POST_CONTEXT_WORDS) < POST_CONTEXT_WORDS;
  return readsAsAbuse(doc, 0, to, { ...options, threshold: short ? threshold : Math.min(postThreshold, threshold), englishThreshold: Math.min(postEnglishThreshold, englishThreshold), evidence: Math.min(postEvidence, evidence) });
}

const MIN_WORDS = 4;
/** From how many words a post read whole has context enough for the post's own, lower, certainty. */
const POST_CONTEXT_WORDS = 13;
/** The words in tokens [from, to), counted up to `enough`. */
function wordsIn(doc: TextDocument, from: number, to: number, enough = Infinity): number {
  let count = 0;
  for (let index = from; index < to && count < enough; index++) if (doc.tokens[index]!.hasLetter) count++;
  return count;
}

/** The reader's lists and model, each a step of the engine's warm-up (rules/engine.ts). */
export const SECOND_READER_STEPS = [vocabulary, weights, shipped] as const;

import nameData from '../data/namen.json';
import { decodeInSteps } from '../front-coding';
import data from '../data/english.json';
import loanwords from '../data/leenwoorden.json';
import { every, lazily, lazilyInSteps, warmUpWhile, type WarmUpStep } from '../lazy';
import { quotedStretches } from '../quotes';
import { ENGLISH } from './function-words';
import { englishLibraries } from './libraries';
import { keptOutByALie } from './kept-out';
import { APE_EMOJI, BANANA_EMOJI } from '../belediging/menace-signs';
import { veiledMenace } from './menace';
import { stalkingIn, whereaboutsExposed } from './stalking';
import { mendSpelling, type EnglishWord } from './spelling';
import { allFirstNames, englishSentences, sentences } from './language';
import { languageWords, wordLanguage } from './vocabulary';

/**
 * English abuse, read per clause as target × attack, like the Dutch grammar (rules/belediging/grammar/):
 * compromise/one splits the English sentences into terms (with "I'm" → "i am", "gonna" → "going to"), our
 * own word classes (rules/data/english.json) say who is addressed and how, and small structures join them
 * ("I'll" + violent verb + you; group + "should be" + deported; you + are + such a + loser). Guards keep
 * quiet on negation before the attack, the writer mocking themself, things and activities, sport and game
 * talk, news and fiction, counter-speech and plainly friendly banter.
 */

/** What a finding is about; the rule turns this into its message. */
export type Attack =
  | 'dreigen'
  | 'dreigenGroep'
  | 'doodswens'
  | 'haatGroep'
  | 'ontmenselijking'
  | 'buitensluiten'
  | 'vernederen'
  | 'kleineren'
  | 'oproep'
  | 'seksueel'
  | 'uitschelden'
  | 'lichaam'
  | 'minachting'
  | 'stalken'
  | 'vloeken';

export interface EnglishFinding {
  attack: Attack;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** Which structure of rules/data/english.json matched: for debugging and tests. */
  pattern: string;
}

type Word = EnglishWord;

type Alt = { kind: 'word'; w: string } | { kind: 'class'; name: string; id: number } | { kind: 'name' } | { kind: 'any' } | { kind: 'end' } | { kind: 'begin' } | { kind: 'they' } | { kind: 'demonym' };
interface Elem {
  alts: Alt[];
  min: number;
  max: number;
  /** The words it can start with (set when the grammar is indexed): a word outside them fails at once. */
  first?: First;
}
type Seq = Elem[];

interface Pattern {
  id: string;
  /** Its place in the data file: of two structures that cover a stretch, the first names it. */
  order: number;
  /** Its required elements, by number (see `patternIndex`): each must be able to start at some word of the clause. */
  needs: number[];
  attack: Attack;
  seq: Seq;
  /** Stays quiet in sport and game talk. */
  sport: boolean;
  /** Implicit: stays quiet in a light or joking text (laughing emoji, "haha", "x = y"), in quotes or reported. */
  weak: boolean;
  /** Target and attack apart in the clause: quiet when a negation, condition or report stands inside. */
  loose: boolean;
  /** About a group the text names elsewhere ("… all the Antilleans, violent animals"): quiet when it names none. */
  grouped: boolean;
  /** An insult with no target of its own ("…, spineless coward"): quiet when the writer speaks of themself ("forgot my keys, absolute idiot"). */
  aimed: boolean;
  /** Sexual only beside an emoji of lust ("what's under the hoodie 😏"): quiet without one. */
  lustful: boolean;
  /** A menace told sideways (someone's route, family, pet, house): only with a sinister sign in the text (see SINISTER). */
  sinister: boolean;
  /** A call to comment, post or flood that is a pile-on only with a sign of mockery in the text (see MOCKING). */
  mocking: boolean;
  /** About history itself (persecution denied or approved): read in a sentence of history or news too. */
  history: boolean;
  /** A group set beside a thing with a mock ("Turks and being on time lmao"): quiet when people stand beside it instead. */
  pairing: boolean;
}

interface Data {
  classes: Record<string, string[]>;
  patterns: Array<{ id: string; attack: Attack; match: string[]; sport?: boolean; weak?: boolean; loose?: boolean; grouped?: boolean; aimed?: boolean; lustful?: boolean; sinister?: boolean; mocking?: boolean; history?: boolean; pairing?: boolean }>;
  expand: Record<string, string>;
  objects: string[];
  guards: Record<string, string>;
  englishWordNames: string[];
}

/**
 * The word classes with the loanwords put in (rules/data/leenwoorden.json, owned once for both languages:
 * "loser", "bitch", "kys" are in the classes its `english` field names).
 */
const DATA = withLoanwords(data as unknown as Data);

function withLoanwords(source: Data): Data {
  const classes = Object.fromEntries(Object.entries(source.classes).map(([name, phrases]) => [name, [...phrases]]));
  for (const entry of loanwords.entries) for (const name of entry.english) classes[name]!.push(entry.term);
  return { ...source, classes };
}

const CLASS_IDS = new Map(Object.keys(DATA.classes).map((name, index) => [name, index]));

function parseSeq(source: string): Seq {
  return source
    .trim()
    .split(/\s+/)
    .map((part) => {
      let min = 1;
      let max = 1;
      if (part.endsWith('?')) {
        min = 0;
        part = part.slice(0, -1);
      } else if (part.endsWith('*')) {
        min = 0;
        max = 3;
        part = part.slice(0, -1);
      }
      if (part === '…') return { alts: [{ kind: 'any' }], min: 0, max: 3 };
      const alts: Alt[] = part.split('|').map((alt) => {
        if (alt === '#name') return { kind: 'name' };
        if (alt === '$') return { kind: 'end' };
        if (alt === '^') return { kind: 'begin' };
        if (alt === '#they') return { kind: 'they' };
        if (alt === '#demonym') return { kind: 'demonym' };
        if (alt.startsWith('@')) {
          const id = CLASS_IDS.get(alt.slice(1));
          if (id === undefined) throw new Error(`english.json: unknown class ${alt}`);
          return { kind: 'class', name: alt.slice(1), id };
        }
        return { kind: 'word', w: alt.replace(/_/g, ' ') };
      });
      return { alts, min, max };
    });
}

/** The words the classes and structures know. */
const vocabulary = lazilyInSteps(function* () {
  const words = new Set<string>(DATA.objects);
  const pause = every(200);
  for (const phrases of Object.values(DATA.classes)) {
    for (const phrase of phrases) {
      for (const word of phrase.split(/[\s|]+/)) if (/^[a-z]+$/.test(word)) words.add(word);
      if (pause()) yield;
    }
  }
  for (const pattern of DATA.patterns) {
    for (const source of pattern.match) {
      for (const word of source.split(/[\s|?*]+/)) if (/^[a-z]+$/.test(word)) words.add(word);
      if (pause()) yield;
    }
  }
  return words;
});

/** The word classes of the data file, read. */
const classSeqs = lazilyInSteps(function* () {
  const seqs = new Map<string, Seq[]>();
  const pause = every(100);
  for (const [name, phrases] of Object.entries(DATA.classes)) {
    const list: Seq[] = [];
    for (const phrase of phrases) {
      list.push(parseSeq(phrase));
      if (pause()) yield;
    }
    seqs.set(name, list);
  }
  return seqs;
});

/** The data file read into word classes and structures, with the words they know. */
const parsed = lazilyInSteps(function* () {
  const patterns: Pattern[] = [];
  const pause = every(50);
  for (const pattern of DATA.patterns) {
    for (const [index, source] of pattern.match.entries()) {
      if (pause()) yield;
      patterns.push({ id: `${pattern.id}#${index}`, order: patterns.length, needs: [], attack: pattern.attack, seq: parseSeq(source), sport: pattern.sport ?? false, weak: pattern.weak ?? false, loose: pattern.loose ?? false, grouped: pattern.grouped ?? false, aimed: pattern.aimed ?? false, lustful: pattern.lustful ?? false, sinister: pattern.sinister ?? false, mocking: pattern.mocking ?? false, history: pattern.history ?? false, pairing: pattern.pairing ?? false });
    }
  }
  const guards: Record<string, RegExp> = {};
  for (const [name, source] of Object.entries(DATA.guards)) guards[name] = new RegExp(source, 'iu');
  const expand = new Map(Object.entries(DATA.expand).map(([word, to]) => [word, to.split(' ')]));
  return { classes: classSeqs(), patterns, vocabulary: vocabulary(), expand, guards };
});

/** The words each sequence of each class can start with. */
const classFirsts = lazily(() => {
  const { classes } = parsed();
  const firsts = new Map<Seq, First>();
  const byClass = new Map<string, First>();
  const classFirst = (name: string): First => {
    if (byClass.has(name)) return byClass.get(name)!;
    byClass.set(name, null);
    const union = { words: new Set<string>(), name: false };
    let open = false;
    for (const seq of classes.get(name)!) {
      const first = firstOf(seq, classFirst);
      if (first === null) open = true;
      else {
        for (const w of first.words) union.words.add(w);
        if (first.name) union.name = true;
      }
    }
    byClass.set(name, open ? null : union);
    return byClass.get(name)!;
  };
  for (const seqs of classes.values()) {
    for (const seq of seqs) {
      firsts.set(seq, firstOf(seq, classFirst));
      for (const elem of seq) elem.first = elemFirst(elem, classFirst);
    }
  }
  return { firsts, classFirst };
});

/** The structures by the words they can start with; those that start with a name; those that start anywhere. */
const patternIndex = lazilyInSteps(function* () {
  const { firsts, classFirst } = classFirsts();
  const pause = every(50);
  const byFirst = new Map<string, Pattern[]>();
  const nameStart: Pattern[] = [];
  const anyStart: Pattern[] = [];
  // Per word, the required elements that can start at it; and those that can start at a name. Elements
  // that start alike (the same class) are one need.
  const needsByWord = new Map<string, number[]>();
  const needsByName: number[] = [];
  const needOf = new Map<First, number>();
  for (const pattern of parsed().patterns) {
    if (pause()) yield;
    const first = firstOf(pattern.seq, classFirst);
    firsts.set(pattern.seq, first);
    for (const elem of pattern.seq) {
      elem.first = elemFirst(elem, classFirst);
      if (elem.min === 0 || !elem.first) continue;
      let need = needOf.get(elem.first);
      if (need === undefined) {
        needOf.set(elem.first, (need = needOf.size));
        if (elem.first.name) needsByName.push(need);
        for (const word of elem.first.words) {
          const list = needsByWord.get(word);
          if (list) list.push(need);
          else needsByWord.set(word, [need]);
        }
      }
      if (!pattern.needs.includes(need)) pattern.needs.push(need);
    }
    if (first === null) anyStart.push(pattern);
    else {
      if (first.name) nameStart.push(pattern);
      for (const word of first.words) {
        const list = byFirst.get(word);
        if (list) list.push(pattern);
        else byFirst.set(word, [pattern]);
      }
    }
  }
  // How many words a structure can cover at most (a class that contains itself: no limit).
  const classSpans = new Map<string, number>();
  const seqSpan = (seq: Seq): number => seq.reduce((sum, elem) => sum + elem.max * Math.max(...elem.alts.map(altSpan)), 0);
  const altSpan = (alt: Alt): number => {
    if (alt.kind === 'begin' || alt.kind === 'end') return 0;
    if (alt.kind === 'word') return alt.w.split(' ').length;
    if (alt.kind !== 'class') return 1;
    if (!classSpans.has(alt.name)) {
      classSpans.set(alt.name, Infinity);
      classSpans.set(alt.name, Math.max(...classSeqs().get(alt.name)!.map(seqSpan)));
    }
    return classSpans.get(alt.name)!;
  };
  const span = Math.max(...parsed().patterns.map((pattern) => seqSpan(pattern.seq)));
  return { firsts, byFirst, nameStart, anyStart, needsByWord, needsByName, needCount: needOf.size, span };
});

const grammar = lazily(() => ({ ...parsed(), ...patternIndex() }));

/** Where the clause under analysis starts (for `^`), and whether the text names a group (for `#they`). */
let clauseFrom = 0;
let groupInText = false;
const THEY = new Set(['they', 'them', 'those', 'these']);

/** Per clause: the ends of each class matched at each position (the classes nest; this keeps it linear). */
let classMemo = new Map<number, number[]>();

const seqIds = new WeakMap<Seq, number>();
let nextSeqId = 0;
/** Per clause: the ends of each sequence from each element and position. */
let seqMemo = new Map<number, number[]>();

/** Positions a memo key leaves room for: more words than a sentence of 1 MB holds. */
const POSITIONS = 2 ** 21;
const NONE: number[] = [];

/** Every position after matching `seq` from element `at`, word `pos`, inside words[..to). Never change what it returns. */
function matchSeq(seq: Seq, at: number, words: Word[], pos: number, to: number): number[] {
  if (at === seq.length) return [pos];
  const elem = seq[at]!;
  // Most elements cannot start at most words: answered before any memo or set is made.
  if (elem.min > 0 && elem.first && (pos >= to || !canStart(elem.first, words[pos]!))) return NONE;
  let id = seqIds.get(seq);
  if (id === undefined) seqIds.set(seq, (id = nextSeqId++));
  const key = (id * 64 + at) * POSITIONS + pos;
  const known = seqMemo.get(key);
  if (known) return known;
  const found = new Set<number>();
  let frontier = [pos];
  for (let count = 0; frontier.length > 0; count++) {
    if (count >= elem.min) for (const position of frontier) for (const end of matchSeq(seq, at + 1, words, position, to)) found.add(end);
    if (count >= elem.max) break;
    const next = new Set<number>();
    for (const position of frontier) {
      for (const alt of elem.alts) {
        if (alt.kind === 'end' || alt.kind === 'begin') {
          if (alt.kind === 'end' ? position === to : position === clauseFrom) for (const end of matchSeq(seq, at + 1, words, position, to)) found.add(end);
          continue;
        }
        for (const end of matchAlt(alt, words, position, to)) next.add(end);
      }
    }
    frontier = [...next];
  }
  const ends = [...found];
  seqMemo.set(key, ends);
  return ends;
}

function matchAlt(alt: Alt, words: Word[], pos: number, to: number): number[] {
  if (pos >= to) return [];
  const word = words[pos]!;
  switch (alt.kind) {
    case 'word': {
      if (!alt.w.includes(' ')) return word.w === alt.w ? [pos + 1] : [];
      const parts = alt.w.split(' ');
      return pos + parts.length <= to && parts.every((part, index) => words[pos + index]!.w === part) ? [pos + parts.length] : [];
    }
    case 'name':
      return word.name ? [pos + 1] : [];
    case 'any':
      return [pos + 1];
    case 'end':
    case 'begin':
      return [];
    case 'demonym':
      return word.demonym ? [pos + 1] : [];
    case 'they':
      // "most of them are …" is not "they are …".
      return groupInText && THEY.has(word.w) && !(word.w === 'them' && words[pos - 1]?.w === 'of') ? [pos + 1] : [];
    case 'class': {
      const key = alt.id * POSITIONS + pos;
      let ends = classMemo.get(key);
      if (ends) return ends;
      classMemo.set(key, []);
      const found = new Set<number>();
      for (const seq of grammar().classes.get(alt.name)!) {
        if (!canStart(grammar().firsts.get(seq)!, word)) continue;
        for (const end of matchSeq(seq, 0, words, pos, to)) if (end > pos) found.add(end);
      }
      ends = [...found];
      classMemo.set(key, ends);
      return ends;
    }
  }
}

/** The words a sequence can begin with; `null` when it can begin with anything (a gap, or only optional parts). */
type First = { words: Set<string>; name: boolean } | null;

function canStart(first: First, word: Word): boolean {
  return first === null || first.words.has(word.w) || (first.name && (word.name || word.demonym));
}

function firstOf(seq: Seq, classFirst: (name: string) => First): First {
  const result = { words: new Set<string>(), name: false };
  for (const elem of seq) {
    for (const alt of elem.alts) {
      if (alt.kind === 'begin') continue;
      if (!addFirst(alt, result, classFirst)) return null;
    }
    if (elem.min > 0 && !elem.alts.every((alt) => alt.kind === 'begin')) return result;
  }
  return null;
}

/** The words one element can start with; `null` when it can start anywhere (a gap, a clause edge). */
function elemFirst(elem: Elem, classFirst: (name: string) => First): First {
  // One class: its own set, shared (most required elements are one class, some of hundreds of words).
  if (elem.alts.length === 1 && elem.alts[0]!.kind === 'class') return classFirst(elem.alts[0]!.name);
  const result = { words: new Set<string>(), name: false };
  for (const alt of elem.alts) if (alt.kind === 'begin' || !addFirst(alt, result, classFirst)) return null;
  return result;
}

/** Adds the words `alt` can start with to `result`; false when it can start anywhere. */
function addFirst(alt: Alt, result: { words: Set<string>; name: boolean }, classFirst: (name: string) => First): boolean {
  if (alt.kind === 'any' || alt.kind === 'end') return false;
  if (alt.kind === 'they') for (const w of THEY) result.words.add(w);
  else if (alt.kind === 'name' || alt.kind === 'demonym') result.name = true;
  else if (alt.kind === 'word') result.words.add(alt.w.split(' ')[0]!);
  else if (alt.kind === 'class') {
    const inner = classFirst(alt.name);
    if (inner === null) return false;
    for (const w of inner.words) result.words.add(w);
    if (inner.name) result.name = true;
  }
  return true;
}

const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'noone', 'none', 'nor', 'neither', 'without', 'hardly']);
/** "not only stupid but …", "not just rude": a negation that adds rather than denies. */
const NOT_ONLY = new Set(['only', 'just', 'merely']);
const denies = (words: readonly Word[], at: number): boolean => NEGATIONS.has(words[at]!.w) && !NOT_ONLY.has(words[at + 1]?.w ?? '');
let objects: Set<string> | undefined;
const OBJECTS = () => (objects ??= new Set(DATA.objects));
const CLAUSE_OPENERS = new Set(['if', 'when', 'and', 'or', 'unless', 'until', 'because']);
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const CLAIMS = new Set<Attack>(['uitschelden', 'lichaam', 'haatGroep', 'ontmenselijking']);

/** Inside a loose match these make it something else: a condition, a question of fact, a comparison. */
const LOOSE_STOPS = new Set(['if', 'whether', 'unless', 'than', 'because', 'cause', 'cuz', 'me', 'myself', 'i', 'think', 'thinks', 'thought']);
const SELF = new Set(['i', 'me', 'myself', 'im']);
const FIRST_PERSON = new Set([...SELF, 'my', 'mine']);
const REPORTING = new Set(['said', 'says', 'saying', 'texts', 'texted', 'warned', 'wrote', 'writes', 'asked', 'screamed', 'shouted', 'yelled', 'called']);
/** How far before the opinion verb its negated subject may stand ("nobody in our whole year thinks"), in words. */
const OPINION_HOLDER_REACH = 8;
/** Verbs of holding an opinion: with a negated subject, what follows is denied ("nobody thinks you're ugly"). */
const OPINION_HOLDERS = new Set(['thinks', 'think', 'believes', 'believe', 'says', 'said', 'finds', 'find', 'cares', 'agrees', 'thought']);
/** Subjects that deny an opinion ("nobody thinks …"); "not gonna lie, everyone thinks …" is no denial. */
const NOBODY = new Set(['nobody', 'noone', 'none']);
/** The one addressed, after a negation that asks ("Don't you think …?"). */
const ADDRESSED = new Set(['you', 'u']);
const OPINION_VERBS = new Set(['say', 'think', 'claim', 'believe', 'pretend', 'assume']);
/** How far before a claim about history a verb of saying makes it someone else's. */
const HISTORY_CLAIM_REACH = 3;
const RELATIVES = new Set(['who', 'that']);
const TOPIC_BEFORE = new Set(['of', 'about', 'against', 'towards', 'toward', 'on']);
/** "why dehumanising asylum seekers is dangerous": a group after a verb in -ing is its object, not the subject. */
const GERUND = /^[a-z]{3,}ing$/;
const THIRD_PARTY = new Set(['people', 'who', 'some', 'racists', 'others', 'many', 'someone', 'somebody', 'they', 'he', 'she']);

/** "the next kid I see": "I" opens a clause about the target, not the writer naming themself ("what an idiot I am"). */
function relativeClauseAfter(words: Word[], at: number, to: number): boolean {
  return words[at]!.w === 'i' && at + 1 < to && !SELF_COPULAS.has(words[at + 1]!.w);
}
const SELF_COPULAS = new Set(['am', 'was', 'have', 'had', 'be', 'lol', 'tbh', 'fr', 'honestly', 'swear']);

/** "far from": a denial in two words ("old people are far from useless"). */
const farFrom = (words: readonly Word[], at: number): boolean => words[at]?.w === 'from' && words[at - 1]?.w === 'far';

/** A negation in the four words before the match, in the same clause ("not gonna lie" is none). */
function negatedBefore(words: Word[], from: number, start: number): boolean {
  // "don't come tomorrow if you know what's good for you": the negation is in the clause before.
  if (CLAUSE_OPENERS.has(words[start]!.w)) return false;
  // "Nobody in our class thinks you're ugly", "I don't think you're ugly": the opinion's subject is nobody, a few words
  // back, or the verb itself is negated ("Don't you think …?" asks to agree: no negation).
  const opinion = words[start - 1]?.w === 'that' ? start - 2 : start - 1;
  if (opinion > from && OPINION_HOLDERS.has(words[opinion]!.w)) {
    const before = words[opinion - 1]?.w ?? '';
    if ((before === 'not' || before === 'never') && !ADDRESSED.has(words[opinion + 1]?.w ?? '')) return true;
    for (let index = Math.max(from, opinion - OPINION_HOLDER_REACH); index < opinion; index++) {
      const word = words[index]!.w;
      if (NOBODY.has(word) || (word === 'no' && words[index + 1]?.w === 'one')) return true;
    }
  }
  for (let index = Math.max(from, start - 4); index < start; index++) {
    if (!denies(words, index)) continue;
    const after = words.slice(index + 1, index + 4).map((word) => word.w).join(' ');
    // "if you don't send …": a condition that presses, not a negation.
    if (index >= 2 && words[index - 1]!.w === 'do' && ['you', 'u'].includes(words[index - 2]!.w)) continue;
    // "isn't it true that …", "wouldn't it be better …", "why don't you …": a question that asserts, no negation.
    if (/^(?:it (?:true|obvious|be)|you (?:think|agree|just|go))\b/.test(after) || (words[index - 2]?.w === 'why' && words[index - 1]?.w === 'do')) continue;
    // "I'm not racist but …", "no offence but …": "but" ends what the negation covers.
    if (words.slice(index + 1, start).some((word) => word.w === 'but')) continue;
    if (index === start - 1 || !/^(?:going to lie|gonna lie|to be rude|gonna lie)/.test(after)) return true;
  }
  return false;
}

const ATTACKS_KEPT_WHEN_FRIENDLY = new Set<Attack>(['vloeken', 'dreigen', 'dreigenGroep', 'doodswens', 'haatGroep', 'ontmenselijking', 'seksueel']);

/** The words of one English sentence, from compromise's terms, with slang and contractions expanded. */
function wordsOf(text: string, offset: number): Word[] {
  const { expand, vocabulary } = grammar();
  const words: Word[] = [];
  const json = englishLibraries().nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; post: string; pre: string; machine?: string; normal: string; offset: { start: number; length: number } }>;
  }>;
  for (const sentence of json) {
    sentence.terms.forEach((term, index) => {
      const raw = (term.machine ?? term.normal).toLowerCase();
      // "=" stands for "is" in "the new teacher = total retard": kept as a word of its own for the structures.
      let w = term.text === '=' ? '=' : raw.replace(/^[@#]+/, '').replace(/['’]/g, '').replace(/[^a-z0-9 ]/g, '');
      const leet = unLeet(term.text.toLowerCase(), vocabulary);
      if (leet) w = leet;
      w = w.replace(/([a-z])\1{2,}/g, '$1');
      let start = offset + term.offset.start;
      let end = start + term.offset.length;
      if (term.offset.length === 0 && words.length > 0) {
        start = words[words.length - 1]!.start;
        end = words[words.length - 1]!.end;
      }
      const brk = /[,;:()"“”—–]|\s-\s/.test(term.post) || /["“”(]/.test(term.pre);
      if (brk && words.length > 0 && /["“(]/.test(term.pre)) words[words.length - 1]!.brk = true;
      const mention = term.text.startsWith('@') && !leet;
      const capital = /^[A-Z][a-z]/.test(term.text);
      const nextWord = (sentence.terms[index + 1]?.normal ?? '').replace(/[^a-z]/g, '');
      // "Sanne is a snake"; not "Broccoli is vile": a word of the dictionary opening the sentence is a name only if it is a first name.
      const initialName = index === 0 && NAME_FOLLOWERS.has(nextWord) && (allFirstNames().has(w) || wordLanguage(w) === 'other');
      const lowerName = !capital && firstNames().has(w) && !KNOWN.has(w);
      const name = mention || lowerName || surnameAfterTitle(w, words) || (capital && (index > 0 || initialName || firstNames().has(w)) && !vocabulary.has(w) && !KNOWN.has(w));
      if (w === '') return;
      const parts = APOSTROPHE_LESS.has(w) && WORD_BEFORE_ILL_OR_ID.has(words[words.length - 1]?.w ?? '') ? [w] : (expand.get(w) ?? [w]);
      const demonym = capital && parts.length === 1 && w.length >= 6 && DEMONYM.test(w) && !vocabulary.has(w);
      parts.forEach((part, partIndex) =>
        words.push({ w: part, start, end, name: name && parts.length === 1 && !demonym, brk: brk && partIndex === parts.length - 1, demonym }),
      );
      // "he's", "she'd": compromise/one keeps one term; read the 's as "is" and the 'd as "would" after a
      // pronoun (for "that's", "what's" it adds the "is" itself).
      const contraction = /['’]([sd])$/i.exec(term.text)?.[1]?.toLowerCase();
      const base = contraction ? w.replace(contraction === 's' ? /s$/ : /d$/, '') : w;
      const isFollows = sentence.terms[index + 1]?.text === '' && sentence.terms[index + 1]?.machine === 'is';
      // After a name, 's is "is" when what follows reads as a predicate ("Emma's a loser", "sanne's not …").
      const nameIs = contraction === 's' && name && NAME_IS_FOLLOWERS.has((sentence.terms[index + 1]?.normal ?? '').replace(/[^a-z]/g, ''));
      if (contraction && (nameIs || (contraction === 's' ? S_IS : D_WOULD).has(base)) && !isFollows && words.length > 0) {
        const last = words[words.length - 1]!;
        if (!nameIs) last.w = base;
        words.push({ w: contraction === 's' ? 'is' : 'would', start: last.start, end: last.end, name: false, brk: last.brk, demonym: false });
        last.brk = false;
      }
    });
  }
  return mendSpelling(words, knownToClasses, attackWords(), (word) => text.slice(word.start - offset, word.end - offset).toLowerCase());
}

/** The words the classes know, as the spelling mender asks them. */
const knownToClasses = { has: (word: string) => grammar().vocabulary.has(word) || grammar().expand.has(word) };
/** The words a hidden or slipped word is mended into: the classes' words of three letters or more. */
const attackWords = lazily(() => new Set([...grammar().vocabulary].filter((word) => word.length >= 3)));

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '€': 'e' };

/**
 * A word typed with digits or symbols for letters ("k1ll", "r@ts", "st*pid", "@sshole"), read back to a
 * word the classes know; a star stands for any one letter. Undefined when it is not such a word.
 */
function unLeet(typed: string, vocabulary: Set<string>): string | undefined {
  const word = typed.replace(/['’.,!?;:]+$/g, '').replace(/^#/, '');
  if (!/[a-z]/.test(word) || !/[0-9@$!*€]/.test(word) || /^[0-9]+[a-z]{0,2}$/.test(word)) return undefined;
  const mapped = [...word].map((char) => LEET[char] ?? char).join('').replace(/([a-z])\1{2,}/g, '$1');
  const known = (candidate: string) => /^[a-z]+$/.test(candidate) && (vocabulary.has(candidate) || grammar().expand.has(candidate));
  if (!mapped.includes('*')) {
    if (known(mapped)) return mapped;
    // A 1 or ! stands for an l as often as for an i ("s1ut").
    const withL = [...word].map((char) => (char === '1' || char === '!' ? 'l' : (LEET[char] ?? char))).join('').replace(/([a-z])\1{2,}/g, '$1');
    return known(withL) ? withL : undefined;
  }
  if (!/^[a-z*]+$/.test(mapped)) return undefined;
  const pattern = new RegExp(`^${mapped.replace(/\*/g, '[a-z]')}$`);
  const matches = [...vocabulary].filter((known) => known.length === mapped.length && pattern.test(known));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The first names that are also a word, as namen.json stores them. */
const alsoWords = lazilyInSteps(() => decodeInSteps(nameData.alsoWords));

/** First names that are no common word: also a name when typed in lower case ("sanne is a snake"). */
const firstNames = lazilyInSteps(function* () {
  const { vocabulary } = parsed();
  const also = alsoWords();
  const names = new Set<string>();
  const pause = every(1000);
  for (const name of allFirstNames()) {
    if (!also.has(name) && !vocabulary.has(name)) names.add(name);
    if (pause()) yield;
  }
  for (const word of DATA.englishWordNames) names.delete(word);
  return names;
});

const DEMONYM = /^[a-z]+(?:ians|eans|ans|ese|is)$/;

/** Titles before a surname, and the particles a Dutch surname can start with ("mr de vries"). */
const titles = lazily(() => new Set(DATA.classes.TITLE!));
const SURNAME_PARTICLES = new Set(['de', 'van', 'der', 'den', 'ter', 'ten', 'von', 'le', 'la', 'el', 'al']);

/** A surname typed in lower case: an unknown word after a title and its particles ("mr bakker", "miss de jong"). */
function surnameAfterTitle(w: string, before: Word[]): boolean {
  if (!/^[a-z]{2,}$/.test(w) || SURNAME_PARTICLES.has(w) || KNOWN.has(w) || ENGLISH.has(w) || grammar().vocabulary.has(w)) return false;
  let index = before.length - 1;
  while (index >= 0 && SURNAME_PARTICLES.has(before[index]!.w)) index--;
  return index >= 0 && titles().has(before[index]!.w);
}

/** "ill" and "id" are "I'll" and "I'd" typed without the apostrophe, unless a word before makes them a word of their own ("feel ill", "your id"). */
const APOSTROPHE_LESS = new Set(['ill', 'id']);
const WORD_BEFORE_ILL_OR_ID = new Set(['is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'feel', 'feels', 'felt', 'feeling', 'look', 'looks', 'seem', 'seems', 'got', 'get', 'gets', 'getting', 'fell', 'so', 'very', 'really', 'mentally', 'terminally', 'seriously', 'critically', 'chronically', 'your', 'ur', 'my', 'his', 'her', 'their', 'our', 'the', 'a', 'an', 'student', 'school', 'photo', 'valid']);

const NAME_IS_FOLLOWERS = new Set(['not', 'so', 'such', 'a', 'an', 'always', 'never', 'literally', 'really', 'gonna', 'getting', 'being', 'too', 'just', 'actually', 'honestly', 'kinda', 'lowkey', 'going', 'dead', 'the']);
const D_WOULD = new Set(['he', 'she', 'you', 'u', 'they', 'we', 'it', 'who', 'that']);
const S_IS = new Set(['he', 'she', 'it', 'that', 'what', 'who', 'there', 'here', 'where', 'everyone', 'nobody', 'this']);
const NAME_FOLLOWERS = new Set(['is', 'was', 'has', 'looks', 'acts', 'sounds', 'should', 'needs', 'deserves', 'really', 'literally', 'just', 'always', 'never', 'smells', 'will', 'can', 'thinks', 'and', 'isnt', 'aint']);
const KNOWN = new Set(['i', 'omg', 'lol', 'lmao', 'ok', 'okay', 'yes', 'no', 'hey', 'hi', 'bro', 'please', 'pls', 'honestly', 'imagine', 'why', 'what', 'when', 'where', 'who', 'how']);

/** Words of two letters or more. */
const WORDS = /\p{L}{2,}/gu;

/** Where the text's quotation marks stand, each pair's opening then closing (rules/quotes.ts): odd counts before an offset are inside. */
function quoteMarks(text: string): number[] {
  return quotedStretches(text).flat();
}

/**
 * A quote of three characters or more with words outside it: someone else's words, commented on. One pass
 * over the text (a regular expression with ".*" around the quote took cubic time on a long word).
 */
function isCommentedQuote(text: string, marks: readonly number[]): boolean {
  if (marks.length < 2) return false;
  // Where the first word ends and the last one starts: a word lies before `open` or after `close`.
  let firstWordEnd = Infinity;
  let lastWordStart = -1;
  for (const word of text.matchAll(WORDS)) {
    firstWordEnd = Math.min(firstWordEnd, word.index + word[0].length);
    lastWordStart = word.index;
  }
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const open = marks[i]!;
    const close = marks[i + 1]!;
    if (close - open > 3 && (firstWordEnd <= open || lastWordStart > close)) return true;
  }
  return false;
}

/**
 * The English abuse in a text: one finding per matched structure (overlapping ones are left for the
 * engine to merge). A text with no English sentence costs only the language check.
 */
export function analyseEnglish(text: string): EnglishFinding[] {
  const english = englishSentences(text);
  if (english.length === 0) return [];
  const { guards } = grammar();
  // A report, a condemnation or a story frames its own sentence and the ones beside it, not the whole text; a
  // condemnation not even those when they speak in the writer's own voice.
  const condemned = withinReach(english.map((sentence) => guards.counter!.test(sentence.text)), CONDEMNATION_REACH);
  const story = english.map((sentence) => guards.news!.test(sentence.text));
  const sport = guards.sport!.test(text);
  const friendly = guards.friendly!.test(text) || guards.self!.test(text);
  const light = friendly || guards.light!.test(text);
  const quotes = quoteMarks(text);
  const sentenceWords = english.map((sentence) => wordsOf(sentence.text, sentence.start));
  animalsAsIt(sentenceWords);
  dykesAsPlaces(sentenceWords);
  const writerSelf = sentenceWords.some((words) => words.some((word) => FIRST_PERSON.has(word.w)));
  const textGuards: TextGuards = { commented: isCommentedQuote(text, quotes), sport, friendly, light, quotes, writerSelf, lustful: LUST_EMOJI.test(text), sinister: SINISTER.test(text), mocking: MOCKING.test(text) || TAKE_THE_L.test(text), pickup: PICKUP.test(text), hazardOrErrand: HAZARD.test(text) || ERRAND.test(text), laughing: JOKING.test(text) && !ARMED.test(text), pettySentence: false, historyOnly: false, caring: CONCERN.test(text) };
  const findings: EnglishFinding[] = [];
  groupInText = sentenceWords.some((words) => mentionsGroup(words));
  for (const [at, words] of sentenceWords.entries()) {
    // A story word frames its own sentence; the ones beside it only when they are not in the writer's own voice. A
    // sentence of history is still read for what is said of history itself ("the holocaust never happened").
    const ownVoice = inOwnVoice(words, english[at]!.text);
    if (condemned[at] && !ownVoice) continue;
    // A news word in a sentence that calls someone named or spoken of by their role something ("Minister Fairbank is a
    // weasel who would sell his grandmother for a good headline") tells no story: the writer says it.
    textGuards.historyOnly = (story[at] === true && !callsSomeoneByName(words, english[at]!.text)) || ((story[at - 1] === true || story[at + 1] === true) && !ownVoice);
    textGuards.pettySentence = textGuards.laughing && words.some((word) => TRIVIAL.test(word.w));
    let clauseStart = 0;
    for (let index = 0; index < words.length; index++) {
      if (!words[index]!.brk && index < words.length - 1) continue;
      analyseClause(words, clauseStart, index + 1, textGuards, findings);
      clauseStart = index + 1;
    }
  }
  // A veiled threat from signs spread over the post, when no structure found one and nothing makes it play, care or an errand.
  // Read over every sentence of the post: a sign may be a word too short to say its language ("… Interesting.").
  const calm = textGuards.friendly || textGuards.laughing || textGuards.sport || textGuards.hazardOrErrand || textGuards.caring;
  // The post's sentences, each marked when a report, a condemnation or the news stands within a sentence of it.
  const all = sentences(text);
  const counter = all.map((sentence) => guards.counter!.test(sentence.text));
  const condemnedNear = withinReach(counter, 1);
  const told = withinReach(all.map((sentence, at) => counter[at]! || guards.news!.test(sentence.text)), 1);
  const postSentences = all.map((sentence, at) => ({ ...sentence, toldOf: told[at]! }));
  if (!calm && !findings.some((finding) => finding.attack === 'dreigen')) {
    const menace = veiledMenace(postSentences);
    if (menace) findings.push({ attack: 'dreigen', ...menace, pattern: 'veiled-menace' });
  }
  // Watching, counting, coming back after a block: stalking, whatever the tone (a stalker writes "babe" and "haha" too).
  const stalked = stalkingIn(postSentences);
  if (stalked) findings.push({ attack: 'stalken', ...stalked, pattern: 'stalking' });
  // Someone's address or plate put before others with "you know what to do": a call to go after them.
  // A news word ("that article she wrote") is often why: only a condemnation tells of it.
  const exposed = whereaboutsExposed(all.map((sentence, at) => ({ ...sentence, toldOf: condemnedNear[at]! })));
  if (exposed && !findings.some((finding) => finding.attack === 'oproep')) findings.push({ attack: 'oproep', ...exposed, pattern: 'whereabouts' });
  // A monkey or an ape as emoji aimed at someone's origin or skin, or with a banana at someone (menace-signs.ts).
  if (APE_EMOJI.test(text) && !findings.some((finding) => finding.attack === 'ontmenselijking')) {
    const ape = all.find((sentence) => APE_EMOJI.test(sentence.text) && (ORIGIN.test(sentence.text) || FROM_A_COUNTRY.test(sentence.text) || (BANANA_EMOJI.test(sentence.text) && AIMED_AT.test(sentence.text))) && !guards.counter!.test(sentence.text) && !guards.news!.test(sentence.text));
    if (ape) findings.push({ attack: 'ontmenselijking', start: ape.start, end: ape.end, pattern: 'ape-emoji' });
  }
  if (!textGuards.friendly && !textGuards.laughing && !findings.some((finding) => finding.attack === 'buitensluiten')) {
    const lie = keptOutByALie(text);
    if (lie && !condemned.some(Boolean)) findings.push({ attack: 'buitensluiten', ...lie, pattern: 'kept-out-by-a-lie' });
  }
  return findings;
}

/** Origin or skin beside an ape emoji: "black people 🐵", "the new kid from Ghana 🐒". */
const ORIGIN = /\b(?:black|blacks|african|africans|dark[- ]skinned|brown|nigerian|ghanaian|somali|surinamese|moroccan|turkish|arab|arabs|asian|chinese|immigrants?|refugees?|muslims?)\b/i;
const FROM_A_COUNTRY = /\bfrom [A-Z][a-z]+/;
/** Someone the banana and the ape are aimed at. */
const AIMED_AT = /\b(?:you|u|ur|your|he|she|him|her)\b|@\w|\b[A-Z][a-z]+\b/;
/** How many sentences from a condemnation its frame reaches (a report of a few lines: "… It's cruel and it's being reported."). */
const CONDEMNATION_REACH = 3;
/** Per sentence: does one of `marked` stand within `reach` sentences of it? Two passes, whatever the number. */
function withinReach(marked: readonly boolean[], reach: number): boolean[] {
  const near = new Array<boolean>(marked.length).fill(false);
  for (let at = 0, last = -Infinity; at < marked.length; at++) {
    if (marked[at]) last = at;
    near[at] = at - last <= reach;
  }
  for (let at = marked.length - 1, next = Infinity; at >= 0; at--) {
    if (marked[at]) next = at;
    near[at] ||= next - at <= reach;
  }
  return near;
}
/** The one addressed, as English chats write it. */
const YOU_WORDS = new Set(['you', 'u', 'ur', 'youre', 'ya', 'yall', 'your']);
/** Orders that open a sentence: said to someone whatever stands beside them ("kys … reported"). */
const ORDERS = new Set(['kys', 'go', 'die', 'kill', 'shut', 'get', 'stfu', 'jump', 'hang', 'drink', 'send']);
/**
 * Said in the writer's own voice: to someone ("you …", an order) or about a group named, and nobody else's words
 * (no "said", "wrote", "called"), no condition, no question, no denial. A condemnation or a story word beside such a
 * sentence ("… reported", "… that's racist", "… in the game") does not make it a report: "i will kill you after school
 * reported" is still a threat. A report says whose words they were ("he said …", quotes), support speaks in conditions
 * ("if someone tells you …").
 */
function inOwnVoice(words: readonly Word[], sentence: string): boolean {
  // Quoted words are mentioned ("stop sending those 'you should die' notes"); so are words someone else sent or said
  // ("someone commented you're so ugly", "she was like ur so ugly").
  if (words.length === 0 || sentence.trimEnd().endsWith('?') || quotedStretches(sentence).length > 0) return false;
  if (words.some((word, index) => REPORTING.has(word.w) || PASSED_ON.has(word.w) || CONDITIONS.has(word.w) || (word.w === 'like' && QUOTING_LIKE.has(words[index - 1]?.w ?? '')) || (CLAIM_NOUNS.has(word.w) && words[index + 1]?.w === 'that'))) return false;
  // "just kys", "pls die": an order after a word or two of its own.
  if (words.slice(0, 3).some((word) => ORDERS.has(word.w))) return true;
  // "nobody likes you", "no one cares about u": what nobody feels for someone is said to them.
  if (NOBODY_WORDS.has(words[0]!.w) && words.some((word) => YOU_WORDS.has(word.w))) return true;
  // "you are not fat" denies; the "not" of "not ok" is the condemnation.
  if (words.some((word, index) => NEGATIONS.has(word.w) && !CONDEMNED.has(words[index + 1]?.w ?? ''))) return false;
  // "all muslims are rats": a group called something ("hating Muslims is wrong" calls the hating).
  return words.some((word, index) => YOU_WORDS.has(word.w) || (GROUP_COPULAS.has(word.w) && index > 0 && mentionsGroup(words.slice(index - 1, index) as Word[])));
}
/** Someone named, titled or spoken of by their role, then "is" or "was", in the writer's own words (nothing reported or quoted). */
function callsSomeoneByName(words: readonly Word[], sentence: string): boolean {
  if (quotedStretches(sentence).length > 0 || sentence.trimEnd().endsWith('?')) return false;
  if (words.some((word) => REPORTING.has(word.w) || PASSED_ON.has(word.w) || CLAIM_NOUNS.has(word.w))) return false;
  return words.some((word, index) => (word.name || personNouns().has(word.w)) && NAMED_COPULAS.has(words[index + 1]?.w ?? '') && !titles().has(word.w));
}
const NAMED_COPULAS = new Set(['is', 'was']);
/** Verbs of passing words on: what follows is someone else's message. */
const PASSED_ON = new Set(['commented', 'comments', 'replied', 'replies', 'sent', 'sends', 'messaged', 'posted', 'posts', 'tweeted', 'dmd', 'dmed', 'texting', 'put']);
/** "she was like …", "he's like …": quoting. */
const QUOTING_LIKE = new Set(['was', 'is', 'were', 'hes', 'shes', 'theyre', 'im']);
const NOBODY_WORDS = new Set(['nobody', 'noone', 'no']);
/** "the idea that …", "the stereotype that …": a claim put up to be judged, not said. */
const CLAIM_NOUNS = new Set(['idea', 'claim', 'belief', 'stereotype', 'myth', 'notion', 'thought', 'lie', 'assumption', 'prejudice']);
const GROUP_COPULAS = new Set(['are', 'r', 'were']);
const CONDEMNED = new Set(['ok', 'okay', 'cool', 'acceptable', 'funny', 'fine', 'normal']);

const ANIMAL_PRONOUNS = new Map([
  ['he', 'it'],
  ['she', 'it'],
  ['him', 'it'],
  ['her', 'its'],
  ['his', 'its'],
]);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'like']);
const animals = lazily(() => new Set(DATA.classes.ANIMAL!));
const personNouns = lazily(() => new Set(DATA.classes.PERSONN!.filter((word) => /^[a-z]+$/.test(word))));

/**
 * "hamster update: he's fat", "our cat? she's so ugly it's cute": he and she after an animal, with no person
 * named since (nor before it in its sentence), are the animal, read as "it". An animal someone is called ("he's a
 * pig") is no such animal.
 */
function animalsAsIt(sentences: Word[][]): void {
  let animal = false;
  for (const words of sentences) {
    // "Sanne has a dog and she …": a person named before the animal in its sentence stays who "she" is.
    let person = false;
    words.forEach((word, index) => {
      if (word.name || personNouns().has(word.w)) animal = false;
      if (word.name || personNouns().has(word.w)) person = true;
      else if (animals().has(word.w) && !COPULAS.has(words[index - 1]?.w ?? '') && !COPULAS.has(words[index - 2]?.w ?? '')) animal = !person;
      else if (animal && ANIMAL_PRONOUNS.has(word.w)) word.w = ANIMAL_PRONOUNS.get(word.w)!;
    });
  }
}

const PLACE_PREPOSITIONS = new Set(['along', 'on', 'over', 'across', 'near', 'by', 'to', 'at', 'behind', 'past', 'from', 'onto', 'up', 'down']);
/** "we cycled along the dyke": after a preposition of place and "the", a dyke is the Dutch dike, not a slur. */
function dykesAsPlaces(sentences: Word[][]): void {
  for (const words of sentences) {
    words.forEach((word, index) => {
      if ((word.w === 'dyke' || word.w === 'dykes') && words[index - 1]?.w === 'the' && PLACE_PREPOSITIONS.has(words[index - 2]?.w ?? '')) word.w = 'dike';
    });
  }
}

/**
 * Does this stretch help, advise with a way forward, include someone or defend a group (the second reader leaves such
 * English to the rules, as it leaves Dutch with the grammar's words of report and fondness)? Not the rules' own
 * guards of counter-speech and stories: those hold words ("everyone should", "arrested", "tell your parents") that
 * abuse uses too, and the rules read them with a check of whose voice it is. Not praise: mock praise is a put-down.
 */
export function englishFramed(text: string): boolean {
  return SUPPORT.test(text);
}
/** Help asked or offered, advice with a way forward, someone included, a group defended. */
const SUPPORT = /\b(?:want me to|i'?ll (?:come|go) with (?:you|u)|let'?s make a plan|what (?:should|can|do) i do|how (?:do|can) i help|is (?:it|this|that) bullying|maybe (?:give|add|shorten) |make sure (?:she|he|they) (?:sits?|joins?)|deserves? (?:better|a seat|to feel safe|respect)|everyone deserves|should be ashamed|come (?:try|join)|nobody cared|far from|(?:are|is) (?:not|n'?t) (?:criminals|bugs|robots|animals|a disease|bad parenting))\b/i;

/** A word the classes and structures know, in lower case as typed. */
export function englishKnows(word: string): boolean {
  return grammar().vocabulary.has(word) || grammar().expand.has(word);
}

const GROUP: Alt = { kind: 'class', name: 'GROUP', id: CLASS_IDS.get('GROUP')! };

const SLUR: Alt = { kind: 'class', name: 'SLUR', id: CLASS_IDS.get('SLUR')! };

/** "… deserve to be beaten": what a group is said not to deserve is harm, so the denial protects it. */
function deniesHarm(words: Word[], end: number, to: number): boolean {
  const next = words[end]?.w;
  const after = words[end + 1]?.w;
  if (end + 2 >= to || next !== 'to' || (after !== 'be' && after !== 'get')) return false;
  return PUNISHED().has(words[end + 2]?.w ?? '');
}
const PUNISHED = lazily(() => new Set([...DATA.classes.PUNISHPP!, ...DATA.classes.VIOLENTPP!].filter((word) => /^[a-z]+$/.test(word))));
/** "any more than", "no more than", "just as much as": the group measured like anyone else. */
function equalises(words: Word[], from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) {
    if ((words[i]!.w === 'any' || words[i]!.w === 'no') && words[i + 1]!.w === 'more' && words[i + 2]!.w === 'than') return true;
    if (words[i]!.w === 'as' && words[i + 1]!.w === 'much' && words[i + 2]!.w === 'as') return true;
  }
  return false;
}

/** The match begins with the group or slur it is about, rather than with what someone does to one. */
function startsWithTarget(words: Word[], start: number, to: number): boolean {
  return matchAlt(GROUP, words, start, to).length > 0 || matchAlt(SLUR, words, start, to).length > 0;
}

/** People words, the writer included, that a group may be set beside without mocking it. */
const PEOPLE_BESIDE = new Set(['me', 'i', 'us', 'we', 'them', 'boys', 'girls', 'men', 'women', 'friends', 'family', 'kids']);
/** Whether a group or a person stands after the first word in [from, to). */
function pairsPeople(words: Word[], from: number, to: number): boolean {
  for (let pos = from + 1; pos < to && !MOCK_CLOSES.has(words[pos]!.w); pos++) if (PEOPLE_BESIDE.has(words[pos]!.w) || matchAlt(GROUP, words, pos, to).length > 0) return true;
  return false;
}
/** Where the mock starts: the part set beside the group ends there. */
const MOCK_CLOSES = new Set(['lol', 'lmao', 'lmfao', 'haha', 'sure', 'yeah', 'as', 'good', 'tell', 'never', 'funny']);

/** Whether some clause of the text names a protected group (then "they" can stand for it). */
function mentionsGroup(words: Word[]): boolean {
  classMemo = new Map();
  seqMemo = new Map();
  clauseFrom = 0;
  for (let pos = 0; pos < words.length; pos++) if (matchAlt(GROUP, words, pos, words.length).length > 0) return true;
  return false;
}

const LUST_EMOJI = /[🤤😏😈🍆🍑💦👅🥵😜😉]/u;
/** Signs that a mention of someone's route, family, pet or house menaces: a closing line or a smile that is none. */
const SINISTER = /\b(?:just sayin[g']?|just saying tho|noted|remember that|remember this|that'?s all i'?m saying|while (?:u|you) still can|this (?:is not|isn'?t|aint) over|just so (?:u|you) know|say hi (?:from me|for me)|lol|would be a shame|be a shame|be sad|shame if|no offense|anyway|right\?|friendly advice|just a tip|just some advice|random fact|come alone|think (?:about that|very carefully|carefully)|you know why|mark my words|if (?:u|you) know what'?s good for (?:u|you)|for (?:ur|your) own (?:safety|good)|(?:we'?re|i'?m) patient)|[🙂😈👀😇🔒🔪🤷😏]/iu;

/** Signs that a call to comment or post mocks: a clown or vomit, "who asked", an L, the meanest reply, "go back". */
const MOCKING = /[🤡🤮🐷💩💀]|\b(?:who asked|ratio|meanest|ugl(?:y|iest)|cringe\w*|clowns?|losers?|go back|boo+|laugh(?:ing)? at|lmao|ew+)\b/iu;
/** "type L in chat": a capital L on its own (not the "ll" of "she'll"). */
const TAKE_THE_L = /(?<![\w'])L+(?![\w'])/u;

/** A time or an errand that makes "I'll come get you" a pick-up: "at 8", "at half 9", "after your dentist appointment". */
const PICKUP = /\b(?:at|around|by)\s+(?:\d{1,2}(?:[:.]\d{2})?|half\s+\d{1,2}|noon|lunch|break|recess)\b|\b(?:appointment|dentist|doctor|airport|station|be ready|text me when|where do (?:u|you) sit)\b/i;
const PICKUP_VERBS = new Set(['get', 'come', 'pick', 'fetch', 'collect']);
/** Something on the way that a warning is about: "watch your back on the bike path, there's ice". */
const HAZARD = /\b(?:ice|icy|slippery|wet floor|floor is wet|black ice|broken glass|roadworks|storm|traffic|parking (?:lot|space|garage)|revers(?:e|ing) out|kids are coming out)\b/i;
/** A small thing fought over ("my last stroopwafel", "the charger", spoilers) or a small slip (a meme in the wrong chat, a thing forgotten) … */
const TRIVIAL = /\b(?:fries|chips|snacks?|stroopwafels?|candy|sweets|cookies?|pizza|(?:my|the) food|charger|hoodie|spoil\w*|the ending|(?:my|the) last (?:one|piece|slice|bite)|memes?|(?:the )?wrong (?:group|chat)|(?:class|group) (?:group|chat)|groupchat|tagged me|forgot (?:my|to))\b/i;
/** … with a laugh or love beside it: a threat over it in the same sentence is play ("i will end you if u eat my fries 😂"), as the grammar's 'overdreven'. */
const JOKING = /[😂🤣😭😜]|\b(?:lol|lmao|haha\w*|jk|love (?:u|you)|ily)\b/iu;
/** Asking after someone's health. */
const CONCERN = /\b(?:are (?:you|u) (?:ok|okay|alright|feeling (?:ok|okay|better|alright|sick))|(?:you|u) (?:ok|okay)\?|feel better soon|get well soon|hope (?:you|u)(?:'?re| are) (?:ok|okay|feeling better))/i;
/** A knife or a gun is no play, laughed at or not. */
const ARMED = /\b(?:stab\w*|shoot\w*|shot|knife|knives|gun|guns|shank\w*)\b/i;
/** A kind errand or reassurance beside it: "i know where u live, expect soup", "… so I'll save you a seat", "don't worry, we'll clean it together". */
const ERRAND = /\b(?:soup|snacks|cake|cookies|brownies|(?:the|your|ur) notes|get well|(?:drop|dropping|bring|bringing|return|returning) (?:off |back )?(?:your|ur) (?:homework|notes|books?|bag|jacket|phone|charger|keys)|(?:a|the) (?:\w+ )?(?:hug|high five|high-five)|(?:walk|bike|cycle|go|ride|drive)\w* (?:home |there |back )?together|save (?:you|u|ya) a (?:seat|spot|place)|(?:clean|fix|sort) (?:it|this|that) (?:up )?together|put (?:your|ur) name on it|don'?t worry|no worries)\b/i;

interface TextGuards {
  /** The text quotes someone and says something of its own beside the quote. */
  commented: boolean;
  sport: boolean;
  friendly: boolean;
  light: boolean;
  /** Where the text's quotation marks stand, in order. */
  quotes: number[];
  /** The writer speaks of themself somewhere in the text (I, me, my). */
  writerSelf: boolean;
  /** The text names a time or errand of a pick-up (see PICKUP). */
  pickup: boolean;
  /** The sentence read now is one of history, news or a story: only structures about history itself are read (set per sentence). */
  historyOnly: boolean;
  /** The text names a hazard on the way or a kind errand (see HAZARD, ERRAND). */
  hazardOrErrand: boolean;
  /** A laugh or love in the text and no weapon (see JOKING, ARMED): a threat over a small thing is play. */
  laughing: boolean;
  /** Laughing, and the sentence read now names a small thing fought over (see TRIVIAL): set once per sentence. */
  pettySentence: boolean;
  /** The text holds an emoji of lust (🤤 😏 😈 🍆 🍑 💦 👅 🥵 😜 😉): a remark about a body or clothes is sexual. */
  lustful: boolean;
  /** The text closes with menace ("just saying", "noted", "while u still can", 🙂 👀 😈): see SINISTER. */
  sinister: boolean;
  /** The text mocks (🤡 🤮, "who asked", "meanest", "cringe", "go back"): see MOCKING. */
  mocking: boolean;
  /** The text asks after someone's health ("are you ok?", "get well soon"): a remark on how they look is concern. */
  caring: boolean;
}

/** Inside quotation marks: an odd number of them before the offset (found by halving, not by counting). */
function quoted(quotes: number[], offset: number): boolean {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (quotes[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low % 2 === 1;
}

/** The structures that can start at this word, in the order of the data file. */
function candidatesAt(word: Word, byFirst: Map<string, Pattern[]>, nameStart: Pattern[], anyStart: Pattern[]): Pattern[] {
  const byWord = byFirst.get(word.w) ?? NO_PATTERNS;
  const byName = word.name || word.demonym ? nameStart : NO_PATTERNS;
  if (anyStart.length === 0 && (byName.length === 0 || byWord.length === 0)) return byName.length === 0 ? byWord : byName;
  return [...new Set([...byWord, ...byName, ...anyStart])].sort((a, b) => a.order - b.order);
}
const NO_PATTERNS: Pattern[] = [];
const NO_NEEDS: number[] = [];
/** Starting words per block of a long clause (see `analyseClause`). */
const BLOCK_WORDS = 32;

function analyseClause(words: Word[], from: number, to: number, text: TextGuards, findings: EnglishFinding[]): void {
  classMemo = new Map();
  seqMemo = new Map();
  clauseFrom = from;
  const { byFirst, nameStart, anyStart, needsByWord, needsByName, needCount, span } = grammar();
  // Which required elements can start in reach of a block of starting words (the block and the span of
  // the longest structure after it): a structure missing one is not tried. A long clause (a list of names,
  // a paste without commas) is read a block at a time, so far-off words do not make every structure worth a try.
  const met = new Uint8Array(needCount);
  let blockEnd = from;
  let coveredTo = -1;
  for (let start = from; start < to; start++) {
    if (start >= blockEnd) {
      // Without a bound on the span (a class that contains itself), one block: the whole clause.
      blockEnd = Number.isFinite(span) ? start + BLOCK_WORDS : to;
      met.fill(0);
      let nameSeen = false;
      for (let pos = start, reach = Math.min(to, blockEnd + span); pos < reach; pos++) {
        const word = words[pos]!;
        for (const need of needsByWord.get(word.w) ?? NO_NEEDS) met[need] = 1;
        if (word.name || word.demonym) nameSeen = true;
      }
      if (nameSeen) for (const need of needsByName) met[need] = 1;
    }
    const word = words[start]!;
    // In the order of the data file: the first structure to cover a stretch names it.
    for (const pattern of candidatesAt(word, byFirst, nameStart, anyStart)) {
      if (pattern.sport && text.sport) continue;
      if (text.friendly && !ATTACKS_KEPT_WHEN_FRIENDLY.has(pattern.attack)) continue;
      if (pattern.weak && text.light) continue;
      if (pattern.grouped && !groupInText) continue;
      if (pattern.aimed && text.writerSelf) continue;
      if (pattern.lustful && !text.lustful) continue;
      if (text.pettySentence && pattern.attack === 'dreigen') continue;
      if (pattern.sinister && !text.sinister) continue;
      if (pattern.mocking && !text.mocking) continue;
      if (text.historyOnly && !pattern.history) continue;
      // "you look so pale today, are you ok?": how someone looks, asked after with care (insults stay insults).
      if (pattern.attack === 'lichaam' && text.caring && !text.mocking) continue;
      if (!pattern.needs.every((need) => met[need] === 1)) continue;
      let end = -1;
      for (const next of matchSeq(pattern.seq, 0, words, start, to)) if (next > end) end = next;
      if (end <= start || end <= coveredTo) continue;
      if (negatedBefore(words, from, start)) continue;
      // "if Daan is a loser, then …": a condition, not a claim (threats keep theirs: "if you tell, I'll …").
      if (CLAIMS.has(pattern.attack) && words.slice(Math.max(from, start - 3), start).some((word) => CONDITIONS.has(word.w))) continue;
      if (pattern.loose && words.slice(start, end).some((word, index) => denies(words, start + index) || LOOSE_STOPS.has(word.w) || REPORTING.has(word.w) || farFrom(words, start + index))) continue;
      // "the girl who said she is ugly": the attack is that person's words, reported.
      if (words.slice(start + 1, end - 1).some((word, index) => RELATIVES.has(word.w) && REPORTING.has(words[start + index + 2]!.w))) continue;
      // The writer about themself: "what an idiot I am", "such a loser lol me".
      if (end < to && SELF.has(words[end]!.w) && !relativeClauseAfter(words, end, to)) continue;
      const before = start > from ? words[start - 1]!.w : '';
      // Reported or quoted: "she said watch your back", "people who hate Muslims".
      if (REPORTING.has(before)) continue;
      // "why people say trans people are sick": what others say or think, not the writer's claim.
      if (start - 2 >= from && OPINION_VERBS.has(before) && THIRD_PARTY.has(words[start - 2]!.w)) continue;
      // "people who say the holocaust never happened …": a claim about history, said by others.
      if (pattern.history && words.slice(Math.max(from, start - HISTORY_CLAIM_REACH), start).some((word) => OPINION_VERBS.has(word.w) || REPORTING.has(word.w))) continue;
      // ("some kike bought the house": "some" is a determiner of the target, not someone else speaking.)
      if (THIRD_PARTY.has(before) && (pattern.attack === 'haatGroep' || pattern.attack === 'ontmenselijking') && !startsWithTarget(words, start, to)) continue;
      // "making fun of disabled people is cruel": the group after "of" or "about" is what is spoken of, not the subject.
      if ((pattern.attack === 'haatGroep' || pattern.attack === 'ontmenselijking') && (TOPIC_BEFORE.has(before) || GERUND.test(before)) && startsWithTarget(words, start, to)) continue;
      // Quoted, with words of the writer's own around the quote: someone else's words, reported.
      if ((pattern.weak || text.commented) && quoted(text.quotes, words[start]!.start + 1)) continue;
      // "Gays don't deserve to be beaten", "women don't belong in the kitchen any more than men do": harm
      // denied, or a comparison that makes the group like everyone.
      if (pattern.attack === 'haatGroep' && (deniesHarm(words, end, to) || equalises(words, from, to))) continue;
      // "I'll come get you at 8", "… after your dentist appointment": a pick-up; "watch ur back, there's ice": a hazard;
      // "i know where u live, expect soup": an errand.
      if (pattern.attack === 'dreigen' && ((text.pickup && words.slice(start, end).some((word) => PICKUP_VERBS.has(word.w))) || (pattern.weak && text.hazardOrErrand))) continue;
      // "Moroccans and Turks lol", "girls and boys lol": people beside people, no one mocked for a thing.
      if (pattern.pairing && pairsPeople(words, start + 1, end)) continue;
      // "stop forwarding the video of Stijn": told to stop, not doing it.
      if (start > from && words[start - 1]!.w === 'stop' && /ing$/.test(words[start]!.w)) continue;
      // "don't invite him yet": put off, not shut out.
      if (pattern.attack === 'buitensluiten' && end < to && words[end]!.w === 'yet') continue;
      // "what a clown of a timetable": the insult is about a thing.
      if (pattern.attack === 'uitschelden' && end + 2 < to && words[end]!.w === 'of' && OBJECTS().has(words[end + 2]!.w)) continue;
      findings.push({ attack: pattern.attack, start: words[start]!.start, end: words[end - 1]!.end, pattern: pattern.id });
      coveredTo = end;
    }
  }
}

/**
 * Posts that take the reading through its structures, guards and names, so their loops are compiled
 * before a pupil's first English post is read (each one warm-up step).
 */
const WARM_UP_TEXTS = [
  'you are such a loser',
  "I'm going to beat you up after school.",
  'Nobody likes you, just leave the group chat.',
  'Sanne is a snake',
  'those immigrants are rats, they should all be deported.',
  'kys lol 😂',
  'Good luck with your exam tomorrow!',
  'That party was "so much fun", thanks for inviting me, Mr. Smith.',
];

/** What the reading builds on first use, a step each, then the warm-up posts. */
const WARM_UP_STEPS: readonly WarmUpStep[] = [
  vocabulary,
  classSeqs,
  parsed,
  classFirsts,
  patternIndex,
  allFirstNames,
  alsoWords,
  languageWords,
  firstNames,
  attackWords,
  titles,
  animals,
  personNouns,
  PUNISHED,
  // Each guard's regular expression is compiled on its first use, one a step.
  ...Object.keys(DATA.guards).map((name) => () => parsed().guards[name]!.test(WARM_UP_TEXTS[0]!)),
  // Each text read into words first (compromise, the spelling), then analysed: the first runs compile the code.
  ...WARM_UP_TEXTS.flatMap((text) => [() => wordsOf(text, 0), () => analyseEnglish(text)]),
];

let warmedSteps = 0;

/**
 * Runs warm-up steps while `timeLeft()` (a big list stops halfway and goes on next time): the content script
 * gives it a few milliseconds a task before it reads a post. True while steps are left.
 */
export function warmUpEnglish(timeLeft: () => boolean): boolean {
  warmedSteps = warmUpWhile(WARM_UP_STEPS, warmedSteps, timeLeft);
  return warmedSteps < WARM_UP_STEPS.length;
}

/** Every warm-up step has run: reading a short post builds nothing. */
export const englishWarmedUp = (): boolean => warmedSteps >= WARM_UP_STEPS.length;

import data from '../data/scheldwoorden.json';
import loanwords from '../data/leenwoorden.json';
import notMisspelt from '../data/geen-spelfout.json';
import { decodeTextInSteps } from '../front-coding';
import type { TextDocument } from '../document';
import { isWordCut, normalise, readingsOfTerm, skeletonOf, type Token } from '../normalise/pipeline';
import { isInnocentName, isInnocentRealWord, isKnownWord } from '../normalise/vocabulary';
import { every, lazilyInSteps } from '../lazy';

export type LexiconKind = 'vloek' | 'scheldwoord' | 'discriminatie' | 'bedreiging' | 'seksueel' | 'pesten';
type MatchMode = 'word' | 'prefix' | 'suffix' | 'affix' | 'exact' | 'phrase';

interface LexiconEntry {
  /** Stable key, kept when the list is reordered or a term's spelling is fixed (patterns have one too). */
  id: string;
  term: string;
  kind: LexiconKind;
  sureness: 0 | 1 | 2;
  match: MatchMode;
  allow?: string[];
  allowContext?: string[];
  literalAfter?: string[];
  /** Words right after the term that make it literal ("tyfus is een ziekte"). */
  literalBefore?: string[];
  alone?: boolean;
  /** False when the plural or diminutive is another word (eikels are acorns). */
  inflect?: boolean;
  /** Only an insult when aimed at someone or with an insulting word before it ("jij aap", "vieze homo"). */
  needsTarget?: boolean;
  /** Also the name of a people ("de Mongolen"): its plural, capitalised inside a sentence, names them. */
  people?: boolean;
  /**
   * A loanword (rules/data/leenwoorden.json): its English word classes. The English analysis owns it in a
   * stretch that is surely English; this list reads it elsewhere.
   */
  english?: string[];
}

interface CompiledEntry {
  entry: LexiconEntry;
  /** Skeletons of the term's words (one for all but phrases). */
  keys: string[];
  /** Allowed words, folded but not collapsed ("negeer" is a word; "neeeger" is not). */
  allowFolded: string[];
  /** Allowed compounds by skeleton, when longer than the term ("kankeronderzoek"). */
  allowKeys: string[];
  allowContext: string[];
  literalAfter: Set<string>;
  literalBefore: Set<string>;
}

export interface LexiconHit {
  entry: LexiconEntry;
  /** The token (or first token) was written between quotes: talk about the word, not use of it. */
  quoted?: boolean;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entries: CompiledEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

function skeletons(text: string): string[] {
  return normalise(text).tokens.map((token) => token.skeleton);
}

function insert(root: TrieNode, key: string, entry: CompiledEntry, reversed: boolean): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(reversed ? key.length - 1 - i : i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = newNode()));
    node = child;
  }
  node.entries.push(entry);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The word lists compiled once into lookups over token skeletons: whole words and abbreviations by
 * hash, compounds through a prefix trie and a suffix trie, phrases by their first word. The lists go
 * through the same normalisation as the text, so "k4nk3rrr" and "kanker" meet as "kanker".
 */
class Lexicon {
  private readonly words = new Map<string, CompiledEntry[]>();
  private readonly exact = new Map<string, CompiledEntry[]>();
  private readonly phrases = new Map<string, CompiledEntry[]>();
  private readonly prefixes = newNode();
  /** Sure words with two neighbouring letters swapped (kakner) or, if long, one dropped (klootzk): typos on purpose. */
  private readonly swaps = new Map<string, CompiledEntry[]>();
  private readonly suffixes = newNode();
  /** Sure words by their consonants alone ("knkr", "mngl"): a word typed without vowels hides on purpose. */
  private readonly consonants = new Map<string, CompiledEntry[]>();

  /** Built in pieces (see lazilyInSteps): `lexicon` below. */
  static *inSteps(entries: readonly LexiconEntry[]): Generator<void, Lexicon, void> {
    const lexicon = new Lexicon();
    const pause = every(30);
    for (const entry of entries) {
      lexicon.add(entry);
      if (pause()) yield;
    }
    return lexicon;
  }

  private add(entry: LexiconEntry): void {
    const compiled: CompiledEntry = {
      entry,
      keys: entry.match === 'exact' ? [normalise(entry.term).folded] : skeletons(entry.term),
      allowFolded: (entry.allow ?? []).map((word) => normalise(word).folded),
      allowKeys: [],
      allowContext: (entry.allowContext ?? []).map((phrase) => normalise(phrase).folded),
      // Folded, not skeletons: the skeleton of "een" is "en", and "een kanker" is no illness.
      literalAfter: new Set((entry.literalAfter ?? []).map((word) => normalise(word).folded)),
      literalBefore: new Set((entry.literalBefore ?? []).map((word) => normalise(word).folded)),
    };
    const termKey = entry.match === 'exact' ? '' : skeletons(entry.term).join('');
    compiled.allowKeys = (entry.allow ?? [])
      .map((word) => skeletons(word).join(''))
      .filter((key) => key.length > termKey.length);
    const key = compiled.keys[0]!;
    switch (entry.match) {
      case 'exact':
        push(this.exact, key, compiled);
        break;
      case 'phrase':
        push(this.phrases, key, compiled);
        break;
      default:
        if (entry.alone !== false) push(this.words, key, compiled);
        if (entry.sureness === 2 && entry.alone !== false && key.length >= MIN_SWAP_LENGTH) {
          for (let i = 0; i < key.length - 1; i++) {
            if (key[i] === key[i + 1]) continue;
            push(this.swaps, key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2), compiled);
          }
          // A dropped letter only on long words, where it cannot make another Dutch word (klootzk, kankrlijer).
          if (key.length >= MIN_DROP_LENGTH) {
            for (let i = 1; i < key.length; i++) push(this.swaps, key.slice(0, i) + key.slice(i + 1), compiled);
          }
        }
        if (entry.sureness === 2 && entry.alone !== false) {
          const bare = consonantsOf(key);
          if (bare.length >= MIN_CONSONANTS) push(this.consonants, bare, compiled);
        }
        if (entry.match === 'prefix' || entry.match === 'affix') insert(this.prefixes, key, compiled, false);
        if (entry.match === 'suffix' || entry.match === 'affix') insert(this.suffixes, key, compiled, true);
    }
  }

  /** The skeletons a sure word is met as when slipped (swapped or dropped letters): checked against real words at build time. */
  slipKeys(): string[] {
    return [...this.swaps.keys()];
  }

  find(doc: TextDocument): LexiconHit[] {
    const hits: LexiconHit[] = [];
    const tokens = doc.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.hasLetter) continue;
      const before = hits.length;
      this.collectToken(token, token, token.skeleton, doc, hits);
      const phrases = this.phrases.get(token.skeleton);
      if (phrases) this.collectPhrases(phrases, tokens, token, doc, hits);
      // A word cut by a line break, an emoji or a stray symbol ("kan\nker", "kank😀erlijer"): read whole.
      const last = this.splitWordEnd(doc, index);
      if (last === index) {
        if (hits.length === before) index = this.collectSpaced(doc, index, hits);
        continue;
      }
      const whole: LexiconHit[] = [];
      let skeleton = '';
      for (let k = index; k <= last; k++) skeleton += tokens[k]!.skeleton;
      this.collectToken(token, tokens[last]!, skeletonOf(skeleton), doc, whole);
      if (whole.length === 0) continue;
      hits.length = before;
      hits.push(...whole);
      index = last;
    }
    return hits;
  }

  /**
   * A sure word typed with a space in it ("ho er", "kan ker lij er"): short pieces, one of them no word of
   * its own. Returns the last token used.
   */
  private collectSpaced(doc: TextDocument, index: number, hits: LexiconHit[]): number {
    const tokens = doc.tokens;
    let skeleton = tokens[index]!.skeleton;
    if (skeleton.length > MAX_SPACED_PIECE) return index;
    // Asked only once a second piece qualifies: most words are followed by a long word or none.
    let unknownPiece: boolean | undefined;
    for (let last = index + 1; last < tokens.length && last - index < MAX_SPACED_PIECES; last++) {
      const piece = tokens[last]!;
      if (piece.start - tokens[last - 1]!.end !== 1 || doc.text.charCodeAt(piece.start - 1) !== 32) break;
      if (piece.folded.length > MAX_SPACED_PIECE || tokens[last - 1]!.folded.length > MAX_SPACED_PIECE || !piece.hasLetter) break;
      // Joined as the skeleton would join them: a letter doubled across the space counts once ("kan nker").
      skeleton += skeleton.charCodeAt(skeleton.length - 1) === piece.skeleton.charCodeAt(0) ? piece.skeleton.slice(1) : piece.skeleton;
      // Most neighbouring short words start no sure word together ("de klas"): no need to look further.
      if (!this.surePrefixes().has(skeleton)) break;
      unknownPiece ??= !isKnownWord(tokens[index]!.folded);
      unknownPiece ||= !isKnownWord(piece.folded);
      if (!unknownPiece) continue;
      const found: LexiconHit[] = [];
      this.collect(this.words.get(skeleton)?.filter((candidate) => candidate.entry.sureness === 2), tokens[index]!, piece, doc, found);
      if (found.length > 0) {
        hits.push(...found);
        return last;
      }
    }
    return index;
  }

  /** Every beginning of a sure word's key, for words typed with spaces in them (built on first use). */
  private spacedPrefixes: Set<string> | undefined;
  private surePrefixes(): Set<string> {
    if (this.spacedPrefixes) return this.spacedPrefixes;
    const prefixes = new Set<string>();
    for (const [key, candidates] of this.words) {
      if (!candidates.some((candidate) => candidate.entry.sureness === 2)) continue;
      for (let end = 2; end <= key.length; end++) prefixes.add(key.slice(0, end));
    }
    return (this.spacedPrefixes = prefixes);
  }

  /**
   * Plain words (typed as read, not joined from letters) for which no list had a single candidate: most
   * words of every post, looked up again on each pause in typing. Their outcome depends on the word alone.
   */
  private readonly barren = new Set<string>();
  private sawCandidate = false;

  /** The word lists for one word (or the pieces of one word, `first`..`last`, read as `skeleton`). */
  private collectToken(first: Token, last: Token, skeleton: string, doc: TextDocument, hits: LexiconHit[]): void {
    const plainWord = first === last && first.run === undefined && skeleton === first.folded;
    if (plainWord && this.barren.has(skeleton)) return;
    this.sawCandidate = false;
    this.lookUpToken(first, last, skeleton, doc, hits);
    if (!plainWord || this.sawCandidate) return;
    if (this.barren.size >= MAX_BARREN_WORDS) this.barren.clear();
    this.barren.add(skeleton);
  }

  private lookUpToken(first: Token, last: Token, skeleton: string, doc: TextDocument, hits: LexiconHit[]): void {
    const before = hits.length;
    if (first === last) this.collect(this.exact.get(first.folded), first, last, doc, hits);
    this.collect(this.words.get(skeleton), first, last, doc, hits);
    if (hits.length === before) this.collectInflected(skeleton, first, last, doc, hits);
    this.collectCompounds(skeleton, first, last, doc, hits);
    if (hits.length === before) this.collectDisguised(skeleton, first, last, doc, hits);
  }

  /**
   * The last token of a word split by what is no space: a line break, emoji, symbols, NUL. Up to three
   * pieces, each with a letter; `index` itself when the next token is a word of its own.
   */
  private splitWordEnd(doc: TextDocument, index: number): number {
    const tokens = doc.tokens;
    let last = index;
    while (last + 1 < tokens.length && last - index < MAX_PIECES - 1 && tokens[last + 1]!.hasLetter) {
      const sameRun = tokens[last]!.run !== undefined && tokens[last]!.run === tokens[last + 1]!.run;
      if (!sameRun && !isWordCut(doc.text, tokens[last]!.end, tokens[last + 1]!.start)) break;
      last++;
    }
    return last;
  }

  /**
   * Words pupils disguise: a masked letter (k*nker), two letters swapped (kakner), or words typed
   * without spaces (jijbentkanker). Only tried on tokens that matched nothing else, so clean text
   * pays one set lookup per token.
   */
  private collectDisguised(skeleton: string, first: Token, last: Token, doc: TextDocument, hits: LexiconHit[]): void {
    if (skeleton.includes('*')) {
      // Emphasis inside a word ("k**ankerlije**r") first, then masked letters ("k*nker").
      const plain = skeleton.replaceAll('*', '');
      if (plain.length >= MIN_SWAP_LENGTH) {
        const before = hits.length;
        this.collect(this.words.get(plain), first, last, doc, hits);
        if (hits.length === before) this.collectInflected(plain, first, last, doc, hits);
        if (hits.length === before) this.collectCompounds(plain, first, last, doc, hits);
        if (hits.length > before) return;
      }
      return this.collectMasked(skeleton, first, last, doc, hits);
    }
    // A real word is no slip ("plakken" is not "polakken" without its o): rules/data/geen-spelfout.json lists them.
    const swapped = this.swaps.get(skeleton);
    if (swapped && !realWordSlips().has(skeleton)) return this.collect(swapped, first, last, doc, hits);
    // Typed backwards ("reknak", "loognom", "rejilreknak"): a sure word or compound read the other way, when the
    // word is no word itself.
    if (skeleton.length >= MIN_REVERSED_LENGTH && !isKnownWord(first.folded)) {
      const backwards = reverse(skeleton);
      const reversed = this.words.get(backwards)?.filter(isSure);
      if (reversed?.length) return this.collect(reversed, first, last, doc, hits);
      const cursed = this.longSurePrefix(backwards);
      if (cursed) return this.collect(cursed, first, last, doc, hits);
    }
    // Typed without vowels ("knkr mngl"): the consonants of a sure word.
    if (first === last && skeleton.length >= MIN_CONSONANTS && !VOWEL.test(first.folded)) {
      const bare = this.consonants.get(consonantsOf(skeleton));
      if (bare) return this.collect(bare, first, last, doc, hits);
    }
    if (first.run !== undefined && !isKnownWord(first.folded)) return this.collectInsideJoined(skeleton, first, last, doc, hits);
    if (skeleton.length >= MIN_GLUED_LENGTH) {
      const rest = stripGlue(skeleton);
      if (rest !== skeleton && rest.length >= 4) {
        const glued = this.words.get(rest) ?? this.swaps.get(rest);
        if (glued) this.collect(glued.filter((candidate) => candidate.entry.sureness === 2), first, last, doc, hits);
      }
    }
  }

  /**
   * Letters typed apart that did not split into known words ("g o d v e r d o m m e w a t s a a i"):
   * typing so is hiding on purpose, so any sure word inside counts. Bounded, so a wall of letters stays linear.
   */
  private collectInsideJoined(skeleton: string, first: Token, last: Token, doc: TextDocument, hits: LexiconHit[]): void {
    const end = Math.min(skeleton.length, MAX_JOINED_SCAN);
    for (let start = 0; start < end; start++) {
      for (let length = MAX_INSIDE_LENGTH; length >= MIN_INSIDE_LENGTH; length--) {
        if (start + length > end) continue;
        const candidates = this.words.get(skeleton.slice(start, start + length))?.filter((candidate) => candidate.entry.sureness === 2);
        if (candidates?.length) return this.collect(candidates, first, last, doc, hits);
      }
    }
  }

  /** Words by first letter, last letter and length, for masked words: a few candidates to test, not the whole list. */
  private maskIndex: Map<string, [string, CompiledEntry[]][]> | undefined;

  /**
   * "k*nker": each mask stands for one or two letters. Only word-sized tokens with a few masks; matched
   * letter by letter, no expression built per word, so a paste of masked words stays linear.
   */
  private collectMasked(skeleton: string, first: Token, last: Token, doc: TextDocument, hits: LexiconHit[]): void {
    const masks = skeleton.split('*').length - 1;
    if (skeleton.length > MAX_MASKED_LENGTH || masks > MAX_MASKS) return;
    if (!this.maskIndex) {
      this.maskIndex = new Map();
      for (const entry of this.words) push(this.maskIndex, entry[0].slice(0, 1) + entry[0].slice(-1) + entry[0].length, entry);
    }
    const typed = skeleton.replace(/[^a-z*]/g, '');
    const letters = typed.length - masks;
    const initials = typed.startsWith('*') ? ALPHABET : typed[0]!;
    const finals = typed.endsWith('*') ? ALPHABET : typed.at(-1)!;
    for (let length = letters + masks; length <= letters + 2 * masks; length++) {
      for (const initial of initials) {
        for (const final of finals) {
          for (const [key, candidates] of this.maskIndex.get(initial + final + length) ?? []) {
            if (matchesMasked(typed, 0, key, 0)) return this.collect(candidates, first, last, doc, hits);
          }
        }
      }
    }
  }

  /** Plurals, adjective endings and diminutives: idioten, debielen, achterlijke, sletje, homo's. */
  private collectInflected(skeleton: string, first: Token, last: Token, doc: TextDocument, hits: LexiconHit[]): void {
    for (const ending of INFLECTIONS) {
      if (skeleton.length - ending.length < MIN_INFLECTED_STEM || !skeleton.endsWith(ending)) continue;
      const stem = skeleton.slice(0, -ending.length);
      const candidates = this.words
        .get(stem)
        ?.filter((candidate) => candidate.entry.match !== 'exact' && candidate.entry.inflect !== false);
      if (candidates && candidates.length > 0) {
        this.collect(candidates, first, last, doc, hits);
        return;
      }
    }
  }

  private collectCompounds(skeleton: string, first: Token, last: Token, doc: TextDocument, hits: LexiconHit[]): void {
    const end = skeleton.length - 1;
    let node: TrieNode | undefined = this.prefixes;
    for (let i = 0; i < end && node; i++) {
      node = node.next.get(skeleton.charCodeAt(i));
      if (node && node.entries.length > 0) this.collect(node.entries, first, last, doc, hits);
    }
    node = this.suffixes;
    for (let i = end; i > 0 && node; i--) {
      node = node.next.get(skeleton.charCodeAt(i));
      if (node && node.entries.length > 0) this.collect(node.entries, first, last, doc, hits);
    }
  }

  /**
   * The sure curse a word read backwards starts with, if it is a long one ("kankerlijer" from "rejilreknak"). Short
   * prefixes and endings are left out: backwards, "werkstuk" starts with "kut" and "regent" ends in a slur.
   */
  private longSurePrefix(skeleton: string): CompiledEntry[] | undefined {
    let node: TrieNode | undefined = this.prefixes;
    let found: CompiledEntry[] | undefined;
    for (let i = 0; i < skeleton.length - 1 && node; i++) {
      node = node.next.get(skeleton.charCodeAt(i));
      if (node && i + 1 >= MIN_REVERSED_CURSE) {
        const sure = node.entries.filter(isSure);
        if (sure.length > 0) found = sure;
      }
    }
    return found;
  }

  private collectPhrases(
    candidates: CompiledEntry[],
    tokens: Token[],
    first: Token,
    doc: TextDocument,
    hits: LexiconHit[],
  ): void {
    for (const candidate of candidates) {
      const { keys } = candidate;
      const lastIndex = first.index + keys.length - 1;
      if (lastIndex >= tokens.length) continue;
      let matches = true;
      for (let k = 1; k < keys.length && matches; k++) matches = tokens[first.index + k]!.skeleton === keys[k];
      if (matches) this.collect([candidate], first, tokens[lastIndex]!, doc, hits);
    }
  }

  private collect(
    candidates: CompiledEntry[] | undefined,
    first: Token,
    last: Token,
    doc: TextDocument,
    hits: LexiconHit[],
  ): void {
    if (!candidates || candidates.length === 0) return;
    this.sawCandidate = true;
    for (const candidate of candidates) {
      if (isExcused(candidate, first, last, doc)) continue;
      hits.push({
        entry: candidate.entry,
        firstToken: first.index,
        lastToken: last.index,
        start: first.start,
        end: last.end,
        quoted: isQuoted(doc.text, first.start, last.end),
      });
    }
  }
}

/** Enough for the vocabulary of a school's posts; cleared when full, so memory stays bounded. */
const MAX_BARREN_WORDS = 20_000;
const MIN_SWAP_LENGTH = 5;
const MIN_DROP_LENGTH = 7;
const MAX_MASKED_LENGTH = 20;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Does `word` from `w` on read as `typed` from `t` on, each "*" one or two letters? (At most four masks: a handful of branches.) */
function matchesMasked(typed: string, t: number, word: string, w: number): boolean {
  while (t < typed.length && typed[t] !== '*') {
    if (word[w] !== typed[t]) return false;
    t++;
    w++;
  }
  if (t === typed.length) return w === word.length;
  return (w + 1 <= word.length && matchesMasked(typed, t + 1, word, w + 1)) || (w + 2 <= word.length && matchesMasked(typed, t + 1, word, w + 2));
}
const MAX_MASKS = 4;
const MIN_REVERSED_LENGTH = 6;
const MIN_GLUED_LENGTH = 8;
const MAX_PIECES = 3;
const MAX_SPACED_PIECES = 4;
const MAX_SPACED_PIECE = 4;
const MAX_JOINED_SCAN = 200;
const MIN_INSIDE_LENGTH = 4;
const MAX_INSIDE_LENGTH = 16;
/** Short words pupils glue in front of an insult: "jijbentkanker", "wateenlul". */
const GLUE = ['jij', 'je', 'bent', 'ben', 'wat', 'een', 'jou', 'vieze', 'vies', 'stomme', 'vuile', 'dikke', 'die', 'ga', 'is', 'echt', 'zo', 'jullie', 'zijn', 'kk'];

const GLUE_BY_FIRST_LETTER = new Map<string, string[]>();
for (const word of GLUE) GLUE_BY_FIRST_LETTER.set(word[0]!, [...(GLUE_BY_FIRST_LETTER.get(word[0]!) ?? []), word]);

const isSure = (candidate: CompiledEntry) => candidate.entry.sureness === 2;
/** A curse read backwards at the start of a word counts from this many letters ("kanker", "tering"; backwards, "-kregen" starts with a slur of five). */
const MIN_REVERSED_CURSE = 6;
const VOWEL = /[aeiouy]/;
/** At least this many consonants: fewer meet too many words ("kt", "hr"). */
const MIN_CONSONANTS = 4;
/** A skeleton's consonants ("kanker" → "knkr"). */
function consonantsOf(skeleton: string): string {
  return skeleton.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}
function reverse(word: string): string {
  let out = '';
  for (let i = word.length - 1; i >= 0; i--) out += word[i];
  return out;
}

/** Strips glue words from the front while the rest stays long enough to be a word. */
function stripGlue(skeleton: string): string {
  let rest = skeleton;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const word of GLUE_BY_FIRST_LETTER.get(rest[0]!) ?? []) {
      if (rest.startsWith(word) && rest.length - word.length >= 4) {
        rest = rest.slice(word.length);
        stripped = true;
        break;
      }
    }
  }
  return rest;
}

/** Dutch endings tried when a word is not in the list as written; longest first. */
const INFLECTIONS = ['tjes', 'jes', 'tje', 'en', 'es', 'je', 'e', 's'];
const MIN_INFLECTED_STEM = 4;
const QUOTES = new Set(["'", '"', '‘', '’', '“', '”', '«', '»']);

/** The word stands between quotes: talked about, not used. */
export function isQuoted(text: string, start: number, end: number): boolean {
  return QUOTES.has(text[start - 1] ?? '') && QUOTES.has(text[end] ?? '');
}

function isExcused(candidate: CompiledEntry, first: Token, last: Token, doc: TextDocument): boolean {
  const skeleton = first.skeleton;
  for (const allowed of candidate.allowFolded) {
    if (first.folded.startsWith(allowed)) return true;
  }
  for (const allowed of candidate.allowKeys) {
    if (skeleton.startsWith(allowed) || skeleton.endsWith(allowed)) return true;
  }
  // "de Mongolen" (the people, plural and capitalised inside a sentence); "wat een Mongool" stays an insult.
  if (candidate.entry.people && first.capitalised && !first.sentenceStart && skeleton !== candidate.keys[0]) return true;
  const bare = first === last && skeleton === candidate.keys[0];
  if (bare && candidate.literalAfter.size > 0 && first.index > 0) {
    if (candidate.literalAfter.has(doc.tokens[first.index - 1]!.folded)) return true;
  }
  if (bare && candidate.literalBefore.size > 0 && first.index + 1 < doc.tokens.length) {
    if (candidate.literalBefore.has(doc.tokens[first.index + 1]!.folded)) return true;
  }
  if (candidate.allowContext.length > 0) {
    const folded = doc.normalised.folded;
    for (const phrase of candidate.allowContext) {
      const from = Math.max(0, first.foldedStart - phrase.length);
      const around = folded.slice(from, last.foldedEnd + phrase.length);
      if (around.includes(phrase)) return true;
    }
  }
  return false;
}

/** The Dutch words and the loanwords both languages share: one list for this family. */
const ENTRIES = [...data.entries, ...loanwords.entries] as LexiconEntry[];

/** Skeletons of real Dutch or English words that a slip of a sure word would also give ("plaken": plakken, polakken). */
const realWordSlips = lazilyInSteps(function* () {
  return new Set(yield* decodeTextInSteps(notMisspelt.scheldwoorden));
});

/** The word list, built on first use (rules/lazy.ts). */
export const lexicon = lazilyInSteps(() => Lexicon.inSteps(ENTRIES));

/** Letters typed apart are split back into words the lists know ("k a n k e r" is one word, not "kan ker"): see rules/normalise/vocabulary-sources.ts. */
export function lexiconVocabulary(): string[] {
  return ENTRIES.filter((entry) => entry.match !== 'exact' && entry.alone !== false).map((entry) => readingsOfTerm(entry.term).join(' '));
}

/** All word-list hits in the document, computed once and shared by the rules of this family. */
export function lexiconHits(doc: TextDocument): LexiconHit[] {
  return doc.shared('belediging:lexicon', () => {
    const hits = lexicon().find(doc);
    if (hits.length === 0) return hits;
    return hits.filter((hit) => {
      const word = writtenWord(doc, hit);
      return !isInnocentRealWord(word) && !(writtenAsName(doc, hit) && isInnocentName(word));
    });
  });
}

/** "Niger", not "niger" nor "VUILE NIGER": a capital, then small letters. */
function writtenAsName(doc: TextDocument, hit: LexiconHit): boolean {
  return /^\p{Lu}\p{Ll}/u.test(doc.text.slice(doc.tokens[hit.firstToken]!.start, hit.end));
}

/** The whole written word a hit lies in, folded: "wetering" for the piece "tering" the glued-word reading split off. */
function writtenWord(doc: TextDocument, hit: LexiconHit): string {
  const folded = doc.normalised.folded;
  let from = doc.tokens[hit.firstToken]!.foldedStart;
  let to = doc.tokens[hit.lastToken]!.foldedEnd;
  for (let i = from; i < to; i++) if (!LETTER.test(folded[i]!)) return '';
  while (from > 0 && LETTER.test(folded[from - 1]!)) from--;
  while (to < folded.length && LETTER.test(folded[to]!)) to++;
  return folded.slice(from, to);
}
const LETTER = /\p{L}/u;

/** The list's own terms: the words it was written to find, each judged when it was added. */
export function lexiconTerms(): string[] {
  return ENTRIES.map((entry) => entry.term);
}

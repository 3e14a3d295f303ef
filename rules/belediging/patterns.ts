import data from '../data/patronen.json';
import type { TextDocument } from '../document';
import { normalise, readingsOfTerm, type Token } from '../normalise/pipeline';
import { lazily } from '../lazy';
import type { LexiconKind } from './lexicon';
import { allPersonReferences } from '../personen/names';

/**
 * Phrase patterns over token skeletons, for what no single word shows: threats ("ik maak je af"),
 * exclusion ("niemand vindt jou leuk"), hateful statements about groups without a slur ("moslims zijn
 * allemaal terroristen"). Syntax, one slot per space: `word`, `{a|b}` alternatives, `[KLASSE]` a word
 * class from the data, `[PERSOON]` a person named in the text (name, title + name, @mention), `?` after a
 * slot makes it optional, `~N` skips up to N words.
 */

interface Slot {
  words: Set<string>;
  optional: boolean;
  /** A gap: skip 0..max words. */
  gap?: number;
  /** Matches the last word of a person reference ("Lisa", "juf Petra"). */
  person?: boolean;
}

interface PatternEntry {
  id: string;
  kind: LexiconKind;
  sureness: 0 | 1 | 2;
  pattern: string;
  /** Words that, anywhere in the sentence, make the match harmless (verstoppertje, taart). */
  unless?: string[];
  /** Only when a group word stands earlier in the text (for "ze zijn ratten"). */
  afterGroup?: boolean;
  /** The pattern carries its own negation ("jij hoort niet bij ons"): do not read it as negated. */
  negated?: boolean;
}

interface CompiledPattern {
  entry: PatternEntry;
  slots: Slot[];
  unless: Set<string>;
}

export interface PatternHit {
  kind: LexiconKind;
  sureness: 0 | 1 | 2;
  id: string;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

const skeleton = (word: string) => normalise(word).tokens.map((token) => token.skeleton).join('');
/** The data's word classes, as skeletons; built on first use (rules/lazy.ts). */
const classSets = lazily(() => new Map<string, Set<string>>(
  Object.entries(data.classes).map(([name, words]) => [name, new Set((words as string[]).map(skeleton))]),
));
const negators = lazily(() => new Set(data.negators.map(skeleton)));
const SENTENCE_END = /[.!?\n]/;
const PERSON_CLASS = 'PERSOON';

function compileSlot(source: string): Slot {
  const gap = /^~(\d+)$/.exec(source);
  if (gap) return { words: new Set(), optional: true, gap: Number(gap[1]) };
  const optional = source.endsWith('?');
  const body = optional ? source.slice(0, -1) : source;
  let words: Set<string>;
  if (body === `[${PERSON_CLASS}]`) return { words: new Set(), optional, person: true };
  if (body.startsWith('[')) {
    const name = body.slice(1, -1);
    const known = classSets().get(name);
    if (!known) throw new Error(`Unknown word class ${name} in a pattern`);
    words = known;
  } else if (body.startsWith('{')) {
    words = new Set(body.slice(1, -1).split('|').map(skeleton));
  } else {
    words = new Set([skeleton(body)]);
  }
  return { words, optional };
}

function compile(entry: PatternEntry): CompiledPattern {
  const slots = entry.pattern.split(/\s+/).map(compileSlot);
  if (slots[0]!.optional) throw new Error(`Pattern ${entry.id} must start with a required word`);
  return { entry, slots, unless: new Set((entry.unless ?? []).map(skeleton)) };
}

/** The compiled patterns, by first word and those after a person reference; built on first use. */
const patterns = lazily(() => {
  const compiled = (data.patterns as PatternEntry[]).map(compile);
  const byFirstWord = new Map<string, CompiledPattern[]>();
  /** Patterns that open with [PERSOON]: tried at the end of every person reference. */
  const afterPerson = compiled.filter((pattern) => pattern.slots[0]!.person);
  for (const pattern of compiled) {
    for (const word of pattern.slots[0]!.words) {
      const list = byFirstWord.get(word);
      if (list) list.push(pattern);
      else byFirstWord.set(word, [pattern]);
    }
  }
  const allUnless = new Set(compiled.flatMap((pattern) => [...pattern.unless]));
  return { byFirstWord, afterPerson, allUnless, groups: classSets().get('GROEP')! };
});

/** This file's lists, each built on first use: one piece each of the engine's warm-up (rules/engine.ts). */
export const PATTERN_STEPS: readonly (() => unknown)[] = [classSets, negators, patterns];

/** The words letters typed apart are split back into ("i k m a a k j e a f"): see rules/normalise/vocabulary-sources.ts. */
export function patternVocabulary(): string[] {
  return [
    ...Object.values(data.classes).flat(),
    ...(data.patterns as PatternEntry[]).flatMap((entry) => entry.pattern.split(/[\s{}|?]+/)),
  ].map((word) => readingsOfTerm(word).join(' '));
}

/** Index of the last token matched when `slots[slot..]` match from token `index`; -1 if they do not. */
function matchFrom(tokens: Token[], index: number, slots: Slot[], slot: number): number {
  if (slot === slots.length) return index - 1;
  const current = slots[slot]!;
  if (current.gap !== undefined) {
    for (let skip = 0; skip <= current.gap && index + skip <= tokens.length; skip++) {
      const end = matchFrom(tokens, index + skip, slots, slot + 1);
      if (end !== -1) return end;
    }
    return -1;
  }
  if (index < tokens.length && !current.person && current.words.has(tokens[index]!.skeleton)) {
    const end = matchFrom(tokens, index + 1, slots, slot + 1);
    if (end !== -1) return end;
  }
  return current.optional ? matchFrom(tokens, index, slots, slot + 1) : -1;
}

/** Where sentences run (split at . ! ? and line ends), with what the guards ask of each: built once per text. */
interface SentenceIndex {
  /** Per token, the number of its sentence. */
  sentenceOf: Int32Array;
  /** Per sentence, the `unless` words that stand in it (only sentences that have any). */
  unlessWords: Map<number, Set<string>>;
  /** The first token that names a group; tokens.length if none. */
  firstGroup: number;
}

function sentenceIndex(doc: TextDocument): SentenceIndex {
  return doc.shared('belediging:sentences', () => {
    const tokens = doc.tokens;
    const sentenceOf = new Int32Array(tokens.length);
    const unlessWords = new Map<number, Set<string>>();
    let firstGroup = tokens.length;
    let sentence = 0;
    const { allUnless, groups } = patterns();
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && SENTENCE_END.test(doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start))) sentence++;
      sentenceOf[i] = sentence;
      const word = tokens[i]!.skeleton;
      if (allUnless.has(word)) {
        let words = unlessWords.get(sentence);
        if (!words) unlessWords.set(sentence, (words = new Set()));
        words.add(word);
      }
      if (firstGroup === tokens.length && groups.has(word)) firstGroup = i;
    }
    return { sentenceOf, unlessWords, firstGroup };
  });
}

function isExcused(doc: TextDocument, pattern: CompiledPattern, first: number, last: number): boolean {
  const tokens = doc.tokens;
  // A pattern speaks of one sentence: "Daan is jarig. Wat een sukkel ben ik" is no attack on Daan.
  if (doc.sentenceAt(tokens[first]!.start) !== doc.sentenceAt(tokens[last]!.start)) return true;
  const sentences = sentenceIndex(doc);
  if (pattern.unless.size > 0) {
    for (let sentence = sentences.sentenceOf[first]!; sentence <= sentences.sentenceOf[last]!; sentence++) {
      const present = sentences.unlessWords.get(sentence);
      if (present) for (const word of present) if (pattern.unless.has(word)) return true;
    }
  }
  if (!pattern.entry.negated) {
    for (let i = first; i <= last + 1 && i < tokens.length; i++) if (negators().has(tokens[i]!.skeleton)) return true;
  }
  if (pattern.entry.afterGroup && sentences.firstGroup >= first) return true;
  return false;
}

function findPatterns(doc: TextDocument): PatternHit[] {
  const tokens = doc.tokens;
  const hits: PatternHit[] = [];
  const { byFirstWord, afterPerson } = patterns();
  if (afterPerson.length > 0) {
    for (const reference of allPersonReferences(doc)) {
      for (const pattern of afterPerson) {
        const last = matchFrom(tokens, reference.lastToken + 1, pattern.slots, 1);
        if (last === -1 || isExcused(doc, pattern, reference.firstToken, last)) continue;
        const { id, kind, sureness } = pattern.entry;
        hits.push({ id, kind, sureness, firstToken: reference.firstToken, lastToken: last, start: reference.start, end: tokens[last]!.end });
      }
    }
  }
  for (let index = 0; index < tokens.length; index++) {
    const candidates = byFirstWord.get(tokens[index]!.skeleton);
    if (!candidates) continue;
    for (const pattern of candidates) {
      const last = matchFrom(tokens, index + 1, pattern.slots, 1);
      if (last === -1 || isExcused(doc, pattern, index, last)) continue;
      const { id, kind, sureness } = pattern.entry;
      hits.push({ id, kind, sureness, firstToken: index, lastToken: last, start: tokens[index]!.start, end: tokens[last]!.end });
    }
  }
  return hits;
}

/** All pattern hits in the document, computed once and shared by the rules of this family. */
export function patternHits(doc: TextDocument): PatternHit[] {
  return doc.shared('belediging:patterns', () => findPatterns(doc));
}

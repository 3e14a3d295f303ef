import forms from '../data/aanspreekvormen.json';
import nameData from '../data/namen.json';
import places from '../data/plaatsen.json';
import publicNames from '../data/publieke-namen.json';
import type { TextDocument } from '../document';
import { PhraseSet, toPhrase, type Phrase, type PhraseMatch } from '../phrases';
import { schoolMentions } from '../school-names';
import { SpanIndex } from '../spans';
import type { CheckContext, Report, SchoolSettings } from '../types';
import { foldTerm, skeletonOf, type Token } from '../normalise/pipeline';
import { decodeInSteps } from '../front-coding';
import { every, lazily, lazilyInSteps, type WarmUpStep } from '../lazy';

/**
 * Finding people in a text: first names from the name data, first name + surname with tussenvoegsels,
 * a known surname standing alone, school titles with a name ("meneer Jansen") and @mentions. Shared by
 * the naming rules, the rules that grow serious when a person is named, and the insult targeting.
 */
export interface PersonReference {
  kind: 'naam' | 'titel' | 'vermelding';
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

// Decoded on first use (rules/lazy.ts), not at load: the engine loads as someone starts to write.
const nameLists = lazilyInSteps(function* () {
  return {
    first: yield* decodeInSteps(nameData.firstNames),
    alsoWords: yield* decodeInSteps(nameData.alsoWords),
    surnames: yield* decodeInSteps(nameData.surnames),
    surnameWords: yield* decodeInSteps(nameData.surnamesAlsoWords),
  };
});
// Any word a reference can start with, as one-word phrases: the shared phrase index of the text then
// tells where to look closer, without a lookup per word of the text here.
const nameCandidateWords = lazilyInSteps(function* () {
  const { first, surnames } = nameLists();
  const words: string[][] = [];
  const pause = every(1000);
  for (const list of [first, surnames, titles(), PARTICLES]) {
    for (const word of list) {
      words.push([skeletonOf(word)]);
      if (pause()) yield;
    }
  }
  return words;
});
const nameCandidates = lazilyInSteps(function* () {
  const candidates = new PhraseSet(nameCandidateWords());
  yield* candidates.prepareInSteps();
  return candidates;
});

const titles = lazily(() => new Set(forms.titles.map(foldTerm)));
const PARTICLES = new Set(forms.particles);
const NOT_NAMES = new Set(forms.notNames);
/** Places count as places only after a word of place ("in Stein", "naar Milan"); "met Milan" is a boy. */
const PLACE_WORDS = new Set(['in', 'naar', 'uit', 'vanuit', 'richting', 'via', 'rond', 'nabij', 'bij', 'tot', 'te', 'door']);
/** Words after an ambiguous name at the start of a sentence that show it is a person ("Roos zei"). */
const PERSON_VERBS = new Set(forms.personVerbs);
/** Chat words that are also (rare) first names: lower case they are never a name. */
const CHAT_WORDS = new Set(forms.chatWords);
const MAX_PARTICLES = 3;

/** Public names and places, read as phrases once (for the phrase set and the single-word places). */
const knownNamePhrases = lazilyInSteps(function* () {
  const placeNames = [...places.gemeenten, ...places.woonplaatsen, ...places.belgie, ...places.wereldsteden, ...places.landen];
  const publicList = [
    ...publicNames.bekendePersonen,
    ...publicNames.merkenEnClubs,
    ...publicNames.figuren,
    ...publicNames.feestdagen,
    ...publicNames.dagen,
    ...publicNames.maanden,
  ];
  return { places: yield* phrasesInSteps(placeNames), public: yield* phrasesInSteps(publicList) };
});
function* phrasesInSteps(names: readonly string[]): Generator<void, Phrase[], void> {
  const phrases: Phrase[] = [];
  const pause = every(100);
  for (const name of names) {
    phrases.push(toPhrase(name));
    if (pause()) yield;
  }
  return phrases;
}
/** Public names and places in one phrase set (one pass over the text); single-word places apart. */
const knownNames = lazilyInSteps(function* () {
  const read = knownNamePhrases();
  const singlePlaces = new Set(read.places.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!));
  for (const phrase of read.public) if (phrase.length === 1) singlePlaces.delete(phrase[0]!);
  const phrases = new PhraseSet([...read.public, ...read.places]);
  yield* phrases.prepareInSteps();
  return { phrases, singlePlaces };
});

/**
 * First names that are also a public name, a brand or a figure ("Dirk", "Mario", "Thor", "Zara"), folded. The naming rule
 * leaves them alone; a pupil with that name can still be the one attacked (rules/belediging/grammar/reading.ts).
 */
export const publicFirstNames = lazily(() => {
  const { first } = nameLists();
  return new Set([...publicNames.bekendePersonen, ...publicNames.merkenEnClubs, ...publicNames.figuren].map(foldTerm).filter((name) => first.has(name)));
});

/** This file's lists and indexes, each built on first use: one piece each of the engine's warm-up (rules/engine.ts). */
export const NAME_STEPS: readonly WarmUpStep[] = [titles, nameLists, nameCandidateWords, nameCandidates, knownNamePhrases, knownNames, publicFirstNames];

/**
 * Token flags: 1 where a public name stands, or a place in use as a place. A one-word place that is also
 * a first name counts as the place only after a word of place ("in Stein", "naar Milan"; "met Milan" is a boy).
 */
function notPrivateTokens(doc: TextDocument): Uint8Array {
  const tokens = doc.tokens;
  const blocked = new Uint8Array(tokens.length);
  const { phrases, singlePlaces } = knownNames();
  for (const match of phrases.find(doc)) {
    if (match.lastToken === match.firstToken && singlePlaces.has(tokens[match.firstToken]!.skeleton)) {
      const before = tokens[match.firstToken - 1];
      const usedAsPlace = !nameLists().first.has(tokens[match.firstToken]!.folded) || (before !== undefined && PLACE_WORDS.has(before.folded));
      if (!usedAsPlace) continue;
    }
    blocked.fill(1, match.firstToken, match.lastToken + 1);
  }
  return blocked;
}

/** "daan's" → "daan": a possessive is still the name. */
function bare(token: Token): string {
  const folded = token.folded;
  if (folded.charCodeAt(folded.length - 1) !== 115 /* s */) return folded;
  return folded.endsWith("'s") || folded.endsWith('’s') ? folded.slice(0, -2) : folded;
}

/** Part of an e-mail address, a link or a handle: those are other rules' business. */
function inAddress(doc: TextDocument, token: Token): boolean {
  const before = doc.text.charCodeAt(token.start - 1);
  const after = doc.text.charCodeAt(token.end);
  return before === 64 || before === 47 || before === 95 || after === 64 || after === 95 || (after === 46 && /\w/.test(doc.text[token.end + 1] ?? ''));
}

function isFirstName(doc: TextDocument, index: number): boolean {
  const { first, alsoWords } = nameLists();
  const token = doc.tokens[index]!;
  const name = bare(token);
  if (!first.has(name) || NOT_NAMES.has(name) || inAddress(doc, token)) return false;
  // "Ewa broer": a chat word at the start of a sentence is the chat word.
  if (CHAT_WORDS.has(name) && (!token.capitalised || token.sentenceStart)) return false;
  if (token.capitalised) {
    if (!token.sentenceStart || !alsoWords.has(name)) return true;
    // "Roos zei", "Max van der Linden": a surname or a verb of a person after a name that is also a word.
    const next = doc.tokens[index + 1];
    return surnameEnd(doc, index) > index || (next !== undefined && PERSON_VERBS.has(next.folded));
  }
  // Pupils type in lower case: "sanne" is a name, "roos" and "mark" are words.
  return !alsoWords.has(name) && name.length >= 3;
}

/** Tokens `from`..`to` stand with only spaces between them ("Emre, Zeynep" are two people). */
function adjacent(doc: TextDocument, from: number, to: number): boolean {
  const tokens = doc.tokens;
  for (let i = from; i < to; i++) {
    if (!/^[ \t\u00a0]+$/.test(doc.text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false;
  }
  return true;
}

/** The surname after a first name, if any: particles then a capitalised or known surname. Returns its last token. */
function surnameEnd(doc: TextDocument, index: number): number {
  const { surnames, surnameWords } = nameLists();
  const tokens = doc.tokens;
  let next = index + 1;
  while (next < tokens.length && next - index <= MAX_PARTICLES && PARTICLES.has(tokens[next]!.folded)) next++;
  const candidate = tokens[next];
  if (!candidate || candidate.sentenceStart || NOT_NAMES.has(candidate.folded) || inAddress(doc, candidate) || !adjacent(doc, index, next)) return index;
  // "Sanne ADHD": an acronym is no surname.
  if (candidate.capitalised) return /^\p{Lu}{2,}$/u.test(doc.text.slice(candidate.start, candidate.end)) ? index : next;
  // Lower case ("lieke van den heuvel"): a known surname; without particles not one that is also a word.
  const hasParticles = next > index + 1;
  return surnames.has(candidate.folded) && (hasParticles || !surnameWords.has(candidate.folded)) ? next : index;
}

/** A known surname on its own, capitalised inside a sentence and not an ordinary word ("naast Jansen"). */
function isLoneSurname(doc: TextDocument, index: number): boolean {
  const { surnames, surnameWords } = nameLists();
  const token = doc.tokens[index]!;
  return token.capitalised && !token.sentenceStart && surnames.has(token.folded) && !surnameWords.has(token.folded) && !inAddress(doc, token);
}

/** A particle plus surname: "De Vries zei", "van Dijk". Returns the surname's token or -1. */
function particleSurname(doc: TextDocument, index: number): number {
  const { surnames, surnameWords } = nameLists();
  const tokens = doc.tokens;
  if (!tokens[index]!.capitalised || !PARTICLES.has(tokens[index]!.folded)) return -1;
  let next = index + 1;
  while (next < tokens.length && next - index <= MAX_PARTICLES && PARTICLES.has(tokens[next]!.folded)) next++;
  const candidate = tokens[next];
  if (!candidate?.capitalised || !surnames.has(candidate.folded) || !adjacent(doc, index, next)) return -1;
  // "De Bakker is open" could be the shop: a surname that is also a word needs a verb of a person after it.
  const after = tokens[next + 1];
  return !surnameWords.has(candidate.folded) || (after !== undefined && PERSON_VERBS.has(after.folded)) ? next : -1;
}

const MENTION = /(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)/g;

/** Mentions first, then names, titles and surnames on the tokens not `blocked`. */
/** Where a reference may start: words from the name lists, and possessives ("Daan's", whose skeleton differs). */
function candidatePositions(doc: TextDocument): number[] {
  return doc.shared('person-candidates', () => {
    const positions = nameCandidates().find(doc).map((match) => match.firstToken);
    const tokens = doc.tokens;
    const known = new Set(positions);
    let possessive = false;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.folded.charCodeAt(token.folded.length - 1) === 115 /* s */ && bare(token) !== token.folded && !known.has(index)) {
        positions.push(index);
        possessive = true;
      }
    }
    return possessive ? positions.sort((a, b) => a - b) : positions;
  });
}

/** Mentions first, then names, titles and surnames on the tokens not `blocked`. */
function scan(doc: TextDocument, blocked: Uint8Array | undefined): PersonReference[] {
  const tokens = doc.tokens;
  const found: PersonReference[] = [];
  const isBlocked = (index: number) => blocked !== undefined && blocked[index] === 1;
  const add = (kind: PersonReference['kind'], firstToken: number, lastToken: number) =>
    found.push({ kind, firstToken, lastToken, start: tokens[firstToken]!.start, end: tokens[lastToken]!.end });
  const mentionTokens = new Set<number>();
  if (doc.text.includes('@')) {
    for (const match of doc.text.matchAll(MENTION)) {
      const end = match.index + match[0].length;
      const first = doc.tokenBefore(match.index + 1) + 1;
      if (first >= tokens.length || tokens[first]!.start > end) continue;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
      found.push({ kind: 'vermelding', start: match.index, end, firstToken: first, lastToken: last });
      for (let index = first; index <= last; index++) mentionTokens.add(index);
    }
  }
  let consumed = -1;
  for (const i of candidatePositions(doc)) {
    if (i <= consumed || isBlocked(i) || mentionTokens.has(i)) continue;
    const token = tokens[i]!;
    if (titles().has(token.folded)) {
      let next = i + 1;
      while (next < tokens.length && next - i <= MAX_PARTICLES && PARTICLES.has(tokens[next]!.folded)) next++;
      const name = tokens[next];
      // "Groetjes juf van": a title and particles at the very end name nobody.
      if (!name) continue;
      // "dhr. Jansen" but not "Adres juf: Eikenlaan 5": only a full stop may stand between title and name.
      const joined = /^\.?[ \t\u00a0]+$/.test(doc.text.slice(token.end, tokens[i + 1]?.start ?? token.end)) && adjacent(doc, i + 1, next);
      if (name && joined && name.hasLetter && name.capitalised && !NOT_NAMES.has(name.folded) && !isBlocked(next)) {
        const last = nameLists().first.has(bare(name)) ? surnameEnd(doc, next) : next;
        add('titel', i, last);
        consumed = last;
      }
      continue;
    }
    if (isFirstName(doc, i)) {
      let last = surnameEnd(doc, i);
      if (isBlocked(last)) last = i;
      add('naam', i, last);
      consumed = last;
      continue;
    }
    const surname = particleSurname(doc, i);
    if (surname >= 0) {
      add('naam', i, surname);
      consumed = surname;
    } else if (isLoneSurname(doc, i)) {
      add('naam', i, i);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Names are rare, public names and places rarer: the text is scanned once without them, and only when
 * something was found once more with public names and places blocked.
 */
function findReferences(doc: TextDocument): PersonReference[] {
  const first = scan(doc, undefined);
  if (first.every((reference) => reference.kind === 'vermelding')) return first;
  return scan(doc, notPrivateTokens(doc));
}

/** Every reference to a person in the text, whatever the school; computed once per text. */
export function allPersonReferences(doc: TextDocument): PersonReference[] {
  return doc.shared('person-references', () => findReferences(doc));
}

const withoutSchool = new WeakMap<PhraseMatch[], PersonReference[]>();

/** The references to people, without those inside the school's own name ("Anne Frank Lyceum"). */
export function personReferences(doc: TextDocument, school: SchoolSettings): PersonReference[] {
  const all = allPersonReferences(doc);
  if (all.length === 0) return all;
  const mentions = schoolMentions(doc, school);
  if (mentions.length === 0) return all;
  // Several rules ask for the same text and school: the school's mentions are shared, so is this answer.
  let filtered = withoutSchool.get(mentions);
  if (!filtered) {
    const school = new SpanIndex(mentions);
    filtered = all.filter((reference) => !school.overlaps(reference.start, reference.end));
    withoutSchool.set(mentions, filtered);
  }
  return filtered;
}

/** Reports every reference of one kind, naming it in the message; a warning when staff write it. */
export function reportReferences(
  doc: TextDocument,
  context: CheckContext,
  report: (report: Report) => void,
  kind: PersonReference['kind'],
  messageId: string,
): void {
  for (const reference of personReferences(doc, context.school)) {
    if (reference.kind !== kind) continue;
    report({
      messageId,
      start: reference.start,
      end: reference.end,
      severity: context.role === 'medewerker' ? 'waarschuwing' : 'info',
      data: { naam: doc.text.slice(reference.start, reference.end) },
    });
  }
}

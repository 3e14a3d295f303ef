import forms from '../data/aanspreekvormen.json';
import nameData from '../data/namen.json';
import places from '../data/plaatsen.json';
import publicNames from '../data/publieke-namen.json';
import type { TextDocument } from '../document';
import { PhraseSet } from '../phrases';
import { schoolMentions } from '../school-names';
import type { SchoolSettings } from '../types';
import { foldTerm, type Token } from '../../utils/normalise/pipeline';
import { frontDecode } from './front-coding';

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

// Decoded on first use, not at load: the content script starts before anyone types.
let lists: { first: Set<string>; alsoWords: Set<string>; surnames: Set<string>; surnameWords: Set<string> } | undefined;
function nameLists() {
  return (lists ??= {
    first: frontDecode(nameData.firstNames),
    alsoWords: frontDecode(nameData.alsoWords),
    surnames: frontDecode(nameData.surnames),
    surnameWords: frontDecode(nameData.surnamesAlsoWords),
  });
}

const TITLES = new Set(forms.titles.map(foldTerm));
const PARTICLES = new Set(forms.particles);
const NOT_NAMES = new Set(forms.notNames);
/** Places count as places only after a word of place ("in Stein", "naar Milan"); "met Milan" is a boy. */
const PLACE_WORDS = new Set(['in', 'naar', 'uit', 'vanuit', 'richting', 'via', 'rond', 'nabij', 'bij', 'tot', 'te', 'door']);
/** Words after an ambiguous name at the start of a sentence that show it is a person ("Roos zei"). */
const PERSON_VERBS = new Set(forms.personVerbs);
/** Chat words that are also (rare) first names: lower case they are never a name. */
const CHAT_WORDS = new Set(forms.chatWords);
const MAX_PARTICLES = 3;

let publicPhrases: PhraseSet | undefined;
let placePhrases: PhraseSet | undefined;
const publicSet = () =>
  (publicPhrases ??= new PhraseSet([
    ...publicNames.bekendePersonen,
    ...publicNames.merkenEnClubs,
    ...publicNames.figuren,
    ...publicNames.feestdagen,
    ...publicNames.dagen,
    ...publicNames.maanden,
  ]));
const placeSet = () =>
  (placePhrases ??= new PhraseSet([
    ...places.gemeenten,
    ...places.woonplaatsen,
    ...places.belgie,
    ...places.wereldsteden,
    ...places.landen,
  ]));

/** Token indexes that belong to a public name, a place in use as a place, or the school's own name. */
function notPrivateTokens(doc: TextDocument, school: SchoolSettings): Set<number> {
  const blocked = new Set<number>();
  const tokens = doc.tokens;
  for (const match of publicSet().find(doc)) for (let i = match.firstToken; i <= match.lastToken; i++) blocked.add(i);
  for (const match of schoolMentions(doc, school)) {
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start >= match.start && tokens[i]!.end <= match.end) blocked.add(i);
  }
  for (const match of placeSet().find(doc)) {
    const before = tokens[match.firstToken - 1];
    const usedAsPlace = match.lastToken > match.firstToken || !nameLists().first.has(tokens[match.firstToken]!.folded) || (before && PLACE_WORDS.has(before.folded));
    if (usedAsPlace) for (let i = match.firstToken; i <= match.lastToken; i++) blocked.add(i);
  }
  return blocked;
}

/** "daan's" → "daan": a possessive is still the name. */
function bare(token: Token): string {
  const folded = token.folded;
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

function findReferences(doc: TextDocument, school: SchoolSettings): PersonReference[] {
  const tokens = doc.tokens;
  const found: PersonReference[] = [];
  const add = (kind: PersonReference['kind'], firstToken: number, lastToken: number) =>
    found.push({ kind, firstToken, lastToken, start: tokens[firstToken]!.start, end: tokens[lastToken]!.end });
  if (doc.text.includes('@')) {
    for (const match of doc.text.matchAll(MENTION)) {
      const first = tokens.findIndex((token) => token.start > match.index);
      const end = match.index + match[0].length;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
      if (first >= 0) found.push({ kind: 'vermelding', start: match.index, end, firstToken: first, lastToken: last });
    }
  }
  const blocked = notPrivateTokens(doc, school);
  for (let i = 0; i < tokens.length; i++) {
    if (blocked.has(i) || found.some((reference) => reference.firstToken <= i && i <= reference.lastToken)) continue;
    const token = tokens[i]!;
    if (TITLES.has(token.folded) || TITLES.has(token.skeleton)) {
      let next = i + 1;
      while (next < tokens.length && next - i <= MAX_PARTICLES && PARTICLES.has(tokens[next]!.folded)) next++;
      const name = tokens[next];
      // "dhr. Jansen" but not "Adres juf: Eikenlaan 5": only a full stop may stand between title and name.
      const joined = /^\.?[ \t\u00a0]+$/.test(doc.text.slice(token.end, tokens[i + 1]?.start ?? token.end)) && adjacent(doc, i + 1, next);
      if (name && joined && name.hasLetter && name.capitalised && !NOT_NAMES.has(name.folded) && !blocked.has(next)) {
        const last = nameLists().first.has(bare(name)) ? surnameEnd(doc, next) : next;
        add('titel', i, last);
        i = last;
      }
      continue;
    }
    if (isFirstName(doc, i)) {
      let last = surnameEnd(doc, i);
      if (blocked.has(last)) last = i;
      add('naam', i, last);
      i = last;
      continue;
    }
    const surname = particleSurname(doc, i);
    if (surname >= 0) {
      add('naam', i, surname);
      i = surname;
    } else if (isLoneSurname(doc, i)) {
      add('naam', i, i);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every reference to a person in the text, computed once per check. */
export function personReferences(doc: TextDocument, school: SchoolSettings): PersonReference[] {
  return doc.shared(`person-references:${school.name}\u0000${school.aliases.join('\u0000')}`, () => findReferences(doc, school));
}

import type { TextDocument } from '../../document';
import type { Token } from '../../normalise/pipeline';
import { allPersonReferences, publicFirstNames } from '../../personen/names';
import type { PhraseMatch } from '../../phrases';
import { firstNotBefore } from '../../search';
import type { Severity } from '../../types';
import type { LexiconKind } from '../lexicon';
import { isGenericYou } from '../targeting';
import { classIndex, ClassIndex, STRESSED_YOU, type WordClass } from './words';

/**
 * The reading of a text that the grammar's shapes share: sentences and clauses, who each word may aim at
 * (targets), the frames that make talk harmless (news, sport, quotes, condemnation), and small word tools.
 */

export type Attack =
  | 'dreigen'
  | 'dreigen-groep'
  | 'doodswens'
  | 'impliciet'
  | 'haat-groep'
  | 'ontmenselijking'
  | 'buitensluiten'
  | 'buitensluiten-groep'
  | 'haat-persoon'
  | 'negatief'
  | 'bodyshaming'
  | 'vernederen'
  | 'kleineren'
  | 'minachting'
  | 'oproep'
  | 'stalken'
  | 'seksueel';

export interface GrammarHit {
  attack: Attack;
  kind: LexiconKind;
  severity: Severity;
  /** The message the rule of this kind shows (its id in the rule's meta). */
  messageId: string;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

export type TargetType = 'jij' | 'derde' | 'naam' | 'groep' | 'zelf';

export interface Target {
  token: number;
  type: TargetType;
  /** Third-person pronouns that point back at a group named before. */
  group?: string;
  /** A group spoken about ("grappen over Turken", "geweld tegen asielzoekers"): named, so later pronouns point at it, but not what the clause attacks. */
  topic?: boolean;
}

export interface Clause {
  from: number;
  /** Exclusive. */
  to: number;
  sentence: number;
}

const SENTENCE_BREAK = /[.!?\n]/;
const CLAUSE_BREAK = /[,;:()"“”‘’«»|]|\s[-–—]\s/;
/** Orders after which "maar" is a particle, not a conjunction: "let maar op", "kom maar naar mijn kamer". */
export const ORDERS = new Set(['let', 'pas', 'wacht', 'kijk', 'ga', 'doe', 'kom', 'zeg', 'probeer', 'geniet', 'hou', 'houd', 'blijf', 'spring', 'stuur', 'laat', 'rot', 'loop', 'sta', 'denk', 'geef', 'neem', 'zet']);

/** "ik geloof er niks van dat …", "ik weet er alles van dat …": the preposition ends "er … van", and "dat" opens a clause. */
const AFTER_ER_PARTICLE = new Set(['er', 'niks', 'niets', 'nix', 'iets', 'alles', 'weinig', 'meer']);
/** Openers of a clause that belongs to the one before ("als", "wanneer", "dat"). */
export const SUBORDINATE = new Set(['als', 'wanneer', 'zodra', 'dat', 'omdat', 'terwijl']);
/** Words that open a new clause: coordinating and subordinating conjunctions. */
const CLAUSE_OPENERS = new Set(['en', 'maar', 'want', 'omdat', 'dus', 'of', 'dat', 'als', 'terwijl', 'zodat', 'totdat', 'nadat', 'voordat', 'hoewel', 'zodra', 'tenzij']);

function splitClauses(doc: TextDocument): Clause[] {
  const tokens = doc.tokens;
  const clauses: Clause[] = [];
  let from = 0;
  let sentence = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length) {
      const gapStart = tokens[i - 1]!.end;
      const gapEnd = tokens[i]!.start;
      // Most gaps are one space: no break there, unless a conjunction opens the next clause.
      const single = gapEnd - gapStart === 1 && doc.text.charCodeAt(gapStart) === 32;
      const gap = single ? ' ' : doc.text.slice(gapStart, gapEnd);
      const sentenceEnds = !single && SENTENCE_BREAK.test(gap);
      // "let maar op", "wacht maar": after an order, "maar" is a particle, not a conjunction; "alleen maar" is "only".
      // "in dat azc", "met dat lijf": after a preposition "dat" is a determiner, not a conjunction.
      const opens =
        CLAUSE_OPENERS.has(tokens[i]!.folded) &&
        !(tokens[i]!.folded === 'maar' && (ORDERS.has(tokens[i - 1]!.folded) || tokens[i - 1]!.folded === 'alleen')) &&
        !(tokens[i]!.folded === 'dat' && PREPOSITIONS.has(tokens[i - 1]!.folded) && !AFTER_ER_PARTICLE.has(tokens[i - 2]?.folded ?? ''));
      if (!sentenceEnds && (single || !CLAUSE_BREAK.test(gap)) && !opens) continue;
      clauses.push({ from, to: i, sentence });
      if (sentenceEnds) sentence++;
      from = i;
    } else {
      clauses.push({ from, to: i, sentence });
    }
  }
  return clauses;
}

/** Does one of the phrases start at `at` ("knap hoor", "voor jouw doen")? */
export function opensPhrase(readings: string[], at: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((phrase) => phrase.every((part, offset) => readings[at + offset] === part));
}

/**
 * The sentences of a text for rules that read a sentence with its neighbours: how many, where each starts (the end of
 * the text past the last), and the text from a sentence's first token to the next one's (its emoji and marks with it).
 */
export function sentenceSpans(read: Reading, doc: TextDocument) {
  const tokens = doc.tokens;
  const end = tokens.length;
  const count = read.sentenceStart.length;
  const startOf = (sentence: number) => (sentence >= count ? end : read.sentenceStart[sentence]!);
  // The first sentence holds what stands before its first word ("🔪 tot maandag"), the last what stands after its last.
  const textOf = (from: number, to: number) => doc.text.slice(from === 0 ? 0 : tokens[from]?.start ?? doc.text.length, to >= end ? doc.text.length : tokens[to]!.start);
  /** A sentence with the one before and after it: where signs spread over a post and their guards are read, not far away in a long post. */
  const around = (sentence: number) => {
    const first = Math.max(0, sentence - 1);
    const last = Math.min(count - 1, sentence + 1);
    return { first, last, from: startOf(first), to: startOf(last + 1) };
  };
  return { count, startOf, textOf, around };
}

/** Does any sentence from `first` to `last` hold one of the frames (a report, the news, a quote)? */
export function framedIn(read: Reading, first: number, last: number, frames: readonly Frame[]): boolean {
  for (let sentence = first; sentence <= last; sentence++) {
    const held = read.frames.get(sentence);
    if (held && frames.some((frame) => held.has(frame))) return true;
  }
  return false;
}

/** "allemaal", "stuk voor stuk": a word for the whole of a group named before; its token or -1. */
export function collectiveAt(readings: string[], clause: { from: number; to: number }): number {
  for (let k = clause.from; k < clause.to; k++) {
    if (readings[k] === 'allemaal') return k;
    if (readings[k] === 'stuk' && readings[k + 1] === 'voor' && readings[k + 2] === 'stuk') return k;
  }
  return -1;
}

/** Each sentence as tokens [from, to) with its frames, leaving out those framed by any of `toldOf` (a report, the news). */
export function* sentencesNotToldOf(read: Reading, toldOf: readonly Frame[]): Generator<{ sentence: number; from: number; to: number; frame: ReadonlySet<Frame> }> {
  const end = read.classes.readings.length;
  for (let sentence = 0; sentence < read.sentenceStart.length; sentence++) {
    const frame = read.frames.get(sentence) ?? NO_FRAMES;
    if (toldOf.some((name) => frame.has(name))) continue;
    yield { sentence, from: read.sentenceStart[sentence]!, to: read.sentenceStart[sentence + 1] ?? end, frame };
  }
}

export function hasWords(readings: string[], from: number, to: number, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  outer: for (let i = from; i + words.length <= to; i++) {
    for (let k = 0; k < words.length; k++) if (readings[i + k] !== words[k]) continue outer;
    return true;
  }
  return false;
}

/** Everything the analysis needs about the text, computed once. */
export interface Reading {
  classes: ClassIndex;
  /** Who is aimed at, per token: found when the analysis first asks (the context guards do not need it). */
  readonly targets: (Target | undefined)[];
  clauses: Clause[];
  /** Per sentence, the guards that hold for all of it. */
  frames: Map<number, Set<Frame>>;
  /** Per sentence number, its first token. */
  sentenceStart: number[];
  /** Clauses an opinion before them denies ("ik vind niet dat …"), by their first token. */
  denied: Set<number>;
  /**
   * Per token, 1 where a report or condemnation governs it ("hij noemde me …", "ik snap niet dat …"): those
   * words are reported, not said. The writer's own clauses before or beside it are not.
   */
  governed: Uint8Array;
}

export type Frame = 'tegenspraak' | 'nieuws' | 'sport' | 'lachen' | 'redenen' | 'citaat' | 'onschuldig_wapen' | 'wens' | 'impliciet_onschuldig' | 'zelfbeschadiging_onschuldig' | 'meld' | 'ziekte_context' | 'voorwaarde' | 'overdreven';

/** A surprise planned: who is kept out of it or not told is kept out for their sake. */
export const SURPRISE = new Set(['verrassing', 'verrassingsfeest', 'verrassingsfeestje', 'surprise', 'surpriseparty', 'surprisefeest']);

/** The writer's own: "ons toneelstuk" is no story told, "mijn hond" no one called a dog. */
export const WRITERS_OWN = new Set(['ons', 'onze', 'mijn', 'mn']);

/**
 * A word of news or stories that is itself a person after a pointing word ("die actrice", "zo'n rechter"):
 * the one the sentence is about, not a sign that it tells a story ("de rechter zei …" still is one).
 */
function namesTheTarget(doc: TextDocument, classes: ClassIndex, match: PhraseMatch): boolean {
  if (match.firstToken !== match.lastToken || !classes.at('persoon', match.firstToken)) return false;
  return POINTING_DETERMINERS.has(doc.tokens[match.firstToken - 1]?.folded ?? '') || doc.tokens[match.firstToken - 1]?.skeleton === 'zon';
}


/**
 * Endings of Dutch words for people by what they do (presentator, monteur, vlogger, pianist, sollicitant,
 * lerares, kapster): a guess used only after a determiner, and only matters next to a word of attack.
 */
const AGENT_NOUN = /^[a-z]{3,}(?:ator|eur|er|aar|ist|ant|ent|ier|ster|trice|es)(?:s|en|sen)?$/;
function isAgentNoun(word: string): boolean {
  // "de kluisjes zijn te klein": a diminutive plural ("-jes") is a thing, however it ends.
  // "de porties zijn te dik": a plural on "-ies" (porties, series, kopies) is a thing too.
  return AGENT_NOUN.test(word) && !DIMINUTIVE_PLURAL.test(word) && !THING_PLURAL.test(word) && !NOT_AGENTS.has(word) && !NOT_AGENTS.has(word.replace(/(?:s|en)$/, '')) && !THING_HEAD.test(word);
}
/** A compound on a head that names a thing ("mentorles", "gymlessen", "huisnummer", "slaapkamer"): no one. */
const THING_HEAD = /\p{L}{2,}(?:les|lessen|nummer|nummers|kamer|kamers|computer|meter|papier|cijfer|cijfers|poster|theater|container|filter|register|printer|scooter|koffer|zolder|kelder|water|weer)$/u;
const DIMINUTIVE_PLURAL = /[tp]?jes$/;
const THING_PLURAL = /ies$/;
/**
 * "Turkse bruiloften", "dat Griekse restaurant": a group's adjective before a word that is no person, a group,
 * a verb of being or a little word describes a thing of theirs, and names no one ("de Turkse is …", "Turkse
 * meiden" still do).
 */
function beforeAThing(classes: ClassIndex, tokens: readonly Token[], token: number): boolean {
  // Only an inflected adjective ("turkse", "blinde") stands before a noun; "vluchtelingen", "biseksueel" are the people.
  if (!classes.at('groep_bijvoeglijk', token) || !classes.readings[token]!.endsWith('e')) return false;
  const next = token + 1;
  if (next >= tokens.length || !tokens[next]!.hasLetter || tokens[next]!.sentenceStart || tokens[next]!.capitalised) return false;
  const word = classes.readings[next]!;
  if (word.length < 4 || LITTLE_WORDS.has(word)) return false;
  // A word for a person or what people are called ("dealer", "sukkel", "tuig") keeps them people.
  if (isAgentNoun(word)) return false;
  return !(['persoon', 'groep', 'groep_bijvoeglijk', 'koppel', 'norm', 'jij', 'derde', 'scheldnaam', 'neg_adjectief', 'ontmenselijk', 'lichaam_neg', 'dier', 'misdaad'] as const).some((name) => classes.at(name, next));
}
/** Little words after a group's adjective that leave it a noun ("de Turkse zegt", "Marokkaanse die …"). */
const LITTLE_WORDS = new Set(['die', 'dat', 'deze', 'zijn', 'moet', 'moeten', 'mogen', 'kunnen', 'willen', 'wil', 'gaan', 'gaat', 'doen', 'doet', 'hebben', 'heeft', 'zegt', 'zeggen', 'komen', 'komt', 'horen', 'hoort', 'weten', 'altijd', 'nooit', 'echt', 'gewoon', 'allemaal', 'ook', 'zelf', 'maar', 'want', 'omdat', 'terwijl', 'wonen', 'woont', 'stelen', 'steelt', 'zouden', 'zou', 'lijken', 'lijkt', 'krijgen', 'krijgt', 'blijven', 'blijft', 'worden', 'wordt']);

/**
 * An agent noun as the subject of "is / lijkt / blijft" right after it, or after a short phrase with a
 * preposition ("De monteur bij die garage is …"): a guess at a person.
 */
function isAgentSubject(classes: ClassIndex, token: number): boolean {
  if (classes.at('voorwerp', token) || classes.at('neg_adjectief', token)) return false;
  if (!PERSON_DETERMINERS.has(classes.readings[token - 1] ?? '')) return false;
  let next = token + 1;
  if (PREPOSITIONS.has(classes.readings[next] ?? '')) {
    const end = Math.min(classes.readings.length, next + 1 + MAX_PREPOSITION_PHRASE);
    for (next++; next < end && !classes.at('koppel', next) && !classes.at('norm', next); next++);
  }
  // The subject of "is", or of "moeten / mogen / zouden" ("die dealers mogen van mij …").
  if (next >= classes.readings.length) return false;
  if (classes.at('norm', next)) return isAgentNoun(classes.readings[token]!);
  if (!classes.at('koppel', next)) return false;
  // Any noun is someone when what it is called is only said of living beings ("die daklozen zijn net ratten").
  return isAgentNoun(classes.readings[token]!) || calledLikeABeing(classes, next);
}

/** After the copula at `copula`, a word for what only people or animals are called (vee, ratten, sukkels). */
function calledLikeABeing(classes: ClassIndex, copula: number): boolean {
  const end = Math.min(classes.readings.length, copula + 1 + PREDICATE_REACH);
  for (let k = copula + 1; k < end; k++) if ((classes.at('ontmenselijk', k) && !SAID_OF_THINGS.has(classes.readings[k]!)) || classes.at('scheldnaam', k)) return true;
  return false;
}
/** Words of dehumanisation that are as often said of things ("mijn tas is afval"): no sign of a person. */
const SAID_OF_THINGS = new Set(['afval', 'vuil', 'rommel', 'troep', 'drek', 'stront', 'virus', 'plaag', 'pest', 'kanker', 'gif', 'schimmel', 'rotzooi', 'zooi']);
const PREDICATE_REACH = 4;
const PREPOSITIONS = new Set(['bij', 'van', 'uit', 'in', 'op', 'aan', 'met', 'achter', 'naast', 'voor']);
const MAX_PREPOSITION_PHRASE = 3;

/** Common words with those endings that name no one. */
const NOT_AGENTS = new Set(['stofzuiger', 'oplader', 'wekker', 'blender', 'router', 'server', 'speaker', 'boiler', 'scanner', 'sticker', 'water', 'weer', 'winter', 'zomer', 'kamer', 'nummer', 'computer', 'meter', 'moment', 'cadeau', 'cement', 'talent', 'procent', 'element', 'instrument', 'argument', 'document', 'restaurant', 'klimaat', 'paar', 'jaar', 'gevaar', 'centimeter', 'kilometer', 'letter', 'teller', 'hamer', 'koffer', 'printer', 'scooter', 'poster', 'venster', 'monster', 'proces', 'adres', 'les', 'kers', 'interesse', 'september', 'oktober', 'november', 'december', 'filter', 'theater', 'karakter', 'kwartier', 'papier', 'plezier', 'manier', 'bier', 'dier', 'vier', 'hier', 'presentatie', 'cijfer', 'offer', 'kantoor', 'register', 'parameter', 'containers', 'container', 'trailer', 'oever', 'kelder', 'zolder', 'ander', 'minder', 'verder', 'elder', 'eerder', 'lekker', 'later', 'daar', 'waar', 'klaar', 'maar', 'naar', 'zwaar', 'raar', 'haar', 'elkaar', 'paars', 'super', 'over', 'onder', 'achter', 'zeker', 'immer', 'nooit', 'weken', 'ieder', 'iedere', 'wonder', 'donder', 'schouder']);

const PERSON_DETERMINERS = new Set(['die', 'deze', 'dat', 'dit', 'de', 'het', 'zo', 'zon', 'zulke', 'mijn', 'je', 'jouw', 'zijn', 'haar', 'onze', 'ons', 'hun', 'elke', 'iedere', 'alle', 'een', 'n', 'z', 'zn', 'dr']);
const BARE_DEMONSTRATIVES = new Set(['die', 'deze']);
const HIS = new Set(['zijn', 'zn', 'z']);
const RELATIVES = new Set(['die', 'wie']);
const POINTING_DETERMINERS = new Set(['die', 'deze', 'mijn', 'je', 'jouw', 'zijn', 'haar', 'onze', 'hun', 'z', 'zn', 'dr']);
export const GENDER_SINGULAR = new Set(['vrouw', 'man', 'meisje', 'meid', 'jongen', 'kerel', 'moeder', 'vader', 'wijf']);
/** Boys, girls, men, women as a plural: after a pointing word they are some people ("die jongens"), addressed they are the readers. */
const GENDER_PLURAL = new Set(['jongens', 'meiden', 'meisjes', 'mannen', 'vrouwen', 'kerels', 'dames', 'heren']);
/** At most this many words open a sentence before a word of address ("ff focus jongens, …"). */
const MAX_WORDS_BEFORE_ADDRESS = 2;

/**
 * "jongens, morgen toets", "ff focus jongens, eerst …", "kom op meiden!": boys or girls addressed near the start of
 * a sentence and followed by a comma or an exclamation mark, or addressed after a comma at its end.
 */
function isAddressed(doc: TextDocument, token: number): boolean {
  const tokens = doc.tokens;
  const after = doc.text.slice(tokens[token]!.end, tokens[token + 1]?.start ?? doc.text.length);
  let start = token;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  if (/^\s*[,!:]/.test(after) && token - start <= MAX_WORDS_BEFORE_ADDRESS) return true;
  const before = token > 0 ? doc.text.slice(tokens[token - 1]!.end, tokens[token]!.start) : '';
  return /,\s*$/.test(before) && (!tokens[token + 1] || tokens[token + 1]!.sentenceStart);
}

/** Prepositions after a noun that make the group after them what the noun is about ("berichten over Turken"). */
const ABOUT = new Set(['over', 'tegen', 'jegens', 'richting']);
/** Words before such a preposition that are no noun: "ik ben tegen homo's" takes a stand, "ik heb niks tegen …" opens a derogation. */
const NOT_NOUNS = new Set(['ik', 'wij', 'we', 'jij', 'je', 'hij', 'zij', 'ze', 'niks', 'niets', 'iets', 'wat', 'echt', 'gewoon', 'altijd', 'nog', 'ook', 'zo', 'heel', 'erg', 'alles', 'mensen', 'die', 'dat']);
/** A group word right after "over", or after "tegen" that follows a noun ("geweld tegen asielzoekers"): spoken about. */
function isTopic(classes: ClassIndex, group: number): boolean {
  let at = group - 1;
  // "over de Turken", "tegen al die vluchtelingen"
  while (at > 0 && /^(de|die|deze|al|alle|onze)$/.test(classes.readings[at]!)) at--;
  const preposition = classes.readings[at];
  if (!preposition || !ABOUT.has(preposition)) return false;
  const before = at - 1;
  if (before < 0) return false;
  if (preposition === 'over') return true;
  return !classes.at('koppel', before) && !classes.at('emotie', before) && !classes.at('norm', before) && !NOT_NOUNS.has(classes.readings[before]!);
}

/** Before a shop, a brand or a figure rather than a pupil: "bij de Dirk", "naar Zara", "een Mercedes", "in Fortnite". */
const NOT_BEFORE_A_PUPIL = new Set(['de', 'het', 'een', 'bij', 'naar', 'in', 'van', 'die', 'deze', 'mijn', 'onze', 'zijn', 'haar', 'als', 'zoals', 'speel', 'spelen', 'kijk', 'kijken', 'super']);
function findTargets(doc: TextDocument, classes: ClassIndex): (Target | undefined)[] {
  const tokens = doc.tokens;
  const targets: (Target | undefined)[] = new Array(tokens.length);
  const mark = (token: number, type: TargetType) => {
    if (!targets[token] || type === 'groep' || type === 'naam') targets[token] = { token, type };
  };
  for (let i = 0; i < tokens.length; i++) {
    if (classes.at('jij', i) && !isGenericYou(doc, i)) mark(i, 'jij');
    else if (classes.at('derde', i)) mark(i, 'derde');
    else if (classes.at('zelf', i)) mark(i, 'zelf');
    // "Die vrouw" is one woman, not women: a gender word in the singular after a pointing or possessive word
    // names a person ("een vrouw als baas?", "de vrouw hoort …" still speak of women).
    const pointed = POINTING_DETERMINERS.has(classes.readings[i - 1] ?? '');
    const oneOfAGender = GENDER_SINGULAR.has(classes.readings[i]!) && pointed;
    // "die jongens zijn gemeen" are some boys; "jongens, focus" are the readers.
    const someOfAGender = GENDER_PLURAL.has(classes.readings[i]!) && pointed;
    if (GENDER_PLURAL.has(classes.readings[i]!) && isAddressed(doc, i)) mark(i, 'jij');
    else if (classes.at('groep', i) && !classes.at('voorwerp', i) && !beforeAThing(classes, tokens, i)) mark(i, oneOfAGender || someOfAGender ? 'derde' : 'groep');
    // "marokkaanse jongens", "die homoseksuele leraar": a group word before a word for a person.
    if (classes.at('groep_bijvoeglijk', i)) {
      for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
        if (classes.at('persoon', k)) {
          mark(k, 'groep');
          targets[k]!.group = classes.groupAt(i);
          break;
        }
      }
      // "ze is lesbisch", "hij is vast gay": who someone is, said as what the clause is about.
      if (!targets[i] && isPredicate(classes, i)) {
        mark(i, 'groep');
        targets[i]!.group = classes.groupAt(i);
      }
    }
    // "meneer de jong", "mevrouw smit", "juf anna": a title before a name typed in lower case is someone named.
    if (TITLES.has(classes.readings[i]!) && !targets[i] && isNameAfterTitle(tokens, i + 1)) mark(i, 'naam');
    // "die gast", "de nieuwe leraar", "mijn mentor": a person word after a determiner; also, as the subject
    // of "is", a word made like a word for someone who does something ("die presentator", "de monteur").
    if ((classes.at('persoon', i) || isAgentSubject(classes, i)) && !targets[i]) {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        if (PERSON_DETERMINERS.has(tokens[k]!.skeleton) || PERSON_DETERMINERS.has(tokens[k]!.folded)) {
          mark(i, 'derde');
          break;
        }
      }
      // "Mensen die op die partij stemmen …": people picked out by what follows them.
      if (!targets[i] && classes.at('persoon', i) && RELATIVES.has(tokens[i + 1]?.folded ?? '')) mark(i, 'derde');
    }
    // "die is echt dom": a demonstrative standing alone, not before a noun; "die dikke van 2A": before an
    // adjective used as a noun; "Polen? Die jatten …": opening a sentence before a verb.
    if (BARE_DEMONSTRATIVES.has(tokens[i]!.folded) && !targets[i]) {
      const next = tokens[i + 1];
      const adjectiveNoun = next && (classes.at('neg_adjectief', i + 1) || classes.at('lichaam_neg', i + 1)) && (!tokens[i + 2] || /^(van|uit|met|in|daar|haha|lol)$/.test(tokens[i + 2]!.folded));
      // Only after a question or a trailing off ("Polen? Die …", "Hindoes… die …"), where it points back.
      const before = i > 0 ? doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start) : '';
      const opening = /[?…]|\.\./.test(before) && next && !classes.at('persoon', i + 1) && !classes.at('voorwerp', i + 1) && !classes.at('groep', i + 1) && !classes.at('groep_bijvoeglijk', i + 1);
      if (!next || adjectiveNoun || opening || classes.at('koppel', i + 1) || classes.at('norm', i + 1) || classes.at('intentie', i + 1) || classes.at('derde', i + 1)) mark(i, 'derde');
    }
    // "zijn hoofd is zo rond": "zijn" before a body part is someone's, not the verb.
    if (classes.at('lichaamsdeel', i) && HIS.has(classes.readings[i - 1] ?? '') && !targets[i - 1]) mark(i - 1, 'derde');
  }
  for (const reference of allPersonReferences(doc)) {
    for (let i = reference.firstToken; i <= reference.lastToken; i++) mark(i, 'naam');
  }
  // "ik maak Dirk morgen af": a first name that is also a shop or a figure is a pupil when written as a name alone (not
  // "bij de Dirk", not "Mario Kart").
  const shared = publicFirstNames();
  for (let i = 0; i < tokens.length; i++) {
    if (targets[i] || !tokens[i]!.capitalised || !shared.has(tokens[i]!.folded) || tokens[i + 1]?.capitalised) continue;
    if (!NOT_BEFORE_A_PUPIL.has(tokens[i - 1]?.folded ?? '')) mark(i, 'naam');
  }
  // A class: "die uit 2B", "iemand van 3C".
  for (let i = 1; i < tokens.length; i++) {
    if (/^([1-6][a-h]|brugklas)$/.test(tokens[i]!.folded) && /^(van|uit|in)$/.test(tokens[i - 1]!.folded)) mark(i, 'derde');
  }
  for (let i = 0; i < tokens.length; i++) {
    const target = targets[i];
    if (target?.type !== 'groep') continue;
    target.group ??= classes.groupAt(i);
    if (isTopic(classes, target.token)) target.topic = true;
  }
  return targets;
}

/** Words that may stand between "is" and what someone is ("is vast gay", "is toch gewoon homo"). */
const PREDICATE_FILLERS = new Set(['vast', 'gewoon', 'gwn', 'echt', 'toch', 'ook', 'wel', 'zeker', 'natuurlijk', 'stiekem', 'dus', 'blijkbaar', 'volgens', 'mij']);
/** The word stands right after a copula ("is", "zijn"), fillers between. */
function isPredicate(classes: ClassIndex, word: number): boolean {
  for (let k = word - 1; k >= Math.max(0, word - 4); k--) {
    if (classes.at('koppel', k)) return true;
    if (!PREDICATE_FILLERS.has(classes.readings[k]!)) return false;
  }
  return false;
}

const TITLES = new Set(['meneer', 'mevrouw', 'juf', 'juffrouw', 'meester', 'mr', 'mevr', 'dhr', 'mw']);
const NAME_PARTICLES = new Set(['de', 'van', 'der', 'den', 'ter', 'ten', 'el', 'al']);
/** After a title: a name (with its particles), not a word of the sentence ("meneer is ziek", "juf zegt"). */
function isNameAfterTitle(tokens: TextDocument['tokens'], at: number): boolean {
  let k = at;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.folded) && k - at < 2) k++;
  const word = tokens[k];
  return !!word && word.hasLetter && word.folded.length >= 3 && !NOT_NAMES.has(word.folded);
}
/** Words that follow a title without being a name. */
const NOT_NAMES = new Set(['is', 'was', 'zegt', 'zei', 'heeft', 'had', 'kan', 'mag', 'moet', 'wil', 'gaat', 'ging', 'komt', 'kwam', 'zit', 'staat', 'deed', 'doet', 'vond', 'vindt', 'met', 'van', 'uit', 'die', 'zelf', 'ook', 'nog', 'echt', 'niet', 'wel', 'heel', 'weer', 'gewoon', 'gwn', 'vandaag', 'morgen', 'gisteren']);

const FRAME_CLASSES = ['tegenspraak', 'nieuws', 'sport', 'lachen', 'redenen', 'onschuldig_wapen', 'wens', 'impliciet_onschuldig', 'zelfbeschadiging_onschuldig', 'meld', 'hulpvraag', 'ziekte_context', 'voorwaarde', 'positief'] as const;
/**
 * Classes that set another class's frame: praise ("we gaan je missen, zo gezellig") makes a veiled threat a plan; asking
 * for help ("wat moet ik doen?", "kan iemand mij helpen?") tells of what happened around it, as a condemnation does.
 */
const FRAME_OF: Partial<Record<(typeof FRAME_CLASSES)[number], Frame>> = { positief: 'impliciet_onschuldig', hulpvraag: 'tegenspraak' };
/** Praise or an arrangement in the sentence after a veiled threat explains it ("Ik weet waar je woont. Ik kom je om 8 uur ophalen."). */
const ARRANGEMENTS = new Set(['ophalen', 'opgehaald', 'brengen', 'samen', 'appje', 'appen', 'bellen', 'uitnodiging', 'feest', 'verjaardag', 'trakteren', 'cadeau', 'kado', 'lift', 'boek', 'boeken', 'tas', 'jas', 'sleutels', 'spullen']);
const explainsTheSentenceBefore = (name: string, word: string) => name === 'positief' || (name === 'impliciet_onschuldig' && ARRANGEMENTS.has(word));
/** Frames that reach into the sentences around them: a report, a story, a match is told over several, as is what one asks help for. */
const WIDE_FRAMES: Frame[] = ['tegenspraak', 'nieuws', 'sport'];
const WIDE_CLASSES = new Set<string>(['hulpvraag']);
/** Balls, goals, cups and game controllers (not a boxing glove: "ik sla je 🥊"). */
const SPORT_EMOJI = /[\u26BD\u{1F3C0}\u{1F3D0}\u{1F3C8}\u26BE\u{1F3BE}\u{1F3D2}\u{1F3D1}\u{1F945}\u{1F3C6}\u{1F3AE}\u{1F579}\u{1F3D3}\u{1F3F8}\u26F3\u{1F3C9}\u{1F3C1}]/u;
/** Quotation marks; an apostrophe only as one ("'s avonds", "'t is", "'k", "'n", "'m" are words shortened, not quoted). */
const QUOTES = /["“”«»„]|(^|\s)'(?![stkmn]\b)|'(\s|$)/;
/** Does the clause, or the character either side of it, hold a quotation mark? */
function holdsQuote(doc: TextDocument, clause: Clause): boolean {
  const from = doc.tokens[clause.from]?.start ?? 0;
  const to = doc.tokens[clause.to - 1]?.end ?? 0;
  return QUOTES.test(doc.text.slice(Math.max(0, from - 1), to + 1));
}
const HEARTS_AND_HUGS = '❤♥❣💕💖💗💓💞💘💝💟💛💙💜💚🧡🤍🖤🤎🩷🩵🩶🥰🤗🫶🫂🤝';
/** Hearts of every colour and hugs, as emoji: said fondly (a kiss or heart-eyes may also flirt or mock). */
export const HEART_EMOJI = new RegExp(`[${HEARTS_AND_HUGS}]`, 'u');
/** Hearts, hugs and kisses, as emoji: said fondly, among friends. */
export const AFFECTION_EMOJI = new RegExp(`[${HEARTS_AND_HUGS}😍🥹😘]`, 'u');
/** Laughing emoji and words: "😂", "hahaha", "grapje", "jk". */
// The emoji as surrogate pairs (😂 🤣 😆 😄 😁 😝 😜 😭): without the Unicode flag the test is many times faster on a long post.
export const LAUGHTER = /\uD83D[\uDE02\uDE06\uDE04\uDE01\uDE1D\uDE1C\uDE2D]|\uD83E\uDD23|\b(?:ha){2,}|\bhihi|\blol\b|\blmao\b|\bgrapje\b|\bjk\b/i;
/** What makes "once more" after "als je": "nog 1x" (read "ix"), "nog een keer", "nog één keer", "weer", "ooit nog". */
const ONCE_MORE = new Set(['1x', 'ix', 'keer', 'eens', 'weer', 'ooit']);
/** Stabbing and shooting, in any form. */
const ARMED_VERBS = /^(?:steek|steekt|steken|stak|gestoken|neerst|schiet|schieten|schoot|geschoten|neersch)/;
function isArmed(classes: ClassIndex, clause: Clause): boolean {
  if (classes.first('wapen', clause.from, clause.to)) return true;
  for (let k = clause.from; k < clause.to; k++) if (ARMED_VERBS.test(classes.readings[k]!)) return true;
  return false;
}
/**
 * "als je nog 1x …", "als je weer …", "als je mijn chips pakt", "als je mijn laatste stroopwafel opeet": a condition on
 * doing a thing again, or on a thing of the writer's (not a person of theirs: "als je mijn zusje aanraakt").
 */
function isPettyCondition(classes: ClassIndex, clause: Clause): boolean {
  const readings = classes.readings;
  for (let k = clause.from; k + 1 < clause.to; k++) {
    if (readings[k] !== 'als' || !CONDITION_SUBJECTS.has(readings[k + 1]!)) continue;
    // "… als je nog 1x …", or a small thing at stake: "… als je mijn verrassing verklapt 😂", "… als je mijn chips pakt".
    for (let m = k + 2; m < Math.min(clause.to, k + 6); m++) if (ONCE_MORE.has(readings[m]!) || SMALL_STAKES.test(readings[m]!)) return true;
    if (WRITERS_OWN.has(readings[k + 2] ?? '') && isAThingOfMine(classes, k + 3, Math.min(clause.to, k + 6))) return true;
  }
  return false;
}
/** Words in [from, to) after "mijn" that name no person, relative, pet or body part: a thing of the writer's. */
function isAThingOfMine(classes: ClassIndex, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (PEOPLE_OF_MINE.has(classes.readings[k]!) || THINGS_OF_MINE_EXCLUDED.some((name) => classes.at(name, k))) return false;
  return true;
}
/** Who friends call theirs ("mijn bff", "mijn schatje"), beside the classes of people and relatives. */
const PEOPLE_OF_MINE = new Set(['bff', 'bestie', 'schatje', 'schat', 'liefje', 'lief', 'vriend', 'vriendin', 'vriendje', 'vriendinnetje', 'meisje', 'jongen', 'crush', 'kind', 'kinderen', 'baby']);
const THINGS_OF_MINE_EXCLUDED: readonly WordClass[] = ['persoon', 'familie_doel', 'lichaamsdeel', 'seks_lichaam', 'dier', 'rol', 'jij', 'derde'];
/** Small things friends fight over: a spoiler, a surprise told, snacks, a charger, a hoodie. */
const SMALL_STAKES = /^(?:spoil\w*|\w*verrassing\w*|chips|snoep\w*|\w*taart\w*|friet|patat|koekje\w*|oplader|hoodie|trui)$/;
/** "is geen racisme", "ben niet racistisch", "ben echt geen racist": a copula and a denial right before. */
function disclaims(classes: ClassIndex, at: number): boolean {
  const readings = classes.readings;
  let k = at - 1;
  if (readings[k] !== 'geen' && readings[k] !== 'niet') return false;
  k--;
  while (k >= 0 && DISCLAIM_FILLERS.has(readings[k]!)) k--;
  return k >= 0 && classes.at('koppel', k);
}
const DISCLAIM_FILLERS = new Set(['echt', 'helemaal', 'zeker', 'heus', 'gewoon', 'ook']);
/** "mag ik zeggen", "ik moet zeggen", "ik zeg het maar": saying, by the writer, now. */
function saysOwnWords(readings: string[], at: number): boolean {
  const said = readings[at]!;
  if (said !== 'zeggen' && said !== 'zeg') return false;
  return (readings[at - 1] === 'ik' && OWN_SAYING.has(readings[at - 2] ?? '')) || (readings[at - 1] === 'ik' && said === 'zeg') || (OWN_SAYING.has(readings[at - 1] ?? '') && readings[at - 2] === 'ik');
}
const OWN_SAYING = new Set(['mag', 'moet', 'durf', 'wil', 'kan']);
/** "jij hebt hier niks over te zeggen", "nooit iets zinnigs te zeggen": having nothing to say reports no one's words. */
function nothingToSay(readings: string[], at: number): boolean {
  if (readings[at] !== 'zeggen' || readings[at - 1] !== 'te') return false;
  for (let k = at - 2; k >= Math.max(0, at - 5); k--) if (NOTHING_TO_SAY.has(readings[k]!)) return true;
  return false;
}
const NOTHING_TO_SAY = new Set(['niks', 'niets', 'zinnigs', 'nuttigs']);
/**
 * "je hebt me geblokt", "blokkeren heeft geen zin": blocking aimed at the writer, or called useless, is no advice against
 * abuse ("blokkeer hem en meld het") but the pursuer speaking.
 */
export function blockingTheWriter(readings: string[], match: { firstToken: number; lastToken: number }): boolean {
  const at = match.firstToken;
  if (!/^(ge)?(blok|block)/.test(readings[at]!)) return false;
  if (WRITER_OBJECT.has(readings[at - 1] ?? '') || WRITER_OBJECT.has(readings[at + 1] ?? '')) return true;
  for (let k = at + 1; k < Math.min(readings.length, at + 5); k++) if ((readings[k] === 'geen' && readings[k + 1] === 'zin') || (readings[k] === 'helpt' && /^(niet|niks|niets)$/.test(readings[k + 1] ?? ''))) return true;
  return false;
}
const WRITER_OBJECT = new Set(['me', 'mij', 'mn', "m'n", 'my']);

/** "meld je … af", "meld je aan": the particle of afmelden or aanmelden within a few words of the verb. */
function isSignUp(readings: string[], match: { firstToken: number; lastToken: number }): boolean {
  if (match.firstToken !== match.lastToken || !/^meld(t|en)?$/.test(readings[match.firstToken]!)) return false;
  // "je kan je beter ziek melden", "om je ziek te melden": calling in sick.
  if (readings[match.firstToken - 1] === 'ziek' || (readings[match.firstToken - 2] === 'ziek' && readings[match.firstToken - 1] === 'te')) return true;
  // "meld het aan de mentor" reports; "meld je aan (voor …)" signs on.
  const yourself = /^(je|jullie|u|jezelf)$/.test(readings[match.firstToken + 1] ?? '');
  for (let k = match.firstToken + 1; k < Math.min(readings.length, match.firstToken + 6); k++) if (readings[k] === 'af' || (yourself && readings[k] === 'aan')) return true;
  return false;
}
/** Verbs of passing words on: "mensen die 'ga dood' sturen", "die 'kys' onder elk filmpje zet". */
const PASSING_ON = new Set(['stuur', 'stuurt', 'sturen', 'stuurde', 'stuurden', 'zet', 'zetten', 'zette', 'typt', 'typen', 'typte', 'schrijft', 'schrijven', 'schreef', 'post', 'posten', 'postte', 'plaatst', 'plaatsen', 'zegt', 'zeggen', 'zei', 'roept', 'roepen', 'riep', 'appt', 'appen']);
/** The writer as a subject: "ik", "we". */
export const FIRST_PERSON = new Set(['ik', 'k', 'we', 'wij']);
const PASSING_REACH = 30;
/**
 * Quoted words passed on by others, in the sentence of the quote: a mention, not a use ("mensen die 'ga dood'
 * sturen weten niet wat ze aanrichten"). Not when the writer passes them on ("ik zeg het nog één keer: '…'").
 */
function passedOnByOthers(readings: string[], sentenceOf: Int32Array, sentence: number, near: number): boolean {
  let passed = false;
  // Within a window, not the whole sentence: a pasted wall without full stops stays linear.
  for (let k = near; k >= Math.max(0, near - PASSING_REACH) && sentenceOf[k] === sentence; k--) {
    if (FIRST_PERSON.has(readings[k]!)) return false;
    passed ||= PASSING_ON.has(readings[k]!);
  }
  for (let k = near + 1; k < Math.min(readings.length, near + PASSING_REACH) && sentenceOf[k] === sentence; k++) {
    if (FIRST_PERSON.has(readings[k]!)) return false;
    passed ||= PASSING_ON.has(readings[k]!);
  }
  return passed;
}
/**
 * Words that name words seen, read or said as a text ("ik zag de tekst '…' op een muur", "in de groepsapp stond
 * '…'", "'…' — zulke reacties horen hier niet"): a quote beside them is shown, not used, whoever tells it.
 */
const WORDS_AS_TEXT = new Set(['zag', 'zagen', 'gezien', 'las', 'lazen', 'gelezen', 'hoorde', 'hoorden', 'gehoord', 'stond', 'stonden', 'tekst', 'teksten', 'reactie', 'reacties', 'uitspraak', 'uitspraken', 'opmerking', 'opmerkingen', 'bericht', 'berichten', 'comment', 'comments', 'leus', 'leuzen', 'graffiti', 'spandoek', 'bord', 'haat', 'racisme', 'discriminatie', 'kwetsend', 'kwetsende', 'zulke', 'zoiets', 'verscheen', 'verschenen', 'ingelicht', 'doorgezet', 'nageroepen', 'bedreigd', 'briefje', 'briefjes', 'muur', 'gekalkt', 'geklad', 'doorgestuurd']);
/** A word naming words as a text in the sentence of the quote, or in the sentence after it ("… Heb het gefotografeerd"). */
function speaksOfWords(readings: string[], sentenceOf: Int32Array, sentence: number, near: number): boolean {
  for (let k = near; k >= Math.max(0, near - PASSING_REACH) && sentenceOf[k] === sentence; k--) if (WORDS_AS_TEXT.has(readings[k]!)) return true;
  for (let k = near + 1; k < Math.min(readings.length, near + PASSING_REACH) && sentenceOf[k]! <= sentence + 1; k++) if (WORDS_AS_TEXT.has(readings[k]!)) return true;
  return false;
}
/** Words that open a condition ("als je …", "zodra jij …"), with a subject after them ("als criminelen neergezet" is no condition). */
export const CONDITION_OPENERS = new Set(['als', 'zodra', 'wanneer', 'indien']);
const CONDITION_SUBJECTS = new Set(['je', 'jij', 'jullie', 'u', 'hij', 'zij', 'ze', 'iemand', 'ik', 'we', 'wij', 'er']);
function opensCondition(readings: string[], from: number): boolean {
  // "Volgende keer dat je mijn naam noemt, …": a condition too ("dat" may open the clause); "de eerste keer dat …" tells what happened.
  if (readings[from] === 'dat' && readings[from - 1] === 'keer' && readings[from - 2] === 'volgende') return true;
  if (readings[from] === 'volgende' && readings[from + 1] === 'keer') return true;
  return CONDITION_OPENERS.has(readings[from]!) && CONDITION_SUBJECTS.has(readings[from + 1] ?? '');
}
/** A condemnation ending in one of these governs the clause after it only ("ik snap niet dat …"). */
const GOVERNING = new Set(['dat', 'waarom']);
/** A clause opened by a subject of its own is the writer's next statement, no longer the words reported ("…, het is een nepperd"). */
const OWN_SUBJECTS = new Set(['ik', 'k', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'het', 'we', 'wij', 'jullie', 'men']);
/** "Dat riep hij", "zo noemde ze me": a report that points back at the sentence before. */
const POINTING_BACK = new Set(['dat', 'dit', 'zo', 'zoiets', 'zulke']);
/** A clause this short before a verb of reporting is the words reported ("kankerhoer, riep hij"). */
const MAX_REPORTED_BEFORE = 3;

/** A report governs at most this many clauses after its own (a paste without full stops is one sentence). */
const MAX_GOVERNED_CLAUSES = 6;
const RELATIVE_PRONOUNS = new Set(['die', 'wie']);
/**
 * Marks what a report or condemnation governs: from its own clause (or the bare words reported just before it)
 * through the clauses after it in the sentence, up to a clause with a subject of its own.
 */
function markGoverned(governed: Uint8Array, clauses: readonly Clause[], readings: string[], at: number, reportsWords: boolean): void {
  const index = Math.max(0, firstNotBefore(clauses.length, (k) => clauses[k]!.from <= at) - 1);
  const own = clauses[index]!;
  let from = own.from;
  // "je bent een sukkel die vrouwen hoer noemt": a report closing a relative clause tells what its antecedent says;
  // the words before the relative pronoun are the writer's own.
  for (let k = at - 1; k >= own.from + 2; k--) {
    if (!RELATIVE_PRONOUNS.has(readings[k]!)) continue;
    from = k;
    break;
  }
  const before = clauses[index - 1];
  if (reportsWords && before) {
    // "… vraagt om foto's en dreigt ze te delen": a report sharing its subject with the clause before tells that one too.
    const sharesSubject = /^(en|of)$/.test(readings[own.from]!) && own.from + 1 === at;
    if (before.sentence === own.sentence && (before.to - before.from <= MAX_REPORTED_BEFORE || sharesSubject)) from = before.from;
    // "Vuile homo! Dat riepen ze me na": the sentence before is what was said.
    else if (before.sentence === own.sentence - 1 && POINTING_BACK.has(readings[own.from]!) && at - own.from <= 2) {
      for (let k = index - 1; k >= 0 && clauses[k]!.sentence === before.sentence; k--) from = clauses[k]!.from;
    }
  }
  let to = own.to;
  for (let k = index + 1; k < clauses.length && k - index <= MAX_GOVERNED_CLAUSES && clauses[k]!.sentence === own.sentence && !OWN_SUBJECTS.has(readings[clauses[k]!.from]!); k++) to = clauses[k]!.to;
  governed.fill(1, from, to);
}

/** Nouns for a claim that is spoken of, not made: "het idee dat …", "die reacties dat …". */
const CLAIM_NOUNS = new Set(['idee', 'gedachte', 'beeld', 'opvatting', 'vooroordeel', 'vooroordelen', 'mythe', 'stereotype', 'bewering', 'beweringen', 'uitspraak', 'uitspraken', 'opmerking', 'opmerkingen', 'commentaar', 'commentaren', 'reactie', 'reacties', 'claim', 'leugen', 'praatje', 'praatjes', 'fabel', 'onzin', 'suggestie', 'aanname', 'propaganda', 'complottheorie', 'gerucht', 'geruchten', 'grap', 'grappen']);
/** Saying or believing, after "mensen die", "wie", "iedereen die" or "stop met": the claim after "dat" is theirs. */
const CLAIMING = new Set(['zeggen', 'zegt', 'zei', 'zeiden', 'denken', 'denkt', 'dacht', 'dachten', 'vinden', 'vindt', 'roepen', 'roept', 'riep', 'beweren', 'beweert', 'beweerde', 'geloven', 'gelooft', 'schrijven', 'schrijft', 'schreef', 'twitteren', 'tweeten', 'tweet', 'posten', 'post', 'verkondigen', 'verkondigt', 'suggereren', 'suggereert', 'doen', 'doet']);
const WHO_CLAIM = new Set(['die', 'wie']);
const CALLS_TO_AGREE = new Set(['tag', 'tagt', 'like', 'liken', 'retweet', 'rt', 'deel', 'stem', 'eens', 'steun', 'respect']);
/** After such a claim, words that take it up as true: then it is the writer's own ("het idee dat … klopt gewoon"). */
const ENDORSING = new Set(['klopt', 'kloppen', 'waar', 'waarheid', 'terecht', 'feit', 'feiten', 'gelijk', 'eens', 'fan', 'steun', 'steunen', 'prima', 'geweldig', 'mooi', 'goed', 'eerlijk', 'logisch', 'normaal', 'begrijpelijk', 'snap', 'hoop']);
/** What someone "vergelijkt met" or "noemt" after "wie": "wie Turken met kakkerlakken vergelijkt, …". */
const CALLING = new Set(['vergelijkt', 'vergelijken', 'noemt', 'noemen', 'uitscheldt', 'uitschelden']);
const MENTION_REACH = 4;
/**
 * Claims spoken of rather than made, without quotation marks: "mensen die zeggen dat Marokkanen criminelen zijn,
 * zijn zelf het probleem", "het idee dat homo's gevaarlijk zijn is gewoon haat", "stop met beweren dat …", "wie Turken
 * met kakkerlakken vergelijkt, praat als de nazi's". The claim's clauses are marked as governed, unless the sentence
 * takes the claim up as true ("… klopt gewoon", "ik ben het met ze eens").
 */
function markMentionedClaims(readings: string[], clauses: readonly Clause[], governed: Uint8Array): void {
  for (let i = 0; i < readings.length; i++) {
    const word = readings[i]!;
    let claimAt = -1;
    if (word === 'dat' && (CLAIM_NOUNS.has(readings[i - 1] ?? '') || claimedBefore(readings, i))) claimAt = i;
    else if (word === 'wie' && hasAnyFrom(readings, i + 1, Math.min(readings.length, i + 8), CALLING)) claimAt = i;
    if (claimAt < 0) continue;
    // The claim runs to the end of its sentence.
    let next = firstNotBefore(clauses.length, (k) => clauses[k]!.from <= claimAt);
    const sentence = clauses[Math.max(0, next - 1)]!.sentence;
    while (next < clauses.length && clauses[next]!.sentence === sentence && clauses[next]!.from < claimAt + LOOK_AHEAD) next++;
    // At most a reach of words: a paste without full stops is one sentence, and every "dat" in it would read to its end.
    const end = Math.min(clauses[next]?.from ?? readings.length, claimAt + LOOK_AHEAD);
    if (hasAnyFrom(readings, claimAt + 1, end, ENDORSING)) continue;
    governed.fill(1, claimAt, end);
    i = end;
  }
}
/** "mensen die zeggen dat", "wie denkt dat", "stop met beweren dat", "iedereen die roept dat": a claimer just before "dat". */
function claimedBefore(readings: string[], at: number): boolean {
  // The verb right before "dat" (or one word between: "zeggen gewoon dat").
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    if (!CLAIMING.has(readings[k]!)) continue;
    for (let m = k - 1; m >= Math.max(0, k - MENTION_REACH); m--) {
      if (readings[m] === 'met' && readings[m - 1] === 'stop') return true;
      // "tag iedereen die vindt dat …", "like als je ook vindt dat …": a call to agree takes the claim up.
      if (WHO_CLAIM.has(readings[m]!)) return !hasAnyFrom(readings, Math.max(0, m - MENTION_REACH), m, CALLS_TO_AGREE);
    }
  }
  return false;
}

export function read(doc: TextDocument): Reading {
  const classes = classIndex(doc);
  const clauses = splitClauses(doc);
  const frames = new Map<number, Set<Frame>>();
  const sentenceOf = new Int32Array(doc.tokens.length);
  const clauseFrom = new Int32Array(doc.tokens.length);
  for (const clause of clauses) {
    sentenceOf.fill(clause.sentence, clause.from, clause.to);
    clauseFrom.fill(clause.from, clause.from, clause.to);
  }
  const add = (sentence: number, frame: Frame) => {
    let set = frames.get(sentence);
    if (!set) frames.set(sentence, (set = new Set()));
    set.add(frame);
  };
  const governed = new Uint8Array(doc.tokens.length);
  for (const match of classes.matches.get('verslag') ?? []) {
    if (!opensCondition(classes.readings, clauseFrom[match.firstToken]!)) markGoverned(governed, clauses, classes.readings, match.firstToken, true);
  }
  for (const name of FRAME_CLASSES) {
    for (const match of classes.matches.get(name) ?? []) {
      const sentence = sentenceOf[match.firstToken]!;
      // "Die actrice is een …", "iemand moet die rechter …": the person spoken of is no sign of a story.
      if (name === 'nieuws' && (namesTheTarget(doc, classes, match) || WRITERS_OWN.has(classes.readings[match.firstToken - 1] ?? ''))) continue;
      // "… als je nog één keer mijn naam noemt": naming or calling in a condition is no report of abuse.
      if (name === 'tegenspraak' && opensCondition(classes.readings, clauseFrom[match.firstToken]!)) continue;
      // "ik ben geen racist, maar …", "dat is geen racisme maar de waarheid": the writer's disclaimer, no condemnation.
      if (name === 'tegenspraak' && disclaims(classes, match.firstToken)) continue;
      // "zo erg dat filters er niet tegenop kunnen": a degree, no condemnation.
      if (name === 'tegenspraak' && classes.readings[match.firstToken] === 'erg' && classes.readings[match.firstToken - 1] === 'zo') continue;
      // "mag ik zeggen dat …", "ik moet zeggen dat …": the writer's own words to come, no report of someone else's.
      if (name === 'meld' && (saysOwnWords(classes.readings, match.firstToken) || nothingToSay(classes.readings, match.firstToken))) continue;
      // "meld je maar af voor het kamp", "meld je aan": signing off or on, not reporting abuse.
      if ((name === 'tegenspraak' || name === 'meld') && isSignUp(classes.readings, match)) continue;
      if (name === 'tegenspraak' && blockingTheWriter(classes.readings, match)) continue;
      if (name === 'tegenspraak' && GOVERNING.has(doc.tokens[match.lastToken]!.folded)) {
        markGoverned(governed, clauses, classes.readings, match.firstToken, false);
        continue;
      }
      const frame = FRAME_OF[name] ?? (name as Frame);
      add(sentence, frame);
      if (explainsTheSentenceBefore(name, classes.readings[match.firstToken]!)) add(sentence - 1, frame);
      if (WIDE_FRAMES.includes(frame) || WIDE_CLASSES.has(name)) {
        add(sentence - 1, frame);
        add(sentence + 1, frame);
      }
    }
  }
  markMentionedClaims(classes.readings, clauses, governed);
  // "vandaag gaan we ze afmaken ⚽": a ball or a controller says what the sentence is about, as a sport word does.
  for (const clause of clauses) {
    const from = doc.tokens[clause.from]?.end ?? 0;
    const to = doc.tokens[clause.to]?.start ?? doc.text.length;
    if (!SPORT_EMOJI.test(doc.text.slice(from, to))) continue;
    for (const sentence of [clause.sentence - 1, clause.sentence, clause.sentence + 1]) add(sentence, 'sport');
  }
  // "ik vermoord je als je nog 1x mijn chips pakt 😂": a threat over a small thing done once more, laughed at, is a friend's exaggeration.
  if (LAUGHTER.test(doc.text)) {
    // A knife or a gun is no joke, laughed at or not ("ik steek je neer als je nog 1x kijkt 😂").
    const armed = new Set<number>();
    for (const clause of clauses) if (isArmed(classes, clause)) armed.add(clause.sentence);
    for (const clause of clauses) if (!armed.has(clause.sentence) && isPettyCondition(classes, clause)) add(clause.sentence, 'overdreven');
  }
  // Quoting someone else's words: quotation marks, and a verb of saying or a condemnation around them.
  const condemned = (classes.matches.get('tegenspraak')?.length ?? 0) > 0 || (classes.matches.get('verslag')?.length ?? 0) > 0;
  for (const clause of clauses) {
    if (!holdsQuote(doc, clause)) continue;
    const sentence = frames.get(clause.sentence);
    if (condemned || sentence?.has('meld') || passedOnByOthers(classes.readings, sentenceOf, clause.sentence, clause.from) || speaksOfWords(classes.readings, sentenceOf, clause.sentence, clause.from)) add(clause.sentence, 'citaat');
  }
  const sentenceStart: number[] = [];
  for (const clause of clauses) sentenceStart[clause.sentence] ??= clause.from;
  // "Ik vind niet dat …", "ik denk niet dat …": what follows in the sentence is denied.
  const denied = new Set<number>();
  let denying = -1;
  for (const clause of clauses) {
    if (denying === clause.sentence) denied.add(clause.from);
    else if ((classes.first('mening', clause.from, clause.to) || classes.first('vind', clause.from, clause.to)) && classes.first('negatie', clause.from, clause.to) && !classes.first('jij', clause.from, clause.to)) denying = clause.sentence;
  }
  let targets: (Target | undefined)[] | undefined;
  return {
    classes,
    get targets() {
      return (targets ??= findTargets(doc, classes));
    },
    clauses,
    frames,
    sentenceStart,
    denied,
    governed,
  };
}

export function reading(doc: TextDocument): Reading {
  return doc.shared('grammar:reading', () => read(doc));
}

/**
 * The same guards for the word lists and phrase patterns: a hit inside a report or condemnation of
 * abuse, or (for threats) inside a story, a match or laughter, is talk about abuse, not abuse.
 */
export function quietByContext(doc: TextDocument, token: number, kind: LexiconKind): boolean {
  if (kind === 'vloek') return false;
  const { clauses, frames } = reading(doc);
  const low = clauseIndexOf(clauses, token);
  if (clauses[low] && reading(doc).denied.has(clauses[low]!.from)) return true;
  if (isCondemned(reading(doc), token)) return true;
  const frame = frames.get(clauses[low]?.sentence ?? -1);
  if (!frame) return false;
  // In a sentence that quotes, the quoting clause is quiet; another clause only when it calls no one anything itself
  // ("Wat een sukkel ben jij, je noemt iedereen 'loser'" still calls "jij" one).
  const clause = clauses[low]!;
  if ((frame.has('citaat') && holdsQuote(doc, clause)) || ((frame.has('citaat') || frame.has('tegenspraak')) && !saidToSomeone(doc, reading(doc), clause))) return true;
  return kind === 'bedreiging' && (frame.has('nieuws') || frame.has('sport') || frame.has('lachen') || frame.has('overdreven') || frame.has('impliciet_onschuldig') || frame.has('onschuldig_wapen'));
}

/** The clause holding `token`: the last one that starts at or before it. */
function clauseIndexOf(clauses: readonly Clause[], token: number): number {
  return Math.max(0, firstNotBefore(clauses.length, (index) => clauses[index]!.from <= token) - 1);
}

/** {@link saidToSomeone} for the clause holding `token`. */
export function isSaidToSomeone(doc: TextDocument, token: number): boolean {
  const read = reading(doc);
  const clause = read.clauses[clauseIndexOf(read.clauses, token)];
  return !!clause && saidToSomeone(doc, read, clause);
}

/**
 * Words said to someone in the writer's own voice: the clause calls a "jij" something ("jij bent een …", "ben je
 * …"), names "jij"/"jou" with stress, or has the writer intending something ("ik ga je …"); and no report governs it,
 * it is no condition ("als iemand je …"), no question and nobody else's words ("ze zeggen dat jij …"). A push to
 * self-harm always is ("niemand mist je, bel 113 maar"). A condemnation beside such words ("… gemeld", "… racisme",
 * "zo erg") does not make them a report of abuse: "jij bent een vuile hoer. zo erg" is still said to her. Support
 * speaks to a "je" too ("je bent niet alleen", "als iemand je pest, …"), so only these shapes count.
 */
export function saidToSomeone(doc: TextDocument, read: Reading, clause: Clause): boolean {
  // Once per clause: every word-list hit in it asks (a paste of one endless clause has thousands).
  const known = doc.shared('grammar:said-to-someone', () => new Map<number, boolean>());
  let said = known.get(clause.from);
  if (said === undefined) known.set(clause.from, (said = readSaidToSomeone(doc, read, clause)));
  return said;
}

const PASSIVE = new Set(['wordt', 'worden', 'werd', 'werden']);
/** How far before a clause, in words, its sentence is read for someone else's words or a denial. */
const VOICE_REACH = 20;

function readSaidToSomeone(doc: TextDocument, read: Reading, clause: Clause): boolean {
  const { classes, governed } = read;
  const { readings } = classes;
  if (opensCondition(readings, clause.from) || asksQuestion(doc, clause)) return false;
  const sentenceFrom = Math.max(read.sentenceStart[clause.sentence] ?? clause.from, clause.from - VOICE_REACH);
  // "ze zeggen dat jij een …", "Tom zei Aisha is een …", "in de groep stond: …": someone else's words, not the writer's.
  for (let k = sentenceFrom; k < clause.to; k++) if (SAYING.has(readings[k]!) && !WRITER_SAYING.has(readings[k - 1] ?? '') && !WRITER_SAYING.has(readings[k + 1] ?? '')) return false;
  for (let k = clause.from; k < clause.to; k++) if (governed[k] === 1) return false;
  // "niemand mist je", "spring maar van een flat": a push to self-harm is said to someone, whatever its words; so is
  // what all or nobody feel for them ("iedereen haat je", "niemand wil je hier").
  if (classes.first('zelfbeschadiging', clause.from, clause.to) || (classes.first('iedereen', clause.from, clause.to) && classes.first('jij', clause.from, clause.to))) return true;
  // "je bent niet alleen", "het is niet waar dat …" deny; the "niet" of "niet oké" is the condemnation, not a denial.
  for (let k = sentenceFrom; k < clause.to; k++) if (classes.at('negatie', k) && (k < clause.from || !classes.at('tegenspraak', k))) return false;
  let writerSubject = false;
  for (let k = clause.from; k < clause.to; k++) {
    if (THIRD_PARTIES.has(readings[k]!)) return false;
    if (classes.at('ik_wij', k)) writerSubject = true;
  }
  if (writerSubject && classes.first('intentie', clause.from, clause.to)) return true;
  // "kankerhomo": words said on their own; "spring maar van een flat": an order; "niemand mag met Lisa praten": one to all.
  if (clause.to - clause.from <= 2 || ORDERS.has(readings[clause.from]!) || (classes.first('iedereen', clause.from, clause.to) && classes.first('norm', clause.from, clause.to))) return true;
  for (let k = clause.from; k < clause.to; k++) {
    // "meneer Jansen is een …", "alle moslims zijn …": someone named, or a group, called something (a main clause;
    // in "dat ik een vieze homo ben" the word before the verb is what is said of the subject).
    // Not "wordt": "mijn vriendin wordt buitengesloten" tells what is done to her (a passive), it calls her nothing.
    if (classes.at('koppel', k) && !PASSIVE.has(readings[k]!) && k > clause.from && k + 1 < clause.to && !SUBORDINATE.has(readings[clause.from]!) && (classes.at('groep', k - 1) || classes.at('persoon', k - 1) || personEndsAt(doc, k - 1))) return true;
    if (isGenericYou(doc, k) || !classes.at('jij', k)) continue;
    // "ik maak je af": the writer acting on the one addressed.
    if (writerSubject || STRESSED_YOU.has(readings[k]!) || classes.at('koppel', k + 1) || classes.at('koppel', k - 1)) return true;
  }
  return false;
}

/** Does a name, a title with a name or an @mention end at `token`? (References are in text order: found by halving.) */
function personEndsAt(doc: TextDocument, token: number): boolean {
  const people = allPersonReferences(doc);
  const at = firstNotBefore(people.length, (index) => people[index]!.lastToken < token);
  return people[at]?.lastToken === token;
}
/** Words of saying or writing: what follows them in the sentence is reported (unless the writer says it: "ik zeg je"). */
const SAYING = new Set(['zei', 'zeiden', 'zegt', 'zeggen', 'schreef', 'schreven', 'schrijft', 'riep', 'riepen', 'roept', 'noemde', 'noemden', 'noemt', 'appte', 'appten', 'typte', 'postte', 'stond', 'hoorde', 'beweert', 'beweerde', 'stuurde', 'stuurden', 'kreeg', 'kregen', 'reageerde', 'plaatste', 'dmde']);
const WRITER_SAYING = new Set(['ik', 'k']);
/** Someone else as the one who acts: "als iemand je pest", "die jongens wachten je op". */
const THIRD_PARTIES = new Set(['iemand', 'hij', 'zij', 'ze', 'mensen', 'men', 'jongens', 'meiden', 'anderen', 'wie']);

/** Does a report or condemnation govern `token`? */
export function isCondemned(read: Reading, token: number): boolean {
  return read.governed[token] === 1;
}

export function hasAnyFrom(readings: string[], from: number, to: number, words: Set<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(readings[i]!)) return true;
  return false;
}

/** How far the shapes below look back or ahead, in words. */
export const LOOK_BACK = 12;
export const LOOK_AHEAD = 40;

/** The text as typed from token `from` up to token `to` (exclusive), with what stands before `to` (an emoji). */
export function stretchText(doc: TextDocument, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from]!.start, to < doc.tokens.length ? doc.tokens[to]!.start : doc.text.length);
}

/** The clause's text as typed, with what stands right after it (an emoji after the last word). */
export function clauseText(doc: TextDocument, clause: Clause): string {
  const tokens = doc.tokens;
  const end = clause.to < tokens.length ? tokens[clause.to]!.start : doc.text.length;
  return doc.text.slice(tokens[clause.from]!.start, end);
}

/** The clause is (part of) a question: the sentence ends in "?". */
export function asksQuestion(doc: TextDocument, clause: Clause): boolean {
  const asks = doc.shared('grammar:asks', () => new Map<number, boolean>());
  let answer = asks.get(clause.sentence);
  if (answer === undefined) asks.set(clause.sentence, (answer = endsInQuestion(doc, clause.sentence)));
  return answer;
}

/**
 * Does the sentence end in "?"? Only the gap after its last word is read: scanning on from every clause to the next
 * full stop read a paste without one to its end, clause after clause.
 */
function endsInQuestion(doc: TextDocument, sentence: number): boolean {
  const tokens = doc.tokens;
  const next = reading(doc).sentenceStart[sentence + 1] ?? tokens.length;
  const from = tokens[next - 1]!.end;
  const to = next < tokens.length ? tokens[next]!.start : doc.text.length;
  for (let i = from; i < to; i++) {
    const char = doc.text[i]!;
    if (char === '?') return true;
    if (char === '.' || char === '!' || char === '\n') return false;
  }
  return false;
}

/** Words of hoping or wishing: "ik hoop", "hopelijk", "ik wens". */
export const HOPING = new Set(['hoop', 'hoopt', 'hopen', 'hopelijk', 'hopenlijk', 'wens', 'wenst', 'wensen']);

export const INTENSIFIERS = new Set(['zo', 'zoo', 'echt', 'super', 'heel', 'erg', 'ontzettend', 'mega', 'kei', 'te', 'zwaar', 'enorm', 'extreem', 'totaal', 'compleet', 'onwijs', 'vreselijk', 'verschrikkelijk', 'ongelofelijk', 'belachelijk', 'kanker', 'kk', 'tering', 'tyfus', 'kut']);

export function hasAny(readings: string[], clause: Clause, words: Set<string>): boolean {
  for (let i = clause.from; i < clause.to; i++) if (words.has(readings[i]!)) return true;
  return false;
}

/** Where a word stands in the clause; -1 if not (never searching past its end). */
export function indexIn(readings: string[], word: string, clause: Clause): number {
  for (let i = clause.from; i < clause.to; i++) if (readings[i] === word) return i;
  return -1;
}

/** The frames of a sentence that has none. */
export const NO_FRAMES = new Set<Frame>();

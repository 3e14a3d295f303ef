import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { allPersonReferences } from '../../personen/names';
import { firstNotBefore } from '../../search';
import { MAX_FINDINGS_PER_RULE, type Severity } from '../../types';
import type { LexiconKind } from '../lexicon';
import { isGenericYou } from '../targeting';
import { adjectiveStrength, classIndex, ClassIndex, cueIndex, inMask, joined, mayAttack, needsPerson, onlyAboutGroups, violenceSignals, violentVerbs, type WordClass } from './words';
import type { Tense, VerbUse } from './verbs';
import { lazily } from '../../lazy';

/**
 * Insults, hate and threats as a grammar rather than a list of sentences: per clause, who is aimed at
 * (a target: you, him or her, a name, a class, a protected group) and how (an attack: a threat, a death
 * wish, hatred, a degrading attribute, dehumanisation, exclusion, sexual harassment, body shaming), with
 * the guards that keep ordinary talk quiet (negation, condemning or reporting hate, news and stories,
 * sport and games, objects and oneself as the target). Words are matched in any order within the clause,
 * so "ik ga die Turken allemaal in elkaar trappen" and "die Turken ga ik in elkaar trappen" are one case.
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

type TargetType = 'jij' | 'derde' | 'naam' | 'groep' | 'zelf';

interface Target {
  token: number;
  type: TargetType;
  /** Third-person pronouns that point back at a group named before. */
  group?: string;
}

interface Clause {
  from: number;
  /** Exclusive. */
  to: number;
  sentence: number;
}

const SENTENCE_BREAK = /[.!?\n]/;
const CLAUSE_BREAK = /[,;:()"“”‘’«»|]|\s[-–—]\s/;
/** Words that open a new clause: coordinating and subordinating conjunctions. */
const ORDERS = new Set(['let', 'pas', 'wacht', 'kijk', 'ga', 'doe', 'kom', 'zeg', 'probeer', 'geniet', 'hou', 'houd', 'blijf', 'spring', 'stuur', 'laat', 'rot', 'loop', 'sta', 'denk', 'geef', 'neem', 'zet']);

/** Openers of a clause that belongs to the one before ("als", "wanneer", "dat"). */
const SUBORDINATE = new Set(['als', 'wanneer', 'zodra', 'dat', 'omdat', 'terwijl']);
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
      // "let maar op", "wacht maar": after an order, "maar" is a particle, not a conjunction.
      // "in dat azc", "met dat lijf": after a preposition "dat" is a determiner, not a conjunction.
      const opens =
        CLAUSE_OPENERS.has(tokens[i]!.folded) &&
        !(tokens[i]!.folded === 'maar' && ORDERS.has(tokens[i - 1]!.folded)) &&
        !(tokens[i]!.folded === 'dat' && PREPOSITIONS.has(tokens[i - 1]!.folded));
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

/** Skeletons of violent verb forms to the verb uses they may belong to. */
const verbIndex = lazily(() => {
  const whole = new Map<string, VerbUse[]>();
  const split = new Map<string, VerbUse[]>();
  for (const verb of violentVerbs()) {
    for (const form of verb.whole.keys()) whole.set(form, [...(whole.get(form) ?? []), verb]);
    for (const form of verb.split.keys()) split.set(form, [...(split.get(form) ?? []), verb]);
  }
  return { whole, split };
});

interface Violence {
  token: number;
  tense: Tense;
  /** Hurts only with a person as object ("slaan"), unlike "vermoorden". */
  needsPerson: boolean;
  /** The form is the stem, as in an order ("sla", "schiet"). */
  order: boolean;
}

function hasWords(readings: string[], from: number, to: number, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  outer: for (let i = from; i + words.length <= to; i++) {
    for (let k = 0; k < words.length; k++) if (readings[i + k] !== words[k]) continue outer;
    return true;
  }
  return false;
}

function violenceIn(classes: ClassIndex, clause: Clause): Violence | undefined {
  const readings = classes.readings;
  const { whole: WHOLE, split: SPLIT } = verbIndex();
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    for (const [uses, whole] of [[WHOLE.get(word), true], [SPLIT.get(word), false]] as const) {
      for (const use of uses ?? []) {
        if (!whole && !hasWords(readings, clause.from, clause.to, use.with)) continue;
        if (harmlessUse(classes, clause, i, use)) continue;
        const tense = (whole ? use.whole : use.split).get(word)!;
        return { token: i, tense, needsPerson: needsPerson().has(use.lemma.split(' ').at(-1)!), order: use.orders.has(word) };
      }
    }
  }
  return undefined;
}

/**
 * "sla … over", "schiet op", "steek de kaars aan": a particle closing the clause, or an object anywhere,
 * that turns the verb into something harmless. Not with a body part in the clause ("ik trap je tanden
 * uit je bek"), nor for the words of the verb's own phrase ("in" of "in elkaar trappen").
 */
function harmlessUse(classes: ClassIndex, clause: Clause, verb: number, use: VerbUse): boolean {
  const readings = classes.readings;
  if (use.harmlessParticles.size === 0 && use.harmlessObjects.size === 0) return false;
  if (classes.first('lichaamsdeel', clause.from, clause.to)) return false;
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    if (i === verb || use.with.includes(word)) continue;
    if (use.harmlessObjects.has(word)) return true;
    if (use.harmlessParticles.has(word) && i > verb && i === lastWord(classes, clause)) return true;
  }
  return false;
}

/** The clause's last word, leaving out chat particles ("schiet op man", "sla over joh"). */
function lastWord(classes: ClassIndex, clause: Clause): number {
  let last = clause.to - 1;
  while (last > clause.from && TRAILING.has(classes.readings[last]!)) last--;
  return last;
}
const TRAILING = new Set(['man', 'joh', 'nou', 'zeg', 'bro', 'gast', 'dan', 'maar', 'even', 'ff', 'nu', 'hoor', 'toch', 'eens', 'es', 'eff', 'effe', 'please', 'pls', 'aub', 'a.u.b', 'haha', 'xd', 'lol']);

/** Everything the analysis needs about the text, computed once. */
interface Reading {
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
   * Per sentence, the first token a condemnation governs ("ik snap niet dat …", "erg dat …"): what follows it
   * is reported, not said; what comes before it is the writer's own.
   */
  condemnedFrom: Map<number, number>;
}

type Frame = 'tegenspraak' | 'nieuws' | 'sport' | 'lachen' | 'redenen' | 'citaat' | 'onschuldig_wapen' | 'wens' | 'impliciet_onschuldig' | 'zelfbeschadiging_onschuldig' | 'meld' | 'ziekte_context' | 'voorwaarde';

/** "ons toneelstuk", "mijn werkstuk": the writer's own play or paper, not a story told. */
const OUR_OWN = new Set(['ons', 'onze', 'mijn', 'mn']);

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
  return AGENT_NOUN.test(word) && !NOT_AGENTS.has(word) && !NOT_AGENTS.has(word.replace(/(?:s|en)$/, ''));
}
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
const NOT_AGENTS = new Set(['water', 'weer', 'winter', 'zomer', 'kamer', 'nummer', 'computer', 'meter', 'moment', 'cadeau', 'cement', 'talent', 'procent', 'element', 'instrument', 'argument', 'document', 'restaurant', 'klimaat', 'paar', 'jaar', 'gevaar', 'centimeter', 'kilometer', 'letter', 'teller', 'hamer', 'koffer', 'printer', 'scooter', 'poster', 'venster', 'monster', 'proces', 'adres', 'les', 'kers', 'interesse', 'september', 'oktober', 'november', 'december', 'filter', 'theater', 'karakter', 'kwartier', 'papier', 'plezier', 'manier', 'bier', 'dier', 'vier', 'hier', 'presentatie', 'cijfer', 'offer', 'kantoor', 'register', 'parameter', 'containers', 'container', 'trailer', 'oever', 'kelder', 'zolder', 'ander', 'minder', 'verder', 'elder', 'eerder', 'lekker', 'later', 'daar', 'waar', 'klaar', 'maar', 'naar', 'zwaar', 'raar', 'haar', 'elkaar', 'paars', 'super', 'over', 'onder', 'achter', 'zeker', 'immer', 'nooit', 'weken', 'ieder', 'iedere', 'wonder', 'donder', 'schouder']);

const PERSON_DETERMINERS = new Set(['die', 'deze', 'dat', 'dit', 'de', 'het', 'zo', 'zon', 'zulke', 'mijn', 'je', 'jouw', 'zijn', 'haar', 'onze', 'ons', 'hun', 'elke', 'iedere', 'alle', 'een', 'n', 'z', 'zn', 'dr']);
const BARE_DEMONSTRATIVES = new Set(['die', 'deze']);
const HIS = new Set(['zijn', 'zn', 'z']);
const RELATIVES = new Set(['die', 'wie']);
const POINTING_DETERMINERS = new Set(['die', 'deze', 'mijn', 'je', 'jouw', 'zijn', 'haar', 'onze', 'hun', 'z', 'zn', 'dr']);
const GENDER_SINGULAR = new Set(['vrouw', 'man', 'meisje', 'meid', 'jongen', 'kerel', 'moeder', 'vader', 'wijf']);

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
    const oneOfAGender = GENDER_SINGULAR.has(classes.readings[i]!) && POINTING_DETERMINERS.has(classes.readings[i - 1] ?? '');
    if (classes.at('groep', i) && !classes.at('voorwerp', i)) mark(i, oneOfAGender ? 'derde' : 'groep');
    // "marokkaanse jongens", "die homoseksuele leraar": a group word before a word for a person.
    if (classes.at('groep_bijvoeglijk', i)) {
      for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
        if (classes.at('persoon', k)) {
          mark(k, 'groep');
          targets[k]!.group = classes.groupAt(i);
          break;
        }
      }
    }
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
  // A class: "die uit 2B", "iemand van 3C".
  for (let i = 1; i < tokens.length; i++) {
    if (/^([1-6][a-h]|brugklas)$/.test(tokens[i]!.folded) && /^(van|uit|in)$/.test(tokens[i - 1]!.folded)) mark(i, 'derde');
  }
  for (let i = 0; i < tokens.length; i++) {
    const target = targets[i];
    if (target?.type === 'groep' && !target.group) target.group = classes.groupAt(i);
  }
  return targets;
}

const FRAME_CLASSES = ['tegenspraak', 'nieuws', 'sport', 'lachen', 'redenen', 'onschuldig_wapen', 'wens', 'impliciet_onschuldig', 'zelfbeschadiging_onschuldig', 'meld', 'ziekte_context', 'voorwaarde', 'positief'] as const;
/** Classes that set another class's frame: praise ("we gaan je missen, zo gezellig") makes a veiled threat a plan. */
const FRAME_OF: Partial<Record<(typeof FRAME_CLASSES)[number], Frame>> = { positief: 'impliciet_onschuldig' };
/** Praise or an arrangement in the sentence after a veiled threat explains it ("Ik weet waar je woont. Ik kom je om 8 uur ophalen."). */
const ARRANGEMENTS = new Set(['ophalen', 'opgehaald', 'brengen', 'samen', 'appje', 'appen', 'bellen', 'uitnodiging', 'feest', 'verjaardag', 'trakteren', 'cadeau', 'kado', 'lift']);
const explainsTheSentenceBefore = (name: string, word: string) => name === 'positief' || (name === 'impliciet_onschuldig' && ARRANGEMENTS.has(word));
/** Frames that reach into the sentences around them: a report, a story, a match is told over several. */
const WIDE_FRAMES: Frame[] = ['tegenspraak', 'nieuws', 'sport'];
const QUOTES = /["“”«»„]|(^|\s)'|'(\s|$)/;
/** A condemnation ending in one of these governs the clause after it only ("ik snap niet dat …"). */
const GOVERNING = new Set(['dat', 'waarom']);

function read(doc: TextDocument): Reading {
  const classes = classIndex(doc);
  const clauses = splitClauses(doc);
  const frames = new Map<number, Set<Frame>>();
  const sentenceOf = new Int32Array(doc.tokens.length);
  for (const clause of clauses) sentenceOf.fill(clause.sentence, clause.from, clause.to);
  const add = (sentence: number, frame: Frame) => {
    let set = frames.get(sentence);
    if (!set) frames.set(sentence, (set = new Set()));
    set.add(frame);
  };
  const condemnedFrom = new Map<number, number>();
  for (const name of FRAME_CLASSES) {
    for (const match of classes.matches.get(name) ?? []) {
      const sentence = sentenceOf[match.firstToken]!;
      // "Die actrice is een …", "iemand moet die rechter …": the person spoken of is no sign of a story.
      if (name === 'nieuws' && (namesTheTarget(doc, classes, match) || OUR_OWN.has(classes.readings[match.firstToken - 1] ?? ''))) continue;
      if (name === 'tegenspraak' && GOVERNING.has(doc.tokens[match.lastToken]!.folded)) {
        condemnedFrom.set(sentence, Math.min(condemnedFrom.get(sentence) ?? match.firstToken, match.firstToken));
        continue;
      }
      const frame = FRAME_OF[name] ?? (name as Frame);
      add(sentence, frame);
      if (explainsTheSentenceBefore(name, classes.readings[match.firstToken]!)) add(sentence - 1, frame);
      if (WIDE_FRAMES.includes(frame)) {
        add(sentence - 1, frame);
        add(sentence + 1, frame);
      }
    }
  }
  // Quoting someone else's words: quotation marks, and a verb of saying or a condemnation around them.
  const condemned = (classes.matches.get('tegenspraak')?.length ?? 0) > 0;
  for (const clause of clauses) {
    const from = doc.tokens[clause.from]?.start ?? 0;
    const to = doc.tokens[clause.to - 1]?.end ?? 0;
    if (!QUOTES.test(doc.text.slice(Math.max(0, from - 1), to + 1))) continue;
    const sentence = frames.get(clause.sentence);
    if (condemned || sentence?.has('meld')) add(clause.sentence, 'citaat');
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
    condemnedFrom,
  };
}

export function grammarHits(doc: TextDocument): GrammarHit[] {
  return doc.shared('grammar:hits', () => analyse(doc));
}

function reading(doc: TextDocument): Reading {
  return doc.shared('grammar:reading', () => read(doc));
}

/**
 * The same guards for the word lists and phrase patterns: a hit inside a report or condemnation of
 * abuse, or (for threats) inside a story, a match or laughter, is talk about abuse, not abuse.
 */
export function quietByContext(doc: TextDocument, token: number, kind: LexiconKind): boolean {
  if (kind === 'vloek') return false;
  const { clauses, frames } = reading(doc);
  // The clause holding the token: the last one that starts at or before it.
  const low = Math.max(0, firstNotBefore(clauses.length, (index) => clauses[index]!.from <= token) - 1);
  if (clauses[low] && reading(doc).denied.has(clauses[low]!.from)) return true;
  if (isCondemned(reading(doc), clauses[low]?.sentence ?? -1, token)) return true;
  const frame = frames.get(clauses[low]?.sentence ?? -1);
  if (!frame) return false;
  if (frame.has('tegenspraak') || frame.has('citaat')) return true;
  return kind === 'bedreiging' && (frame.has('nieuws') || frame.has('sport') || frame.has('lachen') || frame.has('impliciet_onschuldig') || frame.has('onschuldig_wapen'));
}

/** Does the condemnation in this sentence govern `token` (a clause is governed when it ends at or after it)? */
function isCondemned(read: Reading, sentence: number, token: number): boolean {
  const from = read.condemnedFrom.get(sentence);
  return from !== undefined && token >= from;
}

/** Classes of which at least one must stand in a text before it is worth reading closely. */
const NO_FRAMES = new Set<Frame>();
/** How far before keeping away from it a group may be named, in words. */
const AVOID_REACH = 24;
/** Words that say a group is around: "sinds er …", "nu zitten er …", "als die … in de bus zitten". */
const PRESENCE_OPENERS = new Set(['sinds', 'nu', 'als', 'zodra', 'wanneer', 'er']);

/** How far after "een X als buurman?" the answer that shows disdain may stand, in words. */
const ANSWER_REACH = 12;

/** More than the rules of this family can report together (see MAX_FINDINGS_PER_RULE). */
const MAX_HITS = MAX_FINDINGS_PER_RULE * 6;

const ATTACK_CUES: WordClass[] = [
  'verstand', 'grof_bevel', 'soort_mensen', 'mijden', 'wraak', 'familie_doel', 'beeld', 'rol', 'seks_zin', 'seks_daad', 'peiling', 'weggaan', 'lichaam_bevel', 'misdaad', 'kleding', 'vergelijk', 'ziekte_wens', 'opsluitplek', 'zelfbeschadiging', 'dood_werkwoord', 'geweld_naamwoord', 'geweld_extreem', 'dreig_impliciet', 'wapen', 'wegwens', 'niemand',
  'uitsluit', 'verwijder', 'emotie', 'seks_object', 'seks_lichaam', 'ontmenselijk', 'lichaam_neg', 'scheldnaam', 'neg_adjectief', 'negatie', 'lichaamsdeel',
  'dwang', 'druk', 'erom_vragen', 'opname', 'dier_vergelijking', 'groep_plaats', 'stereotype', 'gevolg', 'dreig_slot', 'weten', 'eigenschap', 'complot',
];

/** A violent verb form that needs nothing else ("vermoord"), or a phrase verb with its words ("… in elkaar"). */
/**
 * Words that may start a violent verb: every form that stands alone, and the words that split verbs need
 * beside them ("elkaar", "neer", "kapot"), except the particles that are everywhere ("op", "in", "mee").
 */
const violentCues = lazily(() => [
  ...verbIndex().whole.keys(),
  ...violenceSignals(),
  // Words that open a rule of their own below: a group made "zonder" someone, "X moeten dood".
  'zonder',
  'dood',
  ...violentVerbs().map((verb) => verb.with.at(-1)).filter((word): word is string => !!word && !['op', 'uit', 'in', 'aan', 'mee'].includes(word)),
  // Verbs whose particle is everywhere ("hang die verraders op"): their own forms, where those are rare words.
  ...violentVerbs().filter((verb) => RARE_SPLIT_VERBS.has(verb.lemma)).flatMap((verb) => [...verb.split.keys()]),
  // Belonging and being put out ("hoor je er niet bij", "ligt er zelf ook uit", "weg uit het team").
  ...OUT_CUES,
]);
/** Split verbs with a common particle whose other forms are rare enough to wake the grammar ("hangen" yes, "doen" no). */
const RARE_SPLIT_VERBS = new Set(['ophangen', 'opknopen', 'uitmoorden', 'uitroeien', 'opblazen', 'inrammen']);

/** This file's indexes, each built on first use: pieces of the engine's warm-up (rules/engine.ts). */
const CUE_HALF = Math.ceil(ATTACK_CUES.length / 2);
const firstCues = lazily(() => cueIndex(ATTACK_CUES.slice(0, CUE_HALF), []));
const secondCues = lazily(() => cueIndex(ATTACK_CUES.slice(CUE_HALF), violentCues()));
/** The cues in two halves (two warm-up pieces), joined in order: as if built at once. */
const attackCues = lazily(() => joined(firstCues(), secondCues()));
export const ANALYSE_STEPS: readonly (() => unknown)[] = [verbIndex, violentCues, firstCues, secondCues, attackCues];

function analyse(doc: TextDocument): GrammarHit[] {
  const tokens = doc.tokens;
  if (tokens.length === 0) return [];
  // Most posts have no word of attack at all: one look per word, no clauses, no targets.
  if (!mayAttack(doc, attackCues())) return [];
  const classes = classIndex(doc);
  const read = reading(doc);
  const { targets, clauses, frames } = read;
  const hits: GrammarHit[] = [];
  /** The last group named, for "ze" and "die" in later clauses and sentences. */
  let lastGroup: { group: string | undefined; sentence: number } | undefined;
  let previous: { clause: Clause; targets: Target[]; subject: boolean; intent: boolean; deniesOpinion: boolean; linked: boolean } | undefined;

  // The clause under reading and what is known of it; the helpers below read these (made once, not per clause).
  let clause!: Clause;
  let frame!: Set<Frame>;
  let target: Target | undefined;
  /** The classes present in the clause: most questions are answered by one bit. */
  let present!: Uint32Array;
  const inClause = (name: WordClass) => (inMask(present, name) ? classes.first(name, clause.from, clause.to) : undefined);
  const all = (name: WordClass) => classes.all(name, clause.from, clause.to);
  const report = (attack: Attack, cue: number | PhraseMatch, severity?: Severity) => {
    const cueFirst = typeof cue === 'number' ? cue : cue.firstToken;
    const cueLast = typeof cue === 'number' ? cue : cue.lastToken;
    const near = target && target.token >= clause.from && target.token < clause.to ? target.token : cueFirst;
    const first = Math.min(cueFirst, near);
    const last = Math.max(cueLast, near);
    const kind = ATTACKS[attack];
    hits.push({ kind: kind.kind, severity: severity ?? kind.severity, messageId: kind.messageId, attack, firstToken: first, lastToken: last, start: tokens[first]!.start, end: tokens[last]!.end });
  };
  /** A negation close to the cue ("ik sla je niet", "ik ga je niet slaan"), not one inside a fixed phrase. */
  const negatedBefore = (token: number) => {
    for (let i = Math.max(clause.from, token - 3); i < Math.min(clause.to, token + 4); i++) {
      if (i === token || !classes.at('negatie', i)) continue;
      if (NEGATION_CARRIERS.some((name) => classes.at(name, i))) continue;
      return true;
    }
    // "Niemand hier walgt van jou": nobody as the subject denies it (not the "niemand" of "niemand zal je missen").
    const nobody = inClause('niemand');
    return !!nobody && !NEGATION_CARRIERS.some((name) => classes.at(name, nobody.firstToken)) && !inClause('sociaal') && !inClause('mee');
  };
  /**
   * A negation that denies the attribute: between the target and what follows it, or right after the
   * target ("X zijn geen ongedierte", "je bent niet dom"); "niemand" as the subject. Not one further
   * on ("een waardeloze leraar die niks kan uitleggen").
   */
  const negatedNear = (aim: number) => {
    if (inClause('niemand')) return true;
    const attribute = [inClause('neg_adjectief'), inClause('scheldnaam'), inClause('ontmenselijk'), inClause('lichaam_neg'), inClause('misdaad')]
      .filter((match): match is PhraseMatch => !!match)
      .reduce((first, match) => Math.min(first, match.firstToken), clause.to);
    const from = Math.min(aim, attribute);
    const to = Math.max(aim, attribute);
    for (const match of all('negatie')) {
      if (NEGATION_CARRIERS.some((name) => classes.at(name, match.firstToken))) continue;
      if ((match.firstToken > from && match.firstToken < to) || Math.abs(match.firstToken - attribute) === 1 || match.firstToken === aim + 1) return true;
    }
    return false;
  };
  /**
   * A group named shortly before a token: in an earlier clause, or in this one after "sinds", "nu", "als"
   * ("Sinds er Polen wonen, …"), so not the subject who acts along with the speaker ("mijn Turkse vriendin en ik").
   */
  const groupBefore = (token: number): Target | undefined => {
    for (let i = token - 1; i >= Math.max(0, token - AVOID_REACH); i--) {
      const aim = targets[i];
      if (aim?.type !== 'groep') continue;
      // "Mijn Turkse vriendin en ik verhuizen": the group acts along with the speaker.
      if (i < clause.from) return i === clause.from - 1 && classes.readings[clause.from] === 'en' ? undefined : aim;
      for (let k = clause.from; k < i; k++) if (PRESENCE_OPENERS.has(classes.readings[k]!)) return aim;
      return undefined;
    }
    return undefined;
  };
  const aboutOneself = (match: PhraseMatch) => aboutOneselfIn(classes, match, clause.from);
  /**
   * Of one person, a strong word ("waardeloos") is an attack; a mild one ("dom") only when stressed and
   * said to them ("waarom ben jij zo dom"); a slight one ("gek") never on its own.
   */
  const strongEnough = (adjective: PhraseMatch) => {
    const strength = adjectiveStrength(classes.readings[adjective.firstToken]!);
    if (strength !== 1) return strength === 2;
    const stressed = INTENSIFIERS.has(classes.readings[adjective.firstToken - 1] ?? '');
    return stressed && (target?.type === 'jij' || target?.type === 'naam');
  };
  // "mijn hond", "je kat": a word after a possessive names an animal or thing someone has, not the target.
  const fits = (match: PhraseMatch | undefined) =>
    match &&
    (target?.type === 'groep' || !onlyAboutGroups(classes.readings[match.firstToken]!)) &&
    !classes.at('positief_na', match.lastToken + 1) &&
    !POSSESSIVES.has(classes.readings[match.firstToken - 1] ?? '')
      ? match
      : undefined;
  // "vies water", "een stomme toets": an adjective before a thing describes the thing. Not in the predicate
  // of a person or group ("Polen zijn luie werkers", "hij is een waardeloze leraar"): that noun is them.
  const describesThing = (match: PhraseMatch) => {
    // "te dom om auto te rijden": what follows "om" is what they cannot do, not a thing described.
    if (classes.readings[match.lastToken] === 'om') return false;
    const next = match.lastToken + 1;
    if (next >= clause.to || !tokens[next]!.hasLetter || PARTICLES.has(tokens[next]!.folded) || HAVING.has(tokens[next]!.folded)) return false;
    if (isPredicateOfTarget(match.firstToken) && !classes.at('voorwerp', next)) return false;
    return !targets[next] && !classes.at('scheldnaam', next) && !classes.at('persoon', next) && !classes.at('neg_adjectief', next) && !classes.at('koppel', next);
  };
  /** Right after "is / zijn / ben" (with "een", "echt", "gewoon" … between), the target standing before it. */
  const isPredicateOfTarget = (adjective: number) => {
    let i = adjective - 1;
    // Fillers ("is gewoon een"), and up to two other words that are no one ("is bovendien een", "is eigenlijk altijd al een").
    for (let other = 0; i > clause.from && !classes.at('koppel', i); i--) {
      if (PREDICATE_FILLERS.has(classes.readings[i]!)) continue;
      if (targets[i] || classes.at('persoon', i) || ++other > MAX_OTHER_BEFORE_PREDICATE) break;
    }
    return classes.at('koppel', i) && !!target && target.token < i && target.type !== 'zelf';
  };

  // Tokens that may start an attack: a clause without one only passes on its targets and subject.
  const cueAt = new Uint8Array(tokens.length);
  for (const name of ATTACK_CUES) for (const match of classes.matches.get(name) ?? []) cueAt[match.firstToken] = 1;
  for (const name of ['seks_adj', 'seks_verzoek', 'mee', 'groep_plek', 'norm', 'koppel', 'vind', 'lichaamsdeel', 'krijgen'] as const) {
    for (const match of classes.matches.get(name) ?? []) cueAt[match.firstToken] = 1;
  }
  const verbs = verbIndex();
  for (let i = 0; i < tokens.length; i++) {
    const word = classes.readings[i]!;
    if (verbs.whole.has(word) || verbs.split.has(word) || word === 'zonder' || word === 'dood' || OUT_CUES.has(word)) cueAt[i] = 1;
  }

  let position = -1;
  /** "Ik haat het als ze …": the target of a subordinate clause right after, in the same sentence. */
  const targetsOfNext = (): Target[] => {
    const next = clauses[position + 1];
    if (!next || next.sentence !== clause.sentence || !SUBORDINATE.has(classes.readings[next.from]!)) return [];
    // "ik haat het dat je gaat verhuizen": hating that something happens, not hating the person.
    if (classes.readings.slice(clause.from, clause.to).includes('het')) return [];
    const found: Target[] = [];
    for (let i = next.from; i < next.to; i++) if (targets[i] && targets[i]!.type !== 'zelf') found.push(targets[i]!);
    return found;
  };

  for (clause of clauses) {
    // The rules keep at most this many findings: a pasted wall of abuse is found, not listed line by line.
    if (hits.length >= MAX_HITS) break;
    position++;
    frame = frames.get(clause.sentence) ?? NO_FRAMES;
    present = classes.maskOf(clause.from, clause.to);
    const own: Target[] = [];
    for (let i = clause.from; i < clause.to; i++) {
      const aim = targets[i];
      if (aim && aim.type !== 'zelf') own.push(aim);
    }
    let groupHere = own.find((aim) => aim.type === 'groep');
    // "Surinamers… ik heb er een hekel aan", "Die vluchtelingen. Het zijn …": "er" and "het zijn" point at the group just named.
    if (!groupHere && lastGroup && clause.sentence - lastGroup.sentence <= 1) {
      const there = indexIn(classes.readings, 'er', clause);
      const they = indexIn(classes.readings, 'het', clause);
      const pointer = there >= 0 ? there : they >= 0 && /^(zijn|waren|blijven)$/.test(classes.readings[they + 1] ?? '') ? they : -1;
      if (pointer >= 0) own.push((groupHere = { token: pointer, type: 'groep', group: lastGroup.group }));
    }
    if (groupHere) lastGroup = { group: groupHere.group, sentence: clause.sentence };
    // "Ik ken veel Surinamers. Ze zijn allemaal lui": a pronoun after a group, in this or the next sentence.
    const resolved = own.map((aim) =>
      aim.type === 'derde' && !groupHere && lastGroup && clause.sentence - lastGroup.sentence <= 1 && isPluralPronoun(tokens[aim.token]!.folded)
        ? { ...aim, type: 'groep' as const, group: lastGroup.group }
        : aim,
    );
    const sameSentence = previous && previous.clause.sentence === clause.sentence;
    const ownSubject = hasTargetType(targets, clause, 'zelf');
    // A clause without its own target or subject borrows them from the clause before in the sentence.
    let hasCue = false;
    for (let i = clause.from; i < clause.to && !hasCue; i++) hasCue = cueAt[i] === 1;
    // A clause without a target borrows it from the clause before, or ("ik haat het als ze …") after it.
    // "… ook als het een grap was": a clause about a thing borrows no one.
    const aboutAThing = resolved.length === 0 && hasThingSubject(classes, clause);
    const borrowed = resolved.length > 0 ? resolved : aboutAThing ? [] : sameSentence && !ownSubject ? previous!.targets : hasCue ? targetsOfNext() : [];
    const aimed = hasCue ? borrowed.filter((aim) => !isThing(read, aim, clause)) : borrowed;
    const subject = !!inClause('ik_wij') || !!inClause('iedereen') || (!!sameSentence && previous!.subject);
    const intent = !!inClause('intentie') || (!!sameSentence && previous!.intent);
    // "Ik vind niet dat …", "ik denk niet dat …": the opinion denies what follows.
    const deniedOpinion = !!sameSentence && previous!.deniesOpinion;
    // "Vind je niet dat …?" asks for agreement; "ik vind niet dat …" denies.
    const deniesOpinion = (!!inClause('mening') || !!inClause('vind')) && !!inClause('negatie') && !hasTargetType(targets, clause, 'jij');
    const previousLinked = !!sameSentence && previous!.linked;
    const linksHere = !!inClause('koppel') || !!inClause('vind');
    previous = { clause, targets: aimed, subject, intent, deniesOpinion: deniesOpinion || deniedOpinion, linked: linksHere || previousLinked };
    if (deniedOpinion || !hasCue) continue;
    const reported = frame.has('tegenspraak') || frame.has('citaat') || isCondemned(read, clause.sentence, clause.to - 1) || attributed(read, position, aimed);
    // "Etter, geef mijn telefoon terug", "hé sufkop, …": an insult said as a name, to the one addressed.
    const called = inClause('scheldnaam');
    if (called && !reported && resolved.length === 0 && isVocative(classes, clause, called) && (sentenceGoesOn(read, clause) || closesSentence(read, clause))) {
      target = undefined;
      report('negatief', called);
      continue;
    }
    const story = frame.has('nieuws') && !aimed.some((aim) => aim.type === 'jij');
    // "Sinds er Antillianen wonen, doen we de deur op slot": a group named, then the speaker keeping away
    // from it. The group stands in a clause before, so this comes before the clause needs a target of its own.
    const avoid = inClause('mijden');
    const avoided = avoid && subject ? groupBefore(avoid.firstToken) : undefined;
    if (avoid && avoided && !reported && !story && !negatedBefore(avoid.firstToken)) {
      target = avoided;
      report('haat-groep', avoid);
      continue;
    }
    // "Rot op", "hou je bek", "klep dicht": sending the reader away rudely needs no other target.
    const rude = inClause('grof_bevel');
    // An order opens its clause ("de appel is rot op de onderkant" is none); "oplazeren" is one wherever it stands.
    const rudeOrder = !!rude && (opensClause(classes.readings, clause, rude.firstToken) || classes.readings[rude.firstToken]!.startsWith('op'));
    if (rude && rudeOrder && !reported && !story && !frame.has('lachen') && !negatedBefore(rude.firstToken)) {
      target = undefined;
      report('negatief', rude);
      continue;
    }
    // Remarks on a body that need no other target: "die giraf uit de brugklas", "jammer van die neus",
    // "met dat lijf zou ik geen crop top aandoen", "meer haar op z'n rug dan op z'n hoofd".
    // "die olifant in de dierentuin": animals among animals are no one's nickname.
    const amongAnimals = !!classes.first('dieren_context', read.sentenceStart[clause.sentence]!, read.sentenceStart[clause.sentence + 1] ?? tokens.length);
    const remark = !reported && !story && !amongAnimals ? bodyRemark(classes, clause) : undefined;
    if (remark !== undefined && !inClause('positief_na')) {
      target = undefined;
      report('bodyshaming', remark);
      continue;
    }
    if (aimed.length === 0 && !mayStandAlone(classes, clause)) continue;

    target = aimed.find((aim) => aim.type === 'groep') ?? aimed[0];
    const play = frame.has('sport') && target?.type !== 'groep';

    // Death wishes and pushing towards self-harm: fixed phrases ("spring van een flat", "niemand zal je missen").
    const selfHarm = inClause('zelfbeschadiging');
    if (selfHarm && !frame.has('lachen') && !frame.has('zelfbeschadiging_onschuldig') && !story && !reported && !aboutOneself(selfHarm) && !negatedBefore(selfHarm.firstToken)) {
      report('doodswens', selfHarm);
      continue;
    }
    // "Ik hoop dat je doodgaat": a wish in the sentence and dying in this clause, aimed at someone.
    const dying = inClause('dood_werkwoord');
    // "Sterf gewoon", "stik maar": dying as an order is a wish.
    const dyingOrdered = !!dying && dying.firstToken === dying.lastToken && isOrder(classes.readings, clause, dying.firstToken) && !NOT_ORDERS.has(classes.readings[dying.firstToken]!) && !asksQuestion(doc, clause);
    if (dying && target && (frame.has('wens') || inClause('norm') || dyingOrdered) && !frame.has('lachen') && !frame.has('ziekte_context') && !story && !reported && !negatedBefore(dying.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'doodswens', dying);
      continue;
    }

    // Threats: violence aimed at someone by the writer, now or later ("ik ga je in elkaar slaan").
    const violence = violenceIn(classes, clause);
    // "Ik blaas de school op": the school itself is a target of violence.
    const school = inClause('school_doel');
    if (violence && !target && school && subject && !play && !story && !reported && violence.tense === 'nu' && !negatedBefore(violence.token)) {
      report('dreigen', violence.token);
      continue;
    }
    // "Iemand moet die moskee in de fik steken", "gooi een handgranaat in dat azc": a group's place as the target.
    const groupPlace = inClause('groep_plaats');
    const arms = violence?.token ?? inClause('wapen')?.firstToken;
    const callsForIt = subject || intent || !!inClause('norm') || opensWithViolentOrder(classes.readings, clause) || hasWords(classes.readings, clause.from, clause.to, ['iemand']);
    if (arms !== undefined && groupPlace && callsForIt && !play && !story && !reported && violence?.tense !== 'verleden' && !negatedBefore(arms)) {
      report('dreigen-groep', arms);
      continue;
    }
    // A kitchen, a camp or a costume makes cutting or shooting harmless ("snij jij de taart?"), not a beating.
    const harmlessTool = frame.has('onschuldig_wapen') && TOOL_VERBS.test(classes.readings[violence?.token ?? 0] ?? '');
    // "Ik vermoord je van blijdschap": a feeling, not a deed.
    if (violence && target && !play && !story && !reported && !harmlessTool && !inClause('lachen') && !negatedBefore(violence.token)) {
      const normative = !!inClause('norm');
      const byWriter = subject || intent || target.type === 'jij';
      // "Sla die gast in elkaar", "hang die verraders op": an order to hurt someone; "laat ze die demonstranten
      // maar platrijden": letting it be done (its "maar" opened a clause of its own).
      const before = clauses[position - 1];
      const letting = LETTING.has(classes.readings[clause.from]!) || (!!before && before.sentence === clause.sentence && LETTING.has(classes.readings[before.from]!));
      const ordered = target.type !== 'jij' && ((violence.order && opensClause(classes.readings, clause, violence.token)) || letting) && !asksQuestion(doc, clause);
      if ((violence.tense === 'nu' && (byWriter || normative || ordered)) || (violence.tense === 'deelwoord' && normative)) {
        report(target.type === 'groep' ? 'dreigen-groep' : 'dreigen', violence.token);
        continue;
      }
    }
    // "Je krijgt klappen", "ik geef je een dreun"; "executie is de oplossing voor …", "die verdienen de kogel".
    const blow = inClause('geweld_naamwoord');
    if (blow && target && inClause('krijgen') && !play && !story && !reported && !negatedBefore(blow.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'dreigen', blow);
      continue;
    }
    // "Die verdient een pak slaag", "X horen in een kamp", "X moeten achter prikkeldraad".
    const place = inClause('opsluitplek');
    const norm = inClause('norm') ?? (hasWords(classes.readings, clause.from, clause.to, ['horen']) ? inClause('koppel') : undefined);
    if ((place || blow) && norm && target && !play && !story && !reported && !negatedBefore((place ?? blow)!.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'dreigen', (place ?? blow)!);
      continue;
    }
    // "Ik wens je de tyfus", "X mogen wat mij betreft de tering krijgen".
    const plague = inClause('ziekte_wens');
    if (plague && target && !frame.has('ziekte_context') && (frame.has('wens') || inClause('krijgen') || inClause('norm')) && !story && !reported && !negatedBefore(plague.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'doodswens', plague);
      continue;
    }
    const extreme = inClause('geweld_extreem');
    if (extreme && target && !story && !reported && !play && !negatedBefore(extreme.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'dreigen', extreme);
      continue;
    }
    // "X moeten dood", "dood aan X".
    const deathAt = indexIn(classes.readings, 'dood', clause);
    const death = deathAt < 0 ? -1 : deathAt - clause.from;
    if (death >= 0 && target && (inClause('norm') || tokens[clause.from + death + 1]?.folded === 'aan') && !frame.has('lachen') && !story && !reported && !negatedBefore(clause.from + death)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'doodswens', clause.from + death);
      continue;
    }

    // Implicit threats: "je bent er geweest", "ik weet waar je woont", a weapon and a target.
    // "we weten hoe laat de bus gaat": knowing is a threat only of someone's whereabouts.
    const knownOf = inClause('dreig_impliciet');
    const implicit = knownOf && KNOWING.has(classes.readings[knownOf.firstToken + 1] ?? classes.readings[knownOf.firstToken]!) && !pointsAtSomeone(classes, targets, read.sentenceStart[clause.sentence]!, read.sentenceStart[clause.sentence + 1] ?? tokens.length) ? undefined : knownOf;
    // A kind word does not explain a threat that menaces on ("Mooi huis trouwens. Zou zonde zijn.", "succes 🔪").
    const explained = frame.has('impliciet_onschuldig') && !menaces(read, doc, clause.sentence);
    if (implicit && !story && !reported && !play && !explained && !negatedBefore(implicit.firstToken)) {
      report('impliciet', implicit);
      continue;
    }
    // Veiled threats by their shape: knowing someone's private details, a condition with harm for the one
    // addressed, a sinister closing line beside someone's details.
    const veiled = !story && !reported && !play ? veiledThreat(read, clause, targets, explained) : undefined;
    if (veiled !== undefined) {
      report('impliciet', veiled);
      continue;
    }
    // "Je gaat dit nog berouwen", "dat zal je bezuren": revenge promised to the one addressed.
    const revenge = inClause('wraak');
    if (revenge && target?.type === 'jij' && (intent || inClause('norm')) && !reported && !story && !play && !negatedBefore(revenge.firstToken)) {
      report('impliciet', revenge);
      continue;
    }
    // "Let maar goed op je zusje": a threat to someone's family.
    const family = inClause('familie_doel');
    if (family && /^(let|pas)$/.test(classes.readings[clause.from] ?? '') && hasWords(classes.readings, clause.from, clause.to, ['op']) && !reported && !story && !frame.has('impliciet_onschuldig')) {
      report('impliciet', family);
      continue;
    }
    // A weapon brought along: for someone, or by the writer to school.
    const weapon = inClause('wapen');
    if (weapon && (target || subject || inClause('school_doel')) && !frame.has('onschuldig_wapen') && !story && !play && !reported && (inClause('meenemen') || intent)) {
      report(target?.type === 'groep' ? 'dreigen-groep' : 'impliciet', weapon);
      continue;
    }

    // Exclusion: "niemand mag met Fleur praten", "haal hem uit de groep", "X horen hier niet", "terug naar je land".
    const away = inClause('wegwens');
    if (away && target && !reported && !story) {
      report(target.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', away);
      continue;
    }
    // Belonging denied in any word order: "als je met Fatima omgaat hoor je er ook niet meer bij"; put out of
    // the group: "wie haar uitnodigt ligt er zelf ook uit", "Jayden weg uit het voetbalteam".
    const outside = belongingDenied(classes, clause) ?? putOut(classes, clause);
    if (outside !== undefined && (target || isPutOutWord(classes.readings[outside]!)) && !reported && !story && !play) {
      report(target?.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', outside);
      continue;
    }
    // "Ga van onze groep af", "rot op uit de groepsapp": told to leave the group.
    const leave = inClause('weggaan');
    if (leave && inClause('groep_plek') && !reported && !story && !play && !negatedBefore(leave.firstToken)) {
      report(target?.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', leave);
      continue;
    }
    // "Ga terug naar Marokko": sent away, with or without a "you".
    if (away && !target && !reported && !story && /\b(land|jungle|woestijn|marokko|turkije|afrika|suriname|polen|syrie|azie|china)\b/.test(classes.readings.slice(away.firstToken, away.lastToken + 1).join(' '))) {
      report('buitensluiten-groep', away);
      continue;
    }
    // "Een nieuwe groepsapp gemaakt zonder jou": a group made without someone.
    const without = indexIn(classes.readings, 'zonder', clause);
    // Also "we maken / willen / gaan … zonder Lisa", unless a reason is given ("zonder Lisa, want ze is ziek").
    const weWithout = subject && (inClause('intentie') || inClause('norm') || hasAny(classes.readings, clause, GROUP_MAKING));
    if (without >= 0 && target && (target.type === 'jij' || inClause('maken') || weWithout) && inClause('groep_plek') && !frame.has('redenen') && !reported && !story) {
      report('buitensluiten', without);
      continue;
    }
    const nobody = inClause('niemand');
    const social = inClause('sociaal') ?? inClause('mee');
    if (nobody && social && target && !reported && !story) {
      report(target.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', nobody);
      continue;
    }
    const shut = inClause('uitsluit');
    if (shut && target && (subject || inClause('groep_plek') || inClause('negatie') || target.type === 'groep' || containsTarget(targets, shut)) && !reported && !story && !negatedBefore(shut.firstToken)) {
      report(target.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', shut);
      continue;
    }
    const removal = inClause('verwijder');
    if (removal && target && (hasWords(classes.readings, clause.from, clause.to, ['uit']) || hasWords(classes.readings, clause.from, clause.to, ['eruit']) || hasWords(classes.readings, clause.from, clause.to, ['weg'])) && (inClause('groep_plek') || hasWords(classes.readings, clause.from, clause.to, ['eruit'])) && !reported && !story && !play) {
      report(target.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', removal);
      continue;
    }
    const notIn = inClause('negatie');
    // "telefoons horen niet in de klas": the place is no one kept out; someone else in the clause may be.
    const keptOut = target && classes.at('groep_plek', target.token) ? aimed.find((aim) => !classes.at('groep_plek', aim.token)) : target;
    if (notIn && keptOut && (inClause('mee') || inClause('groep_plek')) && (inClause('norm') || subject || keptOut.type === 'groep') && !reported && !story && (keptOut.type === 'groep' || !frame.has('redenen'))) {
      // "We nemen Daan niet meer mee": we keep someone out (a reason in the sentence makes it an excuse, see above).
      if (keptOut.type === 'groep' || inClause('norm') || (subject && keptOut.type !== 'jij')) {
        target = keptOut;
        report(keptOut.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', notIn);
        continue;
      }
    }

    // "Jij hebt geen hersens", "het IQ van een kamerplant", "meer puisten dan hersencellen": someone's mind put down.
    const mind = inClause('verstand');
    if (mind && target && target.type !== 'zelf' && (inClause('negatie') || hasAny(classes.readings, clause, MIND_LOW)) && !reported && !story && !inClause('positief_na')) {
      report(target.type === 'groep' ? 'haat-groep' : 'negatief', mind);
      continue;
    }
    // "Jij hebt het charisma van een natte sok": someone's quality likened to a thing's.
    const quality = inClause('eigenschap');
    if (quality && target && target.type !== 'zelf' && target.type !== 'groep' && classes.readings[quality.lastToken + 1] === 'van' && classes.readings[quality.lastToken + 2] === 'een' && !reported && !story) {
      report('negatief', quality);
      continue;
    }
    // "Bilal, jij verpest alles": someone as the one who spoils everything.
    const spoils = indexIn(classes.readings, 'verpest', clause);
    if (spoils > 0 && target && target.token < spoils && (target.type === 'jij' || target.type === 'naam') && hasWords(classes.readings, spoils + 1, Math.min(clause.to, spoils + 3), ['alles']) && !reported && !story) {
      report('negatief', spoils);
      continue;
    }
    // "Mensen zoals jij komen nooit verder", "zo iemand verdient het": someone as a kind of person, put down.
    const kind = inClause('soort_mensen');
    if (kind && (inClause('negatie') || inClause('neg_adjectief') || inClause('scheldnaam') || hasAny(classes.readings, clause, PUT_DOWN)) && !reported && !story && !inClause('positief_na')) {
      report(target?.type === 'groep' ? 'haat-groep' : 'negatief', kind);
      continue;
    }
    // "Like als je Sanne ook irritant vindt": a poll against someone.
    const poll = inClause('peiling');
    if (poll && target && (inClause('neg_adjectief') || inClause('scheldnaam') || inClause('emotie') || inClause('lichaam_neg')) && !reported && !story) {
      report('buitensluiten', poll);
      continue;
    }
    // "Een Afghaan als buurman? Dan verhuis ik": one of a group in a role, asked about with disdain.
    // "als" opens a clause of its own, so the group stands just before it; the answer after the question
    // shows the disdain ("Dan verhuis ik", "echt niet"), a plain question or a kind answer stays quiet.
    const role = inClause('rol');
    const member = role ? targets[role.firstToken - 2] : undefined;
    if (role && member?.type === 'groep' && classes.readings[role.firstToken - 1] === 'als' && classes.readings[member.token - 1] === 'een' && /\?/.test(doc.text.slice(tokens[role.firstToken]!.end, tokens[role.firstToken + 1]?.start ?? doc.text.length)) && classes.first('afwijzing', role.firstToken + 1, Math.min(tokens.length, role.firstToken + 1 + ANSWER_REACH)) && !reported && !story) {
      target = member;
      report('haat-groep', role);
      continue;
    }
    // Hatred: "ik haat die Polen", "ik kan die gast niet uitstaan", "ik walg van jullie".
    const hatred = inClause('emotie');
    if (hatred && target && !reported && !story && !negatedBefore(hatred.firstToken)) {
      report(target.type === 'groep' ? 'haat-groep' : 'haat-persoon', hatred);
      continue;
    }

    // "Zij neukt met iedereen", "die van 3A pijpt voor geld": sexual rumours about someone.
    const rumour = inClause('seks_daad');
    if (rumour && target && target.type !== 'jij' && !reported && !story && !negatedBefore(rumour.firstToken)) {
      report('seksueel', rumour);
      continue;
    }
    // Sexual harassment: a nude picture asked for or threatened to be shared; a body part with a sexual word.
    const nude = inClause('seks_object');
    // "Als je me geen naaktfoto stuurt, zet ik …": a condition is no denial.
    const threatened = !!inClause('afpersing') && (!!target || frame.has('meld'));
    if (nude && !reported && !story && (threatened || !negatedBefore(nude.firstToken)) && (inClause('seks_verzoek') || inClause('seks_adj') || threatened)) {
      report('seksueel', nude);
      continue;
    }
    const body = inClause('seks_lichaam');
    // A body part of someone with a wish, a look or a suggestive emoji: "die kont zou ik wel willen 🤤".
    const wanting = (subject && hasAny(classes.readings, clause, DESIRE)) || SUGGESTIVE.test(clauseText(doc, clause));
    if (body && target && target.type !== 'zelf' && !reported && !story && !frame.has('ziekte_context') && !negatedBefore(body.firstToken) && (inClause('seks_adj') || inClause('kijken') || wanting || (inClause('seks_verzoek') && target.type === 'jij'))) {
      report('seksueel', body);
      continue;
    }
    // "Als je niet doet wat ik zeg, stuur ik je foto's naar iedereen": pictures used to force someone.
    const picture = inClause('beeld');
    if (picture && inClause('afpersing') && target && (hasWords(classes.readings, clause.from, clause.to, ['anders']) || frame.has('voorwaarde')) && !reported && !story) {
      report('seksueel', picture);
      continue;
    }
    // "Hé lekker ding", "ik zou je zo mee naar bed nemen", "aan je billen zitten": sexual remarks to or about someone.
    const advance = inClause('seks_zin');
    if (advance && (target || containsTarget(targets, advance)) && !reported && !story && !frame.has('ziekte_context') && !negatedBefore(advance.firstToken)) {
      report('seksueel', advance);
      continue;
    }
    // "stuur een foto zonder je shirt", "laat zien wat er onder die hoodie zit": undressing asked for.
    const clothes = inClause('kleding');
    if (clothes && (inClause('seks_verzoek') || hasWords(classes.readings, clause.from, clause.to, ['foto'])) && UNDRESS.some((word) => hasWords(classes.readings, clause.from, clause.to, [word])) && !reported && !story && !negatedBefore(clothes.firstToken)) {
      report('seksueel', clothes);
      continue;
    }

    // "Ga eens afvallen", "ga je wassen": told to change one's body.
    const bodyOrder = inClause('lichaam_bevel');
    if (bodyOrder && !reported && !story && !play) {
      report('bodyshaming', bodyOrder);
      continue;
    }
    // Degrading attributes, dehumanisation and body shaming: target + "is/zijn/vind" + what they would be.
    // A story told ("in het sprookje is de stiefmoeder gemeen") speaks of its characters; of a group, only
    // when someone in it is quoted.
    // Among animals, a real animal named ("die olifant in de dierentuin") is no target; people compared to them are.
    const animalNamed = amongAnimals && !!target && (isAnimalWord(classes, target.token) || isAnimalWord(classes, target.token + 1));
    // A group put down without an insult: "typisch zo'n Turk", "goed Nederlands voor een Marokkaan",
    // "ik heb niks tegen homo's, maar …".
    const stereotype = !reported && !story ? stereotyped(read, clause, targets) : undefined;
    if (stereotype !== undefined) {
      report('haat-groep', stereotype);
      continue;
    }
    if (!target || reported || animalNamed || (story && (target.type !== 'groep' || frame.has('meld'))) || negatedNear(target.token)) continue;
    // "Roemenen stelen alles": a crime said of a whole group.
    const crime = inClause('misdaad');
    if (crime && target.type === 'groep') {
      report('haat-groep', crime);
      continue;
    }
    // "Die dikke van 2A", "wie is die lelijke": an adjective used as the name of someone.
    const nickname = classes.readings[target.token] === 'die' ? (inClause('neg_adjectief') ?? inClause('lichaam_neg')) : undefined;
    if (nickname && nickname.firstToken === target.token + 1 && !describesThing(nickname) && adjectiveStrength(classes.readings[nickname.firstToken]!) > 0) {
      report(classes.at('lichaam_neg', nickname.firstToken) ? 'bodyshaming' : 'negatief', nickname);
      continue;
    }
    // "Emma is een nepperd en een slijmbal": a coordinated clause shares the verb of the one before.
    const coordinated = !!sameSentence && previousLinked && COORDINATORS.has(classes.readings[clause.from]!);
    const linked = !!inClause('koppel') || !!inClause('vind') || hasAny(classes.readings, clause, LINKS) || coordinated;
    const aboutGroup = target.type === 'groep';
    const dehumanised = fits(inClause('ontmenselijk'));
    if (dehumanised && (linked || aboutGroup)) {
      report(aboutGroup ? 'ontmenselijking' : 'negatief', dehumanised);
      continue;
    }
    const shamed = fits(inClause('lichaam_neg'));
    const had = hasAny(classes.readings, clause, HAVING) && !PLAIN_LOOKS.has(classes.readings[shamed?.firstToken ?? 0]!);
    if (shamed && (linked || inClause('lichaamsdeel') || had) && !frame.has('ziekte_context') && !classes.at('dikke_positief', shamed.lastToken + 1) && (classes.at('lichaamsdeel', shamed.lastToken + 1) || !describesThing(shamed))) {
      report(aboutGroup ? 'haat-groep' : 'bodyshaming', shamed);
      continue;
    }
    // "je lijkt wel een paard", "ze waggelt als een pinguïn", "hoofd als een voetbal".
    const likened = inClause('vergelijk');
    const animal = inClause('dier_vergelijking');
    if (likened && animal && animal.firstToken >= likened.firstToken) {
      report(aboutGroup ? 'ontmenselijking' : 'bodyshaming', animal);
      continue;
    }
    // Someone's body part likened, sized up or exclaimed at: "oren als schotelantennes", "die neus van Jasmijn
    // is zo groot", "wat een kop heb jij". Not when the clause praises ("wat een mooie ogen") or speaks of illness.
    const part = inClause('lichaamsdeel');
    if (part && target.type !== 'zelf' && !inClause('positief_na') && !frame.has('ziekte_context') && bodyPartMocked(classes.readings, clause, part)) {
      report(aboutGroup ? 'haat-groep' : 'bodyshaming', part);
      continue;
    }
    const insult = fits(inClause('scheldnaam'));
    const adjective = fits(inClause('neg_adjectief'));
    if (adjective && !insult && describesThing(adjective)) continue;
    if (target.type === 'groep') {
      // Any negative word about a group, linked to it, right before it ("luie Polen"), or a predicate of its own ("kunnen niks").
      const before = adjective && adjective.lastToken + 1 === target.token;
      const predicate = adjective && adjective.lastToken > adjective.firstToken;
      if ((insult || adjective) && (linked || before || predicate)) {
        report('haat-groep', insult ?? adjective!);
        continue;
      }
    } else if ((linked || (adjective && adjective.lastToken > adjective.firstToken)) && !saysOfOneself(classes, clause) && (insult || (adjective && strongEnough(adjective)))) {
      report('negatief', insult ?? adjective!);
    }
  }
  if (hits.length < MAX_HITS) coercion(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  return hits;
}

const SENDING = new Set(['stuur', 'stuurt', 'sturen', 'send']);
const OFF = new Set(['uit', 'af']);
/** "als je (me vanavond) geen/niet …": a condition with a denial within a few words. */
function deniedCondition(readings: string[], from: number, to: number): PhraseMatch | undefined {
  for (let i = from; i + 1 < to; i++) {
    if (readings[i] !== 'als' || (readings[i + 1] !== 'je' && readings[i + 1] !== 'jij')) continue;
    for (let k = i + 2; k < Math.min(to, i + 6); k++) if (readings[k] === 'geen' || readings[k] === 'niet') return { firstToken: i, lastToken: k, start: 0, end: 0 };
  }
  return undefined;
}

/** Taking a picture: "een foto van je gemaakt". */
const TAKING = new Set(['gemaakt', 'maken', 'maak', 'genomen', 'neem', 'nemen']);

function hitAt(tokens: TextDocument['tokens'], attack: Attack, cue: PhraseMatch): GrammarHit {
  const kind = ATTACKS[attack];
  return { kind: kind.kind, severity: kind.severity, messageId: kind.messageId, attack, firstToken: cue.firstToken, lastToken: cue.lastToken, start: tokens[cue.firstToken]!.start, end: tokens[cue.lastToken]!.end };
}

/**
 * Sexual coercion, told over a sentence or two and often without a target word: a picture with a threat
 * to spread it ("Foto's. Nu. Of ik stuur alles naar je moeder."), pressure to send one ("stuur gewoon een
 * pic, niemand ziet het"), blame for clothes ("met zo'n rokje vraag je erom"), filming someone undressing.
 */
function coercion(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, sentenceStart, frames } = read;
  const end = doc.tokens.length;
  const sexual = (from: number, to: number) => classes.first('seks_object', from, to) ?? classes.first('seks_lichaam', from, to) ?? classes.first('seks_adj', from, to) ?? classes.first('kleding', from, to);
  for (let sentence = 0; sentence < sentenceStart.length; sentence++) {
    const from = sentenceStart[sentence]!;
    const to = sentenceStart[sentence + 1] ?? end;
    const frame = frames.get(sentence) ?? NO_FRAMES;
    if (frame.has('tegenspraak') || frame.has('citaat') || frame.has('nieuws')) continue;
    // "Foto's. Nu. Of ik stuur alles naar je moeder.": the picture may stand two short sentences before.
    const before = sentenceStart[Math.max(0, sentence - 2)]!;
    const after = sentenceStart[sentence + 2] ?? end;
    const image = classes.first('beeld', before, to) ?? classes.first('seks_object', before, to);
    // A condition, also with words between ("als je me vanavond geen naaktfoto stuurt").
    const forced = classes.first('dwang', from, to) ?? deniedCondition(classes.readings, from, to);
    const spread = classes.first('blootstellen', from, to);
    if (image && forced && spread) {
      report('seksueel', forced);
      return;
    }
    // "Als je niet bij mij op schoot komt, vertel ik aan iedereen dat je …": blackmail without a picture.
    if (forced && spread && hasWords(classes.readings, spread.lastToken + 1, Math.min(to, spread.lastToken + 3), ['dat', 'je'])) {
      report('impliciet', forced);
      return;
    }
    // "die bikinifoto… stuur er nog een maar dan zonder", "camera aan en trek dat vest uit": undressing asked for.
    const asked = hasAny(classes.readings, { from, to, sentence }, SENDING) || hasWords(classes.readings, from, to, ['camera', 'aan']);
    const without = indexIn(classes.readings, 'zonder', { from, to, sentence });
    const undressing = (without >= 0 && (without === to - 1 || classes.first('kleding', without, to))) || (hasWords(classes.readings, from, to, ['trek']) && classes.first('kleding', from, to) && hasAny(classes.readings, { from, to, sentence }, OFF));
    if (asked && undressing && (image || hasWords(classes.readings, from, to, ['camera']))) {
      report('seksueel', image ?? classes.first('kleding', from, to) ?? { firstToken: from, lastToken: from, start: 0, end: 0 });
      return;
    }
    const pressure = classes.first('druk', from, to);
    const pressureWords = pressure ? classes.readings.slice(pressure.firstToken, pressure.lastToken + 1).join(' ') : '';
    // "als je echt van me houdt stuur je het": love as the price of sending, picture named or not.
    const lovePrice = /preuts|houdt|bewijs/.test(pressureWords) && hasAny(classes.readings, { from, to, sentence }, SENDING);
    if (pressure && (classes.first('beeld', before, after) || sexual(before, after) || /preuts/.test(pressureWords) || lovePrice)) {
      report('seksueel', pressure);
      return;
    }
    const blame = classes.first('erom_vragen', from, to);
    // The clothes may be named in the sentence before ("waarom draag je zo'n kort rokje …? je vraagt er zelf om").
    const blamedFrom = sentenceStart[Math.max(0, sentence - 1)]!;
    if (blame && (classes.first('kleding', blamedFrom, to) || classes.first('seks_lichaam', blamedFrom, to) || classes.first('lichaamsdeel', blamedFrom, to))) {
      report('seksueel', blame);
      return;
    }
    const filming = classes.first('opname', from, to) ?? (hasAny(classes.readings, { from, to, sentence }, TAKING) ? classes.first('beeld', from, to) : undefined);
    const undressed = classes.first('omkleden', from, to);
    // "Melding: in de kleedkamer worden meisjes gefilmd": reported, not done.
    if (filming && undressed && !classes.first('negatie', from, to) && !frame.has('meld')) {
      report('seksueel', filming);
      return;
    }
  }
}

/** Having a body part: "jij hebt flaporen", "met die spekrollen". */
const HAVING = new Set(['heeft', 'hebt', 'heb', 'hebben', 'had', 'met']);
/** Looks that are just had ("die invaller met die snor", "zij heeft sproeten"): a remark only when said to be so. */
const PLAIN_LOOKS = new Set(['snor', 'baard', 'sproeten', 'kaal', 'kalend', 'wenkbrauwen', 'mager', 'magere', 'zweet', 'harig', 'harige', 'scheel', 'scheef']);
/** Sizes that mock a body part when stressed ("zo groot", "echt scheef") or extreme in themselves ("enorm"). */
const SIZES = new Set(['rond', 'ronde', 'bol', 'bolle', 'puntig', 'puntige', 'groot', 'grote', 'dik', 'dikke', 'breed', 'brede', 'klein', 'kleine', 'plat', 'platte', 'krom', 'kromme', 'scheef', 'scheve', 'lang', 'lange', 'vierkant', 'vierkante', 'raar', 'rare', 'harig', 'harige']);
const EXTREME_SIZES = new Set(['enorm', 'enorme', 'gigantisch', 'gigantische', 'reusachtig', 'reusachtige', 'monsterlijk', 'monsterlijke', 'belachelijk', 'belachelijke']);

/** A body part likened ("als …" right after it), sized up with stress, or exclaimed at ("wat een (…) kop"). */
function bodyPartMocked(readings: string[], clause: Clause, part: PhraseMatch): boolean {
  // "als" opens a clause of its own: it may stand just past this one.
  for (let k = part.lastToken + 1; k <= part.lastToken + 2 && k <= clause.to; k++) if (readings[k] === 'als') return true;
  const at = part.firstToken;
  if ((readings[at - 1] === 'een' && readings[at - 2] === 'wat') || (readings[at - 2] === 'een' && readings[at - 3] === 'wat' && at - 3 >= clause.from)) return true;
  for (let k = clause.from; k < clause.to; k++) {
    if (EXTREME_SIZES.has(readings[k]!)) return true;
    if (SIZES.has(readings[k]!) && k > clause.from && INTENSIFIERS.has(readings[k - 1]!)) return true;
  }
  return false;
}

const SAYING = new Set(['zegt', 'zei', 'zeggen', 'zeiden', 'beweert', 'beweren', 'beweerde', 'beweerden', 'roept', 'riep', 'riepen', 'denkt', 'denken', 'dacht', 'dachten', 'gelooft', 'geloven', 'vindt', 'vinden', 'vond', 'vonden', 'schreef', 'schrijft', 'schrijven', 'noemde', 'noemt', 'roepen']);
const FIRST_PERSON = new Set(['ik', 'wij', 'we', 'k']);
const ENDORSED = [['gelijk'], ['klopt'], ['terecht'], ['inderdaad'], ['mee', 'eens'], ['precies']];
/**
 * Someone else's words about a group, told: "mensen die beweren dat Surinamers lui zijn, …", "mijn oom zegt
 * dat …, ik schaam me dood", "hoe kun je nou zeggen dat …?". The "dat" clause after a verb of saying or
 * thinking whose subject is not the writer, unless the writer agrees ("… en hij heeft gelijk"). Said of
 * the one addressed or a named person it is spreading, not reporting, and stays an attack.
 */
function attributed(read: Reading, position: number, aimed: Target[]): boolean {
  const clause = read.clauses[position]!;
  const readings = read.classes.readings;
  if (readings[clause.from] !== 'dat' || aimed.length === 0 || aimed.some((aim) => aim.type === 'jij' || aim.type === 'naam')) return false;
  const before = read.clauses[position - 1];
  if (!before || before.sentence !== clause.sentence) return false;
  let said = -1;
  for (let i = before.from; i < before.to; i++) if (SAYING.has(readings[i]!)) said = i;
  if (said < 0) return false;
  // "wie vindt er nog meer / ook dat …?": asking who agrees is agreeing.
  if (hasWords(readings, before.from, before.to, ['wie']) && (hasWords(readings, before.from, before.to, ['ook']) || hasWords(readings, before.from, before.to, ['nog', 'meer']))) return false;
  // "ik zeg / zeg ik / ik denk": the writer's own; "ik hoorde iemand zeggen dat …" is someone else's.
  if (FIRST_PERSON.has(readings[said - 1] ?? '') || FIRST_PERSON.has(readings[said + 1] ?? '') || (FIRST_PERSON.has(readings[said - 2] ?? '') && !/^(iemand|hem|haar|ze|mensen)$/.test(readings[said - 1] ?? ''))) return false;
  // Agreement may follow in the next sentence ("Mijn oom zegt dat … Hij heeft gelijk.").
  const end = read.sentenceStart[clause.sentence + 2] ?? readings.length;
  return !ENDORSED.some((words) => hasWords(readings, clause.to, Math.min(end, clause.to + LOOK_AHEAD), words));
}

/** Emoji of weapons and death: whatever the words say, they menace. */
const MENACING_EMOJI = /[\u{1F52A}\u{1F4A3}\u{1F52B}\u{1FA78}\u{1F480}\u{2620}\u{1F608}\u{1FA93}\u{26B0}]/u;
/** A menacing phrase or emoji in this sentence or the two after it (past the kind word that would explain it). */
function menaces(reading: Reading, doc: TextDocument, sentence: number): boolean {
  // Once per sentence: every clause of a long sentence asks.
  let known = menacingSentences.get(reading);
  if (!known) menacingSentences.set(reading, (known = new Map()));
  const cached = known.get(sentence);
  if (cached !== undefined) return cached;
  const from = reading.sentenceStart[sentence]!;
  const to = reading.sentenceStart[sentence + 3] ?? doc.tokens.length;
  const end = to < doc.tokens.length ? doc.tokens[to]!.start : doc.text.length;
  const menacing = !!reading.classes.first('dreig_signaal', from, to) || MENACING_EMOJI.test(doc.text.slice(doc.tokens[from]!.start, end));
  known.set(sentence, menacing);
  return menacing;
}
const menacingSentences = new WeakMap<Reading, Map<number, boolean>>();

const SHOWING = new Set(['die', 'dat', 'deze']);
const WOULD_NOT = new Set(['geen', 'niet', 'nooit']);
/**
 * A body remark that names its own target: an animal as someone's name ("die giraf uit de brugklas"),
 * regret about a body part ("jammer van die neus"), what the writer would not dare with that body ("met dat
 * lijf zou ik geen crop top aandoen", "als ik zo'n buik had zou ik niet …"), or "meer X dan Y" of body parts.
 */
function bodyRemark(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  const part = classes.first('lichaamsdeel', clause.from, clause.to);
  // "met | dat lijf …": "dat" opened a clause of its own right after "met".
  for (let i = Math.max(0, clause.from - 1); i < clause.to; i++) {
    const word = readings[i]!;
    if (SHOWING.has(word) && classes.at('dier_vergelijking', i + 1) && /^(van|uit)$/.test(readings[i + 2] ?? '') && i + 3 < readings.length) return i + 1;
    if (!part) continue;
    if (word === 'jammer' && readings[i + 1] === 'van' && part.firstToken > i + 1 && part.firstToken <= i + 3) return part.firstToken;
    if ((word === 'met' || word === 'zon') && part.firstToken > i && part.firstToken <= i + 2) {
      for (let k = part.lastToken + 1; k + 1 < clause.to; k++) if (readings[k] === 'zou' && readings[k + 1] === 'ik' && hasAnyFrom(readings, k + 2, clause.to, WOULD_NOT)) return part.firstToken;
    }
    if (word === 'meer' && part.firstToken > i && part.firstToken <= i + 4) {
      for (let k = part.lastToken + 1; k < Math.min(clause.to, part.lastToken + 6); k++) if (readings[k] === 'dan' && classes.first('lichaamsdeel', k + 1, Math.min(clause.to, k + 5))) return part.firstToken;
    }
  }
  return undefined;
}
function isAnimalWord(classes: ClassIndex, token: number): boolean {
  return classes.at('dier_vergelijking', token);
}
function hasAnyFrom(readings: string[], from: number, to: number, words: Set<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(readings[i]!)) return true;
  return false;
}

const KNOWING = new Set(['weet', 'weten', 'ken', 'kennen', 'wist', 'wisten']);
const WHICH = new Set(['waar', 'welk', 'welke', 'wanneer', 'hoelaat']);
const CONDITIONS = [['nog', 'een', 'keer'], ['nog', '1', 'keer'], ['als', 'je'], ['als', 'jij'], ['anders'], ['zodra', 'je']];
/** Someone's own things or people: "jouw rooster", "je moeder", "van jou", a name. */
function pointsAtSomeone(classes: ClassIndex, targets: (Target | undefined)[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((targets[k] && targets[k]!.type !== 'zelf') || classes.readings[k] === 'jou' || classes.readings[k] === 'jouw') return true;
  return false;
}
/**
 * A veiled threat by its shape, not its words: the writer knows someone's private details ("ik ken jouw
 * rooster", "ik weet welk raam van jou is"); a condition with harm for the one addressed ("nog één keer en je
 * ligt in het ziekenhuis", "als je naar de mentor gaat ben je klaar"); a sinister closing line ("gewoon even
 * zeggen", "denk daar maar over na") after someone's details.
 */
function veiledThreat(read: Reading, clause: Clause, targets: (Target | undefined)[], explained: boolean): number | undefined {
  const { classes, sentenceStart } = read;
  const readings = classes.readings;
  const sentenceFrom = sentenceStart[clause.sentence]!;
  const sentenceTo = sentenceStart[clause.sentence + 1] ?? readings.length;
  // Harm as the outcome of a condition is explained by nothing kind around it ("… je telefoon nooit meer terug").
  const outcome = classes.first('gevolg', clause.from, clause.to);
  // Only "ben je klaar" may also mean done with a task ("als je de deadline mist ben je klaar").
  const mild = outcome && (readings[outcome.lastToken] === 'klaar' || readings[outcome.lastToken] === 'geweest');
  if (outcome && !(mild && explained) && CONDITIONS.some((words) => hasWords(readings, Math.max(sentenceFrom, outcome.firstToken - LOOK_AHEAD), outcome.firstToken, words)) && pointsAtSomeone(classes, targets, clause.from, clause.to + 1)) return outcome.firstToken;
  if (explained) return undefined;
  for (let i = clause.from; i < clause.to; i++) {
    if (!KNOWING.has(readings[i]!) || !(classes.at('ik_wij', i - 1) || classes.at('ik_wij', i + 1)) || classes.first('negatie', i, clause.to)) continue;
    const which = WHICH.has(readings[i + 1] ?? '') || (readings[i + 1] === 'hoe' && readings[i + 2] === 'laat') || (readings[i + 1] === 'om' && readings[i + 2] === 'hoe');
    const detail = classes.first('prive_detail', i + 1, clause.to);
    if ((which || detail) && pointsAtSomeone(classes, targets, i + 1, Math.min(sentenceTo, clause.to + 6))) return i;
  }
  const closing = classes.first('dreig_slot', clause.from, clause.to);
  if (closing) {
    const from = Math.max(sentenceStart[Math.max(0, clause.sentence - 1)]!, closing.firstToken - LOOK_AHEAD);
    if (classes.first('prive_detail', from, clause.to) && pointsAtSomeone(classes, targets, from, Math.min(clause.to, closing.lastToken + 1))) return closing.firstToken;
  }
  return undefined;
}

/** How far the shapes below look back or ahead, in words. */
const LOOK_BACK = 12;
const LOOK_AHEAD = 40;
const BUT = new Set(['maar']);
const STRESS = new Set(['echt', 'gewoon', 'gwn', 'eenmaal', 'totaal', 'helemaal', 'gewoonweg', 'nooit', 'allemaal', 'sowieso', 'sws']);
const PRAISE = new Set(['goed', 'netjes', 'slim', 'knap', 'mooi', 'snel', 'sterk', 'best', 'schoon', 'beleefd', 'normaal', 'aardig']);
const BACKGROUND = new Set(['cultuur', 'achtergrond', 'geloof', 'land', 'afkomst', 'buurt', 'soort']);

/** A group word at this token or the next one or two: a target of the group type, or an adjective of origin. */
function groupNear(classes: ClassIndex, targets: (Target | undefined)[], from: number, reach: number): number | undefined {
  for (let k = from; k < Math.min(classes.readings.length, from + reach); k++) if (targets[k]?.type === 'groep' || classes.at('groep_bijvoeglijk', k)) return k;
  return undefined;
}

/**
 * A group put down without an insult (implicit derogation): "typisch" before a group ("typisch zo'n Turk");
 * praise limited to a group ("goed Nederlands voor een Marokkaan", "slim voor iemand uit jouw cultuur");
 * "niks tegen [groep], maar …", whose "maar" brings what the writer does hold against them.
 */
function stereotyped(read: Reading, clause: Clause, targets: (Target | undefined)[]): number | undefined {
  const { classes } = read;
  const readings = classes.readings;
  // Windows, not the whole clause: a pasted wall without punctuation stays linear.
  const groupBefore = (token: number) => groupNear(classes, targets, Math.max(clause.from, token - LOOK_BACK), Math.min(LOOK_BACK, token - clause.from));
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    const typical = word === 'typisch' ? groupNear(classes, targets, i + 1, 3) : undefined;
    // "Typisch Nederlands weer": the writer's own country, said of the weather, is no put-down.
    if (typical !== undefined && !/nederland/.test(classes.groupAt(typical) ?? '')) return i;
    if (word === 'voor' && (readings[i + 1] === 'een' || readings[i + 1] === 'iemand')) {
      // The praise may stand in the clause before: "knap hoor, voor een meisje".
      const praised = hasPraise(classes, Math.max(read.sentenceStart[clause.sentence]!, i - LOOK_BACK), i);
      // "voor een meisje": one of a gender stands for all of it here.
      const group = groupNear(classes, targets, i + 2, 2) ?? (GENDER_SINGULAR.has(readings[i + 2] ?? '') ? i + 2 : undefined);
      const background = readings[i + 1] === 'iemand' && /^(uit|met|van)$/.test(readings[i + 2] ?? '') && BACKGROUND.has(readings[i + 4] ?? readings[i + 3] ?? '');
      if (praised && (group !== undefined || background)) return i;
    }
    // "Vrouwen zijn te emotioneel om leiding te geven": a group too something to do a thing.
    if (word === 'te' && (readings[i + 2] === 'om' || (/^(zijn|is|waren)$/.test(readings[i + 2] ?? '') && readings[i + 3] === 'om')) && !classes.at('positief', i + 1) && groupBefore(i) !== undefined) return i;
    // "Meisjes horen niet op een voetbalveld": a group kept from a place.
    if (BELONG.has(word) && targets[i - 1]?.type === 'groep' && DENIALS.has(readings[i + 1] ?? '') && /^(op|in|hier|daar|thuis|bij)$/.test(readings[i + 2] ?? '')) return i;
    if (AT_HOME.has(word) && groupBefore(i) !== undefined && hasAnyFrom(readings, Math.max(clause.from, i - LOOK_BACK), i, DENIALS)) return i;
    // "Meisjes kunnen nou eenmaal niet rekenen": a skill denied to a whole group, with stress.
    if ((word === 'kunnen' || word === 'kan') && targets[i - 1]?.type === 'groep') {
      let k = i + 1;
      let stressed = false;
      for (; k < clause.to && (STRESS.has(readings[k]!) || readings[k] === 'nou'); k++) stressed ||= STRESS.has(readings[k]!);
      if (stressed && (readings[k] === 'niet' || readings[k] === 'nooit')) return i;
    }
    if ((word === 'niks' || word === 'niets') && readings[i + 1] === 'tegen' && groupNear(classes, targets, i + 2, 2) !== undefined) {
      const end = Math.min(read.sentenceStart[clause.sentence + 1] ?? readings.length, i + 3 + LOOK_AHEAD);
      if (hasAnyFrom(readings, i + 3, end, BUT)) return i + 1;
    }
  }
  // Conspiracy: "[groep] hebben te veel macht", "… alles in handen".
  const plot = classes.first('complot', clause.from, clause.to);
  if (plot && groupBefore(plot.firstToken) !== undefined) return plot.firstToken;
  return undefined;
}
function hasPraise(classes: ClassIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PRAISE.has(classes.readings[k]!) || classes.at('positief', k)) return true;
  return false;
}

const BELONG = new Set(['hoor', 'hoort', 'horen', 'hoorde', 'hoorden']);
const OUT_VERBS = new Set(['lig', 'ligt', 'liggen', 'vlieg', 'vliegt', 'vliegen']);
/** The words that wake the reading of belonging: its verbs, and "weg" of "weg uit". */
const AT_HOME = new Set(['thuishoren', 'thuishoort', 'thuishoor']);
const OUT_CUES = new Set([...BELONG, ...OUT_VERBS, ...AT_HOME, 'weg']);
const DENIALS = new Set(['niet', 'geen', 'nooit', 'nergens']);
/** "… hoor je er ook niet meer bij", "ze hoort er echt nooit bij": a form of "erbij horen", denied. */
function belongingDenied(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  let verb = -1;
  let there = false;
  let with_ = false;
  let denied = false;
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    if (BELONG.has(word)) verb = i;
    else if (word === 'erbij') there = with_ = true;
    else if (word === 'er') there = true;
    else if (word === 'bij' && there) with_ = true;
    else if (DENIALS.has(word)) denied = true;
  }
  return verb >= 0 && there && with_ && denied ? verb : undefined;
}

/** "… ligt er zelf ook uit", "dan vlieg je eruit": put out of the group; "X weg uit het team". */
function putOut(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (OUT_VERBS.has(readings[i]!)) {
      for (let k = i + 1; k < Math.min(clause.to, i + 5); k++) if (readings[k] === 'eruit' || (readings[k] === 'uit' && readings.slice(i + 1, k).includes('er'))) return i;
    }
    if (readings[i] === 'weg' && readings[i + 1] === 'uit' && classes.first('groep_plek', i + 2, Math.min(clause.to, i + 5))) return i;
  }
  return undefined;
}
/** Being put out needs no target of its own ("wie … ligt er zelf ook uit" threatens whoever does it). */
function isPutOutWord(word: string): boolean {
  return OUT_VERBS.has(word);
}

/** Verbs done with a tool that is also harmless (a knife, a gun in a game, an axe for wood). */
const TOOL_VERBS = /^(?:aan|door|af|neer|dood|op|in|kapot)?(?:snij|snijd|snee|sneden|gesneden|steek|stak|staken|gestoken|schiet|schoot|schoten|geschoten|hak|hakt|hakken|gehakt|prik|prikt|prikken|geprikt|schil|fileer)/;

/** Words that make a mind small: compared to a thing ("van een", "als een"), less of it, too little. */
const MIND_LOW = new Set(['van', 'dan', 'minder', 'weinig', 'amper', 'nauwelijks', 'nul', 'klein', 'kleine', 'leeg', 'lege', 'gebrek']);

/** Verbs of making or having a group (with "zonder X": a group made to keep someone out). */
const GROUP_MAKING = new Set(['maken', 'maak', 'gemaakt', 'hebben', 'heb', 'starten', 'start', 'beginnen', 'begin', 'doen', 'houden']);

/** Verbs that say a kind of person gets or is worth little: "mensen zoals jij verdienen het", "zo iemand kost alleen geld". */
const PUT_DOWN = new Set(['verdienen', 'verdient', 'verdien', 'kosten', 'kost', 'horen', 'hoort', 'zeuren', 'zeurt', 'profiteren', 'profiteert', 'verpesten', 'verpest', 'stinken', 'stinkt']);

/** Words of wanting that make a body part of someone an advance, said by the writer. */
const DESIRE = new Set(['wil', 'zou', 'wou', 'zin', 'voelen', 'pakken', 'grijpen', 'knijpen']);
/** Emoji that make a remark on a body sexual. */
const SUGGESTIVE = /[\u{1F346}\u{1F351}\u{1F4A6}\u{1F924}\u{1F60F}\u{1F445}\u{1F975}]/u;

/** The clause's text as typed, with what stands right after it (an emoji after the last word). */
function clauseText(doc: TextDocument, clause: Clause): string {
  const tokens = doc.tokens;
  const end = clause.to < tokens.length ? tokens[clause.to]!.start : doc.text.length;
  return doc.text.slice(tokens[clause.from]!.start, end);
}

/** The clause opens with a violent verb in the form of an order ("gooi een handgranaat in …"), any of its uses. */
function opensWithViolentOrder(readings: string[], clause: Clause): boolean {
  const first = readings[clause.from]!;
  const { whole, split } = verbIndex();
  return [...(whole.get(first) ?? []), ...(split.get(first) ?? [])].some((use) => use.orders.has(first));
}

/** "Laat ze …": letting something be done, as an order. */
const LETTING = new Set(['laat', 'laten']);

/** Stems that are mostly exclamations, not orders ("verrek, wat koud"). */
const NOT_ORDERS = new Set(['verrek', 'dood']);

/** Words that may stand before an order: "nou sla die gast", "gewoon ophangen die lui", "en pak hem". */
const BEFORE_ORDER = new Set(['nou', 'gewoon', 'en', 'dan', 'maar', 'gwn', 'ff', 'even', 'kom', 'jongens', 'mannen', 'allemaal', 'zeg', 'joh', 'he', 'hey', 'ey', 'yo']);

/** The violent verb opens its clause in the form of an order (the stem: "sla", "hang", not "slaan" or "slaat"). */
function isOrder(readings: string[], clause: Clause, verb: number): boolean {
  return opensClause(readings, clause, verb) && !/(?:en|t)$/.test(readings[verb]!);
}

/** Token `token` is the first word of its clause, but for words that may stand before an order. */
function opensClause(readings: string[], clause: Clause, token: number): boolean {
  let first = clause.from;
  while (first < token && BEFORE_ORDER.has(readings[first]!)) first++;
  return first === token;
}

/** The clause is (part of) a question: the sentence ends in "?". */
function asksQuestion(doc: TextDocument, clause: Clause): boolean {
  const tokens = doc.tokens;
  for (let i = tokens[clause.to - 1]!.end; i < doc.text.length; i++) {
    const char = doc.text[i]!;
    if (char === '?') return true;
    if (char === '.' || char === '!' || char === '\n') return false;
  }
  return false;
}

/** Classes whose phrases hold a negation of their own ("kunnen niks", "hoort er niet bij"). */
const NEGATION_CARRIERS: WordClass[] = ['mijden', 'emotie', 'wegwens', 'uitsluit', 'zelfbeschadiging', 'dreig_impliciet', 'neg_sterk', 'neg_adjectief', 'scheldnaam', 'misdaad', 'ontmenselijk', 'mee'];

const POSSESSIVES = new Set(['mijn', 'mn', 'onze']);

const COORDINATORS = new Set(['en', 'of', 'maar', 'echt', 'gewoon']);

const INTENSIFIERS = new Set(['zo', 'zoo', 'echt', 'super', 'heel', 'erg', 'ontzettend', 'mega', 'kei', 'te', 'zwaar', 'enorm', 'extreem', 'totaal', 'compleet', 'onwijs', 'vreselijk', 'verschrikkelijk', 'ongelofelijk', 'belachelijk', 'kanker', 'kk', 'tering', 'tyfus', 'kut']);

/** Words after a predicate that do not make it describe a thing: "je bent vies hoor". */
const PARTICLES = new Set(['hoor', 'joh', 'man', 'zeg', 'bro', 'he', 'hè', 'ofzo', 'echt', 'wel', 'toch', 'haha', 'hahaha', 'lol', 'gewoon', 'zeker', 'ook', 'nu', 'altijd', 'allemaal', 'en', 'of', 'maar', 'want', 'dus', 'als', 'dan', 'zijn', 'is', 'ben', 'bent', 'ze', 'jij', 'je', 'hij', 'zij', 'die', 'met', 'in', 'op', 'om', 'voor', 'van', 'tegen', 'bij', 'naar', 'net', 'zo', 'te', 'nog', 'niet']);

/** Words between a copula and its predicate that are not fillers, at most: a predicate stays close to its verb. */
const MAX_OTHER_BEFORE_PREDICATE = 2;

/** Words between a copula and its predicate: "is gewoon een", "zijn echt van die". */
const PREDICATE_FILLERS = new Set([...INTENSIFIERS, 'een', 'gewoon', 'allemaal', 'van', 'die', 'nogal', 'best', 'wel', 'ook', 'toch', 'echte']);

/** Words that tie an attribute to a target without a verb: "allemaal dieven", "typisch zo'n …". */
const LINKS = new Set(['allemaal', 'altijd', 'typisch', 'zon', 'stelletje', 'wat', 'bende', 'echte', 'gewoon', 'net', 'als', 'hoe', 'stinkt', 'stink', 'stinken']);

function hasAny(readings: string[], clause: Clause, words: Set<string>): boolean {
  for (let i = clause.from; i < clause.to; i++) if (words.has(readings[i]!)) return true;
  return false;
}

/** Where a word stands in the clause; -1 if not (never searching past its end). */
function indexIn(readings: string[], word: string, clause: Clause): number {
  for (let i = clause.from; i < clause.to; i++) if (readings[i] === word) return i;
  return -1;
}

const THING_SUBJECTS = new Set(['het', 'dat', 'dit']);
/**
 * "dat was een grap", "was het een grap", "(ook) als het een grap was": "het", "dat" or "dit" beside a
 * singular copula, or as the subject of a subordinate clause with one (its verb comes last).
 */
function hasThingSubject(classes: ClassIndex, clause: Clause): boolean {
  const readings = classes.readings;
  const singularCopula = (at: number) => at >= clause.from && at < clause.to && classes.at('koppel', at) && !/^(zijn|waren|blijven)$/.test(readings[at]!);
  for (let i = clause.from; i < clause.to; i++) {
    if (!THING_SUBJECTS.has(readings[i]!)) continue;
    if (singularCopula(i - 1) || singularCopula(i + 1)) return true;
    if (i > clause.from && SUBORDINATE.has(readings[i - 1]!)) for (let k = i + 2; k < Math.min(clause.to, i + LOOK_BACK); k++) if (singularCopula(k)) return true;
  }
  return false;
}

function hasTargetType(targets: (Target | undefined)[], clause: Clause, type: TargetType): boolean {
  for (let i = clause.from; i < clause.to; i++) if (targets[i]?.type === type) return true;
  return false;
}

const THING_DETERMINERS = new Set(['de', 'het', 'die', 'deze', 'mijn', 'je', 'jouw', 'dat', 'dit', 'een', 'zijn', 'haar']);
const THING_PRONOUNS = new Set(['hem', 'ze', 'zij', 'die', 'deze', 'het']);

/**
 * "Mijn fiets? Ik haat hem": a pronoun after a thing, with no person named in this or the last sentence,
 * points at the thing. Names, groups and words for people keep it a person.
 */
function isThing(reading: Reading, target: Target, clause: Clause): boolean {
  if (target.type !== 'derde' || !THING_PRONOUNS.has(reading.classes.readings[target.token]!)) return false;
  const { classes, targets } = reading;
  let thing = false;
  for (let i = reading.sentenceStart[Math.max(0, clause.sentence - 1)]!; i < target.token; i++) {
    const aim = targets[i];
    if (aim && aim.type !== 'zelf' && aim.type !== 'derde') return false;
    if (aim?.type === 'derde' && !THING_PRONOUNS.has(classes.readings[i]!)) return false;
    // "zet die terroristen tegen een muur en schiet ze dood": what people are called names people.
    if (classes.at('persoon', i) || classes.at('scheldnaam', i)) return false;
    if (i > 0 && THING_DETERMINERS.has(classes.readings[i - 1]!) && !aim) thing = true;
  }
  return thing;
}

const PLURAL_PRONOUNS = new Set(['ze', 'zij', 'hen', 'hun', 'die', 'deze']);
function isPluralPronoun(folded: string): boolean {
  return PLURAL_PRONOUNS.has(folded);
}

/** Phrases that carry their own target ("je bent er geweest", "niemand zal je missen"). */
function containsTarget(targets: (Target | undefined)[], match: PhraseMatch): boolean {
  for (let i = match.firstToken; i <= match.lastToken; i++) if (targets[i] && targets[i]!.type !== 'zelf') return true;
  return false;
}

/** "Volgens mijn mentor ben ik lui": the attribute is said of the writer. */
function saysOfOneself(classes: ClassIndex, clause: Clause): boolean {
  for (let i = clause.from; i + 1 < clause.to; i++) {
    const pair = classes.readings[i] + ' ' + classes.readings[i + 1];
    if (pair === 'ik ben' || pair === 'ben ik' || pair === 'ik was' || pair === 'was ik' || pair === 'ik word') return true;
  }
  return false;
}

/** Words that undress: "zonder je shirt", "onder die hoodie", "je shirt uit". */
const UNDRESS = ['zonder', 'onder', 'uit', 'uittrekken', 'in'];

/** The clause is only the insult, maybe with "hé" or a name: "etter,", "hé sufkop,". */
function isVocative(classes: ClassIndex, clause: Clause, insult: PhraseMatch): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    if (i >= insult.firstToken && i <= insult.lastToken) continue;
    if (!classes.at('aanspreek', i)) return false;
  }
  return true;
}

/** The sentence goes on after this clause: the insult names the one then spoken to ("etter, geef …"). */
function sentenceGoesOn(reading: Reading, clause: Clause): boolean {
  const end = reading.sentenceStart[clause.sentence + 1] ?? reading.targets.length;
  return clause.to < end;
}

/** The clause closes a sentence that began before it: "ga lekker huilen, zwakkeling". */
function closesSentence(reading: Reading, clause: Clause): boolean {
  return reading.sentenceStart[clause.sentence]! < clause.from;
}

/** "Ik ga dood als ik morgen moet presenteren": the writer about themself. */
function aboutOneselfIn(classes: ClassIndex, match: PhraseMatch, from: number): boolean {
  for (let i = Math.max(from, match.firstToken - 2); i < match.firstToken; i++) if (classes.at('zelf', i)) return true;
  return false;
}

const STANDALONE: WordClass[] = ['complot', 'weten', 'gevolg', 'dreig_slot', 'stereotype', 'groep_plaats', 'seks_zin', 'zelfbeschadiging', 'dreig_impliciet', 'seks_object', 'wapen', 'school_doel', 'weggaan', 'lichaam_bevel', 'wegwens', 'kleding'];

/** Attacks that need no target of their own: the fixed threats and death wishes. */
function mayStandAlone(classes: ClassIndex, clause: Clause): boolean {
  for (const name of STANDALONE) if (classes.first(name, clause.from, clause.to)) return true;
  return false;
}

const ATTACKS: Record<Attack, { kind: LexiconKind; severity: Severity; messageId: string }> = {
  dreigen: { kind: 'bedreiging', severity: 'ernstig', messageId: 'dreigen' },
  'dreigen-groep': { kind: 'bedreiging', severity: 'ernstig', messageId: 'dreigenGroep' },
  doodswens: { kind: 'bedreiging', severity: 'ernstig', messageId: 'doodswens' },
  impliciet: { kind: 'bedreiging', severity: 'ernstig', messageId: 'impliciet' },
  'haat-groep': { kind: 'discriminatie', severity: 'ernstig', messageId: 'haatGroep' },
  ontmenselijking: { kind: 'discriminatie', severity: 'ernstig', messageId: 'ontmenselijking' },
  'buitensluiten-groep': { kind: 'discriminatie', severity: 'ernstig', messageId: 'buitensluitenGroep' },
  buitensluiten: { kind: 'pesten', severity: 'waarschuwing', messageId: 'buitensluiten' },
  'haat-persoon': { kind: 'pesten', severity: 'waarschuwing', messageId: 'haatPersoon' },
  bodyshaming: { kind: 'pesten', severity: 'waarschuwing', messageId: 'bodyshaming' },
  negatief: { kind: 'scheldwoord', severity: 'waarschuwing', messageId: 'negatief' },
  seksueel: { kind: 'seksueel', severity: 'ernstig', messageId: 'intimidatie' },
};

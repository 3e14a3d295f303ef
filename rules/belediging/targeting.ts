import type { TextDocument } from '../document';
import { allPersonReferences } from '../personen/names';
import { PhraseSet } from '../phrases';
import { quotedStretches } from '../quotes';
import { firstNotBefore } from '../search';
import type { Severity } from '../types';

// These word sets are compared with the folded form (lower case, accents off, double letters kept):
// the skeleton would turn "geen" into "gen" and "jullie" into "julie".
const SECOND_PERSON = new Set(['je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'ge', 'gij', 'jy', 'jai', 'jahh']);
const SELF_REFERENCE = [['ik', 'ben'], ['ben', 'ik'], ['voel', 'me'], ['ik', 'was'], ['was', 'ik'], ['wij', 'zijn'], ['we', 'zijn'], ['zijn', 'we'], ['zijn', 'wij'], ['i', 'am'], ['i', 'was'], ['i', 'feel'], ['we', 'are']];
/** The same in one word, as English posts write it ("i'm such an idiot lol"). */
const SELF_REFERENCE_WORDS = new Set(["i'm", 'i’m', 'im']);
const CLASS = /^([1-6][a-h]|brugklas)$/;
const CLASS_PREPOSITIONS = new Set(['van', 'uit', 'in']);
const WINDOW_BEFORE = 4;
const WINDOW_AFTER = 3;

/** "Zie je hoe …", "wist je dat …", "weet je wat": you as a way of speaking, not as the one addressed. */
const GENERIC_YOU_BEFORE = new Set(['hoe', 'dat', 'wat', 'wie', 'waar', 'wel', 'toch', 'nou', 'eigenlijk', 'zeker', 'nog']);
/** Words for a rule: the "je" of what it says is anyone. */
const RULE_NOUNS = new Set(['regel', 'regels', 'afspraak', 'afspraken', 'wet', 'verbod', 'regeltje', 'schoolregel', 'huisregel']);
/** The writer as subject just before "je" makes it the object: "ik ga je wat aandoen", "dan pak ik je nog". */
const WRITER_SUBJECTS = new Set(['ik', 'k', 'ikke', 'we', 'wij']);
export function isGenericYou(doc: TextDocument, index: number): boolean {
  // "die regel dat je je pet af moet", "de afspraak dat je niet mag eten": a rule for anyone.
  if (doc.tokens[index - 1]?.folded === 'dat' && RULE_NOUNS.has(doc.tokens[index - 2]?.folded ?? '')) return true;
  // "… dat je je pet af moet": the second "je" is the first one's own.
  if (doc.tokens[index - 1]?.folded === 'je' && doc.tokens[index - 2]?.folded === 'dat' && RULE_NOUNS.has(doc.tokens[index - 3]?.folded ?? '')) return true;
  if (!GENERIC_YOU_BEFORE.has(doc.tokens[index + 1]?.folded ?? '')) return false;
  return !WRITER_SUBJECTS.has(doc.tokens[index - 1]?.folded ?? '') && !WRITER_SUBJECTS.has(doc.tokens[index - 2]?.folded ?? '');
}

/**
 * Aimed at someone: a second-person word, a name or an @mention close to the words at tokens [first, last], or,
 * for a phrase ("jij bent een sukkel"), inside it.
 */
export function isTargeted(doc: TextDocument, first: number, last: number, includeSpan = false): boolean {
  const tokens = doc.tokens;
  const from = Math.max(0, first - WINDOW_BEFORE);
  const to = Math.min(tokens.length - 1, last + WINDOW_AFTER);
  for (let i = from; i <= to; i++) {
    if (!includeSpan && i >= first && i <= last) continue;
    const token = tokens[i]!;
    if (SECOND_PERSON.has(token.folded) && !isGenericYou(doc, i)) return true;
    // "die … van 3B": a class points at a real pupil.
    if (CLASS.test(token.folded) && i > 0 && CLASS_PREPOSITIONS.has(tokens[i - 1]!.folded)) return true;
    if (token.start > 0 && doc.text.charCodeAt(token.start - 1) === 64 /* @ */) return true;
  }
  // "Lisa is zo lelijk", "juf Petra is een heks": a person named right before or after.
  return allPersonReferences(doc).some(
    (reference) => reference.lastToken >= from && reference.firstToken <= to && (includeSpan || reference.lastToken < first || reference.firstToken > last),
  );
}

/** "ik ben zo'n sukkel": mild words the writer says about themself. */
function hasOtherReferent(tokens: TextDocument['tokens'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SECOND_PERSON.has(tokens[i]!.folded) || OTHER_REFERENT.has(tokens[i]!.folded)) return true;
  return false;
}

export function isSelfReference(doc: TextDocument, first: number): boolean {
  const tokens = doc.tokens;
  const isPair = (i: number) => i >= 0 && i + 1 < tokens.length && SELF_REFERENCE.some(([x, y]) => tokens[i]!.folded === x && tokens[i + 1]!.folded === y);
  // "Ik ben echt de grootste sukkel": the writer as subject a few words before, nobody else named between.
  for (let i = first - 2; i >= Math.max(0, first - SELF_WINDOW_BEFORE); i--) {
    if (SECOND_PERSON.has(tokens[i + 1]!.folded) || OTHER_REFERENT.has(tokens[i + 1]!.folded)) break;
    if (isPair(i) || SELF_REFERENCE_WORDS.has(tokens[i + 1]!.folded)) return true;
  }
  if (first > 0 && first <= SELF_WINDOW_BEFORE && SELF_REFERENCE_WORDS.has(tokens[0]!.folded) && !hasOtherReferent(tokens, 1, first)) return true;
  // "wat een kneus ben ik": the writer right after, the verb first ("shit ik ben te laat" is no such thing);
  // "bangerik als ik ben".
  const next = tokens[first + 1]?.folded;
  if ((next === 'ben' || next === 'was') && tokens[first + 2]?.folded === 'ik') return true;
  if (next === 'als' && tokens[first + 2]?.folded === 'ik' && (tokens[first + 3]?.folded === 'ben' || tokens[first + 3]?.folded === 'was')) return true;
  return saidOfOwnDeed(doc, first);
}

/** How far back the sentence of "Ik stond bij de verkeerde bus, echt een dombo" may start. */
const OWN_DEED_REACH = 20;
const WRITER_OPENERS = new Set(['ik', 'k', 'ikke']);
/** "een dombo", "zo'n sukkel": a name given, not a swear word on its own. */
const NAMING_ARTICLES = new Set(['een', "zo'n", 'zon']);
const OTHER_PEOPLE = new Set(['hij', 'zij', 'ze', 'hem', 'haar', 'hun', 'hen', 'die', 'deze', 'iemand', 'he', 'she', 'they', 'him', 'her', 'them']);

/**
 * "Ik stond bij de verkeerde bushalte, echt een dombo": a sentence that opens with the writer and names no one else,
 * then a name for who did it ("een …", "zo'n …"), after a comma.
 */
function saidOfOwnDeed(doc: TextDocument, first: number): boolean {
  const tokens = doc.tokens;
  let start = first;
  while (start > 0 && first - start < OWN_DEED_REACH && !tokens[start]!.sentenceStart) start--;
  if (!tokens[start]!.sentenceStart || !WRITER_OPENERS.has(tokens[start]!.folded) || !NAMING_ARTICLES.has(tokens[first - 1]?.folded ?? '')) return false;
  const between = doc.text.slice(tokens[start]!.end, tokens[first]!.start);
  if (!between.includes(',')) return false;
  for (let i = start + 1; i < first; i++) if (SECOND_PERSON.has(tokens[i]!.folded) || OTHER_PEOPLE.has(tokens[i]!.folded)) return false;
  return !allPersonReferences(doc).some((reference) => reference.firstToken > start && reference.firstToken < first);
}
/** Words that bring in someone else between the writer and the word ("ik ben klaar met die sukkel"). */
const OTHER_REFERENT = new Set(['met', 'door', 'dan', 'die', 'deze', 'dat', 'dit', 'van', 'voor', 'tegen', 'op', 'aan', 'naar', 'bij', 'hij', 'zij', 'ze', 'hem', 'haar', 'hun', 'hen', 'zo', 'als', 'with', 'this', 'that', 'he', 'she', 'they', 'him', 'her', 'them', 'of', 'at', 'like']);
/** How far before a word the writer may be its subject ("ik ben echt de allergrootste sukkel"). */
const SELF_WINDOW_BEFORE = 7;

const NEGATION_BEFORE = new Set(['geen', 'niet', 'nooit', 'not', 'no', 'never']);
const INSULTING_MODIFIERS = new Set([
  'vies', 'vieze', 'vuil', 'vuile', 'stom', 'stomme', 'smerig', 'smerige', 'dik', 'dikke', 'lelijk', 'lelijke',
  'achterlijk', 'achterlijke', 'dom', 'domme', 'gore', 'kanker', 'kut', 'tering', 'tyfus', 'rot', 'stinkende',
  'wat', 'jij', 'stupid', 'fat', 'ugly', 'dumb', 'fucking', 'vet', 'vette', 'dwaze', 'dwaas', 'ambetante',
  'gekke', 'rare', 'psycho', 'vuil', 'stinkend',
]);

/** "niet alleen dom, ook …": a negation that adds rather than denies. */
const NOT_ONLY = new Set(['alleen', 'enkel', 'slechts', 'only', 'just']);

/** "geen sukkel", "niet dom": a negation right before the word (not "niet alleen dom"). */
export function isNegatedBefore(doc: TextDocument, first: number): boolean {
  const tokens = doc.tokens;
  for (let i = Math.max(0, first - 2); i < first; i++) if (NEGATION_BEFORE.has(tokens[i]!.folded) && !NOT_ONLY.has(tokens[i + 1]!.folded)) return true;
  return false;
}

/** "vieze homo", "stomme aap", "wat een clown": an insulting word right before. */
export function hasInsultingModifier(doc: TextDocument, first: number): boolean {
  const tokens = doc.tokens;
  for (let i = Math.max(0, first - 2); i < first; i++) if (INSULTING_MODIFIERS.has(tokens[i]!.folded)) return true;
  return false;
}

/** Condemning abuse while quoting or reporting it: "Hij noemde mij een …, dat is niet oké". */
const CONDEMNING = [
  'niet oke', 'niet ok', 'not done', 'kwetsend', 'doet pijn', 'is erg', 'zo erg', 'stop met', 'zeg nou niet',
  'hoort niet', 'nooit oke', 'gemeld', 'verteld', 'uitgescholden', 'noemde mij', 'noemen mij', 'als scheldwoord',
  'racisme', 'discriminatie', 'schelden met',
];

const CONDEMNING_PHRASES = new PhraseSet(CONDEMNING);

/** How many sentences from a word a condemnation may stand: a report of a few lines ("… schreef hij X. Iedereen lachte. Niet oké."). */
const CONDEMNATION_REACH = 3;
/**
 * Is abuse condemned within a few sentences of `offset`? Only there: a condemning word at the other end of a long
 * post ("… gemeld", "racisme") says nothing of the words here.
 */
export function isCondemnedNear(doc: TextDocument, offset: number): boolean {
  const sentences = doc.shared('belediging:counter-speech', () => CONDEMNING_PHRASES.find(doc).map((match) => doc.sentenceAt(match.start)));
  if (sentences.length === 0) return false;
  const sentence = doc.sentenceAt(offset);
  // In text order: the first at or after the reach's start decides.
  const at = firstNotBefore(sentences.length, (index) => sentences[index]! < sentence - CONDEMNATION_REACH);
  return at < sentences.length && sentences[at]! <= sentence + CONDEMNATION_REACH;
}

/** Verbs that, opening a sentence, tell others to say or send the quoted words: then the quote is the attack. */
const SAY_IT = new Set(['zeg', 'zeggen', 'stuur', 'sturen', 'schrijf', 'typ', 'roep', 'post', 'zet', 'say', 'tell', 'send', 'write']);
/** Words before a quote that make it the writer's own opinion. */
const OWN_OPINION = new Set(['mening', 'vind', 'denk', 'imo', 'vlgs', 'opinion', 'think']);
/** "ik zeg", "zeg ik": the writer saying the quoted words. */
const WRITER_SAYS = new Set(['zeg', 'herhaal', 'schrijf', 'typ', 'say', 'repeat']);
const WRITER = new Set(['ik', 'k', 'i']);
/** The writer's own words outside the quote in its sentence, at least this many: "Ik weiger "…" te liken". */
const OWN_WORDS = 2;

/** The text's quoted stretches (rules/quotes.ts), found once per text. */
function quotesOf(doc: TextDocument): Array<[number, number]> {
  return doc.shared('belediging:quoted', () => quotedStretches(doc.text));
}

/**
 * Words mentioned, not used: the stretch lies inside quotation marks and the writer's own words stand beside the
 * quote in its sentence ("Ik weiger "Eritreeërs stinken" te liken", ""dood aan christenen" op de kerkdeur gekalkt").
 * Not when the sentence tells others to say or send it ("zeg tegen haar: "…"").
 */
export function isMentionedInQuotes(doc: TextDocument, start: number, end: number): boolean {
  // Found once per text (a 1 MB paste has thousands of hits): without quotes, nothing is quoted.
  const stretches = quotesOf(doc);
  if (stretches.length === 0) return false;
  // The last quote opened before the stretch (they come in text order): found by halving, a paste may hold thousands.
  const quote = stretches[firstNotBefore(stretches.length, (index) => stretches[index]![0] < start) - 1];
  if (!quote || end > quote[1]) return false;
  const tokens = doc.tokens;
  const opening = doc.tokenBefore(quote[0]) + 1;
  let own = 0;
  // The quote's sentence, looked at a bounded number of words either side (a paste without full stops is one sentence).
  let first = opening;
  let saying = false;
  let writer = false;
  for (let i = opening - 1; i >= Math.max(0, opening - SENTENCE_REACH); i--) {
    // "Mijn mening: "…"", "ik zeg het nog één keer: '…'": the writer's own words, in quotes.
    if (OWN_OPINION.has(tokens[i]!.folded)) return false;
    if (WRITER_SAYS.has(tokens[i]!.folded)) saying = true;
    if (WRITER.has(tokens[i]!.folded)) writer = true;
    if (saying && writer) return false;
    own++;
    first = i;
    if (tokens[i]!.sentenceStart) break;
  }
  if (first < opening && tokens[first]!.sentenceStart && SAY_IT.has(tokens[first]!.folded)) return false;
  for (let i = doc.tokenBefore(quote[1] + 1) + 1, seen = 0; i < tokens.length && seen < SENTENCE_REACH && !tokens[i]!.sentenceStart; i++, seen++) own++;
  return own >= OWN_WORDS;
}
/** How many words either side of a quote are looked at for the writer's own. */
const SENTENCE_REACH = 30;

const ORDER: Severity[] = ['info', 'waarschuwing', 'ernstig'];

export function raise(severity: Severity): Severity {
  return ORDER[Math.min(ORDER.length - 1, ORDER.indexOf(severity) + 1)]!;
}

export function moreSerious(a: Severity, b: Severity): Severity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

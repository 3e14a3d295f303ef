import type { TextDocument } from '../document';
import { MAX_FINDINGS_PER_RULE, type Report, type Rule, type RuleMeta, type Severity } from '../types';
import { lexiconHits, type LexiconHit, type LexiconKind } from './lexicon';
import { grammarHits } from './grammar/analyse';
import { classIndex, type ClassIndex } from './grammar/words';
import { allPersonReferences, type PersonReference } from '../personen/names';
import { AFFECTION_EMOJI, FIRST_PERSON, hasAnyFrom, isSaidToSomeone, ORDERS, quietByContext } from './grammar/reading';
import { patternHits } from './patterns';
import { firstNotBefore } from '../search';
import { SpanIndex } from '../spans';
import { englishReading } from '../english/reader';
import { isCondemnedNear, isMentionedInQuotes, isNegatedBefore, isSelfReference, isTargeted, moreSerious, raise, hasInsultingModifier } from './targeting';

const BY_SURENESS: Severity[] = ['info', 'waarschuwing', 'waarschuwing'];

interface Hit {
  kind: LexiconKind;
  sureness: 0 | 1 | 2;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  /** From a phrase pattern (which carries its own context) rather than a single word. */
  phrase: boolean;
  quoted?: boolean;
  needsTarget?: boolean;
  /** From the grammar: its own message and severity, its guards already applied. */
  messageId?: string;
  severity?: Severity;
}

/**
 * Is this stretch inside a sentence that is surely English? There the English analysis reads it, with its
 * own exceptions ("my bike is such a loser", "jayden u clown 🤡 lmao"), and the Dutch patterns, the Dutch
 * grammar and the loanwords stay quiet; a Dutch word keeps its own reading anywhere ("kys kankerlijer").
 * Without the English reading (not loaded) nothing is English; loaded, it has read the post already (the `engels`
 * rule asks it first, and it keeps the last text's answer).
 */
function englishStretch(doc: TextDocument): { inEnglish: (start: number, end: number) => boolean; everyWordInEnglish: () => boolean } {
  let sure: Array<{ start: number; end: number }> | undefined;
  let allEnglish: boolean | undefined;
  const sentences = () => (sure ??= (englishReading()?.sentences(doc.text) ?? []).filter((sentence) => sentence.sure));
  return {
    inEnglish: (start, end) => {
      const found = sentences();
      // The sentences come in text order: the one that could hold the stretch is found by halving (a 1 MB paste
      // has thousands of sentences and of hits).
      const holder = found[firstNotBefore(found.length, (index) => found[index]!.start <= start) - 1];
      return !!holder && end <= holder.end;
    },
    // Every word in a surely English sentence: the Dutch patterns and grammar would find nothing that is kept.
    everyWordInEnglish: () => (allEnglish ??= wordsWithin(doc, sentences())),
  };
}

/** Does every word of the text stand inside one of the sentences (in text order)? */
function wordsWithin(doc: TextDocument, sentences: ReadonlyArray<{ start: number; end: number }>): boolean {
  let at = 0;
  for (const token of doc.tokens) {
    if (!token.hasLetter) continue;
    while (at < sentences.length && sentences[at]!.end <= token.start) at++;
    const holder = sentences[at];
    if (!holder || holder.start > token.start || token.end > holder.end) return false;
  }
  return sentences.length > 0;
}

/**
 * A word the English analysis reads, in a surely English sentence: a loanword, or an English word a Dutch
 * entry also meets ("idiots" for "idioot"), with the English exceptions ("Christians aren't idiots"). Typed
 * with a trick ("fvcking", "🅱️itch", "b i t c h"), only the Dutch normalisation reads it: then this list keeps it.
 */
function ownedByEnglish(doc: TextDocument, hit: LexiconHit, inEnglish: (start: number, end: number) => boolean): boolean {
  if (!inEnglish(hit.start, hit.end)) return false;
  const typed = doc.text.slice(hit.start, hit.end).toLowerCase();
  return englishReading()!.knows(typed);
}

/** Word-list, pattern and grammar hits of this family by kind, computed once per document. */
function familyHits(doc: TextDocument): Map<LexiconKind, Hit[]> {
  return doc.shared('belediging:hits', () => {
    const { inEnglish, everyWordInEnglish } = englishStretch(doc);
    const quiet = quietUnlessBroken(doc);
    const words = lexiconHits(doc).filter((hit) => !quiet(hit.firstToken, hit.entry.kind) && !ownedByEnglish(doc, hit, inEnglish));
    // An insult the word lists already report (with its targeting) needs no second finding from the grammar.
    const listed = new SpanIndex(words.filter((hit) => !hit.entry.needsTarget));
    return groupByKind([
      ...words.map((hit) => ({
        kind: hit.entry.kind,
        sureness: hit.entry.sureness,
        firstToken: hit.firstToken,
        lastToken: hit.lastToken,
        start: hit.start,
        end: hit.end,
        phrase: hit.entry.match === 'phrase',
        quoted: hit.quoted,
        needsTarget: hit.entry.needsTarget,
      })),
      // A post all in sure English sentences: every Dutch pattern and grammar hit would be left out below, so none is sought.
      ...isolated(doc, 'patronen', () =>
        (everyWordInEnglish() ? [] : patternHits(doc))
          .filter((hit) => !quiet(hit.firstToken, hit.kind) && !inEnglish(hit.start, hit.end) && !isMentionedInQuotes(doc, hit.start, hit.end))
          .map((hit) => ({ ...hit, phrase: true })),
      ),
      ...isolated(doc, 'grammatica', () =>
        (everyWordInEnglish() ? [] : grammarHits(doc))
          .filter((hit) => (hit.attack !== 'negatief' || !listed.overlaps(hit.start, hit.end)) && !inEnglish(hit.start, hit.end) && !isMentionedInQuotes(doc, hit.start, hit.end))
          .map((hit) => ({ ...hit, sureness: 2 as const, phrase: true })),
      ),
    ]);
  });
}

/**
 * One analysis of the family, kept apart: when it throws, the word lists of every family still report and the
 * failure is kept on the document for the engine to report (one failing analysis must not switch off the rest).
 */
function isolated<T>(doc: TextDocument, source: string, analyse: () => T[]): T[] {
  try {
    return analyse();
  } catch (error) {
    doc.failures.push({ source, error });
    return [];
  }
}

/** The context guards (rules/belediging/grammar/reading.ts); if reading the context throws, nothing is quieted and the failure is kept. */
function quietUnlessBroken(doc: TextDocument): (token: number, kind: LexiconKind) => boolean {
  let broken = false;
  return (token, kind) => {
    if (broken) return false;
    try {
      return quietByContext(doc, token, kind);
    } catch (error) {
      broken = true;
      doc.failures.push({ source: 'context', error });
      return false;
    }
  };
}

function groupByKind(hits: Hit[]): Map<LexiconKind, Hit[]> {
  const byKind = new Map<LexiconKind, Hit[]>();
  for (const hit of hits) {
    const list = byKind.get(hit.kind);
    if (list) list.push(hit);
    else byKind.set(hit.kind, [hit]);
  }
  return byKind;
}


/** How far from a word, in words, fondness may stand and still soften it: a short post's length. */
const AFFECTION_REACH = 100;

/**
 * Is it said kindly near the words at `token`: a heart, "ik mis je", "mijn favoriete …", "respect", "grapje" (grammar
 * class `genegenheid`), a name claimed as one's own ("mijn sukkel"), praise for someone ({@link praisingAt}) or care
 * ({@link caringAt})? Then a mild name or a plain negative word is teasing among friends. Only near: a heart at the other
 * end of a long paste softens nothing, so one emoji cannot switch the warnings of a wall of text off.
 */
function isAffectionate(doc: TextDocument, token: number): boolean {
  return isNear(token, doc.shared('belediging:affection', () => sortedUnion(fondAt(doc), praisingAt(doc), caringAt(doc))));
}

/** Fondness said outright near `token` (praise is left out: it may be the sarcasm itself). */
function saysFondly(doc: TextDocument, token: number): boolean {
  return isNear(token, fondAt(doc));
}

/** Is one of `signals` (token indexes, ascending) within reach of `token`? */
function isNear(token: number, signals: readonly number[]): boolean {
  const at = firstNotBefore(signals.length, (index) => signals[index]! < token - AFFECTION_REACH);
  return at < signals.length && signals[at]! <= token + AFFECTION_REACH;
}

function sortedUnion(...lists: number[][]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Where fondness is said outright: a heart, a word of affection, a name claimed as one's own (token indexes, ascending). */
function fondAt(doc: TextDocument): number[] {
  return doc.shared('belediging:fondly', () => {
    const at: number[] = [];
    for (const match of doc.text.matchAll(AFFECTION_EMOJI_ALL)) at.push(Math.max(0, doc.tokenBefore(match.index + 1)));
    for (const match of classIndex(doc).all('genegenheid', 0, doc.tokens.length)) at.push(match.firstToken);
    at.push(...ownedNames(doc));
    return sortedUnion(at);
  });
}
const AFFECTION_EMOJI_ALL = new RegExp(AFFECTION_EMOJI.source, 'gu');

/**
 * Care shown by the writer beside the name: a thing done for someone ("ik breng ze ff langs", "ik neem chips mee",
 * "we hebben taart geregeld"), gladness for them ("zo blij voor je"), or a "maar" that turns to the good ("maar jij
 * speelde echt sterk", "maar ik zou je nooit inruilen"). Among friends a rough name comes with one of these.
 */
function caringAt(doc: TextDocument): number[] {
  const { readings } = classIndex(doc);
  const at: number[] = [];
  for (let i = 0; i < readings.length; i++) {
    const word = readings[i]!;
    if (CARING.has(word) && hasAnyFrom(readings, Math.max(0, i - 3), i, FIRST_PERSON)) at.push(i);
    else if (word === 'mee' && readings[i - 2] === 'neem' || (word === 'blij' || word === 'trots') && readings[i + 1] === 'voor' && YOU.has(readings[i + 2] ?? '')) at.push(i);
    // "kom maar naar mijn kamer": "maar" after an order is a particle, not a turn.
    else if (word === 'maar' && !ORDERS.has(readings[i - 1] ?? '') && hasAnyFrom(readings, i + 1, Math.min(readings.length, i + 7), TURNS_GOOD)) at.push(i);
  }
  return at;
}
const YOU = new Set(['je', 'jou', 'jullie']);
/** What the writer does for someone. */
const CARING = new Set(['breng', 'brengen', 'trakteer', 'trakteren', 'help', 'helpen', 'vergeef', 'vergeven', 'regel', 'geregeld', 'betaal', 'knuffel', 'knuffelen', 'gekocht', 'gebakken', 'bak']);
/** After "maar": praise, rescue or never letting go. */
const TURNS_GOOD = new Set(['sterk', 'knap', 'gered', 'inruilen', 'ruilen', 'beste', 'liefste', 'leukste', 'grappigste', 'geweldig', 'prachtig', 'schattig', 'trots', 'koningin', 'held', 'legend']);

/** Good words that praise by comparison: "de beste", "de allerbeste"; not "je best doen", "het beste ermee voorhebben". */
const BEST = new Set(['beste', 'best', 'allerbeste']);
const NOT_BEST_AFTER = new Set(['je', 'jouw', 'zijn', 'haar', 'mijn', 'mn', 'hun', 'ons', 'het', 'op']);
/** After a good word, mockery: "knap hoor", "leuk geprobeerd", "goed bezig", "knap dat je nog durft". */
const MOCKING_AFTER = new Set(['bek', 'mond', 'hoor', 'geprobeerd', 'bezig', 'dat', 'van', 'joh', 'hoe', 'vindt', 'vinden']);
/** A comparison praises the other side: "gesprekken met mijn koelkast die interessanter waren dan met jou". */
const THAN = new Set(['dan']);
/** Before it, someone's own view of themselves, or a denial: "je denkt dat je mooi bent", "niet grappig". */
const NOT_PRAISE_BEFORE = new Set(['denkt', 'denk', 'denken', 'dacht', 'jezelf', 'zichzelf', 'niet', 'geen', 'nooit', 'minder', 'bijna', 'zogenaamd', 'zogenaamde']);
/** Good words that praise no one: "ff eerlijk", "een grondige hekel", "het liefst". */
const NOT_PRAISE = new Set(['eerlijk', 'eerlijke', 'grondig', 'grondige', 'liefst', 'gelukkig', 'makkelijk', 'makkelijke', 'prima', 'speciaal', 'speciale', 'nuttig', 'nuttige', 'geschikt', 'geschikte', 'optimaal', 'ideaal', 'welkom']);

/**
 * Praise for someone in the sentence that speaks to or names them: "je bent de grappigste persoon die ik
 * ken", "jij bent zelf mooi", "de beste vriend", "Lieke, je bent echt uniek". A good word right before a
 * name or an insult ("mooie dikke koe") is no praise, nor mockery or a denial.
 */
function praisingAt(doc: TextDocument): number[] {
  const classes = classIndex(doc);
  const { readings } = classes;
  const tokens = doc.tokens;
  const people = allPersonReferences(doc);
  const at: number[] = [];
  // One pass, sentence by sentence: is there praise, and someone spoken to or named?
  let sentenceFrom = 0;
  let praised = -1;
  for (let i = 0; i <= readings.length; i++) {
    if (i === readings.length || (i > 0 && tokens[i]!.sentenceStart)) {
      if (praised >= 0 && (classes.first('jij', sentenceFrom, i) || personIn(people, sentenceFrom, i))) at.push(praised);
      sentenceFrom = i;
      praised = -1;
      if (i === readings.length) break;
    }
    if (praised < 0 && isPraise(classes, tokens, i, sentenceFrom)) praised = i;
  }
  return at;
}

/** A good word at `i` that praises: not mocking, denied, compared, before an insult or a piece of a glued word. */
function isPraise(classes: ClassIndex, tokens: TextDocument['tokens'], i: number, sentenceFrom: number): boolean {
  const { readings } = classes;
  // A piece of a word typed as one ("aanbesteding" read as "aan beste ding") praises no one.
  if ((!classes.at('positief', i) && !BEST.has(readings[i]!)) || NOT_PRAISE.has(readings[i]!) || tokens[i]!.joined) return false;
  if (BEST.has(readings[i]!) && NOT_BEST_AFTER.has(readings[i - 1] ?? '')) return false;
  if (MOCKING_AFTER.has(readings[i + 1] ?? '') || classes.at('scheldnaam', i + 1) || classes.at('scheldnaam', i + 2)) return false;
  return !hasAnyFrom(readings, Math.max(sentenceFrom, i - 4), i, NOT_PRAISE_BEFORE) && !hasAnyFrom(readings, i + 1, Math.min(readings.length, i + 4), THAN);
}

/** Does a name, title or @mention start in tokens [from, to)? (References are in text order: found by halving.) */
function personIn(people: readonly PersonReference[], from: number, to: number): boolean {
  const first = firstNotBefore(people.length, (index) => people[index]!.firstToken < from);
  return first < people.length && people[first]!.firstToken < to;
}

const MY = new Set(['mijn', 'mn', 'm\'n']);
/** "maar wel mijn sukkel", "mijn idioot": a name claimed as one's own is said fondly. */
function ownedNames(doc: TextDocument): number[] {
  const classes = classIndex(doc);
  // "mijn hond", "mijn kat": an animal of one's own is a pet, not a fond name.
  return classes.all('scheldnaam', 0, doc.tokens.length).filter((called) => MY.has(classes.readings[called.firstToken - 1] ?? '') && !classes.at('dier', called.firstToken)).map((called) => called.firstToken);
}

/** Is a single-word hit used, rather than mentioned, negated or meant kindly? */
function isUsed(doc: TextDocument, hit: Hit, targeted: boolean): boolean {
  if (hit.phrase) return true;
  if (hit.quoted) return false;
  if (hit.kind !== 'bedreiging' && isCondemnedNear(doc, hit.start) && !isSaidToSomeone(doc, hit.firstToken)) return false;
  // "Onder het filmpje: “Allemaal vergassen die flikkers.” Hoe kan dit nog online staan?": inside a quote with the
  // writer's own words beside it, as the grammar's hits are read (not when the writer says it or tells others to).
  if (isMentionedInQuotes(doc, hit.start, hit.end)) return false;
  if (isNegatedBefore(doc, hit.firstToken)) return false;
  if (hit.sureness < 2 && isSelfReference(doc, hit.firstToken)) return false;
  if (hit.needsTarget) {
    const alone = doc.tokens.length <= 2;
    return targeted || alone || hasInsultingModifier(doc, hit.firstToken);
  }
  return true;
}

/**
 * Per token, the grammar's reading that covers it (its attack has a message of its own), except
 * `negatief`: a listed insult says that better with its own targeting.
 */
function readingsByToken(hits: Hit[]): Map<number, Hit> {
  const byToken = new Map<number, Hit>();
  for (const hit of hits) {
    if (!hit.messageId || hit.messageId === 'negatief') continue;
    for (let token = hit.firstToken; token <= hit.lastToken; token++) if (!byToken.has(token)) byToken.set(token, hit);
  }
  return byToken;
}

function readingOf(readings: Map<number, Hit>, hit: Hit): Hit | undefined {
  for (let token = hit.firstToken; token <= hit.lastToken; token++) {
    const reading = readings.get(token);
    if (reading) return reading;
  }
  return undefined;
}

/**
 * A rule over one kind of hit. Message ids: `mild` (sureness 0; only kinds with mild words have it, a data
 * test keeps that so), `woord` (1 or 2) and `gericht` (aimed at someone), and the grammar's own. A kind
 * whose every hit is serious sets `floor: 'ernstig'`.
 */
export function lexiconRule(kind: LexiconKind, meta: RuleMeta, floor?: Severity): Rule {
  return {
    meta,
    check(doc, _context, report) {
      const hits = familyHits(doc).get(kind) ?? [];
      const readings = readingsByToken(hits);
      const merged = new Set<Hit>();
      const found: Report[] = [];
      for (const hit of hits) {
        if (found.length === MAX_FINDINGS_PER_RULE) break;
        if (hit.messageId) continue;
        const targeted = isTargeted(doc, hit.firstToken, hit.lastToken, hit.phrase);
        if (!isUsed(doc, hit, targeted)) continue;
        let severity = floor ?? BY_SURENESS[hit.sureness]!;
        if (targeted) severity = raise(severity);
        // A word or pattern the grammar also read ("kys", "ik maak je af") gets the grammar's message, which
        // names the attack (a death wish, a threat); one finding over both.
        const reading = readingOf(readings, hit);
        if (reading) {
          merged.add(reading);
          found.push({
            messageId: reading.messageId!,
            start: Math.min(hit.start, reading.start),
            end: Math.max(hit.end, reading.end),
            severity: moreSerious(reading.severity!, severity),
          });
          continue;
        }
        const messageId = targeted ? 'gericht' : hit.sureness === 0 ? 'mild' : 'woord';
        // "haha jij idioot, ik mis je nu al ❤️": a mild name among friends is noted, it opens no dialog.
        if (hit.sureness < 2 && kind === 'scheldwoord' && isAffectionate(doc, hit.firstToken)) severity = 'info';
        found.push({ messageId, start: hit.start, end: hit.end, severity });
      }
      // A listed insult already reported says what the grammar's plain `negatief` would ("jij rat"): one finding.
      const said = new SpanIndex(found);
      for (const hit of hits) {
        if (!hit.messageId || merged.has(hit) || (hit.messageId === 'negatief' && said.overlaps(hit.start, hit.end))) continue;
        // "ik haat je, je pakte het laatste stuk pizza … ik hou van je": said fondly, noted without a dialog.
        // Belittling dressed as praise is softened only by fondness said outright: its praise is the sarcasm.
        const mild = ((hit.messageId === 'negatief' || hit.messageId === 'haatPersoon') && isAffectionate(doc, hit.firstToken)) || (hit.messageId === 'kleineren' && saysFondly(doc, hit.firstToken));
        found.push({ messageId: hit.messageId, start: hit.start, end: hit.end, severity: mild ? 'info' : hit.severity });
      }
      for (const item of found.slice(0, MAX_FINDINGS_PER_RULE)) report(item);
    },
  };
}

import data from '../data/personen.json';
import type { TextDocument } from '../document';
import { PhraseSet } from '../phrases';
import type { Rule, SchoolSettings } from '../types';
import { personReferences } from './names';
import { foldTerm } from '../normalise/pipeline';
import { lazily } from '../lazy';
import { firstNotBefore } from '../search';

const speechVerbs = lazily(() => new Set(data.speechVerbs.map(foldTerm)));
const speakers = lazily(() => new Set(data.speakers.map(foldTerm)));
const notSpeakers = lazily(() => new Set(data.notSpeakers.map(foldTerm)));
const ACCORDING_TO = new Set(data.accordingTo);
/** Verbs of saying and "volgens" for the shared phrase index: without one the rule stops at once. */
const TRIGGERS = new PhraseSet([...data.speechVerbs, ...data.accordingTo]);
/** Quoted text of at least two words: "…", “…”, „…”, '…', ‘…’, «…». */
const QUOTED = /["“„«‘'](?=[^"“”„«»‘’'\n]*\s)[^"“”„«»‘’'\n]{3,}["”»’']/g;
const QUOTE_OPENER = /["“„«‘]|(?<!\p{L})'/u;
const SPEAKER_REACH = 3;
/** A verb of saying this close to a quote (in characters) introduces or follows it. */
const QUOTE_REACH = 4;

/** The quotes come in text order, neither overlapping: their starts and their ends both rise, so each is found by halving. */
const endOf = (quote: RegExpMatchArray) => quote.index! + quote[0].length;
function quoteOpensNear(quotes: RegExpMatchArray[], at: number): boolean {
  const quote = quotes[firstNotBefore(quotes.length, (k) => quotes[k]!.index! <= at - QUOTE_REACH)];
  return !!quote && quote.index! < at + QUOTE_REACH;
}
function quoteClosesNear(quotes: RegExpMatchArray[], at: number): boolean {
  const quote = quotes[firstNotBefore(quotes.length, (k) => endOf(quotes[k]!) <= at - QUOTE_REACH)];
  return !!quote && endOf(quote) < at + QUOTE_REACH;
}

/**
 * Where the speaker at token `index` starts (a name, a title, a mention, or a speaker word such as "de
 * juf", "mijn mentor"), or -1 when that token is no speaker.
 */
function speakerStart(doc: TextDocument, school: SchoolSettings, index: number): number {
  const token = doc.tokens[index];
  if (!token || notSpeakers().has(token.folded)) return -1;
  if (speakers().has(token.folded)) return token.start;
  // The references come in text order: the one that may hold the token is found by halving (a paste may name thousands).
  const references = personReferences(doc, school);
  const reference = references[firstNotBefore(references.length, (k) => references[k]!.firstToken <= index) - 1];
  return reference && index <= reference.lastToken ? reference.start : -1;
}

/** The start of a speaker within a few words before token `index`; -1 if none (or a first-person word comes first). */
function speakerBefore(doc: TextDocument, school: SchoolSettings, index: number): number {
  for (let i = index - 1; i >= Math.max(0, index - SPEAKER_REACH); i--) {
    if (notSpeakers().has(doc.tokens[i]!.folded)) return -1;
    const start = speakerStart(doc, school, i);
    if (start >= 0) return start;
  }
  return -1;
}

/**
 * Quoting or reporting what someone else said: "meneer Jansen zei dat …", '"…", zei Daan', "volgens de juf
 * …". The protocols ask not to quote classmates or colleagues (003 §1).
 */
const rule: Rule = {
  meta: {
    id: 'citaat',
    category: 'personen',
    severity: 'info',
    protocolRef: '003 §1',
    description: 'Quotes and reported speech of other people (a named or described speaker with a verb of saying, or "volgens …").',
    messages: {
      citaat: 'Je citeert iemand anders. Vindt diegene het goed dat zijn of haar woorden online komen?',
    },
  },
  check(doc, context, report) {
    const triggers = TRIGGERS.find(doc);
    if (triggers.length === 0) return;
    const tokens = doc.tokens;
    const severity = context.role === 'medewerker' ? 'waarschuwing' : 'info';
    // An apostrophe inside a word ("zo'n") opens no quote.
    const quotes = QUOTE_OPENER.test(doc.text) ? [...doc.text.matchAll(QUOTED)] : [];
    const reported: Array<{ start: number; end: number }> = [];
    for (const { firstToken: i } of triggers) {
      const word = tokens[i]!.folded;
      if (ACCORDING_TO.has(word)) {
        // "volgens Daan", "volgens de juf", "volgens mijn mentor"
        const speaker = [i + 1, i + 2].find((k) => speakerStart(doc, context.school, k) >= 0);
        if (speaker !== undefined) reported.push({ start: tokens[i]!.start, end: tokens[speaker]!.end });
        continue;
      }
      if (!speechVerbs().has(word)) continue;
      const next = tokens[i + 1];
      // "zei dat", "zei:", "zei letterlijk:", "zei vandaag:"
      const afterNext = tokens[i + 2];
      const saysThat =
        next !== undefined &&
        (next.folded === 'dat' || doc.text.slice(tokens[i]!.end, next.start).includes(':') || (afterNext !== undefined && doc.text.slice(next.end, afterNext.start).includes(':')));
      const nearQuote = quoteOpensNear(quotes, tokens[i]!.end) || quoteClosesNear(quotes, tokens[i]!.start);
      const before = saysThat || nearQuote ? speakerBefore(doc, context.school, i) : -1;
      if (before >= 0) {
        reported.push({ start: before, end: tokens[i]!.end });
        continue;
      }
      // '"…", zei Daan' or '"…", zei de juf': the speaker follows the verb.
      const after = [i + 1, i + 2].find((k) => speakerStart(doc, context.school, k) >= 0);
      if (nearQuote && after !== undefined) reported.push({ start: tokens[i]!.start, end: tokens[after]!.end });
    }
    for (const span of reported) {
      const first = quotes[firstNotBefore(quotes.length, (k) => endOf(quotes[k]!) <= span.start - QUOTE_REACH)];
      const quote = first && first.index < span.end + QUOTE_REACH ? first : undefined;
      const start = Math.min(span.start, quote?.index ?? span.start);
      const end = Math.max(span.end, quote ? quote.index + quote[0].length : span.end);
      report({ messageId: 'citaat', start, end, severity });
    }
  },
};
export default rule;

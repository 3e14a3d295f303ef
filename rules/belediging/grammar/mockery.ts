import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { type Attack, type Reading, HEART_EMOJI, NO_FRAMES, opensPhrase, sentenceSpans } from './reading';

/**
 * Mockery without a word of abuse, read from cues that go together rather than from one sentence shape: someone's
 * low standing (a failing mark said as one, "een 4,2" or "3,8 voor Frans"; failing, being given up on, things "van de
 * kringloop", pitied) told with irony (mock praise, "voor jouw doen", "oh wacht", a mocking emoji or laugh), about
 * someone who is not the writer. Either alone is everyday talk: "ik had een 4,2 😭", "knap hoor, een 8!". Together,
 * aimed at someone, they belittle: "wauw Daan een 4,2 voor wiskunde, knap hoor 👏". Read over a sentence and its
 * neighbours (the irony often stands in the next one). Not in a report, the news, a quote or a match, nor where the
 * writer shares the mark ("wij allebei"), comforts, praises progress (a passing mark beside it) or is fond. Kept
 * narrow on purpose: a helper's review found 42 false alarms in 59 ordinary posts with everyday words (the Action,
 * veters, knuffels, a toddler, "2,5 uur") among the cues.
 */

/**
 * A failing Dutch mark, 1,0 to 5,4, said as one: "een 4,2", "3,8 voor Frans" (not "2,5 uur", "4,5 kilo"). A passing
 * mark (5,5 or more) beside it is progress praised ("van een 3,1 naar een 7,5").
 */
const MARK = /(?<![\d.,])(\d{1,2})[.,](\d)(?![\d.,])/gu;
const AS_A_MARK_BEFORE = /(?:^|\s)(?:een|'n|n)\s*$/u;
const AS_A_MARK_AFTER = /^\s*(?:voor|gehaald|op)\b/u;
/** A measure after the number: "een 1,5 liter fles", "een 2,5 uur durende film". */
const A_MEASURE_AFTER = /^\s*(?:liter|l|kilo|kg|gram|km|kilometer|meter|m|cm|uur|minuten|min|seconden|euro|procent|%|graden|jaar|keer|dagen|weken|ster|sterren)\b/u;
/** Words of low standing: failing at school, being given up on or pitied, things worn out or second-hand ("van de kringloop"). */
export const LOW_STANDING = new Set(['onvoldoende', 'onvoldoendes', 'gezakt', 'kringloop', 'roestbak', 'afgedankt', 'opgegeven', 'sneu', 'weggelegd']);
/** Irony that turns praise or a question into mockery. */
const IRONY_PHRASES = [
  ['knap', 'hoor'],
  ['gefeliciteerd', 'hoor'],
  ['goed', 'gedaan', 'hoor'],
  ['respect', 'hoor'],
  ['echt', 'een', 'prestatie'],
  ['wat', 'een', 'prestatie'],
  ['voor', 'jouw', 'doen'],
  ['voor', 'je', 'doen'],
  ['voor', 'zijn', 'doen'],
  ['voor', 'haar', 'doen'],
  ['oh', 'wacht'],
  ['o', 'wacht'],
  ['nee', 'wacht'],
  ['vraag', 'voor', 'een', 'vriend'],
  ['vroeg', 'voor', 'een', 'vriend'],
  ['laat', 'me', 'raden'],
  ['zegt', 'genoeg'],
];
/** A laugh too: the writer's own mark ("ik ook"), a passing mark and comfort are ruled out apart. */
const IRONY_WORDS = new Set(['schattig', 'dapper', 'applausje', 'consequent', 'haha', 'hahaha', 'hahah', 'lol', 'lmao']);
const MOCKING_EMOJI = /[👏🙃💀😂🤣🤭🙄😬🫠]/u;
/** The writer among those spoken of ("wij allebei", "ik ook"): sharing a low mark is no mockery. */
const WRITER_TOO = new Set(['ik', 'k', 'kheb', 'wij', 'we', 'allebei', 'samen']);
/** Someone else's things: "jouw jas", "zijn fiets", "haar cijfer". */
const THEIRS = new Set(['jouw', 'je', 'zijn', 'zn', 'haar']);
/** Comfort beside it: "geeft niks", "sterkte", "ik help je", "komt goed", "je kan het". */
const COMFORT = new Set(['sterkte', 'helpen', 'help', 'samen', 'trots', 'vooruitgang', 'voldoende']);
const COMFORT_PHRASES = [
  ['geeft', 'niks'],
  ['geeft', 'niets'],
  ['komt', 'goed'],
  ['kan', 'het'],
  ['volgende', 'keer', 'beter'],
  ['hard', 'gewerkt'],
  ['hard', 'geleerd'],
];
/** A flexed arm beside a low mark cheers on ("volgende keer beter 💪"); hearts and hugs are fond (HEART_EMOJI). */
const STRENGTH = /\u{1F4AA}/u;
/** Frames in which cues are told of, not said. */
const TOLD_OF = ['nieuws', 'sport', 'citaat', 'tegenspraak', 'meld'] as const;

export function mockedStanding(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, frames, targets } = read;
  const readings = classes.readings;
  const tokens = doc.tokens;
  const end = tokens.length;
  const { count: sentences, startOf, textOf, around } = sentenceSpans(read, doc);
  for (let sentence = 0; sentence < sentences; sentence++) {
    const from = startOf(sentence);
    const to = startOf(sentence + 1);
    if (from >= to || TOLD_OF.some((frame) => (frames.get(sentence) ?? NO_FRAMES).has(frame))) continue;
    const low = lowStanding(from, to, textOf(from, to));
    if (low === undefined) continue;
    // The irony and the one mocked may stand in the sentence before or after.
    const { from: windowFrom, to: windowTo } = around(sentence);
    const text = textOf(windowFrom, windowTo);
    if (HEART_EMOJI.test(text) || STRENGTH.test(text) || passingMark(text) || !ironic(windowFrom, windowTo, text) || !someoneElse(windowFrom, windowTo)) continue;
    if (writerToo(Math.max(from, low - 6), Math.min(to, low + 3)) || comforted(windowFrom, windowTo)) continue;
    report('kleineren', { firstToken: low, lastToken: Math.min(low + 1, end - 1) } as PhraseMatch);
    return;
  }

  /** The first token of low standing in [from, to), or undefined. */
  function lowStanding(from: number, to: number, text: string): number | undefined {
    for (let i = from; i < to; i++) {
      const word = readings[i]!;
      // "van de kringloop" is where someone's things come from; "naar de kringloop" is a trip or a gift.
      if (LOW_STANDING.has(word) && (word !== 'kringloop' || (readings[i - 1] === 'de' && readings[i - 2] === 'van'))) return i;
      if (word === 'niveau' && THEIRS.has(readings[i - 1] ?? '')) return i;
    }
    const mark = failingMark(text);
    if (mark === undefined) return undefined;
    const at = tokens[from]!.start + mark;
    for (let i = from; i < to; i++) if (tokens[i]!.end > at) return i;
    return undefined;
  }

  function ironic(from: number, to: number, text: string): boolean {
    if (MOCKING_EMOJI.test(text)) return true;
    for (let i = from; i < to; i++) {
      if (IRONY_WORDS.has(readings[i]!)) return true;
      if (opensPhrase(readings, i, IRONY_PHRASES)) return true;
    }
    return false;
  }

  function someoneElse(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const type = targets[i]?.type;
      if (type === 'jij' || type === 'naam' || type === 'derde' || THEIRS.has(readings[i]!)) return true;
    }
    return false;
  }

  function writerToo(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (WRITER_TOO.has(readings[i]!)) return true;
    return false;
  }

  function comforted(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      if (COMFORT.has(readings[i]!)) return true;
      if (opensPhrase(readings, i, COMFORT_PHRASES)) return true;
    }
    return false;
  }
}

/** Each mark said as one in the text, as a number (4,2 → 4.2). */
function* marksIn(text: string): Generator<{ value: number; index: number }> {
  for (const match of text.matchAll(MARK)) {
    const index = match.index!;
    const after = text.slice(index + match[0].length, index + match[0].length + 12);
    if ((!AS_A_MARK_BEFORE.test(text.slice(Math.max(0, index - 6), index)) && !AS_A_MARK_AFTER.test(after)) || A_MEASURE_AFTER.test(after)) continue;
    const value = Number(`${match[1]}.${match[2]}`);
    if (value >= 1 && value <= 10) yield { value, index };
  }
}
/** Does the text give someone a failing mark ("een 3,3")? The grammar's quick first look asks, as marks are no words. */
export function mentionsFailingMark(text: string): boolean {
  return failingMark(text) !== undefined;
}
function failingMark(text: string): number | undefined {
  for (const mark of marksIn(text)) if (mark.value < 5.5) return mark.index;
  return undefined;
}
function passingMark(text: string): boolean {
  for (const mark of marksIn(text)) if (mark.value >= 5.5) return true;
  return false;
}

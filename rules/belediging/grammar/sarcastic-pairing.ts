import type { TextDocument } from '../../document';
import { readingOf } from '../../normalise/pipeline';
import type { PhraseMatch } from '../../phrases';
import { type Attack, type Frame, type Reading, sentencesNotToldOf } from './reading';
import { isGroupWord } from './words';

/**
 * A group set beside what it is said never to have or do, with a mocking close: "Turken en op tijd komen, die is
 * goed", "Surinamers en een vaste baan, ja hoor", "Meisjes en wiskunde, lachen man", "Moslims en vrede, haha". Read
 * from its parts: a sentence that opens with a group and "en", a short part after it with no group of its own, and
 * a mock right after (a laugh, "ja hoor", "tuurlijk", "alsof", "die is goed", a mocking emoji). Not the writer's own
 * group ("wij Turken en op tijd komen haha"), not two groups ("meisjes en jongens, haha"), not said fondly or of
 * oneself ("herkenbaar"), not in a report, the news or a quote. One person set beside a gift belittles them ("jij en
 * rekenen, dat gaat nooit samenkomen").
 */

const TOLD_OF: readonly Frame[] = ['nieuws', 'tegenspraak', 'citaat', 'meld'];
/** Words that may come before the group at the start of the sentence ("haha", "oh", "ja"). */
const OPENERS = new Set(['haha', 'hahaha', 'oh', 'ja', 'jaja', 'ach', 'pff', 'lol', 'die', 'de']);
/** How long the part set beside the group may be, in words ("een vaste baan", "op tijd komen"). */
const PART_REACH = 4;
/** How far after the part the mock may stand. */
const MOCK_REACH = 3;
const MOCKS = new Set(['vertel', 'haha', 'hahaha', 'hahahaha', 'lol', 'lmao', 'lachen', 'hoor', 'tuurlijk', 'natuurlijk', 'alsof', 'grap', 'goeie', 'jaja', 'juist', 'sure', 'combinatie', 'samenkomen', 'samengaan']);
/** Mocking emoji (laughing, rolling eyes, clown, skull). */
const MOCK_EMOJI = /[😂🤣🙄🤡💀]/u;
/** Said of oneself or fondly: "herkenbaar", "ik ook", a heart. */
const OWN = new Set(['herkenbaar', 'wij', 'we', 'ons', 'onze', 'ik', 'mij', 'mijn']);
const FOND = /[❤♥💕😍🥰😊]/u;

export function sarcasticPairing(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets } = read;
  const readings = classes.readings;
  const tokens = doc.tokens;
  /** "die is goed", "vertel er nog een": a joke, said to be one. */
  const saysGoodOne = (k: number) => (readings[k] === 'goed' && readings[k - 1] === 'is' && readings[k - 2] === 'die') || (readings[k] === 'vertel' && readings[k + 1] === 'er');
  for (const { from, to } of sentencesNotToldOf(read, TOLD_OF)) {
    let group = from;
    while (group < to && group < from + 2 && OPENERS.has(readings[group]!)) group++;
    if (group > from && OWN.has(readings[group - 1]!)) continue;
    // "Poolse chauffeurs en …": a group adjective with its noun (the noun may be the one read as the group).
    if (classes.at('groep_bijvoeglijk', group) && targets[group]?.type !== 'groep' && targets[group + 1]?.type === 'groep') group++;
    let and = group + 1;
    if (readings[and] !== 'en' && classes.at('groep_bijvoeglijk', group)) and++;
    const aimed = targets[group]?.type === 'groep' ? 'haat-groep' : readings[group] === 'jij' || targets[group]?.type === 'naam' ? 'kleineren' : undefined;
    if (!aimed || readings[and] !== 'en') continue;
    const partEnd = Math.min(to, and + 1 + PART_REACH);
    let mock = -1;
    for (let k = and + 1; k < Math.min(to, partEnd + MOCK_REACH); k++) {
      if (targets[k]?.type === 'groep' || OWN.has(readings[k]!)) break;
      if ((MOCKS.has(readings[k]!) || saysGoodOne(k)) && k > and + 1) {
        mock = k;
        break;
      }
    }
    const sentenceText = doc.text.slice(tokens[from]!.start, to < tokens.length ? tokens[to]!.start : doc.text.length);
    if (FOND.test(sentenceText)) continue;
    if (mock < 0 && !(MOCK_EMOJI.test(sentenceText) && to - and - 1 <= PART_REACH)) continue;
    // The part has no group of its own ("meisjes en jongens, haha").
    let other = false;
    for (let k = and + 1; k < (mock >= 0 ? mock : Math.min(to, partEnd)); k++) other ||= targets[k]?.type === 'groep' || classes.at('groep', k) || classes.at('persoon', k) || OWN.has(readings[k]!);
    if (other) continue;
    report(aimed, { firstToken: group, lastToken: mock >= 0 ? mock : Math.min(to, partEnd) - 1, start: 0, end: 0 });
    return;
  }
}

/**
 * The quick first look for this reading (analyse.ts's wakesGrammar): a mock word and a group word or "jij" followed by
 * "en" (or by its noun and "en"). Nothing else in such a post need wake the grammar.
 */
export function mayMockAGroup(doc: TextDocument): boolean {
  const tokens = doc.tokens;
  let mocked = false;
  for (let i = 0; i < tokens.length && !mocked; i++) mocked = MOCKS.has(tokens[i]!.folded) || tokens[i]!.folded === 'goed';
  if (!mocked) return false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const and = tokens[i + 1]!.folded === 'en' || tokens[i + 2]?.folded === 'en';
    if (and && (tokens[i]!.folded === 'jij' || isGroupWord(readingOf(tokens[i]!)))) return true;
  }
  return false;
}

import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { aboutSomeone, GOOD_NEWS, MINE, negatedAt, PERMISSION } from './coercion';
import { type Attack, type Reading, FIRST_PERSON, hasAnyFrom, hasWords, HEART_EMOJI, NO_FRAMES, stretchText } from './reading';

/**
 * Making someone a laughing stock: something that shames a person, put where others see it. Three things, each
 * its own words, in a sentence and the ones beside it: a person (named, pointed at or addressed), showing or
 * spreading in the sentence itself ("zet het in de groep", "kijk", "gaat rond", "1000 views", "gefilmd") and
 * what shames them ("huilend", "op de wc", "luizen", "de voedselbank", "zijn dagboek"). Two of the three are
 * common in kind posts; the three together rarely are. Not when denied, condemned, reported, news, a quote or
 * sport; not kind, good news, illness told with care ("opgenomen in het ziekenhuis"), or with leave asked; not the writer as the one shown.
 */

/** Classes that show or spread something, or name the crowd that will see it. */
const SHOWING_CLASSES = ['publiek', 'doorvertellen', 'opname', 'blootstellen'] as const;
/** Words of the spreading classes that say nothing of showing by themselves ("luizen opgelopen op school", "we kijken een film"). */
const SAYS_LITTLE = new Set(['op school', 'online', 'rond', 'openbaar', 'met iedereen', 'delen', 'film', 'camera']);
/** Who "kijk" is said by when it is no call to look ("ik kijk tv", "we kijken een film"). */
const LOOKING_SUBJECTS = new Set([...FIRST_PERSON, 'je', 'jij', 'jullie', 'hij', 'ze', 'zij']);
// With chat's contractions: "kheb een crush op …", "kzat te huilen".
const WRITER = new Set([...FIRST_PERSON, 'me', 'mij', 'kheb', 'kben', 'kzat', 'kwas']);
/** Someone else's, right before what shames or shows them: "zijn dagboek", "haar foto". */
const THEIRS = new Set(['zijn', 'zn', 'haar', 'dr', 'jouw', 'hun']);
/** How far before the shameful word the writer may stand as its subject ("ik zat te huilen"). */
const WRITER_REACH = 3;

/** A call to show or spread in the sentence, not denied; undefined if any is denied ("niet doorsturen, …"). */
function showing(read: Reading, from: number, to: number): PhraseMatch | undefined {
  const { classes } = read;
  const readings = classes.readings;
  const found = SHOWING_CLASSES.flatMap((name) => classes.all(name, from, to))
    .filter((match) => !SAYS_LITTLE.has(readings.slice(match.firstToken, match.lastToken + 1).join(' ')))
    .filter((match) => !(readings[match.firstToken]!.startsWith('kijk') && LOOKING_SUBJECTS.has(readings[match.firstToken - 1] ?? '')));
  if (found.some((match) => negatedAt(classes, match.firstToken))) return undefined;
  return found.sort((a, b) => a.firstToken - b.firstToken)[0];
}

/** Pictures and private words in the stretch: whose they are stands right before or after them. */
function media(read: Reading, from: number, to: number): PhraseMatch[] {
  return [...read.classes.all('beeld', from, to), ...read.classes.all('prive_media', from, to)];
}

/** The writer is the one shown: "een filmpje van mij", "mijn dagboek", "gefilmd hoe ik huilde". */
function ofTheWriter(read: Reading, shaming: PhraseMatch, from: number, to: number): boolean {
  const readings = read.classes.readings;
  const own = media(read, from, to).some((match) => MINE.has(readings[match.firstToken - 1] ?? '') || (readings[match.lastToken + 1] === 'van' && WRITER.has(readings[match.lastToken + 2] ?? '')));
  return own || hasAnyFrom(readings, Math.max(from, shaming.firstToken - WRITER_REACH), shaming.firstToken, WRITER);
}

export function exposure(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, sentenceStart, frames } = read;
  const readings = classes.readings;
  const end = doc.tokens.length;
  for (let sentence = 0; sentence < sentenceStart.length; sentence++) {
    const from = sentenceStart[sentence]!;
    const to = sentenceStart[sentence + 1] ?? end;
    const shown = showing(read, from, to);
    if (!shown) continue;
    const before = sentenceStart[Math.max(0, sentence - 1)]!;
    const after = sentenceStart[sentence + 2] ?? end;
    const guarded = [sentence - 1, sentence, sentence + 1].some((at) => {
      const frame = frames.get(at) ?? NO_FRAMES;
      return frame.has('tegenspraak') || frame.has('meld') || frame.has('nieuws') || frame.has('citaat') || frame.has('sport') || frame.has('ziekte_context');
    });
    if (guarded) continue;
    // Each of the three its own words: "opgenomen" is no showing and shame at once.
    const shaming = classes.all('beschamend', before, after).find((match) => match.lastToken < shown.firstToken || match.firstToken > shown.lastToken);
    if (!shaming || ofTheWriter(read, shaming, before, after)) continue;
    const inMatch = (token: number) => (token >= shown.firstToken && token <= shown.lastToken) || (token >= shaming.firstToken && token <= shaming.lastToken);
    const theirs = [shaming, ...media(read, before, after)].some((match) => THEIRS.has(readings[match.firstToken - 1] ?? ''));
    if (!theirs && !aboutSomeone(read, before, after, inMatch)) continue;
    if (classes.first('positief', before, after) || hasAnyFrom(readings, before, after, GOOD_NEWS) || HEART_EMOJI.test(stretchText(doc, before, after))) continue;
    if (PERMISSION.some((words) => hasWords(readings, from, to, words))) continue;
    report('vernederen', shown);
    return;
  }
}

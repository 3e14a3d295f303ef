import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { aboutSomeone, GOOD_NEWS, negatedAt, PERMISSION } from './coercion';
import { type Attack, type Reading, hasAny, hasWords, HEART_EMOJI, NO_FRAMES, stretchText } from './reading';

/**
 * Making someone a laughing stock: something that shames a person, put where others see it. Three things
 * together, each in its own words, in a sentence and the ones beside it: a person (named, pointed at or
 * addressed), an act of showing or spreading ("zet het in de groep", "kijk", "gaat rond", "1000 views",
 * "gefilmd") and what shames them ("huilend", "op de wc", "luizen", "voedselbank", "zijn dagboek"). Any two of the three happen in kind posts; the three together rarely do.
 * Not when condemned, reported or denied, kind, asking leave, or good news ("Lisa is geslaagd, zeg het door").
 */

/** Classes that show or spread something, or name the crowd that will see it. */
const SHOWING = ['publiek', 'doorvertellen', 'opname', 'blootstellen'] as const;
/** Places and ways the threats' class of spreading names that say nothing of showing by themselves ("luizen opgelopen op school"). */
const SAYS_LITTLE = new Set(['op school', 'online', 'rond', 'openbaar', 'met iedereen', 'delen']);
/** The writer's own ("mijn dagboek", "m'n foto"): the victim telling, not spreading. */
const MINE = new Set(['mijn', 'mn']);
/** Someone else's: "zijn dagboek", "haar foto". */
const THEIRS = new Set(['zijn', 'zn', 'haar', 'dr', 'jouw', 'hun']);

/** The writer is the one shown: "een filmpje van mij", "mijn dagboek" (the victim telling, not spreading). */
function ofTheWriter(read: Reading, from: number, to: number): boolean {
  const { classes } = read;
  if (hasWords(classes.readings, from, to, ['van', 'mij']) || hasWords(classes.readings, from, to, ['van', 'me'])) return true;
  const own = (match: PhraseMatch | undefined) => !!match && MINE.has(classes.readings[match.firstToken - 1] ?? '');
  return own(classes.first('beeld', from, to)) || own(classes.first('prive_media', from, to)) || own(classes.first('publiek', from, to));
}

export function exposure(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, sentenceStart, frames } = read;
  const end = doc.tokens.length;
  for (let sentence = 0; sentence < sentenceStart.length; sentence++) {
    const from = sentenceStart[sentence]!;
    const to = sentenceStart[sentence + 1] ?? end;
    let shown: PhraseMatch | undefined;
    for (const name of SHOWING) shown ??= classes.all(name, from, to).find((match) => !SAYS_LITTLE.has(classes.readings.slice(match.firstToken, match.lastToken + 1).join(' ')));
    if (!shown || negatedAt(classes, shown.firstToken)) continue;
    const before = sentenceStart[Math.max(0, sentence - 1)]!;
    const after = sentenceStart[sentence + 2] ?? end;
    const guarded = [sentence - 1, sentence, sentence + 1].some((at) => {
      const frame = frames.get(at) ?? NO_FRAMES;
      return frame.has('tegenspraak') || frame.has('meld') || frame.has('nieuws') || frame.has('citaat') || frame.has('sport');
    });
    if (guarded) continue;
    // A laugh alone is no shame: friends laugh at a haircut together ("kijk dat kapsel 💀 love you").
    const shaming = classes.first('beschamend', before, after);
    const around = { from: before, to: after, sentence };
    if (!shaming || !(aboutSomeone(read, before, after) || hasAny(classes.readings, around, THEIRS)) || ofTheWriter(read, before, after)) continue;
    if (classes.first('positief', before, after) || hasAny(classes.readings, around, GOOD_NEWS) || HEART_EMOJI.test(stretchText(doc, before, after))) continue;
    if (PERMISSION.some((words) => hasWords(classes.readings, from, to, words))) continue;
    report('vernederen', shown);
    return;
  }
}

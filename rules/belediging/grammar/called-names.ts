import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { firstNotBefore } from '../../search';
import { type Attack, type Reading, NO_FRAMES } from './reading';

/**
 * Someone called a name with a scornful word before it, as a post of its own: "dikke walvis", "lelijke heks", "jij
 * domme gans", "@tijn dikke koe 😂". The noun is a name for people or an animal, the word before it scorns (stupid, ugly,
 * fat, lazy, dirty), and the post is the call and little else (jij, wat een, a name or an @mention, emoji): in a longer
 * post friends tease this way ("jij domme gans, je telefoon lag in de koelkast haha"). Not a pet ("mijn luie kat"), not
 * the writer ("ik ben zo'n domme gans"), not told of, quoted, news or sport. A body word before an animal makes it body shaming.
 */

/** Words that may stand around a call without making it a sentence: "wat een", "zo'n", "echt", "die". */
const AROUND_A_CALL = new Set(['wat', 'een', 'zon', 'die', 'echt', 'jij', 'jullie', 'je', 'ey', 'ewa', 'yo', 'hey', 'hee', 'hoi', 'gewoon', 'zo', 'nou', 'haha', 'hahaha', 'lol']);
/** A call of at most this many words is the whole post. */
const CALL_WORDS = 5;
const OWN = new Set(['mijn', 'mn', 'onze', 'ons']);
const WRITER = new Set(['ik', 'k', 'we', 'wij', 'me', 'mezelf']);
const TOLD_OF = ['tegenspraak', 'citaat', 'nieuws', 'sport', 'meld'] as const;

export function calledNames(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  if (!mayBeACall(doc)) return;
  const { classes, targets, frames } = read;
  const readings = classes.readings;
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < readings.length; i++) {
    const scorn = classes.at('neg_adjectief', i) || classes.at('lichaam_neg', i);
    if (!scorn) continue;
    const noun = i + 1;
    if (!(classes.at('scheldnaam', noun) || classes.at('dier', noun) || classes.at('ontmenselijk', noun))) continue;
    if (OWN.has(readings[i - 1] ?? '') || WRITER.has(readings[i - 1] ?? '') || WRITER.has(readings[i - 2] ?? '')) continue;
    const starts = read.sentenceStart;
    const frame = frames.get(firstNotBefore(starts.length, (index) => starts[index]! <= i) - 1) ?? NO_FRAMES;
    if (TOLD_OF.some((name) => frame.has(name))) continue;
    // The whole post is the call ("dikke walvis", "wat een lelijke heks 😂"), or someone stands right beside it.
    // Only the whole post: with more words ("jij domme gans, je telefoon lag in de koelkast haha") friends tease this way.
    const alone = readings.every((word, k) => k === i || k === noun || AROUND_A_CALL.has(word) || !tokens[k]!.hasLetter || isPerson(k));
    if (!alone) continue;
    // "dikke walvis" shames a body; "dikke loser" is the name it calls (a listed one is reported by the word lists).
    const body = classes.at('lichaam_neg', i) && !classes.at('neg_adjectief', i) && classes.at('dier', noun);
    report(body ? 'bodyshaming' : 'negatief', { firstToken: i, lastToken: noun } as PhraseMatch);
    return;
  }

  /** A name or an @mention at token k. */
  function isPerson(k: number): boolean {
    return targets[k]?.type === 'naam' || (tokens[k]!.start > 0 && doc.text.charCodeAt(tokens[k]!.start - 1) === 64 /* @ */);
  }
}

/** A post of a few words may be a call on its own ("domme gans"): worth the close reading, which costs little that short. */
export function mayBeACall(doc: TextDocument): boolean {
  return doc.tokens.length <= CALL_WORDS && doc.tokens.length >= 2;
}

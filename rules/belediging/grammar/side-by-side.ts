import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { type Attack, type Reading, collectiveAt, hasAnyFrom, sentencesNotToldOf } from './reading';

/**
 * A group and what it is called, set side by side without a verb: "Eritreeërs, een epidemie die ons land ziek maakt",
 * "Uitschot, dat zijn die Antillianen", "Gehandicapten, menselijk afval noem ik dat", and a short sentence without a
 * verb after a group was named ("Heb je die Roemenen gezien? Vuile ratten, allemaal.", "Stuk voor stuk gestoord.").
 * Read from its parts: a group, a mark between the parts (a comma, a colon, a dash, a full stop), and in the other part
 * a word that dehumanises or insults, led only by an article or a few describing words. Not a list of groups or of
 * animals, not with a negation in that part, not in a report, the news or a quote.
 */

/** What may lead the name in its part: articles, "net", "gewoon", "stelletje", and describing words (up to LEAD_REACH). */
const LEADS = new Set(['een', 'n', 'de', 'het', 'die', 'net', 'gewoon', 'echt', 'stelletje', 'zon', 'allemaal', 'zo', 'wat', 'soort', 'van']);
const LEAD_REACH = 3;
/** A part that turns the name on the group before it: "dat zijn die …", "noem ik dat". */
const POINTING_BACK = new Set(['dat', 'dit']);
const BEING = new Set(['zijn', 'is']);
const CALLING = new Set(['noem', 'noemen']);
const NEGATIONS = new Set(['geen', 'niet', 'nie', 'nooit', 'niks', 'niets']);
/** Marks that set one part beside the other. */
const MARK = /[,:;–—-]/;
/** A sentence after the group, read as a name for it only when this short (in words). */
const SHORT = 6;
const TOLD_OF = ['nieuws', 'tegenspraak', 'citaat'] as const;

export function calledSideBySide(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets } = read;
  const readings = classes.readings;
  const tokens = doc.tokens;
  const marked = (at: number) => at > 0 && MARK.test(doc.text.slice(tokens[at - 1]!.end, tokens[at]!.start));
  const isGroup = (k: number) => targets[k]?.type === 'groep';
  const dehumanises = (k: number) => classes.at('ontmenselijk', k);
  const insults = (k: number) => classes.at('scheldnaam', k) || classes.at('neg_adjectief', k);
  let groupBefore = -1;
  for (const { from, to, sentence } of sentencesNotToldOf(read, TOLD_OF)) {
    // A short sentence with no group of its own, after one that named a group.
    const lastGroupSentence = groupBefore;
    groupBefore = -1;
    const parts: number[] = [from];
    for (let k = from + 1; k < to; k++) if (marked(k)) parts.push(k);
    parts.push(to);
    let groups = 0;
    for (let k = from; k < to; k++) if (isGroup(k)) groups++;
    if (groups > 0) groupBefore = sentence;
    // "Polen, Roemenen en Bulgaren …": a list of groups names no one.
    if (groups > 1) continue;
    if (groups === 0) {
      if (lastGroupSentence < 0 || lastGroupSentence !== sentence - 1 || to - from > SHORT || hasAnyFrom(readings, from, to, NEGATIONS)) continue;
      const named = nameLeading(from, to);
      // "…, allemaal", "stuk voor stuk": the whole group at once, in a short sentence of its own.
      const whole = collectiveAt(readings, { from, to }) >= 0;
      if (named >= 0 && dehumanises(named)) report('ontmenselijking', at(named));
      else if (whole && (named >= 0 || firstInsult(from, to) >= 0)) report('haat-groep', at(named >= 0 ? named : firstInsult(from, to)));
      continue;
    }
    for (let part = 0; part + 1 < parts.length - 1; part++) {
      const [a, b, c] = [parts[part]!, parts[part + 1]!, parts[part + 2]!];
      const groupFirst = firstGroup(a, b);
      const groupNext = firstGroup(b, c);
      // "Eritreeërs, een epidemie …", "Gehandicapten, menselijk afval noem ik dat": the group, then its name.
      if (groupFirst >= 0 && b - a <= 4 && !hasAnyFrom(readings, b, c, NEGATIONS)) {
        const named = nameLeading(b, c);
        if (named >= 0 && !classes.first('groep', b, c)) {
          report(dehumanises(named) ? 'ontmenselijking' : 'haat-groep', at(named));
          return;
        }
      }
      // "Kakkerlakken, dat zijn die Bulgaren", "Uitschot, zwerfvuil van de straat, dat zijn die Antillianen".
      if (groupNext >= 0 && POINTING_BACK.has(readings[b]!) && BEING.has(readings[b + 1] ?? '') && !hasAnyFrom(readings, a, c, NEGATIONS)) {
        const named = nameLeading(from, b);
        if (named >= 0) {
          report(dehumanises(named) ? 'ontmenselijking' : 'haat-groep', at(named));
          return;
        }
      }
    }
    // "Roemenen, smerig tuig noem ik dat": the name called so at the end of its part.
    if (parts.length > 2 && firstGroup(parts[0]!, parts[1]!) >= 0 && hasCalling(parts[1]!, to)) {
      const named = nameLeading(parts[1]!, to);
      if (named >= 0 && !hasAnyFrom(readings, parts[1]!, to, NEGATIONS)) report(dehumanises(named) ? 'ontmenselijking' : 'haat-groep', at(named));
    }
  }

  /** The dehumanising word or insult a part opens with, led only by LEADS or up to LEAD_REACH describing words; -1 if none. */
  function nameLeading(from: number, to: number): number {
    for (let k = from; k < Math.min(to, from + LEAD_REACH + 1); k++) {
      if (dehumanises(k) || classes.at('scheldnaam', k)) return k;
      if (!LEADS.has(readings[k]!) && !classes.at('neg_adjectief', k) && !/(e|ig|lijk)$/.test(readings[k]!)) return -1;
    }
    return -1;
  }
  function firstInsult(from: number, to: number): number {
    for (let k = from; k < to; k++) if (insults(k)) return k;
    return -1;
  }
  function firstGroup(from: number, to: number): number {
    for (let k = from; k < to; k++) if (isGroup(k)) return k;
    return -1;
  }
  function hasCalling(from: number, to: number): boolean {
    for (let k = from; k + 1 < to; k++) if (CALLING.has(readings[k]!) && readings[k + 1] === 'ik') return true;
    return false;
  }
}

const at = (token: number): PhraseMatch => ({ firstToken: token, lastToken: token, start: 0, end: 0 });

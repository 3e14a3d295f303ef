import type { PhraseMatch } from '../../phrases';
import { type Attack, type Reading, NO_FRAMES } from './reading';

/**
 * Pushing someone towards ending their life by a means named, composed rather than listed: a deadly place ("voor de
 * trein", "van een flat", "op het spoor") or "zelfmoord plegen", a verb of going there ("liggen", "springen",
 * "stappen"), and a push at someone: an order ("ga lekker voor de trein liggen"), advice to someone named or
 * addressed ("jij kan beter van een flat springen", "trans mensen moeten maar zelfmoord plegen"). Not negated ("ga
 * niet op het spoor lopen"), not the writer's own doing or an invitation ("we springen van het dak in het zwembad",
 * "ga je mee"), not a warning ("pas op", "gevaarlijk"), a report, the news or a quote.
 */

const ONTO: ReadonlySet<string> = new Set(['spoor', 'rails', 'snelweg', 'spoorlijn', 'trambaan', 'treinrails']);
/** A deadly place after its preposition: the vehicle one lies before, the height one jumps from, the track one lies on. */
const DEADLY_AFTER = new Map<string, ReadonlySet<string>>([
  ['voor', new Set(['trein', 'bus', 'auto', 'vrachtwagen', 'tram', 'metro', 'truck', 'vrachtauto', 'sneltrein', 'intercity'])],
  ['van', new Set(['flat', 'dak', 'toren', 'flatgebouw', 'gebouw', 'balkon', 'klif', 'rots', 'parkeergarage', 'hoogbouw', 'wolkenkrabber'])],
  ['op', ONTO],
]);
/** Words that wake the grammar for this reading (with someone to aim at near them; "zelfmoord" alone). */
export const LETHAL_CUES = ['zelfmoord', ...[...DEADLY_AFTER.values()].flatMap((places) => [...places])];
const ARTICLES = new Set(['de', 'het', 'een', 'die', 'dat', 'zo', 'n', 'hoge', 'hoogste', 'eerste', 'volgende']);
/** Going there: lying, jumping, stepping, standing, walking, falling. */
const GOING = new Set([
  'liggen', 'lig', 'ligt', 'leggen', 'leg', 'springen', 'spring', 'springt', 'stappen', 'stap', 'stapt', 'staan', 'sta', 'staat',
  'lopen', 'loop', 'loopt', 'duiken', 'duik', 'rennen', 'ren', 'rent', 'vallen', 'val', 'valt', 'fietsen', 'fiets', 'wandelen', 'wandel',
  'af', 'springen', 'gooien', 'gooi',
]);
/** An order opens its clause: "ga …", "spring …", "leg je …". */
const ORDERS = new Set(['ga', 'gaan', 'spring', 'stap', 'loop', 'leg', 'duik', 'ren', 'sta', 'val', 'fiets', 'wandel', 'pleeg', 'gooi']);
/** Advice given to someone named: "kan beter", "moet maar", "mag lekker". */
const PUSHING = new Set(['beter', 'moet', 'moeten', 'maar', 'lekker', 'gewoon', 'toch', 'mag', 'mogen', 'eindelijk', 'nou']);
const NEGATIONS = new Set(['niet', 'nie', 'nooit', 'geen', 'niemand']);
/** The writer's own doing, or an invitation to join in. */
const OWN_OR_JOINT = new Set(['ik', 'k', 'we', 'wij', 'mee', 'samen', 'mn', 'mijn']);
/** A warning or care: "pas op", "gevaarlijk", "kijk uit", "bijna". */
const WARNING = new Set(['pas', 'gevaarlijk', 'levensgevaarlijk', 'uitkijken', 'kijk', 'voorzichtig', 'bijna', 'veilig', 'help', 'hulp', '113']);
/** Plain travel: waiting for it, getting on, passing by ("sta om 8 voor de trein klaar"). */
const TRAVEL = new Set(['klaar', 'wachten', 'wacht', 'langs', 'halte', 'perron', 'instappen', 'uitstappen', 'ophalen', 'halen', 'parkeren']);
const TOLD_OF = ['nieuws', 'tegenspraak', 'meld', 'citaat', 'zelfbeschadiging_onschuldig'] as const;

export function lethalMeans(read: Reading, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets, frames } = read;
  const readings = classes.readings;
  // Per sentence, read once: a long text without full stops is one sentence of many clauses.
  const warnings = new Map<number, boolean>();
  const warned = (sentence: number, from: number, to: number): boolean => {
    let found = warnings.get(sentence);
    if (found === undefined) warnings.set(sentence, (found = anyIn(from, to, WARNING)));
    return found;
  };
  for (const clause of read.clauses) {
    const means = meansIn(clause.from, clause.to);
    if (means === undefined) continue;
    const sentenceFrom = read.sentenceStart[clause.sentence]!;
    const sentenceTo = read.sentenceStart[clause.sentence + 1] ?? readings.length;
    const frame = frames.get(clause.sentence) ?? NO_FRAMES;
    if (TOLD_OF.some((name) => frame.has(name))) continue;
    // "waarom stap je niet gewoon voor de bus": a question that pushes, its "niet" no denial.
    const whyNot = readings[sentenceFrom] === 'waarom';
    if ((anyIn(clause.from, clause.to, NEGATIONS) && !whyNot) || anyIn(clause.from, clause.to, OWN_OR_JOINT) || anyIn(clause.from, clause.to, TRAVEL) || warned(clause.sentence, sentenceFrom, sentenceTo)) continue;
    // The order may open the sentence and the place follow after "maar" ("Kevin ga jij maar lekker voor de metro liggen").
    const opener = (at: number) => ORDERS.has(readings[at] ?? '') || (targets[at]?.type === 'naam' && ORDERS.has(readings[at + 1] ?? ''));
    const ordered = opener(clause.from) || opener(sentenceFrom);
    let aimed: 'groep' | 'iemand' | undefined;
    for (let k = ordered ? sentenceFrom : clause.from; k < clause.to; k++) {
      const type = targets[k]?.type;
      if (type === 'groep') aimed = 'groep';
      else if ((type === 'jij' || type === 'naam' || type === 'derde') && !aimed) aimed = 'iemand';
    }
    const pushed = !!aimed && (anyIn(clause.from, clause.to, PUSHING) || frame.has('wens') || whyNot);
    if (!ordered && !pushed) continue;
    report(aimed === 'groep' ? 'dreigen-groep' : 'doodswens', means);
    return;
  }

  /** A deadly place with a verb of going there, or "zelfmoord plegen", in tokens [from, to). */
  function meansIn(from: number, to: number): PhraseMatch | undefined {
    let place = -1;
    let placeEnd = -1;
    let going = false;
    for (let k = from; k < to; k++) {
      const word = readings[k]!;
      if (GOING.has(word)) going = true;
      if (word === 'zelfmoord' && (readings[k + 1]?.startsWith('pleg') || readings[k - 1]?.startsWith('pleeg'))) return at(k);
      // "loop de rails op", "fiets de snelweg op": the track named before its "op".
      if (word === 'op' && k > from && ONTO.has(readings[k - 1]!)) {
        place = k - 1;
        placeEnd = k;
        continue;
      }
      const places = DEADLY_AFTER.get(word);
      if (!places) continue;
      let next = k + 1;
      while (next < to && next < k + 4 && ARTICLES.has(readings[next]!)) next++;
      if (places.has(readings[next] ?? '')) {
        place = k;
        placeEnd = next;
      }
    }
    return place >= 0 && going ? { firstToken: place, lastToken: placeEnd } as PhraseMatch : undefined;
  }

  function anyIn(from: number, to: number, words: ReadonlySet<string>): boolean {
    for (let k = from; k < to; k++) if (words.has(readings[k]!)) return true;
    return false;
  }

  function at(token: number): PhraseMatch {
    return { firstToken: token, lastToken: token } as PhraseMatch;
  }
}

import type { ClassIndex } from './words';
import { hasAnyFrom, type Clause } from './reading';

/**
 * A right or a place denied to a whole group, as a demand rather than a fact: "moslims mogen hier helemaal niet
 * wonen", "gehandicapten zouden geen kinderen mogen krijgen", "Syriërs verdienen geen uitkering", "doven mogen van
 * mij geen rijbewijs hebben", "geef asielzoekers geen huis", "waarom mogen Turken eigenlijk nog stemmen?". A rule
 * stated as it is ("asielzoekers mogen het eerste half jaar niet werken"), a right of the past ("vrouwen mochten
 * vroeger niet stemmen") or one granted ("homo's mogen gewoon trouwen") is no demand.
 */

/** Words that make "mogen niet" a demand: a wish, a say-so, an emphasis, a place (ours). */
const DEMANDING = new Set(['zou', 'zouden', 'moet', 'moeten', 'verdien', 'verdient', 'verdienen', 'helemaal', 'nergens', 'nooit', 'hier', 'meer', 'gewoon', 'eens', 'ons', 'onze', 'hoort', 'horen']);
/** "van mij", "wat mij betreft": the writer's say-so. */
const SAY_SO = new Set(['mij', 'mijn']);
/** Present forms of "mogen", "verdienen" and "moeten" ("zouden geen stemrecht moeten hebben"): the past ("mochten") tells history. */
const MAY = new Set(['mag', 'mogen', 'verdient', 'verdienen', 'verdien', 'moet', 'moeten']);
const DENIALS = new Set(['niet', 'geen', 'nergens', 'nooit', 'nie', 'niks', 'niets']);
/** Orders that deny: "geef X geen …", "laat X niet …". */
const DENYING_ORDERS = new Set(['geef', 'laat']);

export function rightDenied(classes: ClassIndex, clause: Clause, sentenceTo: number, group: number, asksQuestion: () => boolean): number | undefined {
  const readings = classes.readings;
  const right = classes.first('recht', clause.from, clause.to);
  if (!right || right.firstToken < group) return undefined;
  const denial = firstFrom(readings, clause.from, right.firstToken, DENIALS);
  // "Waarom mogen Turken eigenlijk nog stemmen?": a right asked about as if it should not be.
  // (Asked last: finding a question mark reads on to the sentence's end.)
  if (denial < 0 && readings[clause.from] === 'waarom' && hasAnyFrom(readings, clause.from, right.firstToken, STILL) && asksQuestion()) return right.firstToken;
  if (denial < 0) return undefined;
  const may = hasAnyFrom(readings, clause.from, clause.to, MAY);
  const ordered = DENYING_ORDERS.has(readings[clause.from]!) && group < denial;
  if (!may && !ordered) return undefined;
  // The demand may follow in the sentence: "lesbiennes mogen niet trouwen, dat hoort gewoon niet".
  const demanded = ordered || hasAnyFrom(readings, clause.from, Math.min(sentenceTo, clause.to + DEMAND_REACH), DEMANDING) || (hasAnyFrom(readings, clause.from, clause.to, SAY_SO) && hasAnyFrom(readings, clause.from, clause.to, VAN));
  return demanded ? right.firstToken : undefined;
}

/** How far after the clause the demand may stand, in words: a sentence without an end must not be read again per clause. */
const DEMAND_REACH = 8;
const STILL = new Set(['nog', 'eigenlijk', 'überhaupt', 'uberhaupt', 'gewoon']);
const VAN = new Set(['van', 'betreft']);

function firstFrom(readings: string[], from: number, to: number, words: ReadonlySet<string>): number {
  for (let i = from; i < to; i++) if (words.has(readings[i]!)) return i;
  return -1;
}

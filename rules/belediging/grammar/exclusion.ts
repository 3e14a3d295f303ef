import type { Clause } from './reading';
import { ClassIndex } from './words';

/** Exclusion by shape: belonging denied, being put out of a group. */

export const BELONG = new Set(['hoor', 'hoort', 'horen', 'hoorde', 'hoorden']);
const FITTING = new Set(['past', 'passen', 'pas']);
const OUT_VERBS = new Set(['lig', 'ligt', 'liggen', 'vlieg', 'vliegt', 'vliegen']);
/** The words that wake the reading of belonging: its verbs, and "weg" of "weg uit". */
export const AT_HOME = new Set(['thuishoren', 'thuishoort', 'thuishoor']);
export const OUT_CUES = new Set([...BELONG, ...OUT_VERBS, ...AT_HOME, 'weg', 'past', 'passen']);
export const DENIALS = new Set(['niet', 'geen', 'nooit', 'nergens']);
/** "… hoor je er ook niet meer bij", "ze hoort er echt nooit bij": a form of "erbij horen", denied. */
export function belongingDenied(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  let verb = -1;
  let there = false;
  let with_ = false;
  let denied = false;
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    if (BELONG.has(word)) verb = i;
    else if (word === 'erbij') there = with_ = true;
    else if (word === 'er') there = true;
    else if (word === 'bij' && there) with_ = true;
    else if (DENIALS.has(word)) denied = true;
  }
  return verb >= 0 && there && with_ && denied ? verb : undefined;
}

const OURS = new Set(['ons', 'onze']);
/** "… hoort niet meer bij ons", "jij past niet bij onze groep": not belonging to us, denied. */
export function notOneOfUs(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (!BELONG.has(readings[i]!) && !FITTING.has(readings[i]!)) continue;
    let denied = false;
    for (let k = i + 1; k < Math.min(clause.to, i + 6); k++) {
      if (DENIALS.has(readings[k]!)) denied = true;
      else if (readings[k] === 'bij' && OURS.has(readings[k + 1] ?? '')) return denied ? i : undefined;
    }
  }
  return undefined;
}

/** "… ligt er zelf ook uit", "dan vlieg je eruit": put out of the group; "X weg uit het team". */
export function putOut(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (OUT_VERBS.has(readings[i]!)) {
      for (let k = i + 1; k < Math.min(clause.to, i + 5); k++) if (readings[k] === 'eruit' || (readings[k] === 'uit' && readings.slice(i + 1, k).includes('er'))) return i;
    }
    if (readings[i] === 'weg' && readings[i + 1] === 'uit' && classes.first('groep_plek', i + 2, Math.min(clause.to, i + 5))) return i;
  }
  return undefined;
}
/** Being put out needs no target of its own ("wie … ligt er zelf ook uit" threatens whoever does it). */
export function isPutOutWord(word: string): boolean {
  return OUT_VERBS.has(word);
}

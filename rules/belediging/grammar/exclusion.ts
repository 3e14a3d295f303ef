import { type Clause, hasAnyFrom } from './reading';
import { ClassIndex } from './words';

/** Exclusion by shape: belonging denied, being put out of a group. */

export const BELONG = new Set(['hoor', 'hoort', 'horen', 'hoorde', 'hoorden']);
const FITTING = new Set(['past', 'passen', 'pas']);
const OUT_VERBS = new Set(['lig', 'ligt', 'liggen', 'vlieg', 'vliegt', 'vliegen']);
/** The words that wake the reading of belonging: its verbs, and "weg" of "weg uit". */
export const AT_HOME = new Set(['thuishoren', 'thuishoort', 'thuishoor']);
const SEEKING = new Set(['zoek', 'zoeken', 'zoekt']);
const LEAVING = new Set(['opstaan', 'weggaan', 'weglopen', 'weg']);
export const OUT_CUES = new Set([...BELONG, ...OUT_VERBS, ...AT_HOME, ...LEAVING, 'past', 'passen', 'alsof', ...SEEKING]);
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
const SITTING = new Set(['zit', 'zitten', 'zat', 'zaten']);
/**
 * "we hebben een nieuwe appgroep, jij zit er niet in": not in the group, once a group or a place of one is named in
 * the text (`groupNamed`); without one, "het zit er niet in" is only "it will not happen".
 */
export function notInTheGroup(classes: ClassIndex, clause: Clause, groupNamed: boolean): number | undefined {
  if (!groupNamed) return undefined;
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (!SITTING.has(readings[i]!) || readings[i + 1] !== 'er') continue;
    let k = i + 2;
    let denied = false;
    while (k < Math.min(clause.to, i + 5) && (DENIALS.has(readings[k]!) || readings[k] === 'meer' || readings[k] === 'ook')) {
      denied ||= DENIALS.has(readings[k]!);
      k++;
    }
    if (denied && (readings[k] === 'in' || readings[k] === 'bij')) return i;
  }
  return undefined;
}

const WRITER = new Set(['ik', 'k', 'we', 'wij', 'me', 'mij']);
const THIN_AIR = new Set(['lucht', 'onzichtbaar', 'doorzichtig']);
const EXISTING = new Set(['bestaat', 'bestaan', 'bestond']);
/** "doe maar alsof hij lucht is", "we doen alsof ze niet bestaat": someone treated as not there. */
export function treatedAsAir(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    // "ik doe alsof ik lucht ben": the writer hiding, no one shut out.
    if (readings[i] !== 'alsof' || WRITER.has(readings[i + 1] ?? '')) continue;
    for (let k = i + 1; k < Math.min(clause.to, i + 6); k++) {
      if (THIN_AIR.has(readings[k]!) || (EXISTING.has(readings[k]!) && DENIALS.has(readings[k - 1] ?? '')) || (readings[k] === 'er' && readings[k + 1] === 'niet' && (readings[k + 2] === 'is' || readings[k + 2] === 'zijn'))) return i;
    }
  }
  return undefined;
}

const ELSE = new Set(['ander', 'andere', 'nieuwe', 'eigen']);
const COMPANY = new Set(['vrienden', 'vriendinnen', 'vriendengroep', 'groep', 'groepje', 'tafel', 'team', 'club', 'klas', 'school', 'vriendjes', 'vriendinnetjes', 'maatjes', 'clubje']);
/** "zoek maar andere vrienden", "jij zoekt maar een ander groepje": sent to find other company; "zoek dan andere vrienden" may be advice. */
export function sentElsewhere(classes: ClassIndex, clause: Clause, sentenceTo: number): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (!SEEKING.has(readings[i]!) || (readings[i + 1] !== 'maar' && readings[i + 1] !== 'lekker')) continue;
    // "maar" also splits clauses: the company sought may stand in the next one.
    for (let k = i + 1; k < Math.min(sentenceTo, i + 5); k++) if (ELSE.has(readings[k]!) && COMPANY.has(readings[k + 1] ?? '')) return i;
  }
  return undefined;
}

const ARRIVAL_REACH = 20;
const ARRIVING = new Set(['komt', 'aankomt', 'binnenkomt', 'aanschuift', 'erbij', 'bijkomt']);
/** "als Emre bij de tafel komt gewoon allemaal opstaan en weggaan": everyone leaves when someone comes. */
export function leftWhenComing(classes: ClassIndex, clause: Clause, sentenceFrom: number): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (!LEAVING.has(readings[i]!) || (readings[i] === 'weg' && !['gaan', 'lopen', 'gaat', 'loopt', 'rennen', 'allemaal'].includes(readings[i - 1] ?? ''))) continue;
    // Within a reach of words: a paste of one endless sentence is not read back to its start for every "weg".
    for (let k = Math.max(sentenceFrom, i - ARRIVAL_REACH); k < i; k++) if (readings[k] === 'als' && ARRIVING.has(readings[k + 2] ?? '') || (readings[k] === 'als' && hasAnyFrom(readings, k + 1, Math.min(i, k + 7), ARRIVING))) return i;
  }
  return undefined;
}

/** Being put out needs no target of its own ("wie … ligt er zelf ook uit" threatens whoever does it). */
export function isPutOutWord(word: string): boolean {
  return OUT_VERBS.has(word);
}

import { type Clause, type Reading, hasAnyFrom } from './reading';
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
 * the text (`groupNamed`); without one, "het zit er niet in" is only "it will not happen". Named or not, being told
 * one is no longer in it ({@link noLongerIn}).
 */
export function notInTheGroup(classes: ClassIndex, clause: Clause, groupNamed: boolean): number | undefined {
  if (!groupNamed) return noLongerIn(classes, clause);
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
  return noLongerIn(classes, clause);
}
/** "jij zit niet meer in de appgroep", "je zit vanaf nu niet meer in de klassenapp": told to someone, taken out of a group. */
function noLongerIn(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (!SITTING.has(readings[i]!) || !YOU.has(readings[i - 1] ?? '')) continue;
    let meer = i + 1;
    while (meer < Math.min(clause.to, i + 6) && readings[meer] !== 'meer') meer++;
    if (readings[meer] !== 'meer' || !DENIALS.has(readings[meer - 1]!) || readings[meer + 1] !== 'in') continue;
    // A class, a school or a town changed is no exclusion ("je zit niet meer in de klas van meneer Bos maar …").
    const group = classes.first('groep_plek', meer + 2, Math.min(clause.to, meer + 5));
    if (group && !PLACES_CHANGED.has(readings[group.firstToken]!)) return i;
    if (hasAnyFrom(readings, meer + 2, Math.min(clause.to, meer + 5), CHAT_GROUPS)) return i;
  }
  return undefined;
}
/** Chat groups the word class of group places leaves out (a pupil taken out of one for moving away is no exclusion there). */
const CHAT_GROUPS = new Set(['klassenapp', 'klasapp', 'klassengroep', 'klassenchat', 'groepsapp']);
const PLACES_CHANGED = new Set(['klas', 'school', 'buurt', 'wijk', 'land', 'stad', 'bus', 'kantine', 'kamp', 'kleedkamer']);

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

/** Words that wake the grammar for the question why someone is still there. */
export const STILL_THERE_CUES = ['waarom ben', 'waarom zit', 'wat doe', 'wat doet'];
const ASKING = new Set(['waarom', 'wat']);
const BEING_THERE = new Set(['ben', 'bent', 'is', 'zit', 'zitten', 'doe', 'doet', 'zijn']);
const SOMEONE = new Set(['jij', 'je', 'zij', 'ze', 'hij', 'jullie']);
/** Where one is still: here, in the group or its chat, on the team. */
const STILL_IN = new Set(['hier', 'groep', 'groepje', 'app', 'groepsapp', 'appgroep', 'chat', 'groepschat', 'team', 'club', 'server', 'clan', 'erbij']);
/** "waarom ben je nog wakker", "wat doe jij hier nog zo laat": asked after someone, not shut out. */
const CARED_WHY = new Set(['wakker', 'laat', 'ziek', 'moe', 'op', 'vroeg', 'alleen', 'slapen', 'slaap', 'uur', 'nachts']);
/** How far past the question a reason to ask after someone may stand ("…? Ga slapen joh, het is 2 uur"). */
const CARE_REACH = 10;
/**
 * "waarom zit jij eigenlijk nog in deze groep", "wat doe jij hier nog": asked why someone is still there. Not asked
 * after them (awake, late, ill, time to sleep, in the question or just after it), nor "nog niet" (not yet there).
 */
export function askedWhyStillThere(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  const asking = ASKING.has(readings[clause.from]!) ? clause.from : ASKING.has(readings[clause.from + 1] ?? '') ? clause.from + 1 : -1;
  if (asking < 0 || !BEING_THERE.has(readings[asking + 1] ?? '') || !SOMEONE.has(readings[asking + 2] ?? '')) return undefined;
  let still = asking + 3;
  while (still < clause.to && readings[still] !== 'nog') still++;
  if (still >= clause.to || readings[still + 1] === 'niet' || readings[still + 1] === 'nie') return undefined;
  if (!hasAnyFrom(readings, asking + 3, clause.to, STILL_IN) || hasAnyFrom(readings, asking + 3, Math.min(readings.length, clause.to + CARE_REACH), CARED_WHY)) return undefined;
  return asking;
}

const ELSE = new Set(['ander', 'andere', 'nieuwe', 'eigen']);
const COMPANY = new Set(['vrienden', 'vriendinnen', 'vriendengroep', 'groep', 'groepje', 'tafel', 'team', 'club', 'klas', 'school', 'vriendjes', 'vriendinnetjes', 'maatjes', 'clubje', 'plek', 'plekje', 'plaats', 'plaatsje', 'gezelschap', 'route', 'bank', 'squad', 'clan', 'vriendin', 'vriend']);
/** "zoek maar andere vrienden", "jij zoekt maar een ander groepje": sent to find other company; "zoek dan andere vrienden" may be advice. */
export function sentElsewhere(classes: ClassIndex, clause: Clause, sentenceTo: number): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (!SEEKING.has(readings[i]!) || (readings[i + 1] !== 'maar' && readings[i + 1] !== 'lekker')) continue;
    // "maar" also splits clauses: the company sought may stand in the next one ("zoek maar ergens een ander plekje").
    for (let k = i + 1; k < Math.min(sentenceTo, i + 6); k++) if (ELSE.has(readings[k]!) && COMPANY.has(readings[k + 1] ?? '')) return i;
    // "zoek maar iemand anders", "zoek maar wat anders".
    if ((readings[i + 2] === 'iemand' || readings[i + 2] === 'wat') && readings[i + 3] === 'anders') return i;
  }
  return undefined;
}

const ARRIVAL_REACH = 20;
const ARRIVING = new Set(['komt', 'aankomt', 'binnenkomt', 'aanschuift', 'erbij', 'bijkomt']);
/** "als Emre bij de tafel komt gewoon allemaal opstaan en weggaan": everyone leaves when someone comes. */
export function leftWhenComing(classes: ClassIndex, clause: Clause, sentenceFrom: number): number | undefined {
  const readings = classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (!LEAVING.has(readings[i]!) || (readings[i] === 'weg' && !['gaan', 'lopen', 'gaat', 'loopt', 'rennen', 'allemaal', 'ik'].includes(readings[i - 1] ?? ''))) continue;
    // Within a reach of words: a paste of one endless sentence is not read back to its start for every "weg".
    for (let k = Math.max(sentenceFrom, i - ARRIVAL_REACH); k < i; k++) if (readings[k] === 'als' && ARRIVING.has(readings[k + 2] ?? '') || (readings[k] === 'als' && hasAnyFrom(readings, k + 1, Math.min(i, k + 7), ARRIVING))) return i;
  }
  return undefined;
}

/** Being put out needs no target of its own ("wie … ligt er zelf ook uit" threatens whoever does it). */
export function isPutOutWord(word: string): boolean {
  return OUT_VERBS.has(word);
}

/** Words that wake the reading of the shapes below (weak: with someone named or addressed). */
export const SHUT_OUT_CUES = ['vol', 'bezet', 'compleet', 'onderdeel', 'deel', 'eruit', 'uit', 'thuis', 'stop', 'stap', 'ga', 'kom'];
const FULL = new Set(['vol', 'bezet', 'compleet', 'volgeboekt']);
/** Whom a seat is full for ("haar" is as often "her presentation"). */
const THEM = new Set(['jou', 'hem', 'hen', 'jullie', 'u']);
const ALWAYS = new Set(['altijd', 'elke', 'iedere']);
/** How far around "vol" the one it is full for may be named, in words. */
const FULL_REACH = 14;
/** Places a group keeps: a table, a seat, a team, a car. */
const SEATS = new Set(['tafel', 'plek', 'plekje', 'plaats', 'bank', 'bankje', 'groep', 'groepje', 'team', 'clubje', 'club', 'auto', 'zaal', 'squad', 'stoel', 'stoelen', 'feest', 'feestje']);
/**
 * A seat or a team full for someone, for good: "de tafel is vol. Voor altijd. 😇", "deze plek is bezet … voor jou",
 * "sorry we zitten vol (er zijn nog 6 plekken vrij maar niet voor jou)". Not a bus that is full, nor a full team
 * told without someone it is full for.
 */
export function fullForYou(read: Reading, clause: Clause): number | undefined {
  const readings = read.classes.readings;
  const end = readings.length;
  for (let i = clause.from; i < clause.to; i++) {
    // "de tafel is niet vol", "nooit vol": room after all; "vol met lekker eten": full of something.
    if (!FULL.has(readings[i]!) || hasAnyFrom(readings, Math.max(0, i - 2), i, ROOM_AFTER_ALL) || readings[i + 1] === 'met') continue;
    const after = Math.min(end, i + FULL_REACH);
    // "… voor jou", "niet voor hen": for someone (also past a remark in brackets).
    // A seat kept for someone is kind: "bezet … voor jou, ik heb je stoel vrijgehouden".
    if (hasAnyFrom(readings, Math.max(0, i - 8), after, KEPT_FREE)) continue;
    // "maar (er is nog een plekje) voor jou": room made after all; "maar niet voor jou" is none. "bezet voor jou" is a
    // seat reserved, unless everything is ("alles bezet voor jou").
    const reserved = readings[i] === 'bezet' && readings[i - 1] !== 'alles';
    for (let k = i + 1; k < after; k++) {
      if (readings[k] !== 'voor' || !THEM.has(readings[k + 1] ?? '')) continue;
      const denied = readings[k - 1] === 'niet';
      if (denied || (!reserved && !hasAnyFrom(readings, i + 1, k, BUT))) return i;
    }
    // "Voor altijd.", "altijd vol", "elke dag": for good, of a seat or a team, with someone named or addressed nearby.
    const forGood = hasAnyFrom(readings, i + 1, Math.min(end, i + 4), ALWAYS) || hasAnyFrom(readings, Math.max(0, i - 2), i, ALWAYS);
    if (forGood && hasAnyFrom(readings, Math.max(0, i - 4), i, SEATS) && someoneIn(read, Math.max(0, i - FULL_REACH), after)) return i;
  }
  return undefined;
}
function someoneIn(read: Reading, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (read.targets[k]?.type === 'jij' || read.targets[k]?.type === 'naam') return true;
  return false;
}
const ROOM_AFTER_ALL = new Set(['niet', 'nooit', 'nie']);
const BUT = new Set(['maar']);
const YOU = new Set(['je', 'jij']);
const PART = new Set(['onderdeel', 'deel', 'vriend', 'vriendin', 'lid', 'member']);
/** Of us: "van ons", "onze groep", "deze vriendengroep"; "geen vriendin meer" (not "geen lid meer van de bieb"). */
const OF_US = new Set(['ons', 'onze', 'deze']);
const FRIENDSHIP = new Set(['vriend', 'vriendin', 'onderdeel', 'deel']);
/** "je bent geen onderdeel van deze vriendengroep meer", "jij bent geen vriendin meer van ons": belonging taken away. */
export function noLongerOneOfUs(readings: string[], clause: Clause): number | undefined {
  for (let i = clause.from; i + 3 < clause.to; i++) {
    if (!YOU.has(readings[i]!) || readings[i + 1] !== 'bent' || readings[i + 2] !== 'geen' || !PART.has(readings[i + 3]!)) continue;
    // The hit stands on "ons"/"meer": on "geen" it would read as a denial ("je bent geen loser").
    for (let k = i + 4; k < Math.min(clause.to, i + 8); k++) if (OF_US.has(readings[k]!) || (readings[k] === 'meer' && FRIENDSHIP.has(readings[i + 3]!))) return k;
  }
  return undefined;
}
const REFUSING = new Set(['ga', 'kom', 'stop', 'stap', 'blijf', 'gaan', 'komen', 'stoppen', 'stappen', 'blijven', 'gaat', 'stapt', 'blijft']);
const REFUSERS = new Set(['ik', 'wij', 'we', 'iedereen']);
const REFUSED = new Set(['niet', 'eruit', 'weg', 'ermee', 'thuis', 'uit']);
/** Words that may stand between the one refusing and the refusal ("gaat iedereen er meteen uit"). */
const BETWEEN = new Set(['er', 'meteen', 'gewoon', 'gwn', 'echt', 'dan', 'allemaal', 'direct']);
/** After the refusal, words that keep it one ("ga ik niet, en de rest ook niet"); others make it something else ("ga ik niet alleen"). */
const REFUSAL_ENDS = new Set(['en', 'meer', 'ook', 'hoor', 'dus']);
/** After "ik ga niet", where one does not go ("ik ga niet naar het feest als …"). */
const GOING_TO = new Set(['naar', 'op', 'mee', 'als']);
/** How far after "als" the coming may stand ("als daan in ons groepje voor het profielwerkstuk komt"), in words. */
const CONDITION_REACH = 12;

/**
 * "als Tim komt ga ik niet", "als daan in ons groepje voor het profielwerkstuk komt stap ik eruit", "als zij in de band
 * komt gaat iedereen er meteen uit", "ik ga niet naar het feest als zij erbij is": someone kept out by a refusal, the
 * condition before or after it.
 */
export function refusedIfComing(read: Reading, clause: Clause, sentenceFrom: number): number | undefined {
  const readings = read.classes.readings;
  const sentenceTo = read.sentenceStart[clause.sentence + 1] ?? readings.length;
  for (let i = clause.from; i + 1 < clause.to; i++) {
    const after = refusalAt(readings, i, clause.to);
    if (after === undefined) continue;
    // "… ga ik niet, ik ben ziek": a reason of the writer's own, in the words after.
    if (hasAnyFrom(readings, i + 2, Math.min(readings.length, i + 10), OWN_REASONS)) continue;
    // Within a reach on both sides: a paste of one endless sentence is not read again for every refusal.
    for (let k = Math.max(sentenceFrom, i - ARRIVAL_REACH); k < Math.min(sentenceTo, after + ARRIVAL_REACH); k++) {
      if (readings[k] !== 'als' || (k >= i && k < after)) continue;
      const type = read.targets[k + 1]?.type;
      const person = type === 'jij' || type === 'naam' || type === 'derde';
      const end = Math.min(k < i ? i : sentenceTo, k + CONDITION_REACH);
      if (person && joinsAt(readings, k + 2, end)) return i;
    }
  }
  return undefined;
}

/** Where the refusal at `at` ends ("ga ik niet", "gaat iedereen er meteen uit", "ik ga niet naar …"), if one is there. */
function refusalAt(readings: string[], at: number, to: number): number | undefined {
  const word = readings[at]!;
  const inverted = REFUSING.has(word) && REFUSERS.has(readings[at + 1] ?? '');
  const plain = REFUSERS.has(word) && REFUSING.has(readings[at + 1] ?? '') && word !== 'iedereen';
  if (!inverted && !plain) return undefined;
  let next = at + 2;
  while (next < to && BETWEEN.has(readings[next]!)) next++;
  if (next >= to) return inverted ? next : undefined;
  if (!REFUSED.has(readings[next]!)) return undefined;
  const following = readings[next + 1];
  if (next + 1 >= to || following === undefined || REFUSAL_ENDS.has(following)) return next + 1;
  // "ik ga niet naar het feest als zij erbij is": the place refused, then the condition.
  return plain && readings[next] === 'niet' && GOING_TO.has(following) ? next + 1 : undefined;
}
/** Coming or joining: "komt", "meedoet", "erbij", "aanmeldt", "mee gaat". */
function joinsAt(readings: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ARRIVING_OR_JOINING.has(readings[k]!) || (readings[k] === 'mee' && JOINING_AFTER_MEE.has(readings[k + 1] ?? ''))) return true;
  return false;
}
const JOINING_AFTER_MEE = new Set(['gaat', 'komt', 'doet', 'wil']);
const KEPT_FREE = new Set(['vrijgehouden', 'vrijhouden', 'gereserveerd', 'bewaard', 'opgehouden']);
const OWN_REASONS = new Set(['ziek', 'want', 'omdat', 'werken', 'moet', 'druk', 'training', 'vakantie']);
const ARRIVING_OR_JOINING = new Set([...ARRIVING, 'meedoet', 'meegaat', 'meekomt', 'aanmeldt']);

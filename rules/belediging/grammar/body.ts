import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { type Clause, FIRST_PERSON, INTENSIFIERS, LOOK_AHEAD, type Reading, hasAnyFrom, stretchText } from './reading';
import { ClassIndex } from './words';

/** Body shaming by shape: body parts mocked, likened or sized up, and remarks that name their own target. */

/** Having a body part: "jij hebt flaporen", "met die spekrollen". */
export const HAVING = new Set(['heeft', 'hebt', 'heb', 'hebben', 'had', 'met']);
/** Looks that are just had ("die invaller met die snor", "zij heeft sproeten"): a remark only when said to be so. */
export const PLAIN_LOOKS = new Set(['snor', 'baard', 'sproeten', 'kaal', 'kalend', 'wenkbrauwen', 'mager', 'magere', 'zweet', 'harig', 'harige', 'scheel', 'scheef']);
/** Sizes that mock a body part when stressed ("zo groot", "echt scheef") or extreme in themselves ("enorm"). */
const SIZES = new Set(['rond', 'ronde', 'bol', 'bolle', 'puntig', 'puntige', 'groot', 'grote', 'dik', 'dikke', 'breed', 'brede', 'klein', 'kleine', 'plat', 'platte', 'krom', 'kromme', 'scheef', 'scheve', 'lang', 'lange', 'vierkant', 'vierkante', 'raar', 'rare', 'harig', 'harige']);
const EXTREME_SIZES = new Set(['enorm', 'enorme', 'gigantisch', 'gigantische', 'reusachtig', 'reusachtige', 'monsterlijk', 'monsterlijke', 'belachelijk', 'belachelijke']);

/** A body part likened ("als …" right after it), sized up with stress, or exclaimed at ("wat een (…) kop"). */
export function bodyPartMocked(readings: string[], clause: Clause, part: PhraseMatch, sentenceEnd: number): boolean {
  // "als" opens a clause of its own: it may stand just past this one.
  for (let k = part.lastToken + 1; k <= part.lastToken + 2 && k <= clause.to; k++) if (readings[k] === 'als') return true;
  // "een buik alsof hij zwanger is", "je tanden …, net een kerkhof", "een puist groter dan je toekomst".
  for (let k = part.lastToken + 1; k < Math.min(sentenceEnd, part.lastToken + LIKENED_REACH); k++) {
    const word = readings[k]!;
    // "je ogen zijn groter dan je maag" is the saying about food, not a body sized up.
    const saying = readings[k + 2] === 'maag' || readings[k + 3] === 'maag';
    // "groter dan die van zijn vader": one body part measured against another's, not against a thing.
    const anothers = readings[k + 2] === 'die' && readings[k + 3] === 'van';
    // "zijn net satellietschotels", "precies twee stokjes": likened to things, after a verb of being or by a count.
    const likened = (word === 'net' || word === 'precies') && !PRECIOUS.has(readings[k + 1] ?? '') && (/^(een|n|zoals|twee|drie|2|3)$/.test(readings[k + 1] ?? '') || BEING.has(readings[k - 1] ?? ''));
    if (word === 'alsof' || likened || (COMPARED.has(word) && readings[k + 1] === 'dan' && !saying && !anothers)) return true;
    // "je haren lijken op een schuursponsje": likened to a thing ("lijkt op je moeder" is no thing; "lijken wel
    // sterren" is as often a compliment).
    if (LOOKS_LIKE.has(word) && readings[k + 1] === 'op' && /^(een|n|twee|drie|2|3)$/.test(readings[k + 2] ?? '')) return true;
  }
  const at = part.firstToken;
  if ((readings[at - 1] === 'een' && readings[at - 2] === 'wat') || (readings[at - 2] === 'een' && readings[at - 3] === 'wat' && at - 3 >= clause.from)) return true;
  for (let k = clause.from; k < clause.to; k++) {
    if (EXTREME_SIZES.has(readings[k]!)) return true;
    if (SIZES.has(readings[k]!) && k > clause.from && INTENSIFIERS.has(readings[k - 1]!)) return true;
  }
  return false;
}

const LOOKS_LIKE = new Set(['lijkt', 'lijken', 'leek', 'leken']);
const BEING = new Set(['zijn', 'is', 'lijken', 'lijkt']);
/** What a body part is likened to in praise ("je ogen zijn net sterren"). */
const PRECIOUS = new Set(['sterren', 'ster', 'sterretjes', 'diamanten', 'diamant', 'parels', 'parel', 'juwelen', 'goud', 'zijde', 'fluweel', 'engel', 'engeltje', 'zon', 'zonnetje', 'zonnestralen', 'honing', 'chocolade', 'oceaan', 'oceanen', 'sneeuw']);
/** How far after the body part a likening may stand, in words. */
const LIKENED_REACH = 8;
/** Comparatives that size a body part against something ("groter dan je toekomst"). */
const COMPARED = new Set(['groter', 'dikker', 'breder', 'langer', 'kleiner', 'ronder', 'platter', 'voller', 'erger', 'lelijker']);
const SHOWING = new Set(['die', 'dat', 'deze']);
const WOULD_NOT = new Set(['geen', 'niet', 'nooit']);
/**
 * A body remark that names its own target: an animal as someone's name ("die giraf uit de brugklas"),
 * regret about a body part ("jammer van die neus"), what the writer would not dare with that body ("met dat
 * lijf zou ik geen crop top aandoen", "als ik zo'n buik had zou ik niet …"), or "meer X dan Y" of body parts.
 */
export function bodyRemark(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  const part = classes.first('lichaamsdeel', clause.from, clause.to);
  // "met | dat lijf …": "dat" opened a clause of its own right after "met".
  for (let i = Math.max(0, clause.from - 1); i < clause.to; i++) {
    const word = readings[i]!;
    if (SHOWING.has(word) && classes.at('dier_vergelijking', i + 1) && /^(van|uit)$/.test(readings[i + 2] ?? '') && i + 3 < readings.length) return i + 1;
    if (!part) continue;
    if (word === 'jammer' && readings[i + 1] === 'van' && part.firstToken > i + 1 && part.firstToken <= i + 3) return part.firstToken;
    if ((word === 'met' || word === 'zon') && part.firstToken > i && part.firstToken <= i + 2) {
      for (let k = part.lastToken + 1; k + 1 < clause.to; k++) if (readings[k] === 'zou' && readings[k + 1] === 'ik' && hasAnyFrom(readings, k + 2, clause.to, WOULD_NOT)) return part.firstToken;
    }
    if (word === 'meer' && part.firstToken > i && part.firstToken <= i + 4) {
      for (let k = part.lastToken + 1; k < Math.min(clause.to, part.lastToken + 6); k++) if (readings[k] === 'dan' && classes.first('lichaamsdeel', k + 1, Math.min(clause.to, k + 5))) return part.firstToken;
    }
  }
  // "die dikke benen", "je scheve tanden", "zijn vette buik": someone else's body part called ugly. Not one's
  // own ("mijn dikke benen"), not beside a kind word ("de dikke buik van de zwangere juf, zo mooi").
  for (const shamed of classes.all('lichaam_neg', clause.from, clause.to)) {
    // "wat een olifantenbenen": a body called ugly in an exclamation needs no one named.
    // The word itself is the noun ("wat een vetrollen op die foto") or stands before a body part ("wat een dikke buik");
    // before another noun it describes that ("wat een dikke kus", "wat een lelijk weer").
    const next = readings[shamed.lastToken + 1];
    const standsAsNoun = next === undefined || shamed.lastToken + 1 >= clause.to || EXCLAMATION_ENDS.has(next) || classes.at('lichaamsdeel', shamed.lastToken + 1);
    const exclaimed = standsAsNoun && readings[shamed.firstToken - 1] === 'een' && readings[shamed.firstToken - 2] === 'wat' && shamed.firstToken - 2 >= clause.from;
    // "die vetrollen op de foto", "haar olifantenbenen": someone else's, the word itself the body.
    const theirs = standsAsNoun && !classes.at('lichaamsdeel', shamed.lastToken + 1) && THEIR_POINTERS.has(readings[shamed.firstToken - 1] ?? '') && readings[shamed.firstToken]!.length >= 6;
    if ((exclaimed || theirs) && !classes.first('positief', clause.from, clause.to) && !classes.first('negatie', clause.from, clause.to)) return shamed.firstToken;
    if (!classes.at('lichaamsdeel', shamed.lastToken + 1) || !SOMEONE_ELSES.has(readings[shamed.firstToken - 1] ?? '')) continue;
    if (classes.first('positief', clause.from, clause.to) || classes.at('dikke_positief', shamed.lastToken + 2)) continue;
    return shamed.firstToken;
  }
  // "die wenkbrauwen lijken op twee rupsen", "je oren zijn net satellietschotels": someone else's body part likened
  // to a thing, with no one else named.
  for (const mocked of classes.all('lichaamsdeel', clause.from, clause.to)) {
    if (!SOMEONE_ELSES.has(readings[mocked.firstToken - 1] ?? '') || classes.first('positief', clause.from, Math.min(readings.length, clause.to + LIKENED_REACH))) continue;
    if (bodyPartMocked(readings, clause, mocked, readings.length)) return mocked.firstToken;
  }
  return undefined;
}
/** As {@link SOMEONE_ELSES} without "zijn" and "dat", which are as often a verb or a conjunction ("tassen zijn afzichtelijk"). */
const THEIR_POINTERS = new Set(['die', 'je', 'jouw', 'haar', 'dr', 'zn', 'hun', 'jullie']);
/** Words after an exclaimed noun: a place, a possession, a tag ("wat een vetrollen op die foto", "… heb jij", "… zeg"). */
const EXCLAMATION_ENDS = new Set(['in', 'op', 'onder', 'van', 'met', 'heb', 'heeft', 'hebben', 'zeg', 'joh', 'man', 'haha', 'lol', 'bij', 'aan']);
/** Words that point at someone else's body part: "die", "je", "zijn", "haar". */
const SOMEONE_ELSES = new Set(['die', 'dat', 'je', 'jouw', 'zijn', 'zn', 'haar', 'dr', 'hun', 'jullie']);
export function isAnimalWord(classes: ClassIndex, token: number): boolean {
  return classes.at('dier_vergelijking', token);
}

/**
 * Looks mocked by a shape of their own, per clause: a body sized up in a hyperbole about someone ("je bent zo kort dat
 * je in een schoenendoos past", "zo mager dat je je achter een lantaarnpaal kan verstoppen"); told to lose weight or
 * wash before posting ("ga eerst ff afvallen voordat je zulke foto's post"); someone said to smell ("zijn adem ruikt
 * naar oude kaas", "je ruikt na gym naar een oude sportschoen"). Not the writer of themself ("ik ben zo moe dat"), not a
 * thing that smells ("de kantine ruikt naar friet"), not a good smell.
 */
export function looksMocked(read: Reading, doc: TextDocument, clause: Clause): number | undefined {
  const { classes, sentenceStart, targets } = read;
  const readings = classes.readings;
  const sentenceFrom = sentenceStart[clause.sentence]!;
  const sentenceTo = sentenceStart[clause.sentence + 1] ?? readings.length;
  const person = (k: number) => k >= sentenceFrom && (targets[k]?.type === 'jij' || targets[k]?.type === 'naam' || targets[k]?.type === 'derde');
  // A question mark within a reach of words after `at`, in its sentence.
  const asked = (at: number) => stretchText(doc, at, Math.min(sentenceTo, at + LOOK_AHEAD)).includes('?');
  // "je was zo bleek dat ik me zorgen maakte", "zo klein dat je in mijn hand past, lief zusje": said with care.
  // Within a reach of words around the remark: a paste of one endless sentence is not read again for every remark.
  const caring = (at: number) => {
    const from = Math.max(sentenceFrom, at - LOOK_AHEAD);
    const to = Math.min(sentenceTo, at + LOOK_AHEAD);
    return !!classes.first('positief', from, to) || !!classes.first('genegenheid', from, to) || hasAnyFrom(readings, from, to, WORRIED);
  };
  const hyperbole = classes.first('uiterlijk_overdreven', clause.from, clause.to);
  if (hyperbole) {
    // The one it is said of, in this sentence: before "zo" ("je bent", "Joey is") or, with no subject, after "dat"
    // ("zo mager dat je …").
    let k = hyperbole.firstToken - 1;
    while (k > sentenceFrom && COPULAS.has(readings[k]!)) k--;
    const notAPerson = k >= sentenceFrom && NOT_A_PERSON.has(readings[k]!);
    const said = person(k) || (k <= sentenceFrom && !notAPerson && person(hyperbole.lastToken + 1));
    if (said && !notAPerson && !caring(hyperbole.firstToken)) return hyperbole.firstToken;
  }
  const losing = classes.first('eerst_afvallen', clause.from, clause.to);
  // Not the writer's own plan ("eerst ff douchen, dan post ik de foto's").
  const writersOwn = (at: number) => hasAnyFrom(readings, Math.max(sentenceFrom, at - LOOK_AHEAD), Math.min(sentenceTo, at + LOOK_AHEAD), FIRST_PERSON);
  if (losing && !writersOwn(losing.firstToken) && hasAnyFrom(readings, losing.lastToken + 1, Math.min(sentenceTo, losing.lastToken + LIKENED_REACH), POSTING)) return losing.firstToken;
  for (const smell of classes.all('stank', clause.from, clause.to)) {
    const at = smell.firstToken;
    // "zijn adem ruikt", "je voeten stinken", "Ewa ruikt", "je ruikt": someone, or their body part, smells.
    const part = classes.at('lichaamsdeel', at - 1) || SMELLING_PARTS.has(readings[at - 1] ?? '');
    // "ze ruiken nog naar de oven" is as often about things: a person only as "je", "hij", "zij" or a name.
    const smeller = person(at - 1) && (targets[at - 1]?.type !== 'derde' || SINGLE_PEOPLE.has(readings[at - 1]!));
    const ofSomeone = smeller || (part && SOMEONE_ELSES.has(readings[at - 2] ?? ''));
    // "stinkt" by itself; "ruikt naar …" of something not plainly nice or neutral ("naar de zee", "naar chloor"), and
    // not asked ("ruik je naar de zee, ben je naar het strand geweest?").
    const after = Math.min(sentenceTo, at + 8);
    const smellsOf = hasAnyFrom(readings, at + 1, after, TOWARDS) && !hasAnyFrom(readings, at + 1, after, PLAIN_SMELLS) && !asked(at);
    const stinks = readings[at]!.startsWith('stink') || smellsOf;
    if (ofSomeone && stinks && !hasAnyFrom(readings, at, after, GOOD_SMELLS) && !caring(at)) return at;
  }
  return undefined;
}
const COPULAS = new Set(['bent', 'ben', 'is', 'was', 'lijkt', 'wordt', 'blijft', 'echt', 'gewoon', 'wel']);
/** Before "zo": a subject that is no one ("ik ben zo moe dat", "het is zo klein dat"). */
const NOT_A_PERSON = new Set(['ik', 'k', 'we', 'wij', 'het', 'dit', 'dat']);
const WORRIED = new Set(['zorgen', 'beterschap', 'sterkte']);
/** Posting pictures: what losing weight is told to come before. */
const POSTING = new Set(['foto', 'fotos', "foto's", 'selfie', 'selfies', 'post', 'posten', 'bikinifoto', "bikinifoto's", 'bikinifotos', 'story', 'insta', 'tiktok', 'filmpjes']);
const TOWARDS = new Set(['naar']);
/** Smells of places and things that say where someone has been, not what they are. */
const PLAIN_SMELLS = new Set(['zee', 'strand', 'chloor', 'zwembad', 'kampvuur', 'bos', 'buiten', 'regen', 'zon', 'zonnebrand', 'zonnebrandcreme', 'taart', 'koekjes', 'oven', 'bakkerij', 'paard', 'paarden', 'stal', 'hooi', 'sneeuw', 'kerst', 'vakantie', 'huis', 'thuis', 'oma']);
const SINGLE_PEOPLE = new Set(['hij', 'zij', 'ie']);
/** What of someone may be said to smell, besides the body parts of the grammar. */
const SMELLING_PARTS = new Set(['adem', 'oksels', 'sokken', 'schoenen', 'voeten']);
const GOOD_SMELLS = new Set(['lekker', 'lekkere', 'heerlijk', 'goed', 'fris', 'zoet', 'vers', 'parfum', 'bloemen', 'vanille']);

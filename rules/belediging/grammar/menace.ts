import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { firstNotBefore } from '../../search';
import { type Attack, FIRST_PERSON, framedIn, type Reading, hasAnyFrom, opensPhrase, sentenceSpans } from './reading';
import { explainedAsCare, pointsAtSomeone, spellsOutAHabit } from './threats';
import { ARMED_EMOJI, COUNTDOWN } from '../menace-signs';

/**
 * A veiled threat read from signs spread over a post rather than from one sentence shape (threats.ts reads those).
 * Five kinds of sign, each common on its own:
 * - watched: someone's habits or things spelled out ("je loopt elke woensdag om half zes …", "je telefoon", "jouw
 *   broertje … in zijn eentje");
 * - noted: a detail remarked on, or more known than said ("interessant", "kleine wereld", "meer zeg ik niet");
 * - a time coming ("tel maar af", "geniet ervan zolang het kan", "tot maandag"); a knowing smile or an hourglass adds
 *   to any other sign;
 * - nobody there to protect ("zonder trainers erbij", "geen leraren meer", "de conciërge gaat om vier uur naar huis",
 *   "achter je scherm");
 * - others who will come ("mijn neven", "mijn broers", "ik ken iemand die jou kent");
 * - armed: a weapon, blood or a hospital as emoji (menace-signs.ts).
 * Two kinds together, within three sentences, with someone addressed or named, read as a threat; armed with a
 * countdown needs no one named ("3... 2... 1... 🔪": it speaks to whoever reads it). Not with a plan,
 * a kindness, a reason, a party or a laugh near (explainedAsCare and the words below), nor when it is told of.
 */

/** Words that say a detail is noted, or that the writer knows more than they say. */
const NOTED = new Set(['interessant', 'benieuwd', 'opgeschreven', 'opgeslagen', 'genoteerd', 'onthouden', 'onthoud']);
const NOTED_PHRASES = [
  ['kleine', 'wereld'],
  ['meer', 'zeg', 'ik', 'niet'],
  ['meer', 'zeg', 'ik', 'niks'],
  ['meer', 'hoef', 'je', 'niet'],
  ['ik', 'vergeet', 'nooit'],
  ['wij', 'vergeten', 'niks'],
  ['we', 'vergeten', 'niks'],
  ['gewoon', 'even', 'checken'],
  ['gewoon', 'ff', 'checken'],
  ['gewoon', 'een', 'observatie'],
  ['wist', 'je', 'dat'],
  ['klein', 'wereldje'],
  ['je', 'weet', 'zelf', 'wel', 'waarom'],
  ['jij', 'weet', 'wel', 'waarom'],
  ['je', 'weet', 'wel', 'waarom'],
];
/** Words that say a time is coming. */
const COMING = new Set(['binnenkort', 'aftellen', 'karma']);
const COMING_PHRASES = [
  ['tel', 'maar'],
  ['tel', 'de', 'dagen'],
  ['geniet', 'ervan'],
  ['geniet', 'er', 'maar'],
  ['zolang', 'het', 'kan'],
  ['nu', 'nog'],
  ['ik', 'wacht', 'wel'],
  ['zelfde', 'tijd'],
  ['praten', 'we', 'verder'],
  ['spreken', 'we', 'verder'],
  ['niet', 'schrikken'],
  ['succes', 'ermee'],
  ['tot', 'snel'],
  ['tot', 'dan'],
  ['tik', 'tak'],
  ['ik', 'kom', 'eraan'],
];
const COUNTED = new Set(['dagen', 'nachten', 'weken', 'dagjes', 'nachtjes', 'uur', 'uurtjes']);
/** Days and soon: "tot maandag" after a habit is noted is a date. */
const DAYS = new Set(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'morgen', 'straks']);
/** A smile that knows, a smirk, a halo, eyes, a wave goodbye, an hourglass, a finger on the lips: only beside another sign. */
const KNOWING_EMOJI = /[\u{1F642}\u{1F607}\u{1F608}\u{1F440}\u{1F60F}\u{1F44B}\u{23F3}\u{231B}\u{1F92B}]/u;
/** What knowing someone's whereabouts asks: "ze weten in welke straat je woont", "mijn broer weet wie je bent". */
const KNOWING = new Set(['weet', 'weten', 'wist', 'wisten', 'ken', 'kent', 'kennen']);
const WHICH = new Set(['waar', 'welke', 'welk', 'wanneer', 'wie', 'hoelaat']);
/** Someone's things, beyond the grammar's private details (class prive_detail). */
const BELONGINGS = new Set(['telefoon', 'laptop', 'tas', 'kluisje', 'airpods', 'oortjes', 'brommer', 'jas', 'schoenen', 'spullen', 'kamer', 'oprit', 'gordijnen', 'werkrooster', 'shift', 'locatie', 'baantje', 'profiel']);

/** Those who would protect someone. */
const GUARDIANS = new Set([
  'leraar', 'leraren', 'docent', 'docenten', 'juf', 'meester', 'mentor', 'conciërge', 'concierge', 'scheids', 'scheidsrechter',
  'trainer', 'trainers', 'coach', 'leiding', 'begeleider', 'begeleiders', 'toezicht', 'camera', "camera's", 'cameras', 'ouders', 'volwassenen',
]);
const GONE = [['naar', 'huis'], ['er', 'niet'], ['er', 'nie'], ['weg']];
const SHIELDS = [['achter', 'je', 'scherm'], ['achter', 'jouw', 'scherm'], ['achter', 'je', 'telefoon'], ['buiten', 'is', 'het']];

/** Others the writer can send: "mijn neven", "m'n broers", "onze mensen", "ik ken iemand die jou kent". */
const BACKERS = new Set(['neven', 'broers', 'matties', 'maten', 'jongens', 'ooms', 'mensen']);
const MY = new Set(['mijn', 'mn', "m'n", 'onze']);
const ABLE = new Set(['kan', 'kunnen', 'weet', 'heeft', 'verkoopt', 'repareert', 'maakt']);
const KNOW_SOMEONE = [['ik', 'ken', 'iemand'], ['ik', 'ken', 'mensen'], ['ik', 'ken', 'een', 'paar'], ['we', 'kennen', 'mensen']];

/** A plan, a kindness or an occasion near the signs: the writer joins in, helps, or celebrates. */
const KIND = new Set([
  'gezellig', 'samen', 'dus', 'want', 'omdat', 'help', 'helpen', 'helpt', 'zin', 'leuk', 'leuke', 'lief', 'lieve', 'knap', 'mooi', 'mooie', 'prachtig', 'trots',
  'aardig', 'welkom', 'verjaardag', 'feest', 'feestje', 'vakantie', 'musical', 'concert', 'uitnodigen', 'uitnodiging', 'vergeten', 'vergeet',
  'ophalen', 'brengen', 'breng', 'mee', 'cadeau', 'kado', 'cadeautje', 'pakketje', 'verrassing', 'top', 'gespeeld', 'bedankt', 'dank', 'dankjewel', 'gewonnen', 'groot', 'geworden', 'missen', 'mis',
]);
/** Words that wake the grammar for this reading (with someone to aim at near): the signs' rarer words. */
export const MENACE_CUES = [
  ...NOTED, ...COMING, 'kleine wereld', 'tel maar', 'tel de dagen', 'geniet ervan', 'zolang het kan', 'meer zeg ik', 'meer hoef je', 'niet schrikken', 'succes ermee',
  'zelfde tijd', 'tot snel', 'tot dan', 'tik tak', 'kom eraan', 'even checken', 'ff checken', 'observatie', 'wist je dat', 'klein wereldje', 'vergeet nooit', 'vergeten niks', 'wacht wel', 'weet zelf wel', 'weet wel waarom', 'achter je scherm', 'geen leraren',
  'geen docenten', 'mijn neven', 'mijn broers', 'mijn matties', 'ik ken iemand', 'ik ken mensen', ...GUARDIANS,
];
/** Told of, or game talk ("ik ken jouw speelstijl, elke keer dezelfde rush 😏"). */
const TOLD_OF = ['nieuws', 'tegenspraak', 'meld', 'citaat', 'sport'] as const;
const YOURS = new Set(['je', 'jouw', 'jullie', 'uw']);

export function menace(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets } = read;
  const readings = classes.readings;
  const { count: sentences, startOf, textOf, around } = sentenceSpans(read, doc);
  const counted = COUNTDOWN.test(doc.text);
  for (let sentence = 0; sentence < sentences; sentence++) {
    const from = startOf(sentence);
    const to = startOf(sentence + 1);
    // A sentence with a sign of its own anchors the reading; the signs and their guards are read around it.
    const sign = signAt(from, to);
    if (sign === undefined) continue;
    const { first, last, from: windowFrom, to: windowTo } = around(sentence);
    const armed = ARMED_EMOJI.test(textOf(windowFrom, windowTo));
    // A countdown is read over the whole post: "3... 2... 1..." is three sentences.
    const kinds = [noted(windowFrom, windowTo), coming(windowFrom, windowTo) || (armed && counted), watched(windowFrom, windowTo), unprotected(windowFrom, windowTo), backed(windowFrom, windowTo), armed];
    const count = kinds.filter(Boolean).length;
    // A knowing smile adds to any sign but a time coming ("tot snel 🙂" is a goodbye).
    const smiled = KNOWING_EMOJI.test(textOf(windowFrom, windowTo)) && (count > 1 || !kinds[1]);
    const aimed = pointsAtSomeone(classes, targets, windowFrom, windowTo) || (armed && counted);
    if (count + (smiled ? 1 : 0) < 2 || !aimed || framedIn(read, first, last, TOLD_OF)) continue;
    if (kindNear(windowFrom, windowTo) || explainedAsCare(read, doc, windowFrom, windowTo)) continue;
    report('impliciet', { firstToken: sign, lastToken: sign } as PhraseMatch);
    return;
  }

  /** The first token of a sign of any kind in [from, to) but a watched habit (which needs a sign to be sinister). */
  function signAt(from: number, to: number): number | undefined {
    for (let i = from; i < to; i++) if (notedAt(i) || comingAt(i) || unprotectedAt(i, to) || backedAt(i)) return i;
    const text = textOf(from, to);
    return KNOWING_EMOJI.test(text) || ARMED_EMOJI.test(text) ? Math.max(from, to - 1) : undefined;
  }

  function notedAt(i: number): boolean {
    if (NOTED.has(readings[i]!) || opensPhrase(readings, i, NOTED_PHRASES)) return true;
    // "ze weten al in welke straat je woont": knowing where or who, with someone pointed at right after.
    if (!KNOWING.has(readings[i]!)) return false;
    for (let k = i + 1; k < Math.min(readings.length, i + 5); k++) if (WHICH.has(readings[k]!)) return pointsAtSomeone(classes, targets, k + 1, Math.min(readings.length, k + 5));
    return false;
  }

  function comingAt(i: number): boolean {
    const word = readings[i]!;
    if (COMING.has(word) || opensPhrase(readings, i, COMING_PHRASES)) return true;
    if (word === 'tot' && DAYS.has(readings[i + 1] ?? '')) return true;
    // "nog vier dagen", "nog 3 nachtjes", "over 3 dagen": a countdown.
    return (word === 'nog' || word === 'over') && COUNTED.has(readings[i + 2] ?? '') && /^(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)$/.test(readings[i + 1] ?? '');
  }

  function noted(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (notedAt(i)) return true;
    return false;
  }

  function coming(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (comingAt(i)) return true;
    return false;
  }

  function watched(from: number, to: number): boolean {
    // A habit of someone's ("je loopt elke woensdag …"), not the writer's plan ("ik sta om half vier voor de deur"). The
    // window's clauses are found by halving: a long post has many windows.
    const clauses = read.clauses;
    for (let c = firstNotBefore(clauses.length, (index) => clauses[index]!.to <= from); c < clauses.length && clauses[c]!.from < to; c++) {
      const clause = clauses[c]!;
      if (FIRST_PERSON.has(readings[clause.from]!)) continue;
      if (spellsOutAHabit(readings, clause.from, clause.to) && pointsAtSomeone(classes, targets, clause.from, clause.to)) return true;
    }
    for (let i = from + 1; i < to; i++) if (YOURS.has(readings[i - 1]!) && (classes.at('prive_detail', i) || classes.at('familie_doel', i) || BELONGINGS.has(readings[i]!))) return true;
    return false;
  }

  function unprotected(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (unprotectedAt(i, to)) return true;
    return false;
  }

  function backed(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (backedAt(i)) return true;
    return false;
  }

  function unprotectedAt(i: number, to: number): boolean {
    if (opensPhrase(readings, i, SHIELDS)) return true;
    if (!GUARDIANS.has(readings[i]!)) return false;
    const before = readings[i - 1] ?? '';
    if (before === 'zonder' || before === 'geen' || readings[i - 2] === 'zonder') return true;
    // "de conciërge gaat om vier uur naar huis", "de mentor is er niet na vieren".
    for (let k = i + 1; k < Math.min(to, i + 7); k++) if (opensPhrase(readings, k, GONE)) return true;
    return false;
  }

  function backedAt(i: number): boolean {
    // "ik ken iemand die je telefoon kan maken": someone who can do a thing is an offer.
    if (opensPhrase(readings, i, KNOW_SOMEONE)) return !hasAnyFrom(readings, i + 3, Math.min(readings.length, i + 9), ABLE);
    return BACKERS.has(readings[i]!) && MY.has(readings[i - 1] ?? '');
  }

  function kindNear(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const word = readings[i]!;
      // "…, ik ook!": the writer shares the habit.
      if (KIND.has(word) || (word === 'ik' && readings[i + 1] === 'ook')) return true;
      // Praise is kind, but not the word that notes ("interessant").
      if ((classes.at('positief', i) && !NOTED.has(word)) || classes.at('genegenheid', i)) return true;
    }
    return false;
  }
}

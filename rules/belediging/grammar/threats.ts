import type { TextDocument } from '../../document';
import { lazily } from '../../lazy';
import { AFFECTION_EMOJI, type Clause, HEART_EMOJI, LAUGHTER, LOOK_AHEAD, LOOK_BACK, type Reading, type Target, hasAnyFrom, hasWords, stretchText } from './reading';
import type { Tense, VerbUse } from './verbs';
import { ClassIndex, needsPerson, violentVerbs, type WordClass } from './words';

/** Threats by their verbs (violent verbs, orders) and by their shape (veiled threats, menacing closings). */

/** Skeletons of violent verb forms to the verb uses they may belong to. */
export const verbIndex = lazily(() => {
  const whole = new Map<string, VerbUse[]>();
  const split = new Map<string, VerbUse[]>();
  for (const verb of violentVerbs()) {
    for (const form of verb.whole.keys()) whole.set(form, [...(whole.get(form) ?? []), verb]);
    for (const form of verb.split.keys()) split.set(form, [...(split.get(form) ?? []), verb]);
  }
  return { whole, split };
});

interface Violence {
  token: number;
  /** The verb's dictionary form ("in elkaar slaan"). */
  lemma: string;
  tense: Tense;
  /** Hurts only with a person as object ("slaan"), unlike "vermoorden". */
  needsPerson: boolean;
  /** The form is the stem, as in an order ("sla", "schiet"). */
  order: boolean;
}

export function violenceIn(classes: ClassIndex, clause: Clause): Violence | undefined {
  const readings = classes.readings;
  const { whole: WHOLE, split: SPLIT } = verbIndex();
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    if (i > clause.from && isNoun(readings, i)) continue;
    // The verb's particle, phrase and objects are read near it: a paste of one endless clause is not read again for
    // every verb form in it.
    const near: Clause = { ...clause, from: Math.max(clause.from, i - VERB_REACH), to: Math.min(clause.to, i + VERB_REACH + 1) };
    for (const [uses, whole] of [[WHOLE.get(word), true], [SPLIT.get(word), false]] as const) {
      for (const use of uses ?? []) {
        if (!whole && !(use.particle ? hasParticle(readings, near, i, use.with[0]!) : hasWords(readings, near.from, near.to, use.with))) continue;
        if (harmlessUse(classes, near, i, use, clause)) continue;
        const tense = (whole ? use.whole : use.split).get(word)!;
        return { token: i, lemma: use.lemma, tense, needsPerson: needsPerson().has(use.lemma.split(' ').at(-1)!), order: use.orders.has(word) };
      }
    }
  }
  return undefined;
}

/** How far from a verb form its particle, the rest of its phrase and its objects are looked for, in words. */
const VERB_REACH = 12;

/** Articles and possessives that make the next word a noun ("dat pak staat u goed", "een trap"), unless a subject follows ("dat pak ik"). */
const ARTICLES = new Set(['de', 'het', 't', 'een', 'dit', 'deze', 'dat', 'die', 'mijn', 'mn', 'jouw', 'onze', 'uw']);
const INVERTED_SUBJECTS = new Set(['ik', 'k', 'je', 'jij', 'we', 'wij', 'hij', 'zij', 'ze', 'jullie', 'u']);
function isNoun(readings: string[], at: number): boolean {
  // An infinitive after "een" is a count ("een voor een afmaken"), not a noun.
  if (readings[at]!.endsWith('en') || INVERTED_SUBJECTS.has(readings[at + 1] ?? '')) return false;
  // "een net pak": "een" and an adjective before it ("een keer pak ik je" has its subject after it).
  return ARTICLES.has(readings[at - 1]!) || (readings[at - 2] === 'een' && !INVERTED_SUBJECTS.has(readings[at - 1] ?? '') && !COUNTS.has(readings[at - 1] ?? ''));
}
/** "een keer", "een paar", "een dag", "een voor een": counts and times, not an adjective before a noun nor an object. */
export const COUNTS = new Set(['keer', 'paar', 'beetje', 'voor', 'na', 'tijdje', 'stuk', 'dag', 'week', 'avond', 'nacht', 'middag', 'ochtend', 'moment']);

/** Words that open what a preposition governs: "op de trainer", "op je", "uit het raam". */
const GOVERNED_BY_PREPOSITION = new Set(['de', 'het', 't', 'een', 'n', 'die', 'dat', 'deze', 'dit', 'mijn', 'm\'n', 'mn', 'je', 'jou', 'jouw', 'zijn', 'z\'n', 'haar', 'hem', 'ons', 'onze', 'jullie', 'hun', 'me', 'mij', 'u', 'uw']);

/**
 * The verb's particle in the clause as a particle ("ik ga je kapot maken", "ik wacht je op"), not as a
 * preposition with its object ("wacht maar op de trainer" waits for someone).
 */
function hasParticle(readings: string[], clause: Clause, verb: number, particle: string): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    if (readings[i] !== particle || i === verb) continue;
    if (i + 1 < clause.to && GOVERNED_BY_PREPOSITION.has(readings[i + 1]!)) continue;
    return true;
  }
  return false;
}

/**
 * "sla … over", "schiet op", "steek de kaars aan": a particle closing the clause, or an object anywhere,
 * that turns the verb into something harmless. Not with a body part in the clause ("ik trap je tanden
 * uit je bek"), nor for the words of the verb's own phrase ("in" of "in elkaar trappen").
 */
function harmlessUse(classes: ClassIndex, clause: Clause, verb: number, use: VerbUse, whole: Clause = clause): boolean {
  const readings = classes.readings;
  if (use.harmlessParticles.size === 0 && use.harmlessObjects.size === 0) return false;
  // "ik sla je op je hoofd" hurts a body; "mijn rug doet pijn" is a body that hurts.
  if (!use.bodyIsSubject && classes.first('lichaamsdeel', clause.from, clause.to)) return false;
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    if (i === verb || use.with.includes(word)) continue;
    if (use.harmlessObjects.has(word)) return true;
    // "ik pak je zo op bij de bieb": the harmless particle closes the verb, a place may follow.
    if (use.harmlessParticles.has(word) && i > verb && (i === lastWord(classes, whole) || PLACE_AFTER.has(readings[i + 1] ?? ''))) return true;
    // "doe mee aan de sponsorloop": "mee" right after the verb makes it another verb (meedoen).
    if (word === 'mee' && i === verb + 1 && use.harmlessParticles.has(word)) return true;
  }
  return false;
}

/** Prepositions of place or time that may follow a verb's closing particle ("op bij de bieb", "op om 8 uur", "schiet op met je video"). */
const PLACE_AFTER = new Set(['bij', 'om', 'na', 'voor', 'van', 'aan', 'op', 'in', 'uit', 'met']);

/** The clause's last word, leaving out chat particles ("schiet op man", "sla over joh"). */
function lastWord(classes: ClassIndex, clause: Clause): number {
  let last = clause.to - 1;
  while (last > clause.from && TRAILING.has(classes.readings[last]!)) last--;
  return last;
}
const TRAILING = new Set(['man', 'joh', 'nou', 'zeg', 'bro', 'gast', 'dan', 'maar', 'even', 'ff', 'nu', 'hoor', 'toch', 'eens', 'es', 'eff', 'effe', 'please', 'pls', 'aub', 'a.u.b', 'haha', 'xd', 'lol']);

/** Emoji of weapons and death: whatever the words say, they menace. */
const MENACING_EMOJI = /[\u{1F52A}\u{1F4A3}\u{1F52B}\u{1FA78}\u{1F480}\u{2620}\u{1F608}\u{1FA93}\u{26B0}]/u;
/** A menacing phrase or emoji in this sentence or the two after it (past the kind word that would explain it). */
export function menaces(reading: Reading, doc: TextDocument, sentence: number): boolean {
  // Once per sentence: every clause of a long sentence asks.
  let known = menacingSentences.get(reading);
  if (!known) menacingSentences.set(reading, (known = new Map()));
  const cached = known.get(sentence);
  if (cached !== undefined) return cached;
  const from = reading.sentenceStart[sentence]!;
  const to = reading.sentenceStart[sentence + 3] ?? doc.tokens.length;
  const end = to < doc.tokens.length ? doc.tokens[to]!.start : doc.text.length;
  const menacing = !!reading.classes.first('dreig_signaal', from, to) || MENACING_EMOJI.test(doc.text.slice(doc.tokens[from]!.start, end));
  known.set(sentence, menacing);
  return menacing;
}
const menacingSentences = new WeakMap<Reading, Map<number, boolean>>();
/** A weapon or death emoji in this sentence or the next: no laugh or heart makes that a joke. */
export function armedInSight(doc: TextDocument, reading: Reading, sentence: number): boolean {
  const from = reading.sentenceStart[sentence]!;
  return MENACING_EMOJI.test(stretchText(doc, from, reading.sentenceStart[sentence + 2] ?? doc.tokens.length));
}

const WHICH = new Set(['waar', 'welk', 'welke', 'wanneer', 'hoelaat']);
const KNOWING_FILLERS = new Set(['al', 'allang', 'heus', 'precies', 'echt', 'dondersgoed', 'best', 'wel']);
const KNOWING_PREPOSITIONS = new Set(['in', 'op', 'bij', 'naar', 'om']);
const THING_OPENERS = new Set(['die', 'dat', 'de', 'het', 'een', 'dit', 'deze']);
/**
 * After "ik weet waar": a thing ("die ligt", "dat winkeltje zit", "de sleutel"), not a person ("die journalist
 * woont"). Only right after a word that asks where, when or which.
 */
export function opensAThing(readings: string[], targets: (Target | undefined)[], at: number): boolean {
  const person = (k: number) => !!targets[k] && targets[k]!.type !== 'zelf';
  return WHICH.has(readings[at - 1] ?? '') && THING_OPENERS.has(readings[at] ?? '') && !person(at) && !person(at + 1) && !person(at + 2);
}
const CONDITIONS = [['nog', 'een', 'keer'], ['nog', '1', 'keer'], ['nog', 'een'], ['volgende', 'keer'], ['als', 'je'], ['als', 'jij'], ['anders'], ['zodra', 'je']];
/** What happens to a body or a thing that is harm: lying on the ground or in a ditch, broken. */
const HARM_STATES = new Set(['kapot', 'eraan', 'gebroken', 'sloot', 'grond', 'straat', 'schoolplein', 'ziekenhuis', 'lek', 'gesloopt', 'kist']);
const YOURS_BEFORE = new Set(['je', 'jouw', 'uw', 'jullie']);
/** A body part or thing of the one addressed ("je kaak", "jouw fiets") in a clause with a state of harm: its first token. */
function harmedBelonging(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  let state = false;
  for (let k = clause.from; k < clause.to && !state; k++) state = HARM_STATES.has(readings[k]!);
  if (!state) return undefined;
  for (let k = clause.from + 1; k < clause.to; k++) {
    if (YOURS_BEFORE.has(readings[k - 1]!) && (classes.at('lichaamsdeel', k) || classes.at('voorwerp', k))) return k - 1;
  }
  return undefined;
}
/** Someone's own things or people: "jouw rooster", "je moeder", "van jou", a name. */
export function pointsAtSomeone(classes: ClassIndex, targets: (Target | undefined)[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((targets[k] && targets[k]!.type !== 'zelf') || classes.readings[k] === 'jou' || classes.readings[k] === 'jouw') return true;
  return false;
}
/**
 * A veiled threat by its shape, not its words: the writer knows someone's private details ("ik ken jouw
 * rooster", "ik weet welk raam van jou is"); a condition with harm for the one addressed ("nog één keer en je
 * ligt in het ziekenhuis", "als je naar de mentor gaat ben je klaar"); a sinister closing line ("gewoon even
 * zeggen", "denk daar maar over na") after someone's details.
 */
export function veiledThreat(read: Reading, doc: TextDocument, clause: Clause, targets: (Target | undefined)[], explained: boolean): number | undefined {
  const { classes, sentenceStart } = read;
  const readings = classes.readings;
  const sentenceFrom = sentenceStart[clause.sentence]!;
  const sentenceTo = sentenceStart[clause.sentence + 1] ?? readings.length;
  // Harm as the outcome of a condition is explained by nothing kind around it ("… je telefoon nooit meer terug").
  const outcome = classes.first('gevolg', clause.from, clause.to);
  // Only "ben je klaar" may also mean done with a task ("als je de deadline mist ben je klaar").
  const mild = outcome && (readings[outcome.lastToken] === 'klaar' || readings[outcome.lastToken] === 'geweest');
  if (outcome && !(mild && explained) && CONDITIONS.some((words) => hasWords(readings, Math.max(sentenceFrom, outcome.firstToken - LOOK_AHEAD), outcome.firstToken, words)) && pointsAtSomeone(classes, targets, clause.from, clause.to + 1)) return outcome.firstToken;
  // "nog één keer over mijn zus en je kaak ligt op de grond", "doe nog één keer zo en je fiets ligt in de sloot": the
  // body or things of the one addressed harmed, as the outcome of a condition (also in words the list does not hold).
  const harmed = harmedBelonging(classes, clause);
  if (harmed !== undefined && !explained && CONDITIONS.some((words) => hasWords(readings, Math.max(sentenceFrom, harmed - LOOK_AHEAD), harmed, words))) return harmed;
  // "je zult zien wat er met je spullen gebeurt": what will happen, left unsaid. An innocent context explains it
  // ("… als je de deadline mist: dan krijg je een 1"), but not when it is about what is yours ("met je spullen").
  const hinted = consequenceHinted(readings, clause);
  const aboutYours = hinted !== undefined && YOURS_AFTER_WITH.some((words) => hasWords(readings, hinted, clause.to, words));
  if (hinted !== undefined && (!explained || aboutYours) && pointsAtSomeone(classes, targets, sentenceFrom, sentenceTo)) return hinted;
  // "Jammer als je auto morgen vier lekke banden heeft": a pity wished on what is someone's.
  const pity = pityForYours(classes, clause);
  if (pity !== undefined) return pity;
  // Before an innocent context is asked: the advice's own words ("je deur op slot", "niet meer zo grappig") explain nothing.
  const exposed = exposureOffered(readings, clause, sentenceFrom, sentenceTo);
  if (exposed !== undefined && !praisedInReach(read, exposed, sentenceTo)) return exposed;
  const advised = safetyAdvisedAsMenace(read, doc, clause);
  if (advised !== undefined) return advised;
  const fading = nerveSoonGone(read, doc, clause);
  if (fading !== undefined) return fading;
  if (explained) return undefined;
  const silenced = snitchingPunished(readings, clause, sentenceFrom);
  if (silenced !== undefined) return silenced;
  const lucky = luckyProtected(readings, clause);
  if (lucky !== undefined && pointsAtSomeone(classes, targets, sentenceFrom, sentenceTo)) return lucky;
  for (const knowing of classes.all('weten', clause.from, clause.to)) {
    if (classes.first('negatie', knowing.firstToken, clause.to)) continue;
    // "ik weet al waar je staat", "we weten in welke klas je zit": a filler or a preposition before the question word.
    let after = knowing.lastToken + 1;
    let skipped = after;
    while (skipped < after + 2 && (KNOWING_FILLERS.has(readings[skipped] ?? '') || KNOWING_PREPOSITIONS.has(readings[skipped] ?? ''))) skipped++;
    if (WHICH.has(readings[skipped] ?? '')) after = skipped;
    // "ik weet waar die ligt": the whereabouts of a thing.
    const which = (WHICH.has(readings[after] ?? '') && !opensAThing(readings, targets, after + 1)) || (readings[after] === 'hoe' && readings[after + 1] === 'laat') || (readings[after] === 'om' && readings[after + 1] === 'hoe');
    const detail = classes.first('prive_detail', after, clause.to);
    if ((which || detail) && pointsAtSomeone(classes, targets, after, Math.min(sentenceTo, clause.to + 6))) return knowing.firstToken;
  }
  const closing = classes.first('dreig_slot', clause.from, clause.to);
  if (closing) {
    const from = Math.max(sentenceStart[Math.max(0, clause.sentence - 1)]!, closing.firstToken - LOOK_AHEAD);
    if (classes.first('prive_detail', from, clause.to) && pointsAtSomeone(classes, targets, from, Math.min(clause.to, closing.lastToken + 1))) return closing.firstToken;
  }
  // "Je staat elke dinsdag om half vijf bij de bushalte. Alleen. Goed om te weten.": a mild closing line ("pas er goed
  // op", "zou zonde zijn") menaces after someone's habits are spelled out, their place or things and when they are there.
  // Not a kind word about a new puppy ("wat een schatje, pas er goed op"): that names no habit.
  const soft = classes.first('dreig_slot_zacht', clause.from, clause.to);
  if (soft) {
    // Two sentences back, within a reach of words (a paste without full stops is one sentence).
    const from = Math.max(sentenceStart[Math.max(0, clause.sentence - 2)]!, soft.firstToken - LOOK_AHEAD);
    // Their things with a habit or a night or day soon ("zet je scooter vannacht maar binnen, als je slim bent"); their
    // family only with a habit spelled out ("jouw moeder komt toch altijd rond zes uur thuis?").
    const things = classes.first('prive_detail', from, clause.to);
    const family = classes.first('familie_doel', from, clause.to);
    const habit = spellsOutAHabit(readings, from, soft.firstToken);
    const when = habit || (!!things && hasAnyFrom(readings, from, soft.firstToken, SOON));
    if ((things || (family && habit)) && when && pointsAtSomeone(classes, targets, from, Math.min(clause.to, soft.lastToken + 1))) return soft.firstToken;
    // "Jij zwemt toch elke woensdag om zes uur? Goed om te weten.": the one addressed, their own habit. Not when the
    // closing goes on to a plan or joining in ("goed om te weten, dan plannen we …", "…, ik ga ook").
    const sentenceTo = sentenceStart[clause.sentence + 1] ?? readings.length;
    const goesOn = hasAnyFrom(readings, soft.lastToken + 1, Math.min(sentenceTo, soft.lastToken + 5), PLAN_AFTER);
    // "Je kunt elke dinsdag om vier uur hulp krijgen. Handig om te weten!": what one can do is information, not a habit watched.
    const possible = hasAnyFrom(readings, from, soft.firstToken, MODALS);
    if (habit && !goesOn && !possible && targets.slice(from, soft.firstToken).some((target) => target?.type === 'jij')) return soft.firstToken;
  }
  return undefined;
}

/**
 * Advice to keep safe, given as a menace: "slaap vannacht maar met je raam dicht", "loop niet alleen door het park,
 * advies", "kom maandag maar niet naar school als je slim bent". Care gives a reason or a hand ("… want het gaat
 * stormen", "app me, dan fiets ik mee ❤️"); a menace gives none, and a sign instead: a knowing smile, "advies", "als je
 * slim bent", or the particle "maar" with a night or day soon. Not the writer's own plan ("ik blijf morgen thuis").
 */
function safetyAdvisedAsMenace(read: Reading, doc: TextDocument, clause: Clause): number | undefined {
  const { classes, sentenceStart } = read;
  const readings = classes.readings;
  const advice = classes.first('zelfbescherming', clause.from, clause.to);
  if (!advice) return undefined;
  const sentence = clause.sentence;
  // The sign may close the post in a sentence of its own ("… door het park. Advies."); within a reach of words, so
  // that a paste of one endless sentence is not read again for every clause.
  const from = Math.max(sentenceStart[sentence]!, advice.firstToken - LOOK_AHEAD);
  const to = Math.min(sentenceStart[sentence + 2] ?? readings.length, advice.lastToken + LOOK_AHEAD);
  const opens = sentenceStart[sentence]!;
  if (WRITER_PLANS.has(readings[opens]!) && !hasAnyFrom(readings, Math.max(opens, advice.firstToken - LOOK_BACK), advice.firstToken, WOULD_ADVISE)) return undefined;
  if (explainedAsCare(read, doc, from, to)) return undefined;
  // "als je slim bent" is the sign; any other condition is a reason ("blijf maar thuis als je je niet lekker voelt").
  const smart = classes.first('dreig_slot_zacht', from, to);
  for (let k = from; k < to; k++) if (readings[k] === 'als' && !(smart && k >= smart.firstToken && k <= smart.lastToken)) return undefined;
  const sign = KNOWING_SMILE.test(stretchText(doc, from, to)) || hasAnyFrom(readings, from, to, ADVICE_WORDS) || !!smart || !!classes.first('dreig_signaal', from, to);
  const soonWithMaar = hasWords(readings, from, to, ['maar']) && hasAnyFrom(readings, from, to, SOON_OR_DAY);
  return sign || soonWithMaar ? advice.firstToken : undefined;
}
/** Care around advice or a warning: a reason (weather, burglars, illness, a day off), fondness, a caring heart, a laugh. */
export function explainedAsCare(read: Reading, doc: TextDocument, from: number, to: number): boolean {
  const { classes } = read;
  return lightOrFond(read, doc, from, to) || hasAnyFrom(classes.readings, from, to, GRAVE_REASONS) || !!classes.first('genegenheid', from, to) || !!classes.first('ziekte_context', from, to) || AFFECTION_EMOJI.test(stretchText(doc, from, to));
}
/**
 * A reason (weather, burglars, a day off), fondness, a heart or a laugh; not illness or a warning, which a threat
 * names itself ("… beterschap alvast", "zou me morgen ziek melden", "dit is je laatste waarschuwing").
 */
export function lightOrFond(read: Reading, doc: TextDocument, from: number, to: number): boolean {
  const { classes } = read;
  const text = stretchText(doc, from, to);
  // A heart, not a kiss (a kiss may mock: "slaap lekker vannacht 😘"); fondness, not a letter's "Lieve juf,".
  const fond = classes.all('genegenheid', from, to).some((match) => !(classes.readings[match.firstToken] === 'lieve' && doc.tokens[match.firstToken]!.sentenceStart));
  return hasAnyFrom(classes.readings, from, to, LIGHT_REASONS) || fond || HEART_EMOJI.test(text) || LAUGHTER.test(text);
}
/**
 * Exposure held over someone as a question: "wil je dat de hele school weet wat je me vertelde?", "wil je dat iedereen
 * ziet wat je vroeger schreef?". Not an offer of help ("wil je dat ik je help").
 */
function exposureOffered(readings: string[], clause: Clause, sentenceFrom: number, sentenceTo: number): number | undefined {
  // "dat" opens a clause of its own: the question starts in this clause and runs on in the sentence.
  for (let i = clause.from; i < clause.to; i++) {
    if (!WANT.has(readings[i]!) || !YOU_SUBJECT.has(readings[i + 1] ?? '') || readings[i + 2] !== 'dat') continue;
    const end = Math.min(sentenceTo, i + 9);
    let audience = -1;
    for (let k = i + 3; k < end && audience < 0; k++) if (AUDIENCE.has(readings[k]!)) audience = k;
    if (audience < 0) continue;
    for (let k = audience + 1; k < end; k++) if (LEARNS.has(readings[k]!) && WHAT.has(readings[k + 1] ?? '')) return i;
  }
  return undefined;
}
/** "wil je dat iedereen ziet hoe mooi je tekening is": praise shown, no exposure. */
function praisedInReach(read: Reading, at: number, to: number): boolean {
  return !!read.classes.first('positief', at, Math.min(to, at + 12));
}
const WANT = new Set(['wil', 'wilt']);
/** Who would learn it: everyone, the school, the class, one's parents. */
const AUDIENCE = new Set(['iedereen', 'school', 'klas', 'ouders', 'moeder', 'vader', 'groep', 'klassenapp', 'mentor', 'jaarlaag']);
const LEARNS = new Set(['weet', 'ziet', 'hoort', 'leest', 'weten', 'zien', 'horen', 'lezen']);
const WHAT = new Set(['wat', 'hoe', 'welke', 'waarom', 'wie']);
/** A plan of the writer's own, unless advised ("ik zou maar …"). */
const WRITER_PLANS = new Set(['ik', 'k', 'we', 'wij']);
const WOULD_ADVISE = new Set(['zou', 'zouden']);
/** A reason that makes advice care: weather, burglars, illness, the road. */
const LIGHT_REASONS = new Set(['studiedag', 'vrij', 'vakantie', 'staking', 'gesloten', 'gezellig', 'genieten', 'inbrekers', 'inbreker', 'inbraak', 'inbraken', 'ingebroken', 'storm', 'stormen', 'stormt', 'glad', 'gladheid', 'ijzel', 'sneeuw', 'sneeuwt', 'regen', 'regent', 'onweer', 'onweert', 'hitte', 'spekglad', 'nat', 'natte', 'uitglijden', 'glijdt', 'glij', 'mist', 'wegwerkzaamheden']);
/** Reasons a threat may also name: illness, a warning, the police, a because ("… want je hebt me verraden"). */
const GRAVE_REASONS = new Set(['ziek', 'griep', 'koorts', 'corona', 'besmettelijk', 'waarschuwing', 'politie', 'want', 'omdat', 'aangezien', 'vanwege']);
const ADVICE_WORDS = new Set(['advies', 'adviesje', 'tip', 'tipje', 'tips', 'gewaarschuwd', 'waarschuw']);
/** A smile that knows more than it says, an eye that watches, a knife. */
const KNOWING_SMILE = /[🙂😇😈👀🔪😏🤷]/u;
const SOON_OR_DAY = new Set(['vannacht', 'vanavond', 'morgen', 'straks', 'binnenkort', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'weekend', 'vandaag', 'voortaan']);
/** Words between "ik vind je wel" and what follows, that change nothing: "ik vind je wel echt aardig". */
const SOFTENERS = new Set(['nog', 'echt', 'heel', 'best', 'erg', 'beetje', 'zo', 'super', 'egt', 'wel', 'eigenlijk', 'uiteindelijk', 'waarschijnlijk', 'persoonlijk', 'makkelijk', 'gemakkelijk', 'natuurlijk', 'zeker', 'altijd', 'heus']);
/** What says how someone is found: a judgement ("aardig", "een lieverd", "grappig"), not a place to be found. */
const JUDGING: readonly WordClass[] = ['positief', 'positief_na', 'neg_sterk', 'neg_mild', 'neg_adjectief', 'scheldnaam'];
const ADJECTIVE_ENDING = /(?:ig|lijk|isch|baar|zaam|tig)e?$/;
/**
 * "ik vind je wel aardig" judges, "ik zie je wel in de pauze" and "ik zie je wel kijken" make a plan or see: the veiled
 * threats "ik vind je wel" and "ik zie je (nog) wel" end their clause there, or (finding) go on to where ("ik vind je
 * wel buiten", "… waar je ook bent").
 */
export function judgedOrSeen(classes: ClassIndex, clause: Clause, from: number, last: number): boolean {
  const readings = classes.readings;
  // Only the writer's "ik zie je wel", not "dan zie je wel wat er gebeurt".
  if (readings[last] !== 'wel' || !WRITER_PLANS.has(readings[from]!)) return false;
  const finding = hasAnyFrom(readings, from, last, FINDING);
  if (!finding && !hasAnyFrom(readings, from, last, SEEING_SOMEONE)) return false;
  let next = last + 1;
  while (next < clause.to && SOFTENERS.has(readings[next]!)) next++;
  if (next >= clause.to) return false;
  if (!finding) return true;
  const word = readings[next]!;
  return word === 'een' || ADJECTIVE_ENDING.test(word) || JUDGING.some((name) => classes.at(name, next));
}
const FINDING = new Set(['vind', 'vinden']);
const SEEING_SOMEONE = new Set(['zie', 'zien']);

/**
 * The nerve of the one addressed, soon gone: "je lacht niet lang meer", "morgen ben je niet meer zo stoer", "straks lach
 * je niet meer". Not a mood passing ("na de vakantie ben je niet meer zo moe") nor shyness outgrown.
 */
function nerveSoonGone(read: Reading, doc: TextDocument, clause: Clause): number | undefined {
  const readings = read.classes.readings;
  for (let i = clause.from; i < clause.to; i++) {
    if (readings[i] !== 'niet') continue;
    // "niet lang meer", "niet meer zo stoer", "niet zo stoer meer".
    let more = -1;
    for (let k = i + 1; k <= i + 3 && k < clause.to; k++) if (readings[k] === 'meer') more = k;
    if (more < 0) continue;
    const long = readings[i + 1] === 'lang';
    let nerve = false;
    for (let k = Math.max(clause.from, i - 3); k <= Math.min(clause.to - 1, more + 2) && !nerve; k++) nerve = NERVE.has(readings[k]!);
    if (!nerve && !(long && hasAnyFrom(readings, Math.max(clause.from, i - 3), i, LAUGHING))) continue;
    // Said to the one addressed, with a time soon or "lang".
    if (!hasAnyFrom(readings, Math.max(clause.from, i - 4), i + 1, YOU_SUBJECT)) continue;
    // "je hoeft niet meer zo dapper te zijn": relieved of it, not robbed of it.
    if (hasAnyFrom(readings, Math.max(clause.from, i - 4), i, NEED_NOT)) continue;
    if (!long && !hasAnyFrom(readings, clause.from, clause.to, SOON_OR_DAY) && !hasAnyFrom(readings, clause.from, i, THEN)) continue;
    const from = Math.max(read.sentenceStart[clause.sentence]!, i - LOOK_AHEAD);
    const to = Math.min(read.sentenceStart[clause.sentence + 2] ?? readings.length, i + LOOK_AHEAD);
    // "straks lach je niet meer als je je cijfer ziet": a thing will do it.
    if (explainedAsCare(read, doc, from, to) || hasAnyFrom(readings, more, to, WHEN_YOU_SEE)) return undefined;
    return i;
  }
  return undefined;
}
const NERVE = new Set(['stoer', 'grappig', 'brutaal', 'vrolijk', 'dapper', 'cool', 'lollig', 'lachen', 'lach', 'lacht', 'praatjes', 'bijdehand', 'grappen', 'stoere']);
const LAUGHING = new Set(['lach', 'lacht', 'lachen', 'glimlach', 'grijns', 'praat', 'praten']);
const YOU_SUBJECT = new Set(['je', 'jij', 'jullie', 'u']);
const NEED_NOT = new Set(['hoef', 'hoeft', 'hoeven']);
const THEN = new Set(['dan', 'daarna']);
const WHEN_YOU_SEE = new Set(['als', 'wanneer', 'zodra']);

const PITY = new Set(['jammer', 'zonde']);
const SOON = new Set(['morgen', 'straks', 'vanavond', 'vannacht', 'binnenkort', 'ooit', 'volgende', 'opeens', 'ineens', 'zomaar']);
const YOURS_AFTER_WITH = [['met', 'je'], ['met', 'jouw'], ['met', 'jullie']];
/** "jammer als je auto …", "zonde als jouw fiets …": a pity about a thing of the one addressed, before it happens. */
function pityForYours(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  // "als" opens a clause of its own: the pity may be the word before it.
  for (let i = Math.max(0, clause.from - 1); i < clause.to; i++) {
    if (!PITY.has(readings[i]!) || readings[i + 1] !== 'als' || !YOURS_BEFORE.has(readings[i + 2] ?? '')) continue;
    // Before it happens ("morgen", "straks"): "jammer als je fiets gestolen is" is sympathy.
    if ((classes.at('prive_detail', i + 3) || classes.at('familie_doel', i + 3)) && hasAnyFrom(readings, i + 3, Math.min(readings.length, i + 10), SOON)) return i;
  }
  return undefined;
}

/** "elke dinsdag", "iedere avond", "altijd rond zes uur", "om half vijf", or someone alone or in the dark. */
export function spellsOutAHabit(readings: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = readings[i]!;
    if (ALONE_OR_DARK.has(word)) return true;
    if (EVERY.has(word) && (WHEN.has(readings[i + 1] ?? '') || WHEN.has(readings[i + 2] ?? ''))) return true;
    if (word === 'om' && (readings[i + 1] === 'half' || /^\d{1,2}([:.]\d\d)?$/.test(readings[i + 1] ?? '') || CLOCK.has(readings[i + 1] ?? ''))) return true;
  }
  return false;
}
const ALONE_OR_DARK = new Set(['alleen', 'donker', 'eenzaam']);
/** After a closing line, words that make it information to plan with ("goed om te weten, dan …", "… voor de nieuwe leden"). */
const PLAN_AFTER = new Set(['dan', 'want', 'voor', 'omdat', 'zodat', 'ook', 'dus']);
const MODALS = new Set(['kunt', 'kan', 'mag', 'moet', 'kunnen', 'mogen', 'moeten']);
const EVERY = new Set(['elke', 'iedere', 'altijd', 'steeds', 'elk', 'ieder']);
const WHEN = new Set(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'dag', 'avond', 'ochtend', 'middag', 'nacht', 'week', 'weekend', 'pauze', 'training', 'keer', 'rond', 'om', 'tussen', 'na']);
const CLOCK = new Set(['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'kwart']);

/** Words that wake the reading of the shapes below ("je mag blij zijn dat" wakes it as a closing line, dreig_slot). */
export const VEILED_CUES = ['gebeurt', 'gebeuren', 'geluk', 'mazzel', 'boft'];
const SEEING = new Set(['weet', 'weten', 'wist', 'zie', 'zien', 'ziet', 'merk', 'merken', 'merkt', 'ontdek', 'ontdekken']);
const HAPPENING = new Set(['gebeurt', 'gebeuren']);
const NEGATED = new Set(['niet', 'nooit', 'geen']);
/**
 * "dan weet je wat er gebeurt", "je zal zien wat er met je gebeurt": what will happen, left unsaid, to the one
 * addressed. Not denied ("ik weet niet wat er gebeurt").
 */
function consequenceHinted(readings: string[], clause: Clause): number | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    if (!SEEING.has(readings[i]!)) continue;
    let k = i + 1;
    if (ADDRESSED.has(readings[k] ?? '')) k++;
    if (readings[k] !== 'wat' || readings[k + 1] !== 'er') continue;
    if (NEGATED.has(readings[i - 1] ?? '') || NEGATED.has(readings[i + 1] ?? '') || NEGATED.has(readings[i + 2] ?? '')) continue;
    for (let m = k + 2; m < Math.min(readings.length, k + 7); m++) if (HAPPENING.has(readings[m]!)) return i;
  }
  return undefined;
}
const LUCK = new Set(['geluk', 'mazzel', 'boft', 'bof']);
const PROTECTORS = new Set([...['leraren', 'docenten', 'leraar', 'lerares', 'conciërge', 'concierge', 'mentor', 'juf', 'meester', 'politie', 'camera', "camera's", 'cameras', 'mensen', 'iedereen', 'getuigen', 'vrienden', 'ouders', 'moeder', 'vader']]);
const PROTECTION_REACH = 8;
/** Others there, not others helping: "… leraren op het plein stonden", "… je vrienden erbij waren". */
const PRESENT = new Set(['stonden', 'stond', 'waren', 'was', 'erbij', 'keken', 'zaten', 'zat', 'liepen', 'rondliepen', 'hingen', 'in', 'op']);
const PRESENCE_REACH = 5;
/** "je hebt geluk dat er vandaag leraren op het plein stonden": spared only because others were there. */
function luckyProtected(readings: string[], clause: Clause): number | undefined {
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    // "je mag blij zijn dat …": glad, as one who got away.
    const glad = word === 'blij' && readings[i + 1] === 'zijn' && (readings[i - 1] === 'mag' || readings[i - 2] === 'mag' || readings[i - 1] === 'mogen');
    const that = LUCK.has(word) && readings[i + 1] === 'dat' ? i + 1 : glad && readings[i + 2] === 'dat' ? i + 2 : -1;
    if (that < 0) continue;
    for (let k = that + 1; k < Math.min(readings.length, that + PROTECTION_REACH); k++) {
      if (PROTECTORS.has(readings[k]!) && hasAnyFrom(readings, k + 1, Math.min(readings.length, k + PRESENCE_REACH), PRESENT)) return i;
    }
  }
  return undefined;
}

/** Telling on someone: "als je het vertelt", "als je naar de rector gaat", "als je me verraadt". */
const TELLING = new Set(['vertelt', 'vertel', 'doorvertelt', 'zegt', 'zeg', 'klikt', 'klik', 'verklikt', 'verraadt', 'verraad', 'meldt', 'meld', 'aangeeft', 'doorstuurt', 'laat', 'opbiecht']);
const AUTHORITIES = new Set(['rector', 'conrector', 'mentor', 'politie', 'leraar', 'lerares', 'docent', 'juf', 'meester', 'meneer', 'mevrouw', 'directeur', 'directie', 'concierge', 'ouders', 'moeder', 'vader', 'mama', 'papa', 'mams', 'paps', 'teamleider', 'vertrouwenspersoon', 'zorgcoordinator', 'leerlingcoordinator', 'school', 'jeugdzorg']);
const CONDITION_OPENERS = new Set(['als', 'wanneer', 'zodra', 'mocht', 'indien']);
const ADDRESSED = new Set(['je', 'jij', 'jullie', 'u']);
/** A consequence that menaces the one addressed: the writer acting on them, or what they will get, see or be. */
const MENACING_CONSEQUENCES = [['weet', 'ik', 'je'], ['weet', 'ik', 'jou'], ['weten', 'we', 'je'], ['krijg', 'je', 'problemen'], ['krijg', 'je', 'klappen'], ['krijg', 'je', 'spijt'], ['krijg', 'je', 'ervan'], ['krijg', 'je', 'last'], ['krijg', 'je', 'het', 'zwaar'], ['heb', 'je', 'een', 'probleem'], ['hebben', 'jullie', 'een', 'probleem'], ['ben', 'je', 'nog', 'niet', 'jarig'], ['ben', 'je', 'de', 'klos'], ['ben', 'je', 'er', 'geweest'], ['ben', 'je', 'dood'], ['ben', 'je', 'klaar'], ['zal', 'je', 'het', 'merken'], ['zul', 'je', 'het', 'merken'], ['ga', 'je', 'het', 'merken'], ['zal', 'je', 'het', 'zien'], ['kom', 'ik'], ['komen', 'we'], ['pak', 'ik', 'je'], ['pakken', 'we', 'je'], ['maak', 'ik', 'je']];
const CONDITION_REACH = 10;
/**
 * Telling on the writer, punished: a condition on the one addressed telling someone ("als je naar de rector
 * gaat", "als je het vertelt") and, after it in the sentence, a consequence that menaces them ("weet ik je wel
 * te vinden", "krijg je problemen"). Kind outcomes ("als je het de mentor vertelt, helpt ze je") stay quiet.
 */
function snitchingPunished(readings: string[], clause: Clause, sentenceFrom: number): number | undefined {
  for (let i = Math.max(sentenceFrom, clause.from - CONDITION_REACH); i < clause.to; i++) {
    if (!CONDITION_OPENERS.has(readings[i]!) || !ADDRESSED.has(readings[i + 1] ?? '')) continue;
    let told = -1;
    for (let k = i + 2; k < Math.min(clause.to, i + CONDITION_REACH) && told < 0; k++) if (TELLING.has(readings[k]!) || (readings[k] === 'naar' && AUTHORITIES.has(authorityAfter(readings, k)))) told = k;
    if (told < 0) continue;
    for (let k = Math.max(told + 1, clause.from); k + 1 < clause.to; k++) {
      if (MENACING_CONSEQUENCES.some((words) => words.every((word, offset) => readings[k + offset] === word))) return k;
    }
  }
  return undefined;
}
/** Where the one addressed is told not to tell ("als je het vertelt, …"): the words after it may hold the menace, so they are read. */
export function markTellingConditions(readings: string[], cueAt: Uint8Array): void {
  for (let i = 0; i + 1 < readings.length; i++) {
    if (!CONDITION_OPENERS.has(readings[i]!) || !ADDRESSED.has(readings[i + 1]!)) continue;
    for (let k = i + 2; k < Math.min(readings.length, i + CONDITION_REACH); k++) {
      if (TELLING.has(readings[k]!) || (readings[k] === 'naar' && AUTHORITIES.has(authorityAfter(readings, k)))) {
        cueAt.fill(1, k, Math.min(readings.length, k + CONDITION_REACH));
        break;
      }
    }
  }
}
/** The word after "naar", past "de", "je" or "jouw" ("naar de rector", "naar je ouders"). */
function authorityAfter(readings: string[], to: number): string {
  const next = readings[to + 1] ?? '';
  return next === 'de' || next === 'je' || next === 'jouw' ? readings[to + 2] ?? '' : next;
}

/** The clause opens with a violent verb in the form of an order ("gooi een handgranaat in …"), any of its uses. */
export function opensWithViolentOrder(readings: string[], clause: Clause): boolean {
  const first = readings[clause.from]!;
  const { whole, split } = verbIndex();
  return [...(whole.get(first) ?? []), ...(split.get(first) ?? [])].some((use) => use.orders.has(first));
}

/** "Laat ze …": letting something be done, as an order. */
export const LETTING = new Set(['laat', 'laten']);

/** Stems that are mostly exclamations, not orders ("verrek, wat koud"). */
export const NOT_ORDERS = new Set(['verrek', 'dood']);

/** Words that may stand before an order: "nou sla die gast", "gewoon ophangen die lui", "en pak hem". */
const BEFORE_ORDER = new Set(['nou', 'gewoon', 'en', 'dan', 'maar', 'gwn', 'ff', 'even', 'kom', 'jongens', 'mannen', 'allemaal', 'zeg', 'joh', 'he', 'hey', 'ey', 'yo']);

/** The violent verb opens its clause in the form of an order (the stem: "sla", "hang", not "slaan" or "slaat"). */
export function isOrder(readings: string[], clause: Clause, verb: number): boolean {
  return opensClause(readings, clause, verb) && !/(?:en|t)$/.test(readings[verb]!);
}

/** Token `token` is the first word of its clause, but for words that may stand before an order. */
export function opensClause(readings: string[], clause: Clause, token: number): boolean {
  let first = clause.from;
  while (first < token && BEFORE_ORDER.has(readings[first]!)) first++;
  return first === token;
}

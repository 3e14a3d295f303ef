import type { TextDocument } from '../../document';
import { every, lazily, lazilyInSteps, type WarmUpStep } from '../../lazy';
import type { PhraseMatch } from '../../phrases';
import { MAX_FINDINGS_PER_RULE, type Severity } from '../../types';
import type { LexiconKind } from '../lexicon';
import { HAVING, PLAIN_LOOKS, bodyPartMocked, bodyRemark, isAnimalWord, looksMocked } from './body';
import { coercion } from './coercion';
import { pileOn, UNDER_A_POST } from './pile-on';
import { LOW_STANDING, mentionsFailingMark, mockedStanding } from './mockery';
import { keptOut, LIE_CUES } from './kept-out';
import { HARM_CUES, harmPlanned } from './harm-planned';
import { shunnedByContact } from './shunned-by-contact';
import { calledSideBySide } from './side-by-side';
import { regardDenied } from './regard';
import { mayMockAGroup, sarcasticPairing } from './sarcastic-pairing';
import { glorified, GLORIFIED_HARM_CUES } from './glorified';
import { LETHAL_CUES, lethalMeans } from './lethal-means';
import { exposure, PRIVATE_CUES } from './exposure';
import { stalking, STALKING_CUES } from './stalking';
import { WORDLESS_SIGN } from '../menace-signs';
import { apeEmoji } from './ape-emoji';
import { calledNames, mayBeACall } from './called-names';
import { rightDenied } from './rights';
import { belittling } from './belittling';
import { ABILITY_CUES, abilityDenied, DISMISSAL_CUES } from './ability-denied';
import { menace, MENACE_CUES } from './menace';
import { attributed, STEREOTYPE_CUES, stereotyped } from './derogation';
import { askedWhyStillThere, OUT_CUES, STILL_THERE_CUES, SHUT_OUT_CUES, belongingDenied, fullForYou, isPutOutWord, leftWhenComing, noLongerOneOfUs, notInTheGroup, notOneOfUs, putOut, refusedIfComing, sentElsewhere, treatedAsAir } from './exclusion';
import { type Attack, type Clause, type Frame, type GrammarHit, collectiveAt, SURPRISE, INTENSIFIERS, LOOK_AHEAD, LOOK_BACK, type Reading, SUBORDINATE, type Target, type TargetType, asksQuestion, clauseText, CONDITION_OPENERS, FIRST_PERSON, hasAny, hasAnyFrom, hasWords, HOPING, indexIn, isCondemned, NO_FRAMES, reading, saidToSomeone, WRITERS_OWN } from './reading';
import { armedInSight, COUNTS, LETTING, lightOrFond, NOT_ORDERS, isOrder, judgedOrSeen, markTellingConditions, menaces, opensClause, opensWithViolentOrder, opensAThing, pointsAtSomeone, veiledThreat, VEILED_CUES, verbIndex, violenceIn } from './threats';
import { adjectiveStrength, readyCues, RUDE_LEAVING, SPOKEN_SKELETONS, STRESSED_YOU, classIndex, Cue, misspeltCues, praisedInSlang, ClassIndex, addCues, inMask, type CueIndex, mayAttack, onlyAboutGroups, violenceSignals, violentVerbs, type WordClass } from './words';

/**
 * Insults, hate and threats as a grammar rather than a list of sentences: per clause, who is aimed at
 * (a target: you, him or her, a name, a class, a protected group) and how (an attack: a threat, a death
 * wish, hatred, a degrading attribute, dehumanisation, exclusion, sexual harassment, body shaming), with
 * the guards that keep ordinary talk quiet (negation, condemning or reporting hate, news and stories,
 * sport and games, objects and oneself as the target). Words are matched in any order within the clause,
 * so "ik ga die Turken allemaal in elkaar trappen" and "die Turken ga ik in elkaar trappen" are one case.
 */

export function grammarHits(doc: TextDocument): GrammarHit[] {
  return doc.shared('grammar:hits', () => analyse(doc));
}

/** Classes of which at least one must stand in a text before it is worth reading closely. */
/** How far before keeping away from it a group may be named, in words. */
const AVOID_REACH = 24;
/** Words that say a group is around: "sinds er …", "nu zitten er …", "als die … in de bus zitten". */
const PRESENCE_OPENERS = new Set(['sinds', 'nu', 'als', 'zodra', 'wanneer', 'er']);
/** Words that open a clause about how or why something happens. */
const HOW = new Set(['hoe', 'waarom']);
/** Words that point at what was just named, in a clause of feeling: "Transgenders? Daar kots ik van", "ik walg ervan". */
const POINTERS = new Set(['er', 'ervan', 'daar', 'daarvan', 'daarvoor', 'ertegen', 'daartegen']);
/** The people one does something together with ("met de klas", "met mijn broertje"), not those it is done to. */
const COMPANY = new Set(['klas', 'klasgenoten', 'groep', 'groepje', 'team', 'vrienden', 'vriendinnen', 'jongens', 'meiden', 'familie', 'gezin', 'ouders', 'collega', 'collegas', 'collega\'s', 'club', 'mentorklas', 'leerlingen', 'broer', 'broertje', 'broers', 'zus', 'zusje', 'zussen', 'vader', 'moeder', 'pa', 'ma', 'papa', 'mama', 'opa', 'oma', 'neef', 'nicht', 'oom', 'tante']);
const COMPANY_DETERMINERS = new Set(['de', 'het', 'mijn', 'mn', 'onze', 'ons', 'je', 'jouw', 'zijn', 'haar', 'hun', 'heel', 'hele', 'z\'n', 'zn', 'kleine', 'grote']);
/**
 * "we gaan met de klas de schuur slopen", "met mijn broertje de kast slopen": a group or relative after "met", with the
 * writer in the clause doing it alongside, is company, not the one it is done to. Not when the clause is about being
 * with someone ("niemand mag met de klas mee", "met de jongens praten").
 */
function isCompany(classes: ClassIndex, aim: Target, clause: Clause): boolean {
  if (!COMPANY.has(classes.readings[aim.token]!)) return false;
  const before = withBefore(classes.readings, aim.token, clause);
  if (before < 0) return false;
  const about = (name: WordClass) => classes.all(name, clause.from, clause.to).some((match) => match.firstToken !== before);
  return !about('sociaal') && !about('mee') && !about('uitsluit');
}
/** The "met" before a word or phrase, past its determiners ("met de hele klas", "met mijn klas"); -1 if none. */
function withBefore(readings: readonly string[], token: number, clause: Clause): number {
  let before = token - 1;
  while (before > clause.from && COMPANY_DETERMINERS.has(readings[before]!)) before--;
  return readings[before] === 'met' ? before : -1;
}

/** Someone after "met" in the clause, not one's own ("met mijn broer vechten om de afstandsbediening" is play). */
function opponentAfterWith(classes: ClassIndex, targets: readonly (Target | undefined)[], clause: Clause): Target | undefined {
  const readings = classes.readings;
  for (let k = clause.from; k < clause.to; k++) {
    if (readings[k] !== 'met' || OWN_COMPANY.has(readings[k + 1] ?? '')) continue;
    for (let t = k + 1; t < Math.min(clause.to, k + 5); t++) if (targets[t] && targets[t]!.type !== 'zelf') return targets[t];
  }
  return undefined;
}
const OWN_COMPANY = new Set(['mijn', 'mn', 'onze', 'ons', 'elkaar']);

/** "Haat tegen homo's is …": hate towards someone is the noun, spoken of. */
const HATE_TOWARDS = new Set(['tegen', 'jegens', 'richting']);
/** Words before "haat" that make it a noun ("alle haat tegen homo's", "veel haat over zich heen"). */
const NOUN_BEFORE = new Set(['de', 'die', 'deze', 'alle', 'al', 'veel', 'zoveel', 'zo', 'meer', 'minder', 'geen', 'online', 'pure', 'zoveel', 'zulke', 'vol', 'met', 'tegen', 'van', 'uit', 'over', 'om', 'vanwege', 'wat']);
/** Verbs with which the writer has the noun "haat" ("ik voel haat voor …", "ik heb zo'n haat tegen …"). */
const HAVING_HATE = new Set(['voel', 'voelen', 'heb', 'hebben', 'koester', 'koesteren']);

/** How far after "een X als buurman?" the answer that shows disdain may stand, in words. */
const ANSWER_REACH = 12;

/** More than the rules of this family can report together (see MAX_FINDINGS_PER_RULE). */
const MAX_HITS = MAX_FINDINGS_PER_RULE * 6;

const ATTACK_CUES: WordClass[] = [
  'verstand', 'grof_bevel', 'soort_mensen', 'mijden', 'wraak', 'familie_doel', 'beeld', 'rol', 'seks_zin', 'seks_daad', 'peiling', 'weggaan', 'lichaam_bevel', 'misdaad', 'kleding', 'vergelijk', 'ziekte_wens', 'opsluitplek', 'zelfbeschadiging', 'dood_werkwoord', 'geweld_naamwoord', 'geweld_extreem', 'dreig_impliciet', 'wapen', 'wegwens', 'niemand',
  'uitsluit', 'verwijder', 'emotie', 'seks_object', 'seks_lichaam', 'ontmenselijk', 'lichaam_neg', 'scheldnaam', 'neg_adjectief', 'negatie', 'lichaamsdeel',
  'dwang', 'druk', 'erom_vragen', 'opname', 'dier_vergelijking', 'groep_plaats', 'stereotype', 'gevolg', 'dreig_slot', 'weten', 'eigenschap', 'complot', 'dier', 'walging', 'doorvertellen', 'pestactie', 'wegsturen', 'lust_context', 'afgedaan', 'kleinering', 'dan_jij', 'ondeugd', 'prive_media', 'last', 'geheim_ouders', 'grens_negeren', 'klein_kind', 'dreig_slot_zacht', 'straf', 'dreig_signaal', 'zelfbescherming', 'spotvraag', 'uiterlijk_overdreven', 'eerst_afvallen', 'stank', 'nee_gezegd', 'wederdienst', 'lustig_onder', 'beschamend', 'vechten_met', 'waardering', 'extremistisch', 'vervolging', 'dader_idool', 'intimidatie',
];
/**
 * Cue classes as common in kind posts as in attacks (a negation is in one post of eight; "stom", "neus",
 * "ik weet"): they wake the grammar only when the text also names someone ({@link AIMS}).
 */
const WEAK_CUES = new Set<WordClass>(['pestactie', 'wegsturen', 'negatie', 'neg_adjectief', 'lichaamsdeel', 'dier_vergelijking', 'groep_plaats', 'weten', 'dwang', 'emotie', 'eigenschap', 'dier', 'walging', 'lust_context', 'afgedaan', 'prive_media', 'last', 'klein_kind', 'dreig_slot_zacht', 'straf', 'dreig_signaal', 'beschamend', 'vechten_met', 'waardering', 'intimidatie']);
/** Words for someone an attack can aim at, and the pointing words that make one ("die vieze"); names are asked of the person rules. */
const AIMS: WordClass[] = ['jij', 'derde', 'persoon', 'groep', 'groep_bijvoeglijk', 'iedereen', 'familie_doel', 'rol'];
const POINTING = ['die', 'deze'];

/** A violent verb form that needs nothing else ("vermoord"), or a phrase verb with its words ("… in elkaar"). */
/**
 * Words that may start a violent verb: every form that stands alone, and the words that split verbs need
 * beside them ("elkaar", "neer", "kapot"), except the particles that are everywhere ("op", "in", "mee").
 */
const violentCues = lazily(() => [
  ...verbIndex().whole.keys(),
  ...violenceSignals(),
  // "X moeten dood" opens a rule of its own below.
  'dood',
  ...violentVerbs().map((verb) => verb.with.at(-1)).filter((word): word is string => !!word && !COMMON_PARTICLES.has(word)),
  // Verbs whose particle is everywhere ("hang die verraders op"): their own forms, where those are rare words.
  ...violentVerbs().filter((verb) => RARE_SPLIT_VERBS.has(verb.lemma)).flatMap((verb) => [...verb.split.keys()]),
]);
/** Particles too common to wake the reading ("open dag"): their verbs' own forms do ("snij"). */
const COMMON_PARTICLES = new Set(['op', 'uit', 'in', 'aan', 'mee', 'open']);
/** Words that open a noun phrase: the word after them, right before a verb, is its object. */
const DETERMINERS = new Set(['de', 'het', 'een', 'die', 'dat', 'deze', 'dit']);
const PREPOSITIONS_BEFORE_PLACE = new Set(['op', 'in', 'achter', 'met', 'naar', 'bij', 'onder', 'boven', 'naast', 'voor', 'tegen', 'uit', 'van', 'door', 'over', 'om']);
/** Verbs right after "zonder jou" that tell how things would be: missing someone, not leaving them out. */
const AS_IT_WOULD_BE = new Set(['was', 'is', 'zou', 'wordt', 'word', 'ben', 'waren', 'zijn', 'had', 'heb', 'kan', 'kon']);
/** Saying someone deserves or asks for it ("verdient het om", "vragen erom"). */
const DESERVING = new Set(['verdien', 'verdient', 'verdienen', 'verdiende', 'verdiend']);
/** Harm to one person that is a put-down whoever calls for it. */
const HUMILIATING = new Set(['pesten', 'gepest', 'vernederen', 'vernederd', 'uitlachen', 'uitgelachen', 'uitgejouwd', 'uitjouwen', 'publiekelijk', 'buitengesloten', 'buitensluiten']);
/** Orders about weight ("ga eens afvallen", "minder vreten"): a put-down however they are said. */
const WEIGHT_WORDS = new Set(['afvallen', 'lijnen', 'dieet', 'minder', 'vreten']);
/** What makes an order about the body a put-down: a remark on the body, its parts, or a put-down word. */
const BODY_PUT_DOWNS: readonly WordClass[] = ['lichaam_neg', 'lichaamsdeel', 'neg_sterk', 'neg_mild', 'scheldnaam', 'ontmenselijk', 'neg_adjectief'];
/** "pas goed op jezelf": the ones cared for. */
const CARED_FOR = new Set(['jezelf', 'elkaar', 'uzelf', 'zelf', 'jullie', 'jezelve']);
const WRITER_AS_OBJECT = new Set(['me', 'mij']);
/** The writer as the object right before a verb ("kan je me opwachten", "wil je mij ophalen") or right after it ("jij vermoordt me"). */
function writerAsObject(readings: readonly string[], verb: number): boolean {
  return WRITER_AS_OBJECT.has(readings[verb - 1] ?? '') || WRITER_AS_OBJECT.has(readings[verb + 1] ?? '');
}
/**
 * "niet alle Polen zijn dieven", "lang niet elke moslim …", "net zoals niet alle Nederlanders …": the generalisation
 * over a group itself denied near the start of the clause, whatever follows in it ("niet elke dag …" is no group);
 * unless taken back later in the sentence ("… maar wel bijna allemaal", "maar de meeste wel").
 */
const EVERY = new Set(['alle', 'elke', 'iedere', 'ieder', 'al']);
/** Words that take a denied generalisation back anywhere after it ("gewoon allemaal", "bijna", "99 procent"). */
const TAKEN_BACK = new Set(['bijna', 'allemaal', 'procent']);
/** "… maar de meesten wel", "veel wel": taken back when "wel" ends it ("de meeste zijn wel eerlijk" praises). */
const MOST = new Set(['meeste', 'meesten', 'veel', 'velen']);
function deniesGeneralisation(classes: ClassIndex, targets: readonly (Target | undefined)[], clause: Clause, sentenceEnd: number): boolean {
  const readings = classes.readings;
  const groupAt = (k: number) => k < clause.to && (targets[k]?.type === 'groep' || classes.at('groep_bijvoeglijk', k));
  let after = -1;
  for (let k = clause.from; k < Math.min(clause.to - 1, clause.from + 3); k++) if (readings[k] === 'niet' && EVERY.has(readings[k + 1]!) && (groupAt(k + 2) || groupAt(k + 3))) after = k + 3;
  if (after < 0) return false;
  const end = Math.min(sentenceEnd, Math.max(clause.to, after) + LOOK_AHEAD);
  for (let k = after; k < end; k++) {
    if (TAKEN_BACK.has(readings[k]!)) return false;
    if (MOST.has(readings[k]!) && (readings[k + 1] === 'wel' || readings[k + 2] === 'wel') && (readings[k + 1] === 'wel' ? k + 2 : k + 3) >= sentenceEnd) return false;
  }
  return true;
}
/** What may stand after "de volgende" at a clause's end: a tag, no more ("… is de volgende hoor", "…, snap je"). */
const TAGS = new Set(['hoor', 'he', 'hè', 'hé', 'snap', 'je', 'jij', 'toch', 'echt', 'dus', 'man', 'ofzo']);
const YOUR = new Set(['je', 'jouw', 'jullie', 'uw', 'ur']);
/** Things of someone's that a threat names as next, beside their pets and relatives. */
const BELONGINGS = new Set(['fiets', 'scooter', 'brommer', 'auto', 'telefoon', 'mobiel', 'laptop', 'spullen', 'huis', 'kamer', 'tas', 'kluisje']);
const IS = new Set(['is', 'zijn', 'wordt', 'worden']);
/** "je konijn is de volgende", "jouw zusje is de volgende hoor": the token "volgende", else undefined. */
function yoursIsNext(classes: ClassIndex, clause: Clause): number | undefined {
  const readings = classes.readings;
  for (let k = clause.from + 3; k + 1 < clause.to; k++) {
    if (readings[k] !== 'de' || readings[k + 1] !== 'volgende' || !IS.has(readings[k - 1]!)) continue;
    for (let after = k + 2; after < clause.to; after++) if (!TAGS.has(readings[after]!)) return undefined;
    // The one named: "je konijn", "jouw kleine zusje", "je scooter", just before the verb.
    for (let noun = k - 2; noun >= Math.max(clause.from + 1, k - 4); noun--) {
      const yours = YOUR.has(readings[noun - 1]!) || (YOUR.has(readings[noun - 2] ?? '') && noun - 2 >= clause.from);
      if (yours && (classes.at('familie_doel', noun) || classes.at('dier', noun) || BELONGINGS.has(readings[noun]!))) return k + 1;
    }
  }
  return undefined;
}
/** "weet ik jou en je ouders te vinden", "we weten jullie wel te vinden": the token "vinden", else undefined; not "altijd". */
function knowsWhereToFind(classes: ClassIndex, targets: readonly (Target | undefined)[], clause: Clause): number | undefined {
  const readings = classes.readings;
  for (let k = clause.from; k + 1 < clause.to; k++) {
    if (!/^(?:weet|weten|wist|wisten)$/.test(readings[k]!)) continue;
    for (let end = k + 2; end + 1 < Math.min(clause.to, k + 9); end++) {
      if (readings[end] !== 'te' || readings[end + 1] !== 'vinden') continue;
      let aimed = false;
      for (let between = k + 1; between < end; between++) {
        if (readings[between] === 'altijd') return undefined;
        if (targets[between]?.type === 'jij') aimed = true;
      }
      return aimed ? end + 1 : undefined;
    }
  }
  return undefined;
}
/** "terug naar je eigen land", "… naar marokko", "… waar je vandaan komt": where someone comes from. */
const ORIGINS = new Set(['land', 'landen', 'thuisland', 'moederland', 'vandaan', 'afrika', 'azie', 'azië', 'marokko', 'turkije', 'syrie', 'syrië', 'suriname', 'polen', 'roemenie', 'roemenië', 'afghanistan', 'eritrea', 'somalie', 'somalië', 'irak', 'iran', 'china', 'curacao', 'curaçao', 'antillen', 'woestijn', 'jungle', 'oerwoud', 'grot', 'grotten', 'hol', 'boot', 'azc']);
function toOrigin(classes: ClassIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORIGINS.has(classes.readings[k]!) || classes.at('groep_bijvoeglijk', k)) return true;
  return false;
}
/** Where someone is sent back to in school or at home ("terug naar het lokaal", "naar je plek"): no sending away. */
const PLACES_HERE = new Set(['lokaal', 'klas', 'klaslokaal', 'plek', 'plekje', 'plaats', 'bank', 'tafel', 'stoel', 'kantine', 'aula', 'gang', 'les', 'gymzaal', 'kleedkamer', 'bieb', 'bibliotheek', 'mediatheek', 'kamer', 'bed', 'school', 'werk', 'kantoor', 'bus', 'start', 'begin', 'veld', 'hotel', 'camping', 'tent', 'groep', 'team', 'basis']);
/** After "naar" in [from, to), past articles and possessives: a place here. */
function toAPlaceHere(readings: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (readings[k] !== 'naar') continue;
    let at = k + 1;
    while (at < to && /^(?:de|het|je|jouw|jullie|zijn|haar|hun|ons|onze|eigen|mijn|mn)$/.test(readings[at]!)) at++;
    return at < to && PLACES_HERE.has(readings[at]!);
  }
  return false;
}
/** A phrase of sending away that sends back ("terug naar", "ga maar terug", "moeten terug"). */
function sendsBack(readings: readonly string[], match: PhraseMatch): boolean {
  for (let k = match.firstToken; k <= match.lastToken; k++) if (readings[k]!.startsWith('terug')) return true;
  return false;
}
/** "ik hoop niet dat je doodgaat", "ik hoop echt niet dat …": the wish before `to` in the sentence denied. */
function wishDenied(readings: readonly string[], from: number, to: number): boolean {
  for (let k = Math.max(from, to - LOOK_BACK); k < to; k++) if (HOPING.has(readings[k]!) && (readings[k + 1] === 'niet' || (readings[k + 2] === 'niet' && readings[k + 1] === 'echt'))) return true;
  return false;
}
/** Words of care beside a misfortune: it is feared, not wished. */
const CARE = new Set(['beter', 'beterschap', 'herstel', 'sterkte', 'veilig', 'gezond']);
const BECOMING = new Set(['word', 'wordt', 'worden', 'werd']);
const SINKING = new Set(['zak', 'zakt', 'zakken', 'val', 'valt', 'vallen']);
const RUN_OVER = new Set(['gereden', 'aangereden', 'overreden', 'geschept']);
const BREAKING = new Set(['breek', 'breekt', 'breken']);
/** Where a misfortune stands in the clause, in any word order ("word je ziek", "zak je door het ijs"); -1 if none. */
function misfortuneIn(classes: ClassIndex, clause: Clause): number {
  const readings = classes.readings;
  // Each asked once per clause, not once per word.
  let becoming: boolean | undefined;
  let sinking: boolean | undefined;
  let body: boolean | undefined;
  for (let k = clause.from; k < clause.to; k++) {
    const word = readings[k]!;
    if ((word === 'ziek' || word === 'doodziek' || RUN_OVER.has(word)) && (becoming ??= hasAny(readings, clause, BECOMING))) return k;
    if (word === 'ijs' && readings[k - 1] === 'het' && readings[k - 2] === 'door' && (sinking ??= hasAny(readings, clause, SINKING))) return k;
    if (BREAKING.has(word) && (body ??= !!classes.first('lichaamsdeel', clause.from, clause.to))) return k;
  }
  return -1;
}

/** Words beside "gun" that make it the Dutch verb "gunnen" ("ik gun je", "dat gun ik hem"), not the English weapon. */
const GRANTING_BEFORE = new Set(['ik', 'we', 'wij', 'dat', 'het', 'niet', 'echt']);
const GRANTING_AFTER = new Set(['je', 'jou', 'jullie', 'hem', 'haar', 'u', 'iedereen', 'niemand']);
function grantedNotAGun(readings: readonly string[], at: number): boolean {
  if (readings[at] !== 'gun' || GUN_AS_NOUN_BEFORE.has(readings[at - 1] ?? '')) return false;
  return GRANTING_BEFORE.has(readings[at - 1] ?? '') || GRANTING_AFTER.has(readings[at + 1] ?? '');
}
/** "een gun", "mijn gun": the weapon, a noun. */
const GUN_AS_NOUN_BEFORE = new Set(['een', 'de', 'die', 'deze', 'mijn', 'mn', 'zijn', 'haar', 'z\'n', 'dikke', 'echte']);
/** Forms of "haten", whose subject is the one who hates. */
const HATING = new Set(['haten', 'haat', 'haatte', 'haatten', 'gehaat']);
const QUESTION_WORDS = new Set(['hoe', 'wat', 'waarom', 'wanneer']);
/** "over hoe", "over wat" in [from, to): what follows is a topic spoken of. */
function spokenOfHow(readings: readonly string[], from: number, to: number): boolean {
  for (let index = from; index + 1 < to; index++) if (readings[index] === 'over' && QUESTION_WORDS.has(readings[index + 1]!)) return true;
  return false;
}
/** A determiner and at most one word before what is hated: "de nieuwe afstandsbediening", "die toets". */
const THING_DETERMINERS_AFTER_VERB = new Set(['de', 'het', 'die', 'dat', 'deze', 'dit', 'mijn', 'mn', 'onze', 'ons', 'zijn', 'haar']);
function hatesAThing(classes: ClassIndex, targets: readonly (Target | undefined)[], at: number, end: number): boolean {
  if (at >= end || !THING_DETERMINERS_AFTER_VERB.has(classes.readings[at]!)) return false;
  for (let k = at + 1; k < Math.min(end, at + 3); k++) {
    if (targets[k] || (['persoon', 'groep', 'scheldnaam', 'ontmenselijk', 'dier_vergelijking'] as const).some((name) => classes.at(name, k))) return false;
    if (classes.at('voorwerp', k) || (k === at + 2 || !classes.readings[k]!.endsWith('e'))) return classes.readings[k]!.length >= 4;
  }
  return false;
}
/** Articles and possessives before a real animal: "met de hond", "die varkens", "onze kat". */
const ANIMAL_ARTICLES = new Set(['de', 'het', 'die', 'deze', 'onze', 'ons', 'mijn', 'mn', 'hun']);
const ANIMAL_PREPOSITIONS = new Set(['met', 'naar', 'bij', 'voor', 'van', 'achter', 'tegen', 'om']);
/**
 * Sending a group away: "stuur die … terug", "zet ze op een boot". The class `wegsturen` holds those of these words
 * rare enough to wake the grammar ("zet" and "gooi" are everywhere).
 */
const SENDING = new Set(['stuur', 'stuurt', 'sturen', 'zet', 'zetten', 'gooi', 'gooien', 'schop', 'schoppen', 'deporteer', 'deporteert', 'deporteren']);
/** A thing sent after the group ("een kaartje", "hun post"), not the group sent. */
const THINGS_SENT_OPENERS = new Set(['een', 'hun', 'dit', 'deze', 'dat', 'het']);
const DESTINATION_PREPOSITIONS = new Set(['op', 'in', 'naar', 'met', 'uit']);
const AWAY_TO = new Set(['terug', 'boot', 'boten', 'vliegtuig', 'vliegtuigen', 'bootje', 'landsgrens']);
/** Words that open a noun phrase as a clause's subject: "de porties", "mijn sokken". */
const SUBJECT_OPENERS = new Set(['de', 'het', 'mijn', 'mn', 'onze', 'ons', 'deze', 'dit']);
/** Common words that open a rule of their own: a group made "zonder" someone, belonging and being put out ("hoor je er niet bij", "ligt er zelf ook uit", "weg uit het team"). */
const VEILED = new Set(VEILED_CUES);
/** "Een goede X is een dode X", "… een uitgezette X" (regard.ts): no word of attack but the good one, with a group near. */
const DEAD_OF_A_GROUP = ['dode', 'dooie', 'goede', 'goeie'];
/** "Waarom mogen Turken nog stemmen?": a right questioned has no denial word to wake the grammar. */
const RIGHTS_QUESTIONED = ['waarom mogen', 'waarom mag', 'waarom krijgen', 'waarom krijgt'];
/** Belittling by shape (belittling.ts): "denkt dat ie kan zingen", "jammer dat …", "voor iemand zoals jij". */
const BELITTLING_CUES = ['denkt dat', 'denkt echt dat', 'dacht dat', 'jammer dat', 'voor iemand zoals', 'voor jouw doen', 'voor je doen', 'zelfs', 'minst', 'schamen', 'schaam'];
const SHUT_OUT = new Set(SHUT_OUT_CUES);
const WEAK_FORMS = ['zonder', 'volgende', ...VEILED_CUES, ...SHUT_OUT_CUES, 'minder', 'vertelt', 'doorvertelt', 'verraadt', 'verraad', 'klikt', 'verklikt', 'rector', 'politie', 'mentor', 'ouders', ...OUT_CUES, ...STEREOTYPE_CUES, ...RIGHTS_QUESTIONED, ...BELITTLING_CUES, ...ABILITY_CUES, ...MENACE_CUES, ...LIE_CUES, ...STILL_THERE_CUES, ...LOW_STANDING, ...LETHAL_CUES, ...HARM_CUES, ...RUDE_LEAVING, ...DEAD_OF_A_GROUP, ...GLORIFIED_HARM_CUES];
/** Split verbs with a common particle whose other forms are rare enough to wake the grammar ("hangen" yes, "doen" no). */
const RARE_SPLIT_VERBS = new Set(['ophangen', 'opknopen', 'uitmoorden', 'uitroeien', 'opblazen', 'inrammen', 'opwachten']);

/** This file's indexes, each built on first use: pieces of the engine's warm-up (rules/engine.ts). */
const STRONG_CUES = ATTACK_CUES.filter((name) => !WEAK_CUES.has(name));
/** Every cue in one map, one lookup per word: strong, weak, aims, then the words met misspelt. */
const attackCues = lazilyInSteps(function* () {
  const cues: CueIndex = new Map();
  yield* addCues(cues, STRONG_CUES, violentCues(), Cue.Strong);
  yield* addCues(cues, [], [...DISMISSAL_CUES, ...PRIVATE_CUES, ...STALKING_CUES], Cue.Strong);
  yield* addCues(cues, [...WEAK_CUES], WEAK_FORMS, Cue.Weak);
  yield* addCues(cues, AIMS, POINTING, Cue.Aim);
  // Each loop below pauses now and then: the map is large, and this runs while someone writes.
  const pause = every(500);
  for (const [key, entries] of misspeltCues()) {
    const list = cues.get(key);
    cues.set(key, list ? [...list, ...entries] : entries);
    if (pause()) yield;
  }
  // "nie", "zijt": a chat or regional spelling starts what its standard word starts.
  for (const [variant, standard] of SPOKEN_SKELETONS) {
    const entries = cues.get(standard);
    if (entries) cues.set(variant, [...(cues.get(variant) ?? []), ...entries]);
    if (pause()) yield;
  }
  // "terroriste", "christene": a word with its final n left off wakes the reading as the word does (one lookup per word).
  for (const [key, entries] of [...cues]) {
    if (pause()) yield;
    if (key.length < 5 || !key.endsWith('en')) continue;
    const cut = key.slice(0, -1);
    cues.set(cut, [...(cues.get(cut) ?? []), ...entries]);
  }
  return yield* readyCues(cues);
});
export const ANALYSE_STEPS: readonly WarmUpStep[] = [verbIndex, violentCues, misspeltCues, attackCues];

/** The quick first look: does the text hold a word that may start an attack (kind posts mostly do not)? */
export function wakesGrammar(doc: TextDocument): boolean {
  // A mark needs a digit: most posts have none, and the document knows it already (shared with other rules).
  return mayAttack(doc, attackCues()) || (doc.hasDigit && mentionsFailingMark(doc.text)) || mayMockAGroup(doc) || WORDLESS_SIGN.test(doc.text) || UNDER_A_POST.test(doc.text) || mayBeACall(doc);
}

function analyse(doc: TextDocument): GrammarHit[] {
  const tokens = doc.tokens;
  if (tokens.length === 0) return [];
  // Most posts have no word of attack at all: one look per word, no clauses, no targets.
  if (!wakesGrammar(doc)) return [];
  const classes = classIndex(doc);
  const read = reading(doc);
  const { targets, clauses, frames } = read;
  const hits: GrammarHit[] = [];
  /** The last group named, for "ze" and "die" in later clauses and sentences. */
  let lastGroup: { group: string | undefined; sentence: number } | undefined;
  const yearIn = yearsBySentence(classes.readings, read.sentenceStart);
  let previous: { clause: Clause; targets: Target[]; subject: boolean; intent: boolean; deniesOpinion: boolean; linked: boolean } | undefined;

  // The clause under reading and what is known of it; the helpers below read these (made once, not per clause).
  let clause!: Clause;
  let frame!: Set<Frame>;
  let target: Target | undefined;
  /** The classes present in the clause: most questions are answered by one bit. */
  let present!: Uint32Array;
  const inClause = (name: WordClass) => (inMask(present, name) ? classes.first(name, clause.from, clause.to) : undefined);
  const all = (name: WordClass) => classes.all(name, clause.from, clause.to);
  const report = (attack: Attack, cue: number | PhraseMatch, severity?: Severity) => {
    const cueFirst = typeof cue === 'number' ? cue : cue.firstToken;
    const cueLast = typeof cue === 'number' ? cue : cue.lastToken;
    const near = target && target.token >= clause.from && target.token < clause.to ? target.token : cueFirst;
    const first = Math.min(cueFirst, near);
    const last = Math.max(cueLast, near);
    // "ik zag dat ze je uit de app hadden gegooid", "als ze je niet uitnodigen …": told to the one left out, in support.
    if (attack === 'buitensluiten' && toldToTheOneLeftOut(classes.readings, clause, cueFirst)) return;
    // "we nodigen de ouders niet uit voor de surprise party", "niemand zegt het tegen haar he, surprise party": kept
    // out of a surprise, for them.
    if ((attack === 'buitensluiten' || attack === 'buitensluiten-groep') && surpriseNear(classes.readings, read, clause.sentence)) return;
    const kind = ATTACKS[attack];
    hits.push({ kind: kind.kind, severity: severity ?? kind.severity, messageId: kind.messageId, attack, firstToken: first, lastToken: last, start: tokens[first]!.start, end: tokens[last]!.end });
  };
  /** A negation close to the cue ("ik sla je niet", "ik ga je niet slaan"), not one inside a fixed phrase. */
  const negatedBefore = (token: number) => {
    if (asksAgreement(doc, read, clause)) return false;
    // "waarom spring je niet van een flat": why not, a suggestion; the "niet" after the cue denies nothing.
    const whyNot = classes.readings[clause.from] === 'waarom';
    // "als je niet stopt sla ik je": a negation inside the condition before the cue denies the condition, not the cue.
    const condition = conditionOpenedAt(classes.readings, clause, token);
    for (let i = Math.max(clause.from, token - 3); i < Math.min(clause.to, token + 4); i++) {
      if (i === token || !classes.at('negatie', i)) continue;
      if (condition >= 0 && i > condition && i < token) continue;
      if (whyNot && i > token) continue;
      if (NEGATION_CARRIERS.some((name) => classes.at(name, i))) continue;
      return true;
    }
    // "Niemand hier walgt van jou": nobody as the subject denies it (not the "niemand" of "niemand zal je missen").
    const nobody = inClause('niemand');
    return !!nobody && !NEGATION_CARRIERS.some((name) => classes.at(name, nobody.firstToken)) && !inClause('sociaal') && !inClause('mee');
  };
  /**
   * A negation that denies the attribute: between the target and what follows it, or right after the
   * target ("X zijn geen ongedierte", "je bent niet dom"); "niemand" as the subject. Not one further
   * on ("een waardeloze leraar die niks kan uitleggen").
   */
  const negatedNear = (aim: number) => {
    // "Zijn homo's niet gewoon ziek?", "Is het niet zo dat …?": a question that opens with its verb and holds a
    // negation asks for agreement; it denies nothing.
    if (asksAgreement(doc, read, clause)) return false;
    const attribute = [inClause('neg_adjectief'), inClause('scheldnaam'), inClause('ontmenselijk'), inClause('lichaam_neg'), inClause('misdaad')]
      .filter((match): match is PhraseMatch => !!match)
      .reduce((first, match) => Math.min(first, match.firstToken), clause.to);
    // "Niemand is hier een sukkel"; not "een heks die door niemand gemogen wordt".
    const nobody = inClause('niemand');
    if (nobody && nobody.firstToken < attribute) return true;
    const from = Math.min(aim, attribute);
    const to = Math.max(aim, attribute);
    for (const match of all('negatie')) {
      // "niks dan gedoe": nothing but, no denial.
      if (NEGATION_CARRIERS.some((name) => classes.at(name, match.firstToken)) || classes.readings[match.lastToken + 1] === 'dan') continue;
      if ((match.firstToken > from && match.firstToken < to) || Math.abs(match.firstToken - attribute) === 1 || match.firstToken === aim + 1) return true;
    }
    return false;
  };
  /**
   * A group named shortly before a token: in an earlier clause, or in this one after "sinds", "nu", "als"
   * ("Sinds er Polen wonen, …"), so not the subject who acts along with the speaker ("mijn Turkse vriendin en ik").
   */
  const groupBefore = (token: number): Target | undefined => {
    for (let i = token - 1; i >= Math.max(0, token - AVOID_REACH); i--) {
      const aim = targets[i];
      if (aim?.type !== 'groep') continue;
      // "Mijn Turkse vriendin en ik verhuizen": the group acts along with the speaker.
      if (i < clause.from) return i === clause.from - 1 && classes.readings[clause.from] === 'en' ? undefined : aim;
      for (let k = clause.from; k < i; k++) if (PRESENCE_OPENERS.has(classes.readings[k]!)) return aim;
      return undefined;
    }
    return undefined;
  };
  const aboutOneself = (match: PhraseMatch) => aboutOneselfIn(classes, match, clause.from);
  /**
   * Of one person, a strong word ("waardeloos") is an attack; a mild one ("dom") only when stressed and
   * said to them ("waarom ben jij zo dom"); a slight one ("gek") never on its own.
   */
  const strongEnough = (adjective: PhraseMatch) => {
    const strength = adjectiveStrength(classes.readings[adjective.firstToken]!);
    if (strength !== 1) return strength === 2;
    const stressed = INTENSIFIERS.has(classes.readings[adjective.firstToken - 1] ?? '');
    return stressed && (target?.type === 'jij' || target?.type === 'naam');
  };
  // "mijn hond", "je kat": a word after a possessive names an animal or thing someone has, not the target.
  const fits = (match: PhraseMatch | undefined) =>
    match &&
    (target?.type === 'groep' || !onlyAboutGroups(classes.readings[match.firstToken]!) || (!!target && classes.readings[target.token] === 'jullie' && !praisedInSlang(classes.readings[match.firstToken]!))) &&
    !classes.at('positief_na', match.lastToken + 1) &&
    !WRITERS_OWN.has(classes.readings[match.firstToken - 1] ?? '') &&
    !isRealAnimal(match)
      ? match
      : undefined;
  /**
   * An animal that is an animal: after a preposition and its article ("lopen met de hond"), or the subject of a kind
   * word ("die varkens zijn echt lief", praise in the clause), not what someone is called.
   */
  const isRealAnimal = (match: PhraseMatch) => {
    if (!classes.at('dier', match.firstToken)) return false;
    const before = classes.readings[match.firstToken - 1] ?? '';
    // ("bij die apen uit 3b": a pointing word makes them people.)
    if (ANIMAL_ARTICLES.has(before) && !POINTING.includes(before) && ANIMAL_PREPOSITIONS.has(classes.readings[match.firstToken - 2] ?? '')) return true;
    return ANIMAL_ARTICLES.has(before) && !!inClause('positief') && classes.at('koppel', match.lastToken + 1);
  };
  // "vies water", "een stomme toets": an adjective before a thing describes the thing. Not in the predicate
  // of a person or group ("Polen zijn luie werkers", "hij is een waardeloze leraar"): that noun is them.
  const describesThing = (match: PhraseMatch) => {
    // "te dom om auto te rijden": what follows "om" is what they cannot do, not a thing described.
    if (classes.readings[match.lastToken] === 'om') return false;
    const next = match.lastToken + 1;
    if (next >= clause.to || !tokens[next]!.hasLetter || PARTICLES.has(tokens[next]!.folded) || HAVING.has(tokens[next]!.folded)) return false;
    if (isPredicateOfTarget(match.firstToken) && !classes.at('voorwerp', next)) return false;
    // "dat ik lesbiennes smerig vind": a verb of being or opinion closing the clause is no thing described.
    return !targets[next] && !classes.at('scheldnaam', next) && !classes.at('persoon', next) && !classes.at('neg_adjectief', next) && !classes.at('koppel', next) && !classes.at('vind', next);
  };
  /**
   * "De porties … zijn zo dik", "mijn sokken stinken": the clause opens with a thing as its subject, before the word
   * at `match`. Not a person, a group, a body part, nor an adjective made a noun ("de nieuwe is …", "die dikke").
   */
  const opensWithAThing = (match: PhraseMatch) => {
    const noun = clause.from + 1;
    if (!SUBJECT_OPENERS.has(classes.readings[clause.from]!) || noun >= match.firstToken || targets[noun] || classes.at('koppel', noun)) return false;
    if (classes.readings[noun]!.endsWith('e') && classes.at('koppel', noun + 1)) return false;
    return !['persoon', 'groep', 'lichaamsdeel', 'neg_adjectief', 'lichaam_neg', 'scheldnaam'].some((name) => classes.at(name as WordClass, noun));
  };
  /** Right after "is / zijn / ben" (with "een", "echt", "gewoon" … between), the target standing before it. */
  const isPredicateOfTarget = (adjective: number) => {
    let i = adjective - 1;
    // Fillers ("is gewoon een"), and up to two other words that are no one ("is bovendien een", "is eigenlijk altijd al een").
    for (let other = 0; i > clause.from && !classes.at('koppel', i); i--) {
      if (PREDICATE_FILLERS.has(classes.readings[i]!)) continue;
      if (targets[i] || classes.at('persoon', i) || ++other > MAX_OTHER_BEFORE_PREDICATE) break;
    }
    return classes.at('koppel', i) && !!target && target.token < i && target.type !== 'zelf';
  };

  // Tokens that may start an attack: a clause without one only passes on its targets and subject.
  const cueAt = new Uint8Array(tokens.length);
  for (const name of ATTACK_CUES) for (const match of classes.matches.get(name) ?? []) cueAt[match.firstToken] = 1;
  for (const name of ['seks_adj', 'seks_verzoek', 'mee', 'groep_plek', 'norm', 'koppel', 'vind', 'lichaamsdeel', 'krijgen'] as const) {
    for (const match of classes.matches.get(name) ?? []) cueAt[match.firstToken] = 1;
  }
  markTellingConditions(classes.readings, cueAt);
  const verbs = verbIndex();
  for (let i = 0; i < tokens.length; i++) {
    const word = classes.readings[i]!;
    if (verbs.whole.has(word) || verbs.split.has(word) || word === 'zonder' || (word === 'lang' && classes.readings[i - 1] === 'zo') || word === 'zolang' || word === 'minder' || word === 'dood' || OUT_CUES.has(word) || SHUT_OUT.has(word) || VEILED.has(word)) cueAt[i] = 1;
  }

  let position = -1;
  /** "Ik haat het als ze …": the target of a subordinate clause right after, in the same sentence. */
  const targetsOfNext = (): Target[] => {
    const next = clauses[position + 1];
    if (!next || next.sentence !== clause.sentence || !SUBORDINATE.has(classes.readings[next.from]!)) return [];
    // "ik haat het dat je gaat verhuizen": hating that something happens, not hating the person.
    if (classes.readings.slice(clause.from, clause.to).includes('het')) return [];
    const found: Target[] = [];
    for (let i = next.from; i < next.to; i++) if (targets[i] && targets[i]!.type !== 'zelf') found.push(targets[i]!);
    return found;
  };

  for (clause of clauses) {
    // The rules keep at most this many findings: a pasted wall of abuse is found, not listed line by line.
    if (hits.length >= MAX_HITS) break;
    position++;
    frame = frames.get(clause.sentence) ?? NO_FRAMES;
    present = classes.maskOf(clause.from, clause.to);
    const own: Target[] = [];
    let topic: Target | undefined;
    for (let i = clause.from; i < clause.to; i++) {
      const aim = targets[i];
      if (aim?.topic) topic ??= aim;
      else if (aim && aim.type !== 'zelf') own.push(aim);
    }
    let groupHere = own.find((aim) => aim.type === 'groep');
    // "Surinamers… ik heb er een hekel aan", "Die vluchtelingen. Het zijn …": "er" and "het zijn" point at the group just named.
    if (!groupHere && lastGroup && clause.sentence - lastGroup.sentence <= 1) {
      // "daar" and "ervan" point back only at what is felt ("Transgenders? Daar kots ik van"); "daar moeten we iets aan doen" may point at a problem.
      const there = inClause('emotie') ? indexOfAny(classes.readings, POINTERS, clause) : indexIn(classes.readings, 'er', clause);
      const they = indexIn(classes.readings, 'het', clause);
      // "Het is allemaal uitschot", "Allemaal criminelen": the whole group again.
      // Only in a later sentence and not with the writer in it ("we praten thuis allemaal gebarentaal").
      const collective = own.length === 0 && clause.sentence > lastGroup.sentence && !hasTargetType(targets, clause, 'zelf') ? collectiveAt(classes.readings, clause) : -1;
      const pointer =
        there >= 0 ? there : they >= 0 && (/^(zijn|waren|blijven)$/.test(classes.readings[they + 1] ?? '') || (classes.readings[they + 1] === 'is' && classes.readings[they + 2] === 'allemaal')) ? they : collective;
      if (pointer >= 0) own.push((groupHere = { token: pointer, type: 'groep', group: lastGroup.group }));
    }
    // A group spoken about is not attacked here, but "ze" in the next sentence may point at it.
    const named = groupHere ?? topic;
    if (named) lastGroup = { group: named.group, sentence: clause.sentence };
    // "Ik ken veel Surinamers. Ze zijn allemaal lui": a pronoun after a group, in this or the next sentence.
    const resolved = own.map((aim) =>
      aim.type === 'derde' && !groupHere && lastGroup && clause.sentence - lastGroup.sentence <= 1 && isPluralPronoun(tokens[aim.token]!.folded)
        ? { ...aim, type: 'groep' as const, group: lastGroup.group }
        : aim,
    );
    const sameSentence = previous && previous.clause.sentence === clause.sentence;
    const ownSubject = hasTargetType(targets, clause, 'zelf');
    // A clause without its own target or subject borrows them from the clause before in the sentence.
    let hasCue = false;
    for (let i = clause.from; i < clause.to && !hasCue; i++) hasCue = cueAt[i] === 1;
    // A clause without a target borrows it from the clause before, or ("ik haat het als ze …") after it.
    // "… ook als het een grap was": a clause about a thing borrows no one.
    const aboutAThing = resolved.length === 0 && hasThingSubject(classes, clause);
    const borrowed = resolved.length > 0 ? resolved : aboutAThing ? [] : sameSentence && !ownSubject ? previous!.targets : hasCue ? targetsOfNext() : [];
    const aimed = (hasCue ? borrowed.filter((aim) => !isThing(read, aim, clause)) : borrowed).filter((aim) => !(ownSubject && isCompany(classes, aim, clause)));
    const subject = !!inClause('ik_wij') || !!inClause('iedereen') || (!!sameSentence && previous!.subject);
    const intent = !!inClause('intentie') || (!!sameSentence && previous!.intent);
    // "Ik vind niet dat …", "ik denk niet dat …": the opinion denies what follows.
    const deniedOpinion = !!sameSentence && previous!.deniesOpinion;
    // "Vind je niet dat …?" asks for agreement; "ik vind niet dat …" denies.
    // "Ik zeg niet dat …", "ik beweer niet dat …": a claim denied as it is made.
    const deniesOpinion = (((!!inClause('mening') || !!inClause('vind')) && !!inClause('negatie')) || deniesSaying(classes.readings, clause)) && !hasTargetType(targets, clause, 'jij');
    const previousLinked = !!sameSentence && previous!.linked;
    const linksHere = !!inClause('koppel') || !!inClause('vind');
    // "Ik heb niks tegen Polen, helemaal niks": the denial said again, nothing more.
    const echo = !!sameSentence && echoesNoObjection(classes.readings, previous!.clause, clause);
    previous = { clause, targets: aimed, subject, intent, deniesOpinion: deniesOpinion || deniedOpinion, linked: linksHere || previousLinked };
    if (echo) continue;
    if (deniedOpinion || !hasCue || deniesGeneralisation(classes, targets, clause, read.sentenceStart[clause.sentence + 1] ?? tokens.length)) continue;
    const reported = (frame.has('tegenspraak') && !saidToSomeone(doc, read, clause)) || frame.has('citaat') || isCondemned(read, clause.to - 1) || attributed(read, position, aimed);
    // "Etter, geef mijn telefoon terug", "hé sufkop, …": an insult said as a name, to the one addressed.
    const called = inClause('scheldnaam');
    if (called && !reported && resolved.length === 0 && isVocative(classes, clause, called) && (sentenceGoesOn(read, clause) || closesSentence(read, clause))) {
      target = undefined;
      report('negatief', called);
      continue;
    }
    const story = (frame.has('nieuws') || historical(classes.readings, clause, yearIn)) && !aimed.some((aim) => aim.type === 'jij');
    // "deze etter heeft mijn fiets gepakt", "die poolse zuiplap", "wat een zeikerd": someone pointed at by an insult.
    // "Ik ben zo'n nerd", "wat een sukkel ben ik": the writer about themself.
    // "mijn huisbaas, een gierige ouwe rat, …": an insult set beside someone named in the clause before.
    const appositive = !!sameSentence && aimed.some((aim) => aim.type !== 'zelf') && clause.from > 0 && doc.text.slice(tokens[clause.from - 1]!.end, tokens[clause.from]!.start).includes(',');
    const pointed = called && !reported && !story && !frame.has('lachen') && !saysOfOneself(classes, clause) ? pointedAt(classes, clause, called.firstToken, appositive) : undefined;
    if (pointed) {
      target = undefined;
      report(pointed === 'groep' ? 'haat-groep' : 'negatief', called!);
      continue;
    }
    // "Sinds er Antillianen wonen, doen we de deur op slot": a group named, then the speaker keeping away
    // from it. The group stands in a clause before, so this comes before the clause needs a target of its own.
    const avoid = inClause('mijden');
    const avoided = avoid && subject ? groupBefore(avoid.firstToken) : undefined;
    if (avoid && avoided && !reported && !story && !negatedBefore(avoid.firstToken)) {
      target = avoided;
      report('haat-groep', avoid);
      continue;
    }
    // "Rot op", "hou je bek", "klep dicht": sending the reader away rudely needs no other target.
    const rude = inClause('grof_bevel');
    // An order opens its clause ("de appel is rot op de onderkant" is none); "oplazeren" is one wherever it
    // stands; so is one that someone "moet" ("vrouwen moeten gewoon hun bek houden").
    const ought = rude && inClause('norm');
    // "Wanneer rotten die … eindelijk op?": asked when, the order all the same.
    const askedWhen = !!rude && rude.firstToken === clause.from + 1 && WHEN_ASKED.has(classes.readings[clause.from]!) && rude.lastToken > rude.firstToken;
    const rudeOrder = !!rude && (opensClause(classes.readings, clause, rude.firstToken) || askedWhen || classes.readings[rude.firstToken]!.startsWith('op') || (!!ought && ought.firstToken < rude.firstToken));
    if (rude && rudeOrder && !reported && !story && !frame.has('lachen') && !negatedBefore(rude.firstToken)) {
      // Said to a group, it is sending them away ("die Marokkanen moeten oprotten") or silencing them.
      const group = aimed.find((aim) => aim.type === 'groep');
      if (group) {
        target = group;
        report(classes.at('weggaan', rude.firstToken) ? 'buitensluiten-groep' : 'haat-groep', rude);
      } else {
        target = undefined;
        report('negatief', rude);
      }
      continue;
    }
    // Remarks on a body that need no other target: "die giraf uit de brugklas", "jammer van die neus",
    // "met dat lijf zou ik geen crop top aandoen", "meer haar op z'n rug dan op z'n hoofd".
    // "die olifant in de dierentuin": animals among animals are no one's nickname.
    const amongAnimals = !!classes.first('dieren_context', read.sentenceStart[clause.sentence]!, read.sentenceStart[clause.sentence + 1] ?? tokens.length);
    const remark = !reported && !story && !amongAnimals ? (bodyRemark(classes, clause) ?? looksMocked(read, doc, clause)) : undefined;
    if (remark !== undefined && !inClause('positief_na') && !admired(read, doc, clause, remark)) {
      target = undefined;
      report('bodyshaming', remark);
      continue;
    }
    // A seat full for someone for good, belonging taken away, a refusal if someone comes: each finds its own someone
    // (perhaps in another clause), and its negation is part of its shape.
    const shutOut = !reported && !story && !frame.has('sport') ? (fullForYou(read, clause) ?? noLongerOneOfUs(classes.readings, clause) ?? refusedIfComing(read, clause, read.sentenceStart[clause.sentence]!)) : undefined;
    if (shutOut !== undefined) {
      target = undefined;
      report('buitensluiten', shutOut);
      continue;
    }
    // "Sterf gewoon", "verdrink in de gracht": an order to die addresses someone without naming them.
    const dyingFirst = classes.first('dood_werkwoord', clause.from, clause.to);
    // One word ("sterf"), or a phrase told as an order with "maar" ("brand maar af", "rot maar lekker weg": "maar"
    // makes even a stem in -t an order).
    const toldWithMaar = !!dyingFirst && classes.readings[dyingFirst.firstToken + 1] === 'maar' && opensClause(classes.readings, clause, dyingFirst.firstToken);
    const orderedToDie =
      !!dyingFirst &&
      (toldWithMaar || (dyingFirst.firstToken === dyingFirst.lastToken && isOrder(classes.readings, clause, dyingFirst.firstToken))) &&
      !NOT_ORDERS.has(classes.readings[dyingFirst.firstToken]!) &&
      !asksQuestion(doc, clause);
    // "als hersens geld waren kon jij nog geen kauwgom kopen", "als domheid pijn deed liep jij te janken": the joke
    // of a quality made currency or pain, told of the one addressed.
    const joke = ifItWere(classes, clause, read.sentenceStart[clause.sentence]!);
    if (joke !== undefined && !reported && !story) {
      target = undefined;
      report('negatief', { firstToken: joke.first, lastToken: joke.last, start: tokens[joke.first]!.start, end: tokens[joke.last]!.end });
      continue;
    }
    if (aimed.length === 0 && !mayStandAlone(classes, clause) && !orderedToDie) continue;

    target = aimed.find((aim) => aim.type === 'groep') ?? aimed[0];
    // A match, or a friend's laughed-off exaggeration ("ik vermoord je als je nog 1x spoilert 😂"): no real harm meant.
    const play = (frame.has('sport') || frame.has('overdreven')) && target?.type !== 'groep';
    /** "niemand verdient het om uitgelachen te worden": a harm called for no one protects. */
    const forNoOne = (at: number) => {
      for (let k = at - 1; k >= read.sentenceStart[clause.sentence]!; k--) {
        if (classes.readings[k] === 'niemand') return true;
        // "niemand vindt je leuk, jij verdient het om gepest te worden": someone else is who it is called for.
        if (targets[k] && targets[k]!.type !== 'zelf' && classes.readings[k] !== 'het') return false;
      }
      return false;
    };

    // Death wishes and pushing towards self-harm: fixed phrases ("spring van een flat", "niemand zal je missen").
    const selfHarm = inClause('zelfbeschadiging');
    if (selfHarm && !frame.has('lachen') && !frame.has('zelfbeschadiging_onschuldig') && !story && !reported && !aboutOneself(selfHarm) && !negatedBefore(selfHarm.firstToken)) {
      report('doodswens', selfHarm);
      continue;
    }
    // "Ik hoop dat je doodgaat": a wish in the sentence and dying in this clause, aimed at someone.
    // "… niet meer wakker wordt van het lawaai", "… vannacht": woken or sleeping through, not dying.
    const dying = dyingFirst && !sleepsThrough(classes.readings, dyingFirst) ? dyingFirst : undefined;
    // "Sterf gewoon", "stik maar": dying as an order is a wish.
    const dyingOrdered = orderedToDie;
    // "Laat ze maar creperen", "laat hem lekker verrekken": letting someone die, wished.
    const letDie = !!dying && lets(classes.readings, Math.max(read.sentenceStart[clause.sentence]!, dying.firstToken - LET_REACH), dying.firstToken);
    if (dying && (target || (dyingOrdered && !play)) && ((frame.has('wens') && !wishDenied(classes.readings, read.sentenceStart[clause.sentence]!, dying.firstToken)) || inClause('norm') || dyingOrdered || letDie) && !frame.has('lachen') && !frame.has('ziekte_context') && !story && !reported && !negatedBefore(dying.firstToken)) {
      report(target?.type === 'groep' ? 'dreigen-groep' : 'doodswens', dying);
      continue;
    }

    // "hopelijk word je zo ziek dat …", "hopelijk zak je door het ijs", "… van zijn scooter wordt gereden": a misfortune
    // wished on someone, its words in any order. Not with care beside it ("ik hoop dat je snel beter wordt").
    const misfortune = frame.has('wens') && target && target.type !== 'zelf' ? misfortuneIn(classes, clause) : -1;
    if (misfortune >= 0 && !wishDenied(classes.readings, read.sentenceStart[clause.sentence]!, misfortune) && !hasAny(classes.readings, clause, CARE) && !classes.first('negatie', clause.from, clause.to) && !story && !reported) {
      report(target!.type === 'groep' ? 'dreigen-groep' : 'doodswens', misfortune);
      continue;
    }
    // Threats: violence aimed at someone by the writer, now or later ("ik ga je in elkaar slaan").
    const violence = violenceIn(classes, clause);
    // "Ik blaas de school op": the school itself is a target of violence.
    const schoolNamed = inClause('school_doel');
    // "we gaan met de klas pakken": the class one goes with is no target.
    const school = schoolNamed && !(ownSubject && withBefore(classes.readings, schoolNamed.firstToken, clause) >= 0) ? schoolNamed : undefined;
    if (violence && !target && school && subject && !play && !story && !reported && violence.tense === 'nu' && !negatedBefore(violence.token)) {
      report('dreigen', violence.token);
      continue;
    }
    // "Iemand moet die moskee in de fik steken", "gooi een handgranaat in dat azc": a group's place as the target.
    const groupPlace = inClause('groep_plaats');
    const arms = violence?.token ?? inClause('wapen')?.firstToken;
    const callsForIt = subject || intent || !!inClause('norm') || opensWithViolentOrder(classes.readings, clause) || hasWords(classes.readings, clause.from, clause.to, ['iemand']);
    if (arms !== undefined && groupPlace && callsForIt && !play && !story && !reported && violence?.tense !== 'verleden' && !negatedBefore(arms)) {
      report('dreigen-groep', arms);
      continue;
    }
    // A kitchen, a camp or a costume makes cutting or shooting harmless ("snij jij de taart?"), not a beating.
    const harmlessTool = frame.has('onschuldig_wapen') && TOOL_VERBS.test(classes.readings[violence?.token ?? 0] ?? '');
    // "Ik vermoord je van blijdschap": a feeling, not a deed.
    // "ik ga die scheidsrechter slaan": real violence against someone of the match is no game talk.
    const matchPersonHurt = !!violence && !!target && !frame.has('overdreven') && SPORT_ROLES.has(classes.readings[target.token]!) && !WINNING_VERBS.has(violence.lemma);
    // "ik ga je wurgen met mijn liefde": affection as the weapon (not "mijn bff" spoken of).
    const withLove = inMask(present, 'genegenheid') && all('genegenheid').some((match) => classes.readings[match.firstToken] === 'met');
    if (violence && target && (!play || matchPersonHurt) && !story && !reported && !harmlessTool && !inClause('lachen') && !withLove && !offeredOrSaved(classes, targets, violence.token) && !negatedBefore(violence.token)) {
      // "… vragen erom om in elkaar gemept te worden": asked for is called for.
      // "niemand verdient het om uitgelachen te worden", "niemand hoort geslagen te worden": a norm for no one protects.
      // "Het wordt tijd dat iemand die … in elkaar slaat": time called for it, in the clause before.
      const timeFor = classes.readings[clause.from] === 'dat' && clauses[position - 1]?.sentence === clause.sentence && classes.readings[clause.from - 1] === 'tijd';
      const normative = (!!inClause('norm') || !!inClause('erom_vragen') || timeFor) && !forNoOne(violence.token);
      // "vanavond die polen ff aanpakken, wie komt": a call for others after it in the sentence.
      const callAfter = classes.first('intentie', clause.to, read.sentenceStart[clause.sentence + 1] ?? tokens.length);
      const byWriter = subject || intent || target.type === 'jij' || (!!callAfter && classes.readings[callAfter.firstToken] === 'wie');
      // "Sla die gast in elkaar", "hang die verraders op": an order to hurt someone; "laat ze die demonstranten
      // maar platrijden": letting it be done (its "maar" opened a clause of its own).
      const before = clauses[position - 1];
      const letting = LETTING.has(classes.readings[clause.from]!) || (!!before && before.sentence === clause.sentence && LETTING.has(classes.readings[before.from]!));
      const ordered = target.type !== 'jij' && ((violence.order && opensClause(classes.readings, clause, violence.token)) || letting) && !asksQuestion(doc, clause);
      // "in peaky blinders schieten ze iedereen neer": a plural verb with "ze" right after it tells what others do;
      // "in de hongerspelen moeten kinderen elkaar doden": hurting one another is told, not aimed at anyone.
      const told = !hasTargetType(targets, clause, 'jij') && !intent && ((OTHERS.has(classes.readings[violence.token + 1] ?? '') && classes.readings[violence.token]!.endsWith('en') && !normative) || reciprocal(classes.readings, clause));
      // "ze moeten de instrumenten steriliseren": a thing as the verb's object makes "ze" the ones who do it.
      // Not after a preposition ("op het parkeerterrein afmaken"), nor a time ("een keer opwachten"), nor with
      // someone else named in the clause to do it to.
      const object = violence.token - 1;
      const thingDone =
        normative &&
        violence.tense === 'nu' &&
        DETERMINERS.has(classes.readings[object - 1] ?? '') &&
        !PREPOSITIONS_BEFORE_PLACE.has(classes.readings[object - 2] ?? '') &&
        !COUNTS.has(classes.readings[object]!) &&
        !targets[object] &&
        !classes.at('groep', object) &&
        aimed.every((aim) => aim.token === target!.token);
      // "als iemand je iets aandoet, sta ik er": someone else doing it, as a condition, is no threat of the writer's
      // ("als hij naar buiten komt slaan we hem" is: the writer is the subject after all).
      const opener = conditionOpenedAt(classes.readings, clause, violence.token);
      const byOthersIf = opener >= 0 && THIRD_PERSON_SUBJECTS.has(classes.readings[opener + 1] ?? '') && !hasAnyFrom(classes.readings, opener, Math.min(clause.to, violence.token + 2), FIRST_PERSON);
      // "kan je me opwachten bij de uitgang": the writer as the one it is done to asks for it; "jouw outfits
      // vermoorden me", "jij vermoordt me met die grappen": done to the writer, it is praise or a joke.
      const onTheWriter = writerAsObject(classes.readings, violence.token);
      // "we praten met de kinderen over hoe woorden pijn kunnen doen": how it is done, as a topic, without a plan.
      const topic = !intent && spokenOfHow(classes.readings, clause.from, violence.token);
      if (!told && !thingDone && !byOthersIf && !onTheWriter && !topic && ((violence.tense === 'nu' && (byWriter || normative || ordered)) || (violence.tense === 'deelwoord' && normative))) {
        report(target.type === 'groep' ? 'dreigen-groep' : 'dreigen', violence.token);
        continue;
      }
    }
    // "elke homo die hier komt wordt gestoken", "de volgende die het zegt wordt in elkaar geslagen": a promise to whoever
    // of them comes, in the passive, with the one it is about named in the sentence before the verb.
    if (violence && violence.tense === 'deelwoord' && !SOFT_PUNISHMENTS.has(violence.lemma) && !play && !story && !reported && !negatedBefore(violence.token) && promisedToWhoever(classes, targets, read.sentenceStart[clause.sentence]!, violence.token)) {
      report(hasGroupBefore(classes, targets, read.sentenceStart[clause.sentence]!, violence.token) ? 'dreigen-groep' : 'dreigen', violence.token);
      continue;
    }
    // "ik ga met hem vechten na school", "we rekenen met die gasten van 3b af": a fight planned, the opponent after "met".
    const fight = inClause('vechten_met');
    if (fight && (subject || intent) && !play && !story && !reported && !negatedBefore(fight.firstToken)) {
      const opponent = opponentAfterWith(classes, targets, clause);
      if (opponent !== undefined) {
        target = opponent;
        report('dreigen', fight);
        continue;
      }
    }
    // "Je krijgt klappen", "ik geef je een dreun"; "executie is de oplossing voor …", "die verdienen de kogel".
    // "milan moet steeds de trap op": the stairs, not a kick.
    const blowWord = inClause('geweld_naamwoord');
    const blow = blowWord && !(classes.readings[blowWord.firstToken] === 'trap' && STAIRS_BEFORE.has(classes.readings[blowWord.firstToken - 1] ?? '')) ? blowWord : undefined;
    if (blow && target && inClause('krijgen') && !play && !story && !reported && !negatedBefore(blow.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'dreigen', blow);
      continue;
    }
    // "Die verdient een pak slaag", "X horen in een kamp", "X moeten achter prikkeldraad".
    // "je moet je fiets aan de ketting leggen": a thing kept, no one (the chain itself is no such thing).
    const placed = inClause('opsluitplek');
    const keptThing = (thing: PhraseMatch) => (thing.lastToken < placed!.firstToken || thing.firstToken > placed!.lastToken) && OWNERS.has(classes.readings[thing.firstToken - 1] ?? '');
    // "mijn hamster hoort in een grotere kooi": a pet or a thing kept, no one (the animal itself as the target).
    const place = placed && (all('voorwerp').some(keptThing) || (!!target && target.type !== 'groep' && classes.at('dier', target.token))) ? undefined : placed;
    const norm = inClause('norm') ?? (hasWords(classes.readings, clause.from, clause.to, ['horen']) ? inClause('koppel') : undefined);
    if ((place || blow) && norm && target && !play && !story && !reported && !negatedBefore((place ?? blow)!.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'dreigen', (place ?? blow)!);
      continue;
    }
    // "Doven die niet willen leren praten zouden gestraft moeten worden", "non-binaire leraren moeten ontslagen en
    // vernederd worden", "jij verdient het om gepest te worden": harm short of violence called for. For a group any
    // punishment; for one person only humiliation deserved ("die dief moet gestraft worden" is justice talk).
    const harm = inClause('straf');
    const askedFor = !!inClause('erom_vragen') || hasAnyFrom(classes.readings, clause.from, clause.to, DESERVING);
    const harmCalledFor = !!harm && !!target && (target.type === 'groep' ? !!norm || askedFor : askedFor && HUMILIATING.has(classes.readings[harm.firstToken]!));
    // "we moeten het erover hebben hoe dove leerlingen buitengesloten worden": how it happens is spoken of.
    if (harmCalledFor && !forNoOne(harm!.firstToken) && !hasAnyFrom(classes.readings, clause.from, harm!.firstToken, HOW) && !play && !story && !reported && !negatedBefore(harm!.firstToken)) {
      report(target!.type === 'groep' ? 'dreigen-groep' : 'dreigen', harm!);
      continue;
    }
    // "Ik wens je de tyfus", "X mogen wat mij betreft de tering krijgen".
    const plague = inClause('ziekte_wens');
    if (plague && target && !frame.has('ziekte_context') && (frame.has('wens') || inClause('krijgen') || inClause('norm')) && !story && !reported && !negatedBefore(plague.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'doodswens', plague);
      continue;
    }
    const extreme = inClause('geweld_extreem');
    if (extreme && target && !story && !reported && !play && !negatedBefore(extreme.firstToken)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'dreigen', extreme);
      continue;
    }
    // "X moeten dood", "dood aan X".
    const deathAt = indexIn(classes.readings, 'dood', clause);
    const death = deathAt < 0 ? -1 : deathAt - clause.from;
    if (death >= 0 && target && (inClause('norm') || tokens[clause.from + death + 1]?.folded === 'aan') && !frame.has('lachen') && !story && !reported && !negatedBefore(clause.from + death)) {
      report(target.type === 'groep' ? 'dreigen-groep' : 'doodswens', clause.from + death);
      continue;
    }

    // "je konijn is de volgende": someone's pet, relative or thing named as next; "weet ik jou en je ouders te vinden".
    // "ik weet je te vinden hoor, ik stuur je wel een appje": an innocent word explains finding someone, as below.
    const menaced = !story && !reported && !play ? (yoursIsNext(classes, clause) ?? (frame.has('impliciet_onschuldig') ? undefined : knowsWhereToFind(classes, targets, clause))) : undefined;
    if (menaced !== undefined && !negatedBefore(menaced)) {
      report('impliciet', menaced);
      continue;
    }
    // Implicit threats: "je bent er geweest", "ik weet waar je woont", a weapon and a target.
    // "we weten hoe laat de bus gaat": knowing is a threat only of someone's whereabouts.
    const knownOf = inClause('dreig_impliciet');
    // "ik weet waar die ligt", "ik weet waar dat ijswinkeltje zit": what is known is a thing, not someone's whereabouts.
    const knowsAThing = !!knownOf && classes.at('weten', knownOf.firstToken) && opensAThing(classes.readings, targets, knownOf.lastToken + 1);
    // "ik pak je zo op bij de bieb": "oppakken" is picking someone up.
    const pickedUp = !!knownOf && hasAnyFrom(classes.readings, knownOf.firstToken, knownOf.lastToken + 1, PAKKEN) && hasWords(classes.readings, knownOf.lastToken + 1, clause.to, ['op']);
    // "pas goed op jezelf, en op elkaar": care wished, not a warning.
    const care = !!knownOf && classes.readings[knownOf.lastToken] === 'op' && CARED_FOR.has(classes.readings[knownOf.lastToken + 1] ?? '');
    // "ik vind je wel aardig", "ik zie je wel kijken": an opinion or a sight, not a finding.
    // Not with harm in sight ("ik zie je wel in het echt … met een dikke lip").
    const harmInSight = () => !!classes.first('gevolg', read.sentenceStart[clause.sentence]!, read.sentenceStart[clause.sentence + 2] ?? tokens.length);
    const notAFinding = !!knownOf && judgedOrSeen(classes, clause, knownOf.firstToken, knownOf.lastToken) && !menaces(read, doc, clause.sentence) && !harmInSight();
    const implicit = pickedUp || care || notAFinding ? undefined : knownOf && classes.at('weten', knownOf.firstToken) && (knowsAThing || !pointsAtSomeone(classes, targets, read.sentenceStart[clause.sentence]!, read.sentenceStart[clause.sentence + 1] ?? tokens.length)) ? undefined : knownOf;
    // A kind word does not explain a threat that menaces on ("Mooi huis trouwens. Zou zonde zijn.", "succes 🔪").
    // "ik kom je halen om 7 uur", "laatste waarschuwing: de bus vertrekt om half 9": a pick-up or a notice, by its clock time.
    const scheduled = !!knownOf && SCHEDULED.has(classes.readings[knownOf.lastToken]!) && saysAClockTime(classes.readings, Math.max(read.sentenceStart[clause.sentence]!, clause.from - LOOK_BACK), Math.min(read.sentenceStart[clause.sentence + 2] ?? tokens.length, clause.to + LOOK_AHEAD));
    // "en dan niet om thee te drinken", "wij vergeten niks": an innocent word inside the threat's own words explains nothing.
    const innocentHere = all('impliciet_onschuldig');
    const innocent = frame.has('impliciet_onschuldig') && (!knownOf || innocentHere.length === 0 || innocentHere.some((match) => match.firstToken < knownOf.firstToken || match.lastToken > knownOf.lastToken));
    // "je bent nog niet van me af hoor, bestie 💕", "ik zou maar oppassen, ik eet ze allemaal op 😂", "… op het natte gras":
    // a laugh, fondness or a reason in the sentence or the next explains a stock phrase of threat.
    // Its own words may be a warning ("wees gewaarschuwd"): only harm or a weapon in sight keeps it a threat.
    const lightOrCared = !!knownOf && lightOrFond(read, doc, read.sentenceStart[clause.sentence]!, read.sentenceStart[clause.sentence + 2] ?? tokens.length) && !harmInSight() && !armedInSight(doc, read, clause.sentence);
    const explained = ((innocent || scheduled) && !menaces(read, doc, clause.sentence)) || lightOrCared;
    // "meneer jacobs komt vrijdag afscheid nemen": a farewell is a threat only told to the reader ("neem maar afscheid").
    const farewell = !!implicit && classes.readings[implicit.firstToken] === 'afscheid' && !hasTargetType(targets, clause, 'jij') && !/^neem|^neemt$/.test(classes.readings[clause.from]!);
    if (implicit && !farewell && !story && !reported && !play && !explained && !negatedBefore(implicit.firstToken)) {
      report('impliciet', implicit);
      continue;
    }
    // Veiled threats by their shape: knowing someone's private details, a condition with harm for the one
    // addressed, a sinister closing line beside someone's details.
    const veiled = !story && !reported && !play ? veiledThreat(read, doc, clause, targets, explained) : undefined;
    if (veiled !== undefined) {
      report('impliciet', veiled);
      continue;
    }
    // "Je gaat dit nog berouwen", "dat zal je bezuren": revenge promised to the one addressed.
    const revenge = inClause('wraak');
    if (revenge && target?.type === 'jij' && (intent || inClause('norm')) && !reported && !story && !play && !negatedBefore(revenge.firstToken)) {
      report('impliciet', revenge);
      continue;
    }
    // "Let maar goed op je zusje": a threat to someone's family.
    const family = inClause('familie_doel');
    if (family && /^(let|pas)$/.test(classes.readings[clause.from] ?? '') && hasWords(classes.readings, clause.from, clause.to, ['op']) && !reported && !story && !frame.has('impliciet_onschuldig')) {
      report('impliciet', family);
      continue;
    }
    // A weapon brought along: for someone, or by the writer to school. "ik gun je het beste": Dutch "gunnen", no gun.
    const weapon = inClause('wapen');
    if (weapon && !grantedNotAGun(classes.readings, weapon.firstToken) && (target || subject || inClause('school_doel')) && !frame.has('onschuldig_wapen') && !story && !play && !reported && (inClause('meenemen') || intent)) {
      report(target?.type === 'groep' ? 'dreigen-groep' : 'impliciet', weapon);
      continue;
    }

    // Exclusion: "niemand mag met Fleur praten", "haal hem uit de groep", "X horen hier niet", "terug naar je land".
    const away = inClause('wegwens');
    // "Vluchtelingen mogen niet zomaar teruggestuurd worden": sending away denied. "terug naar het lokaal", "ga terug
    // naar je plek": sent back to a place here; only a group, or someone sent to where they come from, is sent away.
    // "jij moet terug om je jas te halen": "moet terug" sends away only a group, or someone to where they come from.
    const reach = Math.min(clause.to, away ? away.lastToken + 6 : 0);
    const fromOrigin = !!away && toOrigin(classes, away.firstToken, reach);
    const sentBackHere =
      !!away && target?.type !== 'groep' && sendsBack(classes.readings, away) && !fromOrigin && (toAPlaceHere(classes.readings, away.firstToken, reach) || /^moet/.test(classes.readings[away.firstToken]!));
    if (away && target && !sentBackHere && !(!fromOrigin && aThingSentAway(read, clause, away)) && !reported && !story && !negatedBefore(away.firstToken)) {
      report(target.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', away);
      continue;
    }
    // Belonging denied in any word order: "als je met Fatima omgaat hoor je er ook niet meer bij"; put out of
    // the group: "wie haar uitnodigt ligt er zelf ook uit", "Jayden weg uit het voetbalteam".
    // "jij zit er niet in", "doe alsof hij lucht is", "zoek maar andere vrienden", "als Emre komt allemaal opstaan".
    const outside =
      belongingDenied(classes, clause) ??
      notOneOfUs(classes, clause) ??
      putOut(classes, clause) ??
      notInTheGroup(classes, clause, !!classes.first('groep_plek', 0, tokens.length)) ??
      treatedAsAir(classes, clause) ??
      askedWhyStillThere(classes, clause) ??
      sentElsewhere(classes, clause, read.sentenceStart[clause.sentence + 1] ?? tokens.length) ??
      leftWhenComing(classes, clause, read.sentenceStart[clause.sentence]!);
    if (outside !== undefined && (target || isPutOutWord(classes.readings[outside]!)) && !reported && !story && !play) {
      report(target?.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', outside);
      continue;
    }
    // "Ga van onze groep af", "rot op uit de groepsapp": told to leave the group.
    const leave = inClause('weggaan');
    if (leave && inClause('groep_plek') && !reported && !story && !play && !negatedBefore(leave.firstToken) && !leftOfTheirOwnAccord(classes.readings, clause)) {
      report(target?.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', leave);
      continue;
    }
    // "stuur die Syriërs terug", "zet ze allemaal op een boot": a group sent away.
    const sentAway = target?.type === 'groep' && hasAnyFrom(classes.readings, clause.from, clause.to, SENDING) && (hasAnyFrom(classes.readings, clause.from, clause.to, AWAY_TO) || hasWords(classes.readings, clause.from, clause.to, ['de', 'grens', 'over']));
    // "we sturen de vluchtelingen een kaartje terug": something sent to them.
    let somethingSent = false;
    for (let k = (target?.token ?? clause.to) + 1; sentAway && k < clause.to && !somethingSent; k++) somethingSent = THINGS_SENT_OPENERS.has(classes.readings[k]!) && !DESTINATION_PREPOSITIONS.has(classes.readings[k - 1]!);
    if (sentAway && !somethingSent && !reported && !story && !negatedBefore(target!.token)) {
      report('buitensluiten-groep', target!.token);
      continue;
    }
    // "Ga terug naar Marokko": sent away, with or without a "you".
    if (away && !target && !reported && !story && /\b(land|jungle|woestijn|marokko|turkije|afrika|suriname|polen|syrie|azie|china)\b/.test(classes.readings.slice(away.firstToken, away.lastToken + 1).join(' '))) {
      report('buitensluiten-groep', away);
      continue;
    }
    // "Een nieuwe groepsapp gemaakt zonder jou": a group made without someone.
    // "zonder te vragen", "zonder jouw chaos": without an act or a thing of someone's, not without them.
    const withoutAt = indexIn(classes.readings, 'zonder', clause);
    const without = withoutAt >= 0 && !NOT_A_PERSON_AFTER_WITHOUT.has(classes.readings[withoutAt + 1] ?? '') ? withoutAt : -1;
    // Also "we maken / willen / gaan … zonder Lisa", unless a reason is given ("zonder Lisa, want ze is ziek").
    const weWithout = subject && (inClause('intentie') || inClause('norm') || hasAny(classes.readings, clause, GROUP_MAKING));
    // "we gaan naar de bios zonder jou": without you, said by the ones going, is leaving you out too.
    // "wat moet ik zonder jou", "zonder jou was de brugklas niks": missing someone, not leaving them out.
    const missesYou = without >= 0 && (AS_IT_WOULD_BE.has(classes.readings[without + 2] ?? '') || hasWords(classes.readings, clause.from, without, ['wat']));
    const withoutYou = without >= 0 && target?.type === 'jij' && targets[without + 1]?.type === 'jij' && weWithout && !missesYou;
    if (without >= 0 && target && !missesYou && (((target.type === 'jij' || inClause('maken') || weWithout) && inClause('groep_plek')) || withoutYou) && !frame.has('redenen') && !reported && !story) {
      report('buitensluiten', without);
      continue;
    }
    const nobody = inClause('niemand');
    // "Niemand mag met Fleur praten", "met haar praat niemand"; not "blinden zijn voor niemand een last".
    // "niemand mag erop zitten" (a chair kept free): sitting on or in a thing is no company refused.
    const company = nobody ? [...all('sociaal'), ...all('mee')] : [];
    // "mag" before another verb of company is the modal ("niemand mag erop zitten"), not "liking" someone.
    const last = company.reduce((latest, match) => Math.max(latest, match.firstToken), -1);
    // "niemand hield ze tegen": holding back is no company refused.
    // "zodat niemand de deadline mist": a thing missed, not a person.
    // "niemand laat zijn hoofd hangen": "zijn" before a body part is whose it is, not being with someone.
    const possessive = (at: number) => classes.readings[at] === 'zijn' && classes.at('lichaamsdeel', at + 1);
    const social = nobody && company.some((match) => (match.firstToken > nobody.firstToken || classes.readings[match.firstToken] !== 'zijn') && !possessive(match.firstToken) && !missesAThing(classes, match.firstToken) && !ON_A_THING.has(classes.readings[match.firstToken - 1] ?? '') && !(MODAL_MAY.has(classes.readings[match.firstToken]!) && match.firstToken < last) && !heldBack(classes.readings, match.firstToken, clause.from, clause.to));
    // "niemand mag je pesten", "niemand mag jou uitlachen": a harm forbidden protects, it keeps no one out.
    const protects = !!nobody && (!!classes.first('straf', nobody.lastToken + 1, clause.to) || !!classes.first('pestactie', nobody.lastToken + 1, clause.to));
    if (nobody && social && target && !protects && !reported && !story) {
      report(target.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', nobody);
      continue;
    }
    const shut = inClause('uitsluit');
    // "we moeten het erover hebben hoe dove leerlingen buitengesloten worden": how it happens is spoken of, not done.
    const howItHappens = !!shut && hasAnyFrom(classes.readings, clause.from, shut.firstToken, HOW);
    // "ff uit de groep gegaan, te veel meldingen", "de oud-leden eruit zodat het overzichtelijk blijft": keeping a group
    // app tidy (not for a group of people: nothing excuses that).
    const excused = (!!shut || !!inClause('verwijder')) && target?.type !== 'groep' && nearHousekeeping(classes.readings, read, clause);
    // "ze hebben me uit de klassengroep gegooid": the writer put out tells of it.
    const writerPutOut = !!shut && WRITER_AS_OBJECT.has(classes.readings[shut.firstToken - 1] ?? '');
    if (shut && target && !howItHappens && !excused && !protects && !writerPutOut && !leftOfTheirOwnAccord(classes.readings, clause) && (subject || inClause('groep_plek') || inClause('negatie') || target.type === 'groep' || containsTarget(targets, shut)) && !reported && !story && !negatedBefore(shut.firstToken)) {
      report(target.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', shut);
      continue;
    }
    const removal = inClause('verwijder');
    if (removal && target && !excused && (hasWords(classes.readings, clause.from, clause.to, ['uit']) || hasWords(classes.readings, clause.from, clause.to, ['eruit']) || hasWords(classes.readings, clause.from, clause.to, ['weg'])) && (inClause('groep_plek') || hasWords(classes.readings, clause.from, clause.to, ['eruit'])) && !reported && !story && !play) {
      report(target.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', removal);
      continue;
    }
    const notIn = inClause('negatie');
    // "telefoons horen niet in de klas": the place is no one kept out; someone else in the clause may be.
    // "niet meer meedoen met dat gedoe tegen kevin": the one something is against is not the one kept out.
    const keptOut = target && (classes.at('groep_plek', target.token) || classes.readings[target.token - 1] === 'tegen') ? aimed.find((aim) => !classes.at('groep_plek', aim.token) && classes.readings[aim.token - 1] !== 'tegen') : target;
    // "jullie mogen niet meer met hem praten": company with someone refused to others ("ik mag niet met hem chatten
    // van mama" is the writer's own rule).
    const withWhom = aimed.find((aim) => classes.readings[aim.token - 1] === 'met' && aim.type !== 'zelf');
    const refused = withWhom && inClause('sociaal') && !hasWords(classes.readings, clause.from, withWhom.token, ['ik']) ? withWhom : undefined;
    const shunned = refused ?? keptOut;
    if (notIn && shunned && (inClause('mee') || inClause('groep_plek') || refused) && (inClause('norm') || subject || shunned.type === 'groep') && !reported && !story && (shunned.type === 'groep' || !frame.has('redenen'))) {
      // "We nemen Daan niet meer mee": we keep someone out (a reason in the sentence makes it an excuse, see above).
      if (shunned.type === 'groep' || inClause('norm') || (subject && shunned.type !== 'jij')) {
        target = shunned;
        report(shunned.type === 'groep' ? 'buitensluiten-groep' : 'buitensluiten', notIn);
        continue;
      }
    }

    // "jij snapt echt nooit iets", "jij gaat later niks worden", "wie vroeg jou", "jouw mening telt niet": someone's
    // mind, future or say dismissed.
    const dismissed = inClause('kleinering');
    if (dismissed && (target || containsTarget(targets, dismissed)) && target?.type !== 'zelf' && target?.type !== 'groep' && !reported && !story && !negatedBefore(dismissed.firstToken)) {
      report('negatief', dismissed);
      continue;
    }
    // "ik heb zakken aardappels gezien met meer persoonlijkheid dan jij", "mijn koelkast is interessanter dan jij",
    // "zelfs mijn opa typt sneller dan jij": a thing, an animal, a toddler or anyone at all said to beat someone.
    const beaten = outdoneByAThing(classes, targets, clause, read.sentenceStart[clause.sentence]!);
    if (beaten !== undefined && !reported && !story) {
      report('negatief', beaten);
      continue;
    }
    // "Jij hebt geen hersens", "het IQ van een kamerplant", "meer puisten dan hersencellen": someone's mind put down.
    const mind = inClause('verstand');
    if (mind && target && target.type !== 'zelf' && (inClause('negatie') || hasAny(classes.readings, clause, MIND_LOW)) && !reported && !story && !inClause('positief_na')) {
      report(target.type === 'groep' ? 'haat-groep' : 'negatief', mind);
      continue;
    }
    // "Jij hebt het charisma van een natte sok": someone's quality likened to a thing's.
    const quality = inClause('eigenschap');
    if (quality && target && target.type !== 'zelf' && target.type !== 'groep' && classes.readings[quality.lastToken + 1] === 'van' && classes.readings[quality.lastToken + 2] === 'een' && !reported && !story) {
      report('negatief', quality);
      continue;
    }
    // "Bilal, jij verpest alles": someone as the one who spoils everything.
    const spoils = indexIn(classes.readings, 'verpest', clause);
    if (spoils > 0 && target && target.token < spoils && (target.type === 'jij' || target.type === 'naam') && hasWords(classes.readings, spoils + 1, Math.min(clause.to, spoils + 3), ['alles']) && !reported && !story) {
      report('negatief', spoils);
      continue;
    }
    // "Mensen zoals jij komen nooit verder", "zo iemand verdient het": someone as a kind of person, put down.
    const kind = inClause('soort_mensen');
    if (kind && (inClause('negatie') || inClause('neg_adjectief') || inClause('scheldnaam') || hasAny(classes.readings, clause, PUT_DOWN)) && !reported && !story && !inClause('positief_na')) {
      report(target?.type === 'groep' ? 'haat-groep' : 'negatief', kind);
      continue;
    }
    // "Like als je Sanne ook irritant vindt": a poll against someone.
    const poll = inClause('peiling');
    if (poll && target && (inClause('neg_adjectief') || inClause('scheldnaam') || inClause('emotie') || inClause('lichaam_neg')) && !reported && !story) {
      report('buitensluiten', poll);
      continue;
    }
    // "Een Afghaan als buurman? Dan verhuis ik": one of a group in a role, asked about with disdain.
    // "als" opens a clause of its own, so the group stands just before it; the answer after the question
    // shows the disdain ("Dan verhuis ik", "echt niet"), a plain question or a kind answer stays quiet.
    const role = inClause('rol');
    const member = role ? targets[role.firstToken - 2] : undefined;
    if (role && member?.type === 'groep' && classes.readings[role.firstToken - 1] === 'als' && classes.readings[member.token - 1] === 'een' && /\?/.test(doc.text.slice(tokens[role.firstToken]!.end, tokens[role.firstToken + 1]?.start ?? doc.text.length)) && classes.first('afwijzing', role.firstToken + 1, Math.min(tokens.length, role.firstToken + 1 + ANSWER_REACH)) && !reported && !story) {
      target = member;
      report('haat-groep', role);
      continue;
    }
    // Hatred: "ik haat die Polen", "ik kan die gast niet uitstaan", "ik walg van jullie".
    const hatred = inClause('emotie');
    // "Ik ben klaar met alle haat tegen homo's": hate as a noun is spoken of, unless the writer holds it.
    const hateNamed = !!hatred && classes.readings[hatred.firstToken] === 'haat' && (NOUN_BEFORE.has(classes.readings[hatred.firstToken - 1] ?? '') || HATE_TOWARDS.has(classes.readings[hatred.firstToken + 1] ?? '')) && !(subject && hasAny(classes.readings, clause, HAVING_HATE));
    // Shame is scorn only of the one addressed or named ("ik schaam me voor jou"); "ik schaam me voor die mensen" condemns them.
    const shameOfOthers = !!hatred && classes.at('schaamte', hatred.firstToken) && target?.type !== 'jij' && target?.type !== 'naam';
    // "papa haat de nieuwe afstandsbediening": what is hated is a thing named right after.
    const thingHated = !!hatred && hatesAThing(classes, targets, hatred.lastToken + 1, clause.to);
    // "hij gaat me haten": the writer is the one hated (not so "Joden staan me tegen": there the writer feels it).
    const writerHated = !!hatred && HATING.has(classes.readings[hatred.firstToken]!) && writerAsObject(classes.readings, hatred.firstToken);
    if (hatred && target && !hateNamed && !shameOfOthers && !thingHated && !writerHated && !reported && !story && !negatedBefore(hatred.firstToken)) {
      report(target.type === 'groep' ? 'haat-groep' : 'haat-persoon', hatred);
      continue;
    }

    // "Zij neukt met iedereen", "die van 3A pijpt voor geld": sexual rumours about someone.
    const rumour = inClause('seks_daad');
    if (rumour && target && target.type !== 'jij' && !reported && !story && !negatedBefore(rumour.firstToken)) {
      report('seksueel', rumour);
      continue;
    }
    // Sexual harassment: a nude picture asked for or threatened to be shared; a body part with a sexual word.
    const nude = inClause('seks_object');
    // "Als je me geen naaktfoto stuurt, zet ik …": a condition is no denial.
    const threatened = !!inClause('afpersing') && (!!target || frame.has('meld'));
    // "je nieuwe puppy!!! send pics": plain "pics" of an animal just named are no nudes.
    const ofAnAnimal = nude && nude.firstToken === nude.lastToken && classes.readings[nude.firstToken] === 'pics' && !threatened && !!classes.first('dier', read.sentenceStart[Math.max(0, clause.sentence - 1)]!, clause.to);
    if (nude && !ofAnAnimal && !reported && !story && (threatened || !negatedBefore(nude.firstToken)) && (inClause('seks_verzoek') || inClause('seks_adj') || threatened)) {
      report('seksueel', nude);
      continue;
    }
    const body = inClause('seks_lichaam');
    // A body part of someone with a wish, a look or a suggestive emoji: "die kont zou ik wel willen 🤤".
    const wanting = (subject && hasAny(classes.readings, clause, DESIRE)) || SUGGESTIVE.test(clauseText(doc, clause));
    if (body && target && target.type !== 'zelf' && !reported && !story && !frame.has('ziekte_context') && !negatedBefore(body.firstToken) && (inClause('seks_adj') || inClause('kijken') || wanting || (inClause('seks_verzoek') && target.type === 'jij'))) {
      report('seksueel', body);
      continue;
    }
    // "Als je niet doet wat ik zeg, stuur ik je foto's naar iedereen": pictures used to force someone.
    const picture = inClause('beeld');
    if (picture && inClause('afpersing') && target && (hasWords(classes.readings, clause.from, clause.to, ['anders']) || frame.has('voorwaarde')) && !reported && !story) {
      report('seksueel', picture);
      continue;
    }
    // "Hé lekker ding", "ik zou je zo mee naar bed nemen", "aan je billen zitten": sexual remarks to or about someone.
    const advance = inClause('seks_zin');
    // "wat ze over je lichaam zeiden": the body spoken about, not an advance.
    // "terwijl je nog in bed ligt": lying in bed, not an advance.
    // "ik lig ziek in mijn bed": resting there, wherever the verb stands.
    const spokenAbout = !!advance && (classes.readings[advance.firstToken - 1] === 'over' || (classes.readings[advance.lastToken] === 'bed' && hasAnyFrom(classes.readings, clause.from, Math.min(clause.to + 1, tokens.length), RESTING)));
    // "Lekker ding, hoeveel moet ik je betalen …": a vocative of its own, the one addressed later in the sentence.
    const addressedInSentence =
      !!advance &&
      hasTargetType(targets, { from: Math.max(read.sentenceStart[clause.sentence]!, clause.from - LOOK_AHEAD), to: Math.min(read.sentenceStart[clause.sentence + 1] ?? tokens.length, clause.to + LOOK_AHEAD), sentence: clause.sentence }, 'jij');
    if (advance && !spokenAbout && (target || containsTarget(targets, advance) || addressedInSentence) && !reported && !story && !frame.has('ziekte_context') && !negatedBefore(advance.firstToken)) {
      report('seksueel', advance);
      continue;
    }
    // "mevrouw de wit had weer zo'n strakke broek aan 🤤", "wat heb je eronder aan 👀": clothes, a body or a
    // changing room, looked at with an emoji of lust. The drooling and the tongue say it alone; a smirk or eyes only
    // beside a body or what is under the clothes.
    const eyed = inClause('lust_context') ?? inClause('seks_lichaam') ?? inClause('kleding');
    const nextSentence = read.sentenceStart[clause.sentence + 1];
    const lustful = !!eyed && (LUST.test(doc.text.slice(tokens[clause.from]!.start, nextSentence === undefined ? doc.text.length : tokens[nextSentence]!.start)) || (LEERING.test(clauseText(doc, clause)) && !classes.at('kleding', eyed.firstToken)));
    if (eyed && lustful && target && target.type !== 'zelf' && target.type !== 'groep' && !reported && !story && !frame.has('ziekte_context') && !negatedBefore(eyed.firstToken)) {
      report('seksueel', eyed);
      continue;
    }
    // "stuur een foto zonder je shirt", "laat zien wat er onder die hoodie zit": undressing asked for.
    const clothes = inClause('kleding');
    // "ik wil er een dikke trui onder dragen": wearing is no undressing.
    const wearing = hasAny(classes.readings, clause, WEARING);
    if (clothes && !wearing && !OUTERWEAR.has(classes.readings[clothes.firstToken]!) && (inClause('seks_verzoek') || hasWords(classes.readings, clause.from, clause.to, ['foto'])) && UNDRESS.some((word) => hasWords(classes.readings, clause.from, clause.to, [word])) && !reported && !story && !negatedBefore(clothes.firstToken)) {
      report('seksueel', clothes);
      continue;
    }

    // "Ga eens afvallen", "ga je wassen": told to change one's body.
    // Told to lose weight is a put-down by itself; told to wash or to do sport only with a remark on the body or a
    // put-down in the sentence: "ga douchen, het is al laat" is a parent's reminder.
    const bodyOrder = inClause('lichaam_bevel');
    const sentenceFrom = read.sentenceStart[clause.sentence]!;
    const sentenceTo = read.sentenceStart[clause.sentence + 1] ?? tokens.length;
    const aboutWeight = !!bodyOrder && hasAnyFrom(classes.readings, bodyOrder.firstToken, bodyOrder.lastToken + 1, WEIGHT_WORDS);
    const putDown = aboutWeight || (!!bodyOrder && BODY_PUT_DOWNS.some((name) => classes.first(name, sentenceFrom, sentenceTo) !== undefined));
    if (bodyOrder && putDown && !reported && !story && !play) {
      report('bodyshaming', bodyOrder);
      continue;
    }
    // Degrading attributes, dehumanisation and body shaming: target + "is/zijn/vind" + what they would be.
    // A story told ("in het sprookje is de stiefmoeder gemeen") speaks of its characters; of a group, only
    // when someone in it is quoted.
    // Among animals, a real animal named ("die olifant in de dierentuin") is no target; people compared to them are.
    const animalNamed = amongAnimals && !!target && (isAnimalWord(classes, target.token) || isAnimalWord(classes, target.token + 1));
    // "wij Chinezen kunnen echt niet zacht praten haha": the writer's own group, spoken of from inside.
    if (target?.type === 'groep' && OUR_GROUP.has(classes.readings[target.token - 1] ?? '')) continue;
    // A group put down without an insult: "typisch zo'n Turk", "goed Nederlands voor een Marokkaan",
    // "ik heb niks tegen homo's, maar …".
    const stereotype = !reported && !story ? stereotyped(read, clause, targets) : undefined;
    if (stereotype !== undefined) {
      report('haat-groep', stereotype);
      continue;
    }
    // "Moslims mogen hier helemaal niet wonen", "geef asielzoekers geen huis": a right denied to a whole group.
    const rightless = target?.type === 'groep' && !reported && !story ? rightDenied(classes, clause, read.sentenceStart[clause.sentence + 1] ?? tokens.length, target.token, () => asksQuestion(doc, clause)) : undefined;
    if (rightless !== undefined) {
      report('haat-groep', rightless);
      continue;
    }
    // "Zwarte mensen zijn minder intelligent", "Marokkanen zijn niet te vertrouwen": a good quality denied of a whole group.
    const denied = target?.type === 'groep' && !reported && !story ? deniedQuality(classes, clause, target.token) ?? deniedAbility(classes.readings, clause, target.token) : undefined;
    if (denied !== undefined) {
      report('haat-groep', denied);
      continue;
    }
    if (!target || reported || animalNamed || (story && (target.type !== 'groep' || frame.has('meld'))) || negatedNear(target.token)) continue;
    // "Roemenen stelen alles": a crime said of a whole group.
    const crime = inClause('misdaad');
    if (crime && target.type === 'groep') {
      report('haat-groep', crime);
      continue;
    }
    // "Die dikke van 2A", "wie is die lelijke": an adjective used as the name of someone.
    const nickname = classes.readings[target.token] === 'die' ? (inClause('neg_adjectief') ?? inClause('lichaam_neg')) : undefined;
    if (nickname && nickname.firstToken === target.token + 1 && !describesThing(nickname) && adjectiveStrength(classes.readings[nickname.firstToken]!) > 0) {
      report(classes.at('lichaam_neg', nickname.firstToken) ? 'bodyshaming' : 'negatief', nickname);
      continue;
    }
    // "Emma is een nepperd en een slijmbal": a coordinated clause shares the verb of the one before.
    const coordinated = !!sameSentence && previousLinked && COORDINATORS.has(classes.readings[clause.from]!);
    const linked = !!inClause('koppel') || !!inClause('vind') || hasAny(classes.readings, clause, LINKS) || coordinated;
    const aboutGroup = target.type === 'groep';
    // "Vrouwen zijn koeien", "doven zijn net vissen", "ze gedragen zich als apen": a group said to be animals.
    const beast = aboutGroup ? inClause('dier') : undefined;
    if (beast && isAnimalPredicate(classes, tokens, beast.firstToken)) {
      report('ontmenselijking', beast);
      continue;
    }
    // "je hond is schattig", "jouw kat heeft honger": the animal that is yours, not what you are called.
    if (YOUR_ANIMAL.has(classes.readings[target.token]!) && classes.at('dier', target.token + 1) && target.token + 2 < clause.to) continue;
    const dehumanised = fits(inClause('ontmenselijk'));
    if (dehumanised && (linked || aboutGroup || calledRightAfter(classes.readings, target, dehumanised.firstToken) || likeYou(classes.readings, dehumanised))) {
      report(aboutGroup ? 'ontmenselijking' : 'negatief', dehumanised);
      continue;
    }
    const shamed = fits(inClause('lichaam_neg'));
    const had = hasAny(classes.readings, clause, HAVING) && !PLAIN_LOOKS.has(classes.readings[shamed?.firstToken ?? 0]!);
    // "de dikke buik van de zwangere juf, zo mooi": a kind word in the sentence says it is no remark.
    const praised = !!shamed && !!classes.first('positief', read.sentenceStart[clause.sentence]!, read.sentenceStart[clause.sentence + 1] ?? tokens.length);
    // "mijn vader is kaal", "onze opa heeft een baard": one's own family described plainly.
    const ownDescribed = !!shamed && PLAIN_LOOKS.has(classes.readings[shamed.firstToken]!) && WRITERS_OWN.has(classes.readings[target.token - 1] ?? '');
    // "De porties … zijn zo dik", "mijn sokken stinken": the clause opens with a thing as its subject.
    if (shamed && !praised && !ownDescribed && !opensWithAThing(shamed) && (linked || inClause('lichaamsdeel') || had) && !frame.has('ziekte_context') && !classes.at('dikke_positief', shamed.lastToken + 1) && (classes.at('lichaamsdeel', shamed.lastToken + 1) || !describesThing(shamed))) {
      report(aboutGroup ? 'haat-groep' : 'bodyshaming', shamed);
      continue;
    }
    // "je lijkt wel een paard", "ze waggelt als een pinguïn", "hoofd als een voetbal".
    const likened = inClause('vergelijk');
    const animal = inClause('dier_vergelijking');
    if (likened && animal && animal.firstToken >= likened.firstToken) {
      report(aboutGroup ? 'ontmenselijking' : 'bodyshaming', animal);
      continue;
    }
    // Someone's body part likened, sized up or exclaimed at: "oren als schotelantennes", "die neus van Jasmijn
    // is zo groot", "wat een kop heb jij". Not when the clause praises ("wat een mooie ogen") or speaks of illness.
    const part = inClause('lichaamsdeel');
    if (part && target.type !== 'zelf' && !inClause('positief_na') && !frame.has('ziekte_context') && !admired(read, doc, clause, part.firstToken) && bodyPartMocked(classes.readings, clause, part, read.sentenceStart[clause.sentence + 1] ?? tokens.length)) {
      report(aboutGroup ? 'haat-groep' : 'bodyshaming', part);
      continue;
    }
    const insult = fits(inClause('scheldnaam'));
    const adjective = fits(inClause('neg_adjectief'));
    if (adjective && !insult && describesThing(adjective)) continue;
    // "Nederlanders zijn gek op paarden", "boos op de scheids": a feeling towards something, not what they are.
    if (adjective && !insult && classes.readings[adjective.lastToken + 1] === 'op' && adjectiveStrength(classes.readings[adjective.firstToken]!) < 2) continue;
    if (target.type === 'groep') {
      // Any negative word about a group, linked to it, right before it ("luie Polen"), or a predicate of its own ("kunnen niks").
      const before = adjective && adjective.lastToken + 1 === target.token;
      const predicate = adjective && adjective.lastToken > adjective.firstToken;
      // "kankerturken": the group and the curse in one word.
      const itself = insult && insult.firstToken === target.token;
      // "homo's, zo vies", "hij is gay denk ik, ranzig": a verdict on its own right after the group is named.
      const alone = resolved.length === 0 && !!sameSentence;
      const verdict = adjective && alone && standsAlone(classes.readings, clause, adjective);
      if ((insult || adjective) && (linked || before || predicate || itself || verdict)) {
        report('haat-groep', insult ?? adjective!);
        continue;
      }
      // "Vluchtelingen zijn een ramp voor onze wijken", "moslims zijn een gevaar": a group called a burden or a danger
      // ("… zijn in gevaar", "… hebben een probleem" say something else).
      const burden = linked ? fits(inClause('last')) : undefined;
      if (burden && burden.firstToken > target.token && (target.token >= clause.from || coordinated) && !BURDEN_NOT_MEANT.has(classes.readings[burden.firstToken - 1] ?? '') && !negatedBefore(burden.firstToken)) {
        report('haat-groep', burden);
        continue;
      }
      // "Polen zorgen alleen maar voor problemen", "…, er komt alleen maar ellende van": a group said to bring nothing but trouble.
      const trouble = nothingButTrouble(classes, clause);
      if (trouble && !negatedBefore(trouble.only)) {
        report('haat-groep', trouble.word);
        continue;
      }
      // "ze is lesbisch, bah", "twee homo's die zoenen, gadver": disgust said on its own.
      const disgust = alone ? inClause('walging') : undefined;
      if (disgust && standsAlone(classes.readings, clause, disgust)) {
        report('haat-groep', disgust);
        continue;
      }
    } else if (adjective && !insult && SKILL_AT.has(classes.readings[adjective.lastToken + 1] ?? '') && adjective.lastToken + 2 < clause.to && !classes.at('koppel', adjective.lastToken + 2) && adjectiveStrength(classes.readings[adjective.firstToken]!) < 2) {
      // "jij bent zo slecht in fifa", "hopeloos met kaartlezen": how good someone is at something, not who they are.
      continue;
    } else if ((linked || (adjective && adjective.lastToken > adjective.firstToken) || (!!insult && likeYou(classes.readings, insult))) && !saysOfOneself(classes, clause) && !saidOfAThingBefore(classes, clause, target.token) && (insult || (adjective && strongEnough(adjective) && !opensWithAThing(adjective)))) {
      report('negatief', insult ?? adjective!);
    }
  }
  if (hits.length < MAX_HITS) coercion(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) pileOn(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) exposure(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) stalking(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) belittling(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) abilityDenied(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) menace(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) apeEmoji(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) calledNames(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) mockedStanding(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) keptOut(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) lethalMeans(read, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) harmPlanned(read, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) shunnedByContact(read, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) calledSideBySide(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) regardDenied(read, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) sarcasticPairing(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  if (hits.length < MAX_HITS) glorified(read, doc, (attack, cue) => hits.push(hitAt(tokens, attack, cue)));
  return hits;
}

/** A surprise in the sentence or the one before or after: "Niemand mag met Fleur praten, surprise!" five sentences on is no party. */
function surpriseNear(readings: readonly string[], read: Reading, sentence: number): boolean {
  const from = read.sentenceStart[Math.max(0, sentence - 1)]!;
  const to = read.sentenceStart[sentence + 2] ?? readings.length;
  for (let k = from; k < to; k++) if (SURPRISE.has(readings[k]!)) return true;
  return false;
}

const OUR_GROUP = new Set(['wij', 'we']);
const CAUSING = new Set(['zorgen', 'zorgt', 'brengen', 'brengt', 'veroorzaken', 'veroorzaakt', 'komt', 'komen', 'geven', 'geeft', 'leveren', 'levert', 'maken', 'maakt']);
/**
 * A burden word (class `last`) after "alleen maar" or "niks dan", with a verb of causing in the clause: where the
 * burden word and "alleen"/"niks" stand (a denial before the latter takes it back: "niet alleen maar problemen").
 */
function nothingButTrouble(classes: ClassIndex, clause: Clause): { word: number; only: number } | undefined {
  const readings = classes.readings;
  if (!hasAny(readings, clause, CAUSING)) return undefined;
  for (let k = clause.from + 2; k < clause.to; k++) {
    if (!classes.at('last', k)) continue;
    // "alleen maar (voor) problemen", "niks dan ellende"
    const at = readings[k - 1] === 'voor' ? k - 1 : k;
    if ((readings[at - 1] === 'maar' && readings[at - 2] === 'alleen') || (readings[at - 1] === 'dan' && (readings[at - 2] === 'niks' || readings[at - 2] === 'niets'))) return { word: k, only: at - 2 };
  }
  return undefined;
}

/** Before a burden word, what makes it no verdict on the group: "in gevaar", "geen probleem", "het probleem van". */
const BURDEN_NOT_MEANT = new Set(['in', 'geen', 'zonder', 'buiten', 'tegen', 'voor', 'met', 'van', 'ons']);

/** "(niet meer) wakker (wordt) van / door / vannacht": about sleep, not a euphemism for dying. */
function sleepsThrough(readings: string[], dying: PhraseMatch): boolean {
  if (readings[dying.lastToken] !== 'wakker') return false;
  let next = dying.lastToken + 1;
  if (/^(wordt|word|worden|werd|houdt|houden)$/.test(readings[next] ?? '')) next++;
  return /^(van|door|vannacht|voor|om|tot|als|wanneer)$/.test(readings[next] ?? '') || /^(houdt|houden)$/.test(readings[dying.lastToken + 1] ?? '');
}

const IF_IT_WERE = new Set(['was', 'waren', 'deed', 'deden', 'kon', 'zou', 'zouden', 'telde', 'verkopen', 'verkocht']);
/** "als [hersens | domheid | lelijkheid] … waren / deed / kon …" earlier in the sentence, and "jij" or "jouw" in this clause. */
function ifItWere(classes: ClassIndex, clause: Clause, sentenceFrom: number): { first: number; last: number } | undefined {
  const readings = classes.readings;
  let you = -1;
  // Read as words, not as targets: after "als …" the "jij" may pass for anyone, and here it is the one addressed.
  for (let k = clause.from; k < clause.to && you < 0; k++) if (STRESSED_YOU.has(readings[k]!) || readings[k] === 'jouw') you = k;
  if (you < 0) return undefined;
  for (let i = Math.max(sentenceFrom, you - OUTDONE_REACH); i < you; i++) {
    if (readings[i] !== 'als') continue;
    let quality = -1;
    for (let k = i + 1; k <= i + 3 && k < you; k++) if (classes.at('verstand', k) || classes.at('ondeugd', k)) quality = k;
    if (quality >= 0 && hasAnyFrom(readings, quality + 1, Math.min(you, quality + 4), IF_IT_WERE)) return { first: i, last: you };
  }
  return undefined;
}
/**
 * A comparison someone loses to a thing or an animal: "… met meer X dan jij", "… interessanter dan met jou", a
 * comparative or "meer" before "dan" and the one addressed, and the thing or animal named before it in the sentence.
 */
function outdoneByAThing(classes: ClassIndex, targets: (Target | undefined)[], clause: Clause, sentenceFrom: number): number | undefined {
  const readings = classes.readings;
  const low = (k: number) => classes.at('vergelijk_ding', k) || classes.at('dier', k) || classes.at('klein_kind', k);
  for (let i = clause.from; i < clause.to; i++) {
    if (readings[i] !== 'dan') continue;
    // "zelfs Messi is niet beter dan jij": praise.
    if (classes.first('negatie', clause.from, i)) continue;
    let you = i + 1;
    // "dan met jou", "dan wat jij liet horen".
    if (readings[you] === 'met' || readings[you] === 'wat') you++;
    // "slimmer dan je denkt", "sneller dan jij had verwacht": the one compared is praised.
    if (THOUGHT.has(readings[you + 1] ?? '') || THOUGHT.has(readings[you + 2] ?? '')) continue;
    // "dan jij", "dan met jou"; not "dan jouw hond". Someone named or "hem"/"haar" only when a thing, an animal or a toddler beats them.
    const addressed = targets[you]?.type === 'jij' && (readings[you] === 'jij' || readings[you] === 'jou' || readings[you] === 'u');
    const named = targets[you]?.type === 'naam' || (targets[you]?.type === 'derde' && (readings[you] === 'hem' || readings[you] === 'haar'));
    if (addressed || named) {
      let compared = false;
      for (let k = Math.max(clause.from, i - OUTDONE_REACH); k < i && !compared; k++) compared = named ? betterAt(readings[k]!) : readings[k] === 'meer' || betterAt(readings[k]!) || (readings[k]!.length > 4 && readings[k]!.endsWith('er') && !COMPARED_NOT.has(readings[k]!));
      if (!compared) continue;
      for (let k = Math.max(sentenceFrom, i - OUTDONE_REACH); k < i; k++) {
        if (low(k) || (agedOrSmall(readings, k) && anyBetterAt(readings, k, i))) return k;
        // "mijn opa loopt nog sneller dan jij": a grandparent who "still" beats someone addressed.
        if (addressed && OLD_FOLKS.has(readings[k]!) && readings.slice(k + 1, i).includes('nog') && anyBetterAt(readings, k, i)) return k;
        // "zelfs mijn opa typt sneller dan jij", "ik heb broodjes kaas gezien met meer persoonlijkheid dan jij": even anyone, or any thing "seen with more", beats someone.
        if ((addressed && readings[k] === 'zelfs' && (EVEN_WHO.has(readings[k + 1] ?? '') || targets[k + 1]?.type === 'naam')) || (readings[k] === 'gezien' && readings[k + 1] === 'met' && readings[k + 2] === 'meer')) return k;
      }
      continue;
    }
    // "jij fietst slechter dan mijn oma", "je danst stijver dan een plank": someone outdone the other way round.
    let worse = false;
    let aimed = false;
    for (let k = Math.max(clause.from, i - OUTDONE_REACH); k < i; k++) {
      worse ||= WORSE_AT.has(readings[k]!);
      aimed ||= targets[k]?.type === 'jij' || targets[k]?.type === 'naam';
    }
    if (!worse || !aimed) continue;
    for (let k = i + 1; k < Math.min(clause.to, i + 4); k++) if (low(k) || OLD_FOLKS.has(readings[k]!)) return k;
  }
  return undefined;
}
/** "elke", "iedere", "de volgende", "de eerste": whoever of them, as the subject of a promise. */
const WHOEVER = new Set(['elke', 'iedere', 'ieder', 'elk', 'volgende', 'eerste']);
const PASSIVE = new Set(['wordt', 'worden', 'word']);
/** How far before the participle "wordt" and "elke …" may stand, in words. */
const PROMISE_REACH = 14;
/**
 * "elke homo die … wordt gestoken": a "wordt" right before the participle (or after it: "… in elkaar geslagen wordt"),
 * and before that in the sentence "elke", "iedere", "de volgende" with a person or group word after it.
 */
function promisedToWhoever(classes: ClassIndex, targets: (Target | undefined)[], sentenceFrom: number, participle: number): boolean {
  const readings = classes.readings;
  const from = Math.max(sentenceFrom, participle - PROMISE_REACH);
  if (!hasAnyFrom(readings, Math.max(from, participle - 4), participle, PASSIVE) && !PASSIVE.has(readings[participle + 1] ?? '')) return false;
  const person = (k: number) => (targets[k] && targets[k]!.type !== 'zelf') || classes.at('groep', k) || classes.at('persoon', k);
  for (let i = from; i < participle - 1; i++) {
    if (!WHOEVER.has(readings[i]!)) continue;
    // "de volgende"/"de eerste" need their article.
    if ((readings[i] === 'volgende' || readings[i] === 'eerste') && readings[i - 1] !== 'de') continue;
    // The person or group word right after it (or after one adjective: "de volgende joodse jongen"), then "die …": whoever
    // of them does something. Not "elke dag", "elke keer als hij …".
    const noun = person(i + 1) ? i + 1 : person(i + 2) ? i + 2 : -1;
    if (noun > 0 && (readings[noun + 1] === 'die' || readings[noun + 2] === 'die')) return true;
  }
  return false;
}
/** Punishments a school or a game hands out ("elke leerling die spijbelt wordt aangepakt"), not a threat. */
const SOFT_PUNISHMENTS = new Set(['aanpakken', 'uitschakelen', 'straffen', 'pakken', 'aanspreken']);
function hasGroupBefore(classes: ClassIndex, targets: (Target | undefined)[], sentenceFrom: number, at: number): boolean {
  for (let k = Math.max(sentenceFrom, at - PROMISE_REACH); k < at; k++) if (targets[k]?.type === 'groep' || classes.at('groep', k)) return true;
  return false;
}
const OUTDONE_REACH = 12;
/** Words ending in -er that are no comparative. */
const COMPARED_NOT = new Set(['over', 'onder', 'achter', 'weer', 'meer', 'later', 'zomer', 'winter', 'kamer', 'nummer', 'water', 'vader', 'moeder', 'broer', 'zuster', 'leraar', 'leider', 'speler', 'toer', 'daar', 'hier', 'waar', 'voor', 'door', 'maar', 'der', 'eerder', 'ander', 'verder']);
/** What someone is beaten at when a thing or an animal beats them: a gift or a virtue, not size or age ("mijn hond is groter dan Tim"). */
const BETTER_AT = new Set(['beter', 'mooier', 'slimmer', 'sneller', 'grappiger', 'leuker', 'netter', 'sterker', 'knapper', 'liever', 'wijzer', 'interessanter', 'meer', 'vaker', 'harder', 'strakker', 'zuiverder']);
/** How someone does worse than a thing, an animal, a toddler or a grandparent. */
const WORSE_AT = new Set(['slechter', 'lelijker', 'dommer', 'trager', 'langzamer', 'saaier', 'erger', 'zwakker', 'stijver', 'valser', 'kaler', 'dikker', 'vetter', 'magerder', 'harigers', 'kleiner']);
/** "zelfs mijn opa", "zelfs een kind", "zelfs Tim": someone; not "zelfs in de regen". */
const EVEN_WHO = new Set(['mijn', 'mn', 'm', 'een', 'n', 'je', 'de', 'ons', 'onze', 'die', 'ik', 'kleuters', 'peuters', 'baby', 'babys']);
const OLD_FOLKS = new Set(['oma', 'opa', 'overgrootmoeder', 'bejaarde']);
/** Relatives whose age is the joke when it is given ("mijn oma van 90", "mijn zusje van 4"). */
const AGED_OR_SMALL = new Set([...OLD_FOLKS, 'zusje', 'broertje', 'nichtje', 'neefje', 'zoontje', 'dochtertje']);
/** "mijn oma van 90 heeft meer volgers dan jij", "mijn zusje van 4 tekent beter dan jij": the one who beats someone, with an age. */
function agedOrSmall(readings: string[], at: number): boolean {
  return AGED_OR_SMALL.has(readings[at]!) && readings[at + 1] === 'van' && (/^\d+$/.test(readings[at + 2] ?? '') || AGES.has(readings[at + 2] ?? ''));
}
/** Ages in words ("mijn zusje van zeven", "mijn opa van negentig"). */
const AGES = new Set(['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'zeventig', 'tachtig', 'negentig', 'honderd']);
/** A comparative of a gift or a virtue, also inflected ("betere zinnen", "mooiere tekeningen"). */
function betterAt(word: string): boolean {
  return BETTER_AT.has(word) || (word.endsWith('e') && BETTER_AT.has(word.slice(0, -1)));
}
function anyBetterAt(readings: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (betterAt(readings[k]!)) return true;
  return false;
}
/** After "dan jij": the one compared is praised ("slimmer dan je denkt", "beter dan jij had verwacht"). */
const THOUGHT = new Set(['denkt', 'dacht', 'verwacht', 'verwachtte', 'zou', 'had', 'ooit', 'hoopte', 'gedacht', 'verwachten']);

const CONDITIONAL = new Set(['als', 'wanneer', 'zodra', 'tenzij']);
/** Where a condition opens in the clause before `token` ("als je niet stopt sla ik je"); -1 if none. */
function conditionOpenedAt(readings: string[], clause: Clause, token: number): number {
  for (let i = clause.from; i < token; i++) if (CONDITIONAL.has(readings[i]!)) return i;
  return -1;
}

/** Words around a verdict said on its own ("zo vies", "echt ranzig man"). */
const VERDICT_FILLERS = new Set([...INTENSIFIERS, 'zo', 'wat', 'hoor', 'man', 'bro', 'ofzo', 'toch', 'gwn', 'gewoon', 'wel', 'ook', 'gewoonweg', 'egt', 'echt', 'heel', 'super', 'kk', 'kkr', 'en']);
/** The clause is the word and fillers only: a verdict on what the clause before named. */
function standsAlone(readings: string[], clause: Clause, word: PhraseMatch): boolean {
  for (let i = clause.from; i < clause.to; i++) if ((i < word.firstToken || i > word.lastToken) && !VERDICT_FILLERS.has(readings[i]!)) return false;
  return true;
}

/** "afval zoals jij", "idioten zoals jullie": the word said of the one addressed and their kind. */
function likeYou(readings: string[], word: PhraseMatch): boolean {
  return readings[word.lastToken + 1] === 'zoals' && /^(jij|jou|jullie)$/.test(readings[word.lastToken + 2] ?? '');
}

/**
 * Called a name right after "jij" or "jullie", with at most two words of scorn between ("jij vuile
 * kakkerlak", "jullie smerige ratten"). "Jullie" before a bare noun is mostly "your" ("jullie varkens").
 */
function calledRightAfter(readings: string[], target: Target | undefined, word: number): boolean {
  const addressed = target && readings[target.token];
  if ((addressed !== 'jij' && addressed !== 'jullie') || word <= target!.token || word - target!.token > 3) return false;
  let scorned = false;
  for (let k = target!.token + 1; k < word; k++) {
    if (SCORN.has(readings[k]!)) scorned = true;
    else if (!INTENSIFIERS.has(readings[k]!)) return false;
  }
  return addressed === 'jij' || scorned;
}
/** Words of scorn that stand before a name ("vuile", "smerige"). */
const SCORN = new Set(['vuile', 'vieze', 'smerige', 'gore', 'stomme', 'domme', 'vuil', 'vies', 'vette', 'dikke', 'zielige', 'lelijke', 'achterlijke', 'kanker', 'kut', 'tering', 'tyfus', 'klote']);

function hitAt(tokens: TextDocument['tokens'], attack: Attack, cue: PhraseMatch): GrammarHit {
  const kind = ATTACKS[attack];
  return { kind: kind.kind, severity: kind.severity, messageId: kind.messageId, attack, firstToken: cue.firstToken, lastToken: cue.lastToken, start: tokens[cue.firstToken]!.start, end: tokens[cue.lastToken]!.end };
}

/** Verbs done with a tool that is also harmless (a knife, a gun in a game, an axe for wood). */
const TOOL_VERBS = /^(?:aan|door|af|neer|dood|op|in|kapot)?(?:snij|snijd|snee|sneden|gesneden|steek|stak|staken|gestoken|schiet|schoot|schoten|geschoten|hak|hakt|hakken|gehakt|prik|prikt|prikken|geprikt|schil|fileer)/;

const MODAL_MAY = new Set(['mag', 'mogen', 'mocht', 'mochten']);
/** "hield ze tegen", "houdt hem tegen": a form of "houden" with "tegen" closing it is stopping someone, not company. */
function heldBack(readings: string[], at: number, from: number, to: number): boolean {
  if (HOLDING.test(readings[at]!)) return hasWords(readings, at + 1, Math.min(to, at + 4), ['tegen']);
  // The particle found as the word of company: its verb stands before it ("niemand hield ze tegen").
  if (readings[at] !== 'tegen') return false;
  for (let verb = Math.max(from, at - 3); verb < at; verb++) if (HOLDING.test(readings[verb]!)) return true;
  return false;
}
const HOLDING = /^(?:hou|houd|houdt|houden|hield|hielden)$/;
/** "erop", "erin": a thing the verb is about ("niemand mag erop zitten"). */
/**
 * "niemand mist de bus", "zodat niemand de deadline mist", "… het mist": missing a thing, an article and no person
 * right after "mist" or right before it.
 */
function missesAThing(classes: ClassIndex, at: number): boolean {
  const readings = classes.readings;
  if (!/^(?:mis|mist|missen)$/.test(readings[at]!)) return false;
  // "de lelijkste van de klas", "een loser als jij": a person after all.
  const thing = (article: number, noun: number) =>
    /^(?:de|het|een|deze|dit)$/.test(readings[article] ?? '') && readings[noun] !== undefined && !/ste$/.test(readings[noun]!) && !(['persoon', 'familie_doel', 'scheldnaam', 'neg_adjectief'] as const).some((name) => classes.at(name, noun));
  return readings[at - 1] === 'het' || readings[at - 1] === 'iets' || thing(at + 1, at + 2) || thing(at - 2, at - 1);
}
const ON_A_THING = new Set(['erop', 'erin', 'eronder', 'eraan', 'erover', 'erachter']);
/** Words that make a mind small: compared to a thing ("van een", "als een"), less of it, too little. */
const MIND_LOW = new Set(['van', 'dan', 'minder', 'weinig', 'amper', 'nauwelijks', 'nul', 'klein', 'kleine', 'leeg', 'lege', 'gebrek', 'nergens']);

/** Verbs of making or having a group (with "zonder X": a group made to keep someone out). */
const GROUP_MAKING = new Set(['maken', 'maak', 'gemaakt', 'hebben', 'heb', 'starten', 'start', 'beginnen', 'begin', 'doen', 'houden']);

/** Verbs that say a kind of person gets or is worth little: "mensen zoals jij verdienen het", "zo iemand kost alleen geld". */
const PUT_DOWN = new Set(['verdienen', 'verdient', 'verdien', 'kosten', 'kost', 'horen', 'hoort', 'zeuren', 'zeurt', 'profiteren', 'profiteert', 'verpesten', 'verpest', 'stinken', 'stinkt']);

/** Words before a thing that make it someone's or a particular one ("je fiets", "de scooter"), not "weer" as in "again". */
const OWNERS = new Set(['je', 'jouw', 'mijn', 'mn', 'zijn', 'zn', 'haar', 'hun', 'onze', 'ons', 'de', 'het', 'een', 'die', 'dat', 'deze', 'dit']);
const PAKKEN = new Set(['pak', 'pakken', 'pakt']);
/** The last words of veiled threats that a clock time turns into a plan ("ik kom je halen", "laatste waarschuwing"). */
const SCHEDULED = new Set(['halen', 'langs', 'waarschuwing']);
/** "om 7 uur", "om half 9", "om 19.30": a time on the clock. */
function saysAClockTime(readings: string[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (readings[k] === 'om' && (/^\d{1,2}([:.]\d{2})?$/.test(readings[k + 1]!) || readings[k + 1] === 'half' || readings[k + 1] === 'kwart')) return true;
  return false;
}
/** A reason for tidying a group app in the sentence of the clause or the one before or after, within reach. */
function nearHousekeeping(readings: string[], read: Reading, clause: Clause): boolean {
  const from = Math.max(read.sentenceStart[Math.max(0, clause.sentence - 1)]!, clause.from - LOOK_BACK);
  const to = Math.min(read.sentenceStart[clause.sentence + 2] ?? readings.length, clause.to + LOOK_AHEAD);
  return hasAnyFrom(readings, from, to, HOUSEKEEPING);
}
/** Why a group app is tidied: notifications, members who left or moved, a group whose purpose is over. A goodbye is none: "doei 👋" may mock the one put out. */
const HOUSEKEEPING = new Set(['meldingen', 'melding', 'notificaties', 'inactief', 'inactieve', 'oudleden', 'overzichtelijk', 'opruimen', 'opgeruimd', 'projectgroepje', 'voorbij', 'afgelopen', 'verhuisd', 'verhuist', 'verhuizen', 'vertrokken']);
const SKILL_AT = new Set(['in', 'met', 'bij']);
const NOT_A_PERSON_AFTER_WITHOUT = new Set(['te', 'jouw', 'mijn', 'zijn', 'onze', 'hun', 'uw', 'n', 'een', 'de', 'het']);
/** What the writer sees happen ("ik zie hem alleen staan"); with "dat", also what they know of it. Not an opinion ("ik vind dat …"). */
const SEEING = new Set(['zie', 'zag', 'zagen', 'merk', 'merkte', 'hoor', 'hoorde', 'hoorden']);
const WITNESSING = new Set([...SEEING, 'weet', 'wist', 'las', 'snap', 'begrijp']);
const THIRD_PERSON_SUBJECTS = new Set(['ze', 'zij', 'hij', 'iemand', 'mensen', 'anderen', 'die']);
/**
 * The clause tells the reader what others do to them: after "ik zag / hoorde / weet dat", or as a condition
 * about others ("als ze je niet uitnodigen, zijn ze je niet waard").
 */
function toldToTheOneLeftOut(readings: string[], clause: Clause, cue: number): boolean {
  // "ik zie hem steeds vaker alleen staan": what the writer sees happen, not what they do.
  for (let at = cue - 1; at > clause.from; at--) if (SEEING.has(readings[at]!) && FIRST_PERSON.has(readings[at - 1]!)) return true;
  if (!hasAnyFrom(readings, clause.from, clause.to, READER)) return false;
  for (let at = cue - 1; at >= Math.max(2, clause.from - 1); at--) {
    if (readings[at] === 'dat' && WITNESSING.has(readings[at - 1]!) && FIRST_PERSON.has(readings[at - 2]!)) return true;
  }
  return CONDITION_OPENERS.has(readings[clause.from]!) && THIRD_PERSON_SUBJECTS.has(readings[clause.from + 1] ?? '');
}
const READER = new Set(['je', 'jij', 'jou']);

/** Words of wanting that make a body part of someone an advance, said by the writer. */
const DESIRE = new Set(['wil', 'zou', 'wou', 'zin', 'voelen', 'pakken', 'grijpen', 'knijpen', 'droom', 'dromen', 'droomde', 'vreten', 'opvreten', 'aanraken', 'likken']);
/** Emoji that make a remark on a body sexual. */
/** Emoji of lust that say it alone (drooling, tongue, peach, aubergine, drops, hot face), and the leering ones that need a body beside them. */
const LUST = /[\u{1F924}\u{1F445}\u{1F351}\u{1F346}\u{1F4A6}\u{1F975}]/u;
const LEERING = /[\u{1F60F}\u{1F440}\u{1F608}]/u;
const SUGGESTIVE = /[\u{1F346}\u{1F351}\u{1F4A6}\u{1F924}\u{1F60F}\u{1F445}\u{1F975}]/u;

/** Classes whose phrases hold a negation of their own ("kunnen niks", "hoort er niet bij"); "niet alleen dom" adds, it denies nothing. */
const NEGATION_CARRIERS: WordClass[] = ['niet_alleen', 'kleinering', 'stereotype', 'dood_werkwoord', 'mijden', 'emotie', 'wegwens', 'uitsluit', 'zelfbeschadiging', 'dreig_impliciet', 'neg_sterk', 'neg_adjectief', 'scheldnaam', 'misdaad', 'ontmenselijk', 'mee', 'tegenspraak'];

const COORDINATORS = new Set(['en', 'of', 'maar', 'echt', 'gewoon']);
const WHEN_ASKED = new Set(['wanneer', 'waarom', 'wanneerr']);
/** "laat ze maar …", "laat hem lekker …": letting it happen, gladly. */
const GLADLY = new Set(['maar', 'lekker', 'gewoon', 'rustig']);

const LET_REACH = 6;
/** "laat" opening the stretch [from, to) and a word of letting gladly after it ("laat die zwarten maar …"). */
function lets(readings: string[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (readings[at] === 'laat') return (at === 0 || !LET_NOT_BEFORE.has(readings[at - 1]!)) && hasAnyFrom(readings, at + 1, to, GLADLY);
  return false;
}
/** "ik laat het maar", "je laat ze maar": someone telling what they do, not wishing. */
const LET_NOT_BEFORE = new Set(['ik', 'je', 'jij', 'we', 'wij', 'hij', 'zij', 'ze', 'niet']);

/** A past tense that tells what happened. */
const PAST = new Set(['werd', 'werden', 'was', 'waren', 'had', 'hadden', 'moesten', 'mochten', 'kregen']);
const YEAR = /^(1[0-9]{3}|20[0-2][0-9])$/;

/** History told: a year in the sentence and a past tense in the clause ("Vanaf 1942 werden Joden gedeporteerd"). */
function historical(readings: string[], clause: Clause, yearIn: (sentence: number) => boolean): boolean {
  return hasAny(readings, clause, PAST) && !hasAny(readings, clause, AGAIN) && yearIn(clause.sentence);
}
/** "… en dat moeten we weer doen": history called for again is no history told. */
const AGAIN = new Set(['weer', 'opnieuw', 'moeten', 'moet', 'zouden', 'verdienen', 'verdiende']);

/** Per sentence, whether it names a year: each sentence read once, however many clauses ask. */
function yearsBySentence(readings: string[], sentenceStart: readonly number[]): (sentence: number) => boolean {
  const known = new Map<number, boolean>();
  return (sentence) => {
    let found = known.get(sentence);
    if (found === undefined) {
      found = false;
      for (let k = sentenceStart[sentence]!, to = sentenceStart[sentence + 1] ?? readings.length; k < to && !found; k++) found = YEAR.test(readings[k] ?? '');
      known.set(sentence, found);
    }
    return found;
  };
}

/** Verbs of saying that, denied, deny the claim after them ("ik zeg niet dat …"). */
const SAYING = new Set(['zeg', 'zeggen', 'beweer', 'beweren', 'bedoel', 'bedoelen', 'claim', 'claimen', 'stel']);
const NOTHING = new Set(['niks', 'niets', 'geen']);
/** Words a repeated denial is made of: "helemaal niks", "echt niet hoor", "totaal niets". */
const DENIAL_ECHO = new Set(['helemaal', 'echt', 'totaal', 'absoluut', 'zeker', 'gewoon', 'hoor', 'niks', 'niets', 'niet', 'nee', 'he', 'hè', 'joh']);

/** "ik zeg niet dat", "we beweren niet dat": the clause ends on the denied verb of saying, the claim follows. */
function deniesSaying(readings: string[], clause: Clause): boolean {
  if (readings[clause.to] !== 'dat') return false;
  const last = clause.to - 1;
  if (readings[last] === 'niet' && SAYING.has(readings[last - 1] ?? '') && FIRST_PERSON.has(readings[last - 2] ?? '')) return true;
  // "Zeg nooit (tegen iemand) dat …", "je mag nooit zeggen dat …": told not to say it.
  const ordered = SAYING_ORDERED.has(readings[clause.from]!) && (readings[clause.from + 1] === 'nooit' || readings[clause.from + 1] === 'niet');
  return ordered || (hasAnyFrom(readings, clause.from, clause.to, NOT_TO_SAY) && hasAnyFrom(readings, clause.from, clause.to, NEVER_SAY) && hasAnyFrom(readings, clause.from, clause.to, SAYING_ORDERED));
}
/** Saying, as told or forbidden: "zeg nooit dat …", "je mag niet roepen dat …". */
const SAYING_ORDERED = new Set(['zeg', 'zeggen', 'roep', 'roepen', 'schrijf', 'schrijven', 'noem', 'noemen', 'beweer', 'beweren']);
const NOT_TO_SAY = new Set(['mag', 'mogen', 'moet', 'moeten', 'kan', 'kun', 'kunt', 'kunnen']);
const NEVER_SAY = new Set(['nooit', 'niet']);

/** A clause that only repeats "nothing" after "niks tegen [X]" in the clause before. */
function echoesNoObjection(readings: string[], before: Clause, clause: Clause): boolean {
  let against = false;
  for (let k = before.from + 1; k < before.to && !against; k++) against = readings[k] === 'tegen' && NOTHING.has(readings[k - 1]!);
  if (!against) return false;
  for (let k = clause.from; k < clause.to; k++) if (readings[k] && !DENIAL_ECHO.has(readings[k]!)) return false;
  return true;
}

/** Words after a predicate that do not make it describe a thing: "je bent vies hoor". */
const PARTICLES = new Set(['hoor', 'joh', 'man', 'zeg', 'bro', 'sorry', 'trouwens', 'eerlijk', 'serieus', 'wollah', 'wallah', 'gwn', 'tho', 'he', 'hè', 'ofzo', 'echt', 'wel', 'toch', 'haha', 'hahaha', 'lol', 'gewoon', 'zeker', 'ook', 'nu', 'altijd', 'allemaal', 'en', 'of', 'maar', 'want', 'dus', 'als', 'dan', 'zijn', 'is', 'ben', 'bent', 'ze', 'jij', 'je', 'hij', 'zij', 'die', 'met', 'in', 'op', 'om', 'voor', 'van', 'tegen', 'bij', 'naar', 'net', 'zo', 'te', 'nog', 'niet']);

/** Words between a copula and its predicate that are not fillers, at most: a predicate stays close to its verb. */
const MAX_OTHER_BEFORE_PREDICATE = 2;

/** Words between a copula and its predicate: "is gewoon een", "zijn echt van die". */
const PREDICATE_FILLERS = new Set([...INTENSIFIERS, 'een', 'gewoon', 'allemaal', 'van', 'die', 'nogal', 'best', 'wel', 'ook', 'toch', 'echte']);

/** Words that tie an attribute to a target without a verb: "allemaal dieven", "typisch zo'n …". */
const LINKS = new Set(['allemaal', 'altijd', 'typisch', 'zon', 'stelletje', 'wat', 'bende', 'echte', 'gewoon', 'net', 'als', 'hoe', 'stinkt', 'stink', 'stinken']);

const THING_SUBJECTS = new Set(['het', 'dat', 'dit']);
/**
 * "dat was een grap", "was het een grap", "(ook) als het een grap was": "het", "dat" or "dit" beside a
 * singular copula, or as the subject of a subordinate clause with one (its verb comes last).
 */
/**
 * "als het erger wordt stuur ik ze naar de mentor": a condition without its comma, where a thing is what the copula
 * speaks of and the one aimed at comes only after it, in the main clause.
 */
function saidOfAThingBefore(classes: ClassIndex, clause: Clause, aimedAt: number): boolean {
  if (!SUBORDINATE.has(classes.readings[clause.from]!)) return false;
  const copula = classes.first('koppel', clause.from, clause.to);
  return !!copula && copula.firstToken < aimedAt && hasThingSubject(classes, { ...clause, to: copula.lastToken + 1 });
}

function hasThingSubject(classes: ClassIndex, clause: Clause): boolean {
  const readings = classes.readings;
  const singularCopula = (at: number) => at >= clause.from && at < clause.to && classes.at('koppel', at) && !/^(zijn|waren|blijven)$/.test(readings[at]!);
  for (let i = clause.from; i < clause.to; i++) {
    if (!THING_SUBJECTS.has(readings[i]!)) continue;
    if (singularCopula(i - 1) || singularCopula(i + 1)) return true;
    if (i > clause.from && SUBORDINATE.has(readings[i - 1]!)) for (let k = i + 2; k < Math.min(clause.to, i + LOOK_BACK); k++) if (singularCopula(k)) return true;
  }
  return false;
}

function hasTargetType(targets: (Target | undefined)[], clause: Clause, type: TargetType): boolean {
  for (let i = clause.from; i < clause.to; i++) if (targets[i]?.type === type) return true;
  return false;
}

/** Subjects after the verb that are others: "schieten ze …", "slaan zij …". */
const OTHERS = new Set(['ze', 'zij']);
/** "elkaar" as the one hurt (not "in elkaar", "uit elkaar", "tegen elkaar" of the verb's phrase). */
function reciprocal(readings: string[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i++) if (readings[i] === 'elkaar' && !/^(in|uit|tegen|op|aan|met)$/.test(readings[i - 1] ?? '')) return true;
  return false;
}
/** "je hond", "jouw kat": whose animal it is. */
const YOUR_ANIMAL = new Set(['je', 'jouw', 'uw', 'ur']);
const THING_DETERMINERS = new Set(['de', 'het', 'die', 'deze', 'mijn', 'je', 'jouw', 'dat', 'dit', 'een', 'zijn', 'haar']);
const THING_PRONOUNS = new Set(['hem', 'ze', 'zij', 'die', 'deze', 'het']);

/** How far back a pronoun looks for what it stands for: this sentence and the last, but at most this many words (a paste without full stops is one sentence). */
const REFERENCE_REACH = 40;
function lookBackFrom(reading: Reading, target: Target, clause: Clause): number {
  return Math.max(reading.sentenceStart[Math.max(0, clause.sentence - 1)]!, target.token - REFERENCE_REACH);
}

/**
 * "Mijn fiets? Ik haat hem": a pronoun after a thing, with no person named in this or the last sentence,
 * points at the thing ("hij": {@link followsAnAnimal}). Names, groups and words for people keep it a person.
 */
function isThing(reading: Reading, target: Target, clause: Clause): boolean {
  const pronoun = reading.classes.readings[target.token]!;
  if (target.type === 'derde' && pronoun === 'hij') return followsAnAnimal(reading, target, clause);
  if (target.type !== 'derde' || !THING_PRONOUNS.has(pronoun)) return false;
  const { classes, targets } = reading;
  let thing = false;
  for (let i = lookBackFrom(reading, target, clause); i < target.token; i++) {
    const aim = targets[i];
    if (aim && aim.type !== 'zelf' && aim.type !== 'derde') return false;
    if (aim?.type === 'derde' && !THING_PRONOUNS.has(classes.readings[i]!)) return false;
    // "zet die terroristen tegen een muur en schiet ze dood": what people are called names people.
    if (classes.at('persoon', i) || classes.at('scheldnaam', i)) return false;
    if (i > 0 && THING_DETERMINERS.has(classes.readings[i - 1]!) && !aim && namesAThing(classes, i, pronoun)) thing = true;
  }
  return thing;
}

/**
 * "De buren hebben een nieuwe puppy en hij is zo klein": "hij" points at an animal when that is the last one
 * it can stand for in this or the last sentence; a person, a name or a group after it takes over. An animal
 * someone is called ("hij is een aap") is no such animal.
 */
function followsAnAnimal(reading: Reading, target: Target, clause: Clause): boolean {
  const { classes, targets } = reading;
  let animal = false;
  for (let i = lookBackFrom(reading, target, clause); i < target.token; i++) {
    const aim = targets[i];
    if ((aim && aim.type !== 'zelf' && aim.type !== 'derde') || classes.at('persoon', i) || classes.at('scheldnaam', i)) animal = false;
    if (classes.at('dier', i) && !classes.at('koppel', i - 1) && !classes.at('koppel', i - 2)) animal = true;
  }
  return animal;
}

const PLACE_PREPOSITIONS = new Set(['achter', 'bij', 'in', 'op', 'naar', 'naast', 'onder', 'voor', 'tegenover', 'rond']);
/** Determiners of neuter nouns: "het adres" is "het" again, never "hem" ("ik heb het adres, we gaan hem …"). */
const NEUTER_DETERMINERS = new Set(['het', 'dat', 'dit']);
/** Words after a determiner that are no noun: "het is laat", "dat was", "een paar". */
const NOT_NOUNS = new Set(['paar', 'beetje', 'keer', 'hele', 'heel', 'andere', 'ander', 'zelfde', 'eerste', 'laatste', 'volgende']);
/** The word after a determiner names a thing the pronoun can point at. */
function namesAThing(classes: ClassIndex, word: number, pronoun: string): boolean {
  if (classes.at('koppel', word) || NOT_NOUNS.has(classes.readings[word]!) || classes.readings[word]!.length < 3) return false;
  // "achter de gymzaal, we gaan hem …": a place said where something happens is not what is pointed at.
  if (PLACE_PREPOSITIONS.has(classes.readings[word - 2] ?? '')) return false;
  return !(pronoun !== 'het' && NEUTER_DETERMINERS.has(classes.readings[word - 1]!));
}

const PLURAL_PRONOUNS = new Set(['ze', 'zij', 'hen', 'hun', 'die', 'deze']);
function isPluralPronoun(folded: string): boolean {
  return PLURAL_PRONOUNS.has(folded);
}

/** Phrases that carry their own target ("je bent er geweest", "niemand zal je missen"). */
function containsTarget(targets: (Target | undefined)[], match: PhraseMatch): boolean {
  for (let i = match.firstToken; i <= match.lastToken; i++) if (targets[i] && targets[i]!.type !== 'zelf') return true;
  return false;
}

/** "Volgens mijn mentor ben ik lui": the attribute is said of the writer. */
function saysOfOneself(classes: ClassIndex, clause: Clause): boolean {
  for (let i = clause.from; i + 1 < clause.to; i++) {
    const pair = classes.readings[i] + ' ' + classes.readings[i + 1];
    // "ik voel me zo'n armoedzaaier": feeling one is as saying one is.
    if (pair === 'ik ben' || pair === 'ben ik' || pair === 'ik was' || pair === 'was ik' || pair === 'ik word' || pair === 'voel me' || pair === 'voel mij') return true;
  }
  return false;
}

/** Words that undress: "zonder je shirt", "onder die hoodie", "je shirt uit". */
const RESTING = new Set(['ligt', 'lag', 'liggen', 'lig', 'blijft', 'blijf', 'bleef', 'slaapt', 'slaap', 'sliep', 'ziek']);
const UNDRESS = ['zonder', 'onder', 'eronder', 'uit', 'uittrekken', 'in'];
const STAIRS_BEFORE = new Set(['de', 'die', 'deze', 'elke', 'iedere']);
/** "je hebt je jas in lokaal 12 laten liggen": taking off a coat or shoes is nothing to ask about. */
const OUTERWEAR = new Set(['jas', 'jasje', 'vest', 'vestje', 'sokken', 'schoenen']);
const WEARING = new Set(['dragen', 'draag', 'draagt', 'droeg', 'aandoen', 'aantrekken', 'passen', 'past']);

/** The clause is only the insult, maybe with "hé" or a name: "etter,", "hé sufkop,". */
function isVocative(classes: ClassIndex, clause: Clause, insult: PhraseMatch): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    if (i >= insult.firstToken && i <= insult.lastToken) continue;
    if (!classes.at('aanspreek', i)) return false;
  }
  return true;
}

/** The sentence goes on after this clause: the insult names the one then spoken to ("etter, geef …"). */
function sentenceGoesOn(reading: Reading, clause: Clause): boolean {
  const end = reading.sentenceStart[clause.sentence + 1] ?? reading.targets.length;
  return clause.to < end;
}

/** The clause closes a sentence that began before it: "ga lekker huilen, zwakkeling". */
function closesSentence(reading: Reading, clause: Clause): boolean {
  return reading.sentenceStart[clause.sentence]! < clause.from;
}

/** "Ik ga dood als ik morgen moet presenteren": the writer about themself. */
function aboutOneselfIn(classes: ClassIndex, match: PhraseMatch, from: number): boolean {
  for (let i = Math.max(from, match.firstToken - 2); i < match.firstToken; i++) if (classes.at('zelf', i)) return true;
  return false;
}

const STANDALONE: WordClass[] = ['zelfbescherming', 'complot', 'weten', 'gevolg', 'dreig_slot', 'dreig_slot_zacht', 'stereotype', 'groep_plaats', 'seks_zin', 'zelfbeschadiging', 'dreig_impliciet', 'seks_object', 'wapen', 'school_doel', 'weggaan', 'lichaam_bevel', 'wegwens', 'kleding'];

/** Leaving a group oneself: "ik ga even uit de groep", "Sem is uit het team gestapt" (not "ga uit de groep!", an order). */
const LEAVING = new Set(['stap', 'stapt', 'stapte', 'stapten', 'gestapt', 'gegaan', 'vertrokken', 'verlaat', 'verlaten', 'verliet', 'weggegaan', 'left']);
const GOING = new Set(['ga', 'gaat', 'gaan', 'ging', 'gingen']);
const BY_THE_WRITER = new Set(['ik', 'k', 'we', 'wij']);
const OUT_OF = new Set(['uit', 'eruit']);
/** Put out by others: what makes leaving an exclusion after all. */
const PUT_OUT = new Set(['gezet', 'gegooid', 'gehaald', 'verwijderd', 'gekickt', 'getrapt', 'geschopt', 'haal', 'gooi', 'zet', 'kick', 'trap', 'schop']);
function leftOfTheirOwnAccord(readings: string[], clause: Clause): boolean {
  // Only out of a group ("uit de groep"): "we gaan naar de film behalve jij" keeps someone out.
  if (!hasAnyFrom(readings, clause.from, clause.to, OUT_OF)) return false;
  let leaving = false;
  for (let k = clause.from; k < clause.to; k++) {
    const word = readings[k]!;
    if (PUT_OUT.has(word)) return false;
    // "ik ga uit de groep": the writer going; "ga uit de groep" at the start is said to someone.
    if (LEAVING.has(word) || (GOING.has(word) && BY_THE_WRITER.has(readings[k - 1] ?? readings[k + 1] ?? ''))) leaving = true;
  }
  return leaving;
}

/** Attacks that need no target of their own: the fixed threats and death wishes. */
function mayStandAlone(classes: ClassIndex, clause: Clause): boolean {
  for (const name of STANDALONE) if (classes.first(name, clause.from, clause.to)) return true;
  return false;
}

const ATTACKS: Record<Attack, { kind: LexiconKind; severity: Severity; messageId: string }> = {
  dreigen: { kind: 'bedreiging', severity: 'ernstig', messageId: 'dreigen' },
  'dreigen-groep': { kind: 'bedreiging', severity: 'ernstig', messageId: 'dreigenGroep' },
  doodswens: { kind: 'bedreiging', severity: 'ernstig', messageId: 'doodswens' },
  impliciet: { kind: 'bedreiging', severity: 'ernstig', messageId: 'impliciet' },
  'haat-groep': { kind: 'discriminatie', severity: 'ernstig', messageId: 'haatGroep' },
  ontmenselijking: { kind: 'discriminatie', severity: 'ernstig', messageId: 'ontmenselijking' },
  'buitensluiten-groep': { kind: 'discriminatie', severity: 'ernstig', messageId: 'buitensluitenGroep' },
  buitensluiten: { kind: 'pesten', severity: 'waarschuwing', messageId: 'buitensluiten' },
  'haat-persoon': { kind: 'pesten', severity: 'waarschuwing', messageId: 'haatPersoon' },
  bodyshaming: { kind: 'pesten', severity: 'waarschuwing', messageId: 'bodyshaming' },
  vernederen: { kind: 'pesten', severity: 'waarschuwing', messageId: 'vernederen' },
  kleineren: { kind: 'pesten', severity: 'waarschuwing', messageId: 'kleineren' },
  minachting: { kind: 'pesten', severity: 'waarschuwing', messageId: 'minachting' },
  oproep: { kind: 'pesten', severity: 'ernstig', messageId: 'oproep' },
  stalken: { kind: 'pesten', severity: 'ernstig', messageId: 'stalken' },
  negatief: { kind: 'scheldwoord', severity: 'waarschuwing', messageId: 'negatief' },
  seksueel: { kind: 'seksueel', severity: 'ernstig', messageId: 'intimidatie' },
};

/** Where the first of these words stands in the clause; -1 if none. */
function indexOfAny(readings: string[], words: Set<string>, clause: Clause): number {
  for (let i = clause.from; i < clause.to; i++) if (words.has(readings[i]!)) return i;
  return -1;
}

/** Finite verbs that open a question asking for agreement ("Zijn X niet …?", "Is het niet zo dat …?", "Moeten X niet …?"). */
const QUESTION_VERBS = new Set(['zijn', 'is', 'ben', 'bent', 'waren', 'was', 'moeten', 'moet', 'horen', 'hoort', 'kunnen', 'kan', 'mogen', 'mag', 'zouden', 'zou', 'lijken', 'lijkt', 'hebben', 'heeft', 'doen', 'doet', 'verdienen', 'verdient']);
/** A question that opens its sentence with a verb and holds a negation: it asks to agree, it does not deny. */
function asksAgreement(doc: TextDocument, read: Reading, clause: Clause): boolean {
  const first = read.sentenceStart[clause.sentence];
  return first !== undefined && QUESTION_VERBS.has(read.classes.readings[first]!) && asksQuestion(doc, clause);
}

/** Words that may stand between a verb of being and the animal a group is said to be ("zijn net vieze ratten"). */
const ANIMAL_LEAD = new Set([...INTENSIFIERS, 'net', 'als', 'gewoon', 'allemaal', 'een', 'de', 'het', 'die', 'van', 'stelletje', 'zon', 'echte', 'soort', 'wel', 'ook', 'toch', 'nog', 'maar', 'wilde', 'vieze', 'smerige', 'domme', 'stomme', 'vuile', 'gore', 'luie', 'dikke', 'zielige', 'lelijke']);
const ANIMAL_LEAD_REACH = 5;
/**
 * The animal is what the group is, or is like: right after "zijn", "lijken (op)", "gedragen zich (als)", with
 * only leading words between, in its sentence ("als" opens a clause of its own, so not only in the clause).
 */
function isAnimalPredicate(classes: ClassIndex, tokens: TextDocument['tokens'], animal: number): boolean {
  for (let i = animal - 1; i >= Math.max(0, animal - ANIMAL_LEAD_REACH); i--) {
    const word = classes.readings[i]!;
    // "lijken op apen"; not "gek op honden".
    if (classes.at('koppel', i) || word === 'zich' || (word === 'op' && classes.at('koppel', i - 1))) return true;
    if ((!ANIMAL_LEAD.has(word) && !classes.at('neg_adjectief', i)) || tokens[i]!.sentenceStart) return false;
  }
  return false;
}

/** Words that deny or lessen a quality ("niet slim", "minder intelligent", "nooit eerlijk"). */
const DENYING = new Set(['niet', 'minder', 'nooit', 'weinig', 'amper', 'nauwelijks', 'nergens']);
/** Good qualities beside the positive words of the data that a group is said to lack. */
const GOOD_QUALITIES = new Set(['normaal', 'normale', 'vertrouwen', 'beschaafd', 'schoon', 'aardig', 'goed', 'waard', 'gelijkwaardig', 'gelijk', 'menselijk']);
/** Between the denial and the quality ("niet zo slim", "niet echt te vertrouwen"). */
const DENIAL_FILLERS = new Set([...INTENSIFIERS, 'te', 'erg', 'bepaald', 'bijster', 'echt', 'gewoon']);
/**
 * A good quality denied of the group the clause is about, in a clause with a verb of being or opinion: "Polen zijn
 * niet slim", "ik vind homo's minder waard". Not "niet allemaal" (not all of them), not a comparison that
 * turns it round ("niet minder slim dan wij"), not a quality after a second denial.
 */
function deniedQuality(classes: ClassIndex, clause: Clause, group: number): number | undefined {
  const readings = classes.readings;
  // The verb may stand before the group ("ik vind Turken niet slim") or close the clause ("dat X minder slim zijn").
  let linked = false;
  for (let i = clause.from; i < clause.to && !linked; i++) linked = classes.at('koppel', i) || classes.at('vind', i);
  if (!linked) return undefined;
  for (let i = group + 1; i < clause.to; i++) {
    if (!DENYING.has(readings[i]!)) continue;
    let k = i + 1;
    while (k < clause.to && DENIAL_FILLERS.has(readings[k]!)) k++;
    if (k >= clause.to || DENYING.has(readings[k]!) || readings[i + 1] === 'allemaal' || readings[i - 1] === 'allemaal') return undefined;
    if (!classes.at('positief', k) && !GOOD_QUALITIES.has(readings[k]!)) return undefined;
    for (let j = k + 1; j < clause.to; j++) if (readings[j] === 'dan' || readings[j] === 'als') return undefined;
    return i;
  }
  return undefined;
}

/** Verbs of being able to, understanding, fitting in (not "krijgen": "vluchtelingen krijgen nooit een eerlijke kans" is said for them). */
const ABILITY = new Set(['kunnen', 'kan', 'kun', 'snappen', 'snapt', 'begrijpen', 'begrijpt', 'leren', 'leert', 'passen', 'past', 'worden', 'wordt', 'houden', 'houdt']);
/** Never, nothing: the whole of an ability denied ("niet" alone is too often a plain fact: "blinden kunnen niet zien"). */
const NEVER = new Set(['nooit', 'niks', 'niets', 'geen']);
const ABILITY_FILLERS = new Set(['toch', 'gewoon', 'echt', 'eigenlijk', 'ook', 'nou', 'helemaal', 'sowieso', 'hier', 'dus', 'nu', 'eenmaal']);
/** The senses and moving: "doven kunnen niks horen" is a fact, not a verdict. */
const SENSES = new Set(['horen', 'zien', 'lopen', 'praten', 'lezen', 'spreken', 'ruiken', 'voelen']);
/** Said of some, or with a reason or help beside it: "sommige …", "zonder hulp", "als …", "nog" (not yet). */
const NOT_OF_ALL = new Set(['sommige', 'veel', 'meeste', 'enkele', 'zonder', 'als', 'omdat', 'want', 'helaas', 'hulp', 'alleen', 'nog']);
/**
 * "Gehandicapten kunnen toch niks bijdragen", "Afghanen passen nooit in onze cultuur", "doven snappen toch nooit iets": an
 * ability denied of a whole group, with "nooit", "niks" or "geen" right after the verb and a few fillers. Not of some,
 * not with a reason or help beside it.
 */
function deniedAbility(readings: string[], clause: Clause, group: number): number | undefined {
  const verb = group + 1;
  if (!ABILITY.has(readings[verb] ?? '') || verb >= clause.to) return undefined;
  let k = verb + 1;
  while (k < clause.to && ABILITY_FILLERS.has(readings[k]!)) k++;
  if (k >= clause.to || !NEVER.has(readings[k]!)) return undefined;
  for (let i = clause.from; i < clause.to; i++) if (NOT_OF_ALL.has(readings[i]!) || (i > k && SENSES.has(readings[i]!))) return undefined;
  return k;
}

/** People of a match: the target, not the frame, of a threat of real violence. */
const SPORT_ROLES = new Set(['scheidsrechter', 'scheidsrechters', 'scheids', 'grensrechter', 'grensrechters', 'keeper', 'keepers', 'doelman', 'trainer', 'trainers', 'coach', 'coaches', 'spits', 'verdediger', 'verdedigers', 'speler', 'spelers', 'tegenstander', 'tegenstanders', 'aanvoerder', 'linksback', 'rechtsback']);
/** The violent verbs that are also ways of winning a match ("we slopen die keeper"); every other one hurts a person. */
const WINNING_VERBS = new Set(['afmaken', 'slopen', 'vernietigen', 'inmaken', 'verpletteren', 'kapotmaken', 'uitschakelen', 'verslaan', 'pakken', 'aanpakken', 'wegspelen', 'afslachten', 'opeten', 'oprollen', 'platwalsen', 'gooien', 'werpen', 'vloeren', 'tackelen', 'onderuithalen', 'duwen']);
/** Words that point at someone before an insult: "die", "deze", "dat", "zo'n", "wat een". */
const POINTING_AT = new Set(['die', 'deze', 'dat', 'zon']);
/** The articles that open an insult in apposition ("mijn huisbaas, een …"). */
const APPOSITION_ARTICLES = new Set(['een', 'de']);
/** An inflected adjective in apposition ("drankzuchtige"), not a pointing word or an article ("die", "deze", "de"). */
const isInflectedAdjective = (word: string) => word.length > 3 && word.endsWith('e') && !POINTING_AT.has(word) && !APPOSITION_ARTICLES.has(word);
/** Plain adjectives that may stand among the scorn before an insult ("die gierige ouwe rat"). */
const PLAIN_ADJECTIVES = new Set(['oude', 'ouwe', 'kleine', 'grote', 'lange', 'jonge', 'rijke', 'arme']);
const MAX_WORDS_BEFORE_INSULT = 3;
/**
 * An insult pointed at someone ("deze etter", "die vuile zuiplap", "wat een zeikerd"), with only words of
 * scorn or a group's adjective between: 'groep' when such an adjective names a group ("die poolse zuiplap").
 * An animal word needs scorn or a group beside it: "die ezel op de boerderij" is an animal.
 */
function pointedAt(classes: ClassIndex, clause: Clause, insult: number, appositive = false): 'groep' | 'persoon' | undefined {
  const readings = classes.readings;
  // "die teringpolen": the group and the curse in one word.
  let group = classes.at('groep', insult);
  let scorn = false;
  let i = insult - 1;
  for (; i >= clause.from && insult - i <= MAX_WORDS_BEFORE_INSULT; i--) {
    if (classes.at('groep_bijvoeglijk', i)) group = true;
    else if (SCORN.has(readings[i]!) || classes.at('neg_adjectief', i)) scorn = true;
    // In apposition any inflected adjective may stand there ("…, een drankzuchtige schreeuwlelijk").
    else if (!INTENSIFIERS.has(readings[i]!) && !PLAIN_ADJECTIVES.has(readings[i]!) && !(appositive && isInflectedAdjective(readings[i]!))) break;
  }
  const pointer = readings[i] === 'een' && readings[i - 1] === 'wat' ? 'wat een' : readings[i];
  // In apposition the insult opens its clause with "een" or "de" ("mijn huisbaas, een gierige ouwe rat, …").
  const besideSomeone = appositive && i === clause.from && APPOSITION_ARTICLES.has(pointer ?? '');
  if (i < clause.from || (pointer !== 'wat een' && !POINTING_AT.has(pointer ?? '') && !besideSomeone)) return undefined;
  if (classes.at('dier', insult) && !scorn && !group) return undefined;
  // "die sukkeltje", "wat een gekkie": a pet name is teasing.
  if (!group && /(?:tje|je|ie)$/.test(readings[insult]!)) return undefined;
  return group ? 'groep' : 'persoon';
}

/** Words that point back at what was named before ("deze jurk … ik kan hem terugsturen"). */
const POINTING_BACK_AT_A_THING = new Set(['hem', 'het', 'em', 'm']);
/** How far back a thing may be named for "hem" to point at it. */
const THING_REACH = 15;
/**
 * A thing, not someone, sent away or switched off: "de meldingen van de app uitgezet", "die jurk? ik kan hem
 * terugsturen", and "je bent nog niet thuis" (not yet home; not "jij bent hier nog niet thuis"). Never someone sent to where they come from.
 */
function aThingSentAway(read: Reading, clause: Clause, away: PhraseMatch): boolean {
  const { classes, targets } = read;
  const readings = classes.readings;
  const at = away.firstToken;
  if (readings[at] === 'niet' && readings[at - 1] === 'nog' && readings[at + 1] === 'thuis' && !hasWords(readings, clause.from, at, ['hier'])) return true;
  const thing = (k: number) => classes.at('kleding', k) || classes.at('voorwerp', k) || APPLIANCES.has(readings[k] ?? '');
  // Someone in the clause up to the verb is who is sent away ("de familie" of "de familie-app" is a thing's name).
  for (let k = clause.from; k <= Math.min(clause.to - 1, away.lastToken + 1); k++) if (targets[k] && targets[k]!.type !== 'zelf' && !POINTING_BACK_AT_A_THING.has(readings[k]!) && !thing(k + 1)) return false;
  // The object of the clause, or what "hem" points back at, is a thing.
  for (let k = Math.max(0, at - THING_REACH); k < at; k++) if (thing(k)) return true;
  return false;
}
/** What is switched off or cleaned up, not a person: notifications, an app, the sound. */
const APPLIANCES = new Set(['meldingen', 'notificaties', 'app', 'geluid', 'telefoon', 'wekker', 'alarm']);

/** What is taken or kept, not someone hit: "sla op wat je wil bewaren" (save), "pak gerust", "pak die maar". */
const SAVED = new Set(['wat', 'alles', 'dit', 'dat']);
const FREELY = new Set(['gerust', 'maar', 'er', 'eentje', 'een']);
/** How far after the verb someone would stand who is taken or hit ("pak gerust die …", "sla op de kop van …"). */
const OFFER_REACH = 5;
/** Where the next clause starts: "pak gerust als je …", "sla op wat je …" ("je" is then who takes or saves). */
const CLAUSE_OPENERS = new Set(['als', 'wat', 'wanneer', 'zodat', 'voordat', 'dan']);
function offeredOrSaved(classes: ClassIndex, targets: (Target | undefined)[], at: number): boolean {
  const readings = classes.readings;
  const verb = readings[at]!;
  for (let k = at + 1; k <= at + OFFER_REACH && !CLAUSE_OPENERS.has(readings[k] ?? ''); k++) if ((targets[k] && targets[k]!.type !== 'zelf') || classes.at('lichaamsdeel', k)) return false;
  // "sla op wat …", "sla alles op" is saving.
  if (/^sla(?:at|an)?$/.test(verb) && readings[at + 1] === 'op' && SAVED.has(readings[at + 2] ?? '')) return true;
  // "pak gerust", "pak er maar een", "pak die maar": taking is offered.
  return /^pak(?:t|ken)?$/.test(verb) && (FREELY.has(readings[at + 1] ?? '') || (readings[at + 1] === 'die' && readings[at + 2] === 'maar'));
}

/** Words of strength and speed before a body part admire it ("wat een sterke handen", "snelle benen"). */
const ADMIRED_BODY = new Set(['sterke', 'sterk', 'snelle', 'snel', 'krachtige', 'gespierde', 'soepele', 'lenige', 'sportieve']);
const LIKENING = new Set(['net', 'als', 'zoals', 'lijkt', 'lijken']);
const DISGUST = /[\u{1F922}\u{1F92E}]/u;
/** Strength before the body part, and nothing likened or sickened at beside it ("sterke handen, net een boer" is not). */
function admired(read: Reading, doc: TextDocument, clause: Clause, part: number): boolean {
  const readings = read.classes.readings;
  if (!ADMIRED_BODY.has(readings[part - 1] ?? '') || hasAnyFrom(readings, read.sentenceStart[clause.sentence]!, read.sentenceStart[clause.sentence + 1] ?? readings.length, LIKENING)) return false;
  return !DISGUST.test(doc.text);
}

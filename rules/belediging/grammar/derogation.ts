import { AT_HOME, BELONG, DENIALS } from './exclusion';
import { type Clause, GENDER_SINGULAR, LOOK_AHEAD, LOOK_BACK, type Reading, type Target, hasAnyFrom, hasWords, FIRST_PERSON } from './reading';
import { ClassIndex } from './words';

/** Implicit derogation: groups put down without an insult, and other people's words about a group, told. */

const SAYING = new Set(['zegt', 'zei', 'zeggen', 'zeiden', 'beweert', 'beweren', 'beweerde', 'beweerden', 'roept', 'riep', 'riepen', 'denkt', 'denken', 'dacht', 'dachten', 'gelooft', 'geloven', 'vindt', 'vinden', 'vond', 'vonden', 'schreef', 'schrijft', 'schrijven', 'noemde', 'noemt', 'roepen']);
const ENDORSED = [['gelijk'], ['klopt'], ['terecht'], ['inderdaad'], ['mee', 'eens'], ['precies']];
/**
 * Someone else's words about a group, told: "mensen die beweren dat Surinamers lui zijn, …", "mijn oom zegt
 * dat …, ik schaam me dood", "hoe kun je nou zeggen dat …?". The "dat" clause after a verb of saying or
 * thinking whose subject is not the writer, unless the writer agrees ("… en hij heeft gelijk"). Said of
 * the one addressed or a named person it is spreading, not reporting, and stays an attack.
 */
export function attributed(read: Reading, position: number, aimed: Target[]): boolean {
  const clause = read.clauses[position]!;
  const readings = read.classes.readings;
  if (readings[clause.from] !== 'dat' || aimed.length === 0 || aimed.some((aim) => aim.type === 'jij' || aim.type === 'naam')) return false;
  const before = read.clauses[position - 1];
  if (!before || before.sentence !== clause.sentence) return false;
  let said = -1;
  for (let i = before.from; i < before.to; i++) if (SAYING.has(readings[i]!)) said = i;
  if (said < 0) return false;
  // "wie vindt er nog meer / ook dat …?": asking who agrees is agreeing.
  if (hasWords(readings, before.from, before.to, ['wie']) && (hasWords(readings, before.from, before.to, ['ook']) || hasWords(readings, before.from, before.to, ['nog', 'meer']))) return false;
  // "ik zeg / zeg ik / ik denk": the writer's own; "ik hoorde iemand zeggen dat …" is someone else's.
  if (FIRST_PERSON.has(readings[said - 1] ?? '') || FIRST_PERSON.has(readings[said + 1] ?? '') || (FIRST_PERSON.has(readings[said - 2] ?? '') && !/^(iemand|hem|haar|ze|mensen)$/.test(readings[said - 1] ?? ''))) return false;
  // Agreement may follow in the next sentence ("Mijn oom zegt dat … Hij heeft gelijk.").
  const end = read.sentenceStart[clause.sentence + 2] ?? readings.length;
  return !ENDORSED.some((words) => hasWords(readings, clause.to, Math.min(end, clause.to + LOOK_AHEAD), words));
}

const BUT = new Set(['maar']);
const STRESS = new Set(['echt', 'gewoon', 'gwn', 'eenmaal', 'totaal', 'helemaal', 'gewoonweg', 'nooit', 'allemaal', 'sowieso', 'sws', 'toch']);
/**
 * Praise, beside the class positief (Pattern's strongest): what kind posts say a whole group always is ("altijd zo
 * gastvrij", "allemaal zo behulpzaam"), and praise limited to a group ("slim voor een …").
 */
const PRAISE = new Set(['goed', 'netjes', 'slim', 'knap', 'mooi', 'snel', 'sterk', 'best', 'schoon', 'beleefd', 'normaal', 'aardig', 'gastvrij', 'behulpzaam', 'vriendelijk', 'hartelijk', 'gezellig', 'hardwerkend', 'lief', 'grappig', 'creatief', 'muzikaal', 'sportief', 'trouw', 'eerlijk', 'gul', 'vrolijk', 'warm', 'open', 'respectvol', 'zorgzaam', 'sociaal', 'positief', 'vrijgevig', 'attent', 'geduldig', 'relaxed', 'chill', 'kleurrijk', 'stijlvol', 'elegant', 'leuk', 'tof', 'betrokken', 'hulpvaardig', 'beschermend', 'familiegericht']);
/** Praise in any form ("gastvrij", "gastvrije"). */
function isPraise(word: string): boolean {
  return PRAISE.has(word) || (word.endsWith('e') && PRAISE.has(word.slice(0, -1)));
}
const BACKGROUND = new Set(['cultuur', 'achtergrond', 'geloof', 'land', 'afkomst', 'buurt', 'soort']);

/** A group word at this token or the next one or two: a target of the group type, or an adjective of origin. */
function groupNear(classes: ClassIndex, targets: (Target | undefined)[], from: number, reach: number): number | undefined {
  for (let k = from; k < Math.min(classes.readings.length, from + reach); k++) if (targets[k]?.type === 'groep' || classes.at('groep_bijvoeglijk', k)) return k;
  return undefined;
}

/**
 * A group put down without an insult (implicit derogation): "typisch" before a group ("typisch zo'n Turk");
 * praise limited to a group ("goed Nederlands voor een Marokkaan", "slim voor iemand uit jouw cultuur");
 * "niks tegen [groep], maar …", whose "maar" brings what the writer does hold against them.
 */
export function stereotyped(read: Reading, clause: Clause, targets: (Target | undefined)[]): number | undefined {
  const { classes } = read;
  const readings = classes.readings;
  // Windows, not the whole clause: a pasted wall without punctuation stays linear.
  const groupBefore = (token: number) => groupNear(classes, targets, Math.max(clause.from, token - LOOK_BACK), Math.min(LOOK_BACK, token - clause.from));
  for (let i = clause.from; i < clause.to; i++) {
    const word = readings[i]!;
    const typical = word === 'typisch' ? groupNear(classes, targets, i + 1, 3) : undefined;
    // "Typisch Nederlands weer": the writer's own country, said of the weather, is no put-down.
    if (typical !== undefined && !/nederland/.test(classes.groupAt(typical) ?? '')) return i;
    if (word === 'voor' && (readings[i + 1] === 'een' || readings[i + 1] === 'iemand')) {
      // The praise may stand in the clause before: "knap hoor, voor een meisje".
      // Or after it: "voor een marokkaan ben je eigenlijk best eerlijk".
      const praised = hasPraise(classes, Math.max(read.sentenceStart[clause.sentence]!, i - LOOK_BACK), i) || hasPraise(classes, i + 3, Math.min(read.sentenceStart[clause.sentence + 1] ?? readings.length, i + 3 + PRAISE_AFTER));
      // "voor een meisje": one of a gender stands for all of it here.
      const group = groupNear(classes, targets, i + 2, 2) ?? (GENDER_SINGULAR.has(readings[i + 2] ?? '') ? i + 2 : undefined);
      const background = readings[i + 1] === 'iemand' && /^(uit|met|van)$/.test(readings[i + 2] ?? '') && BACKGROUND.has(readings[i + 4] ?? readings[i + 3] ?? '');
      if (praised && (group !== undefined || background)) return i;
    }
    // "Vrouwen zijn te emotioneel om leiding te geven": a group too something to do a thing.
    if (word === 'te' && (readings[i + 2] === 'om' || (/^(zijn|is|waren)$/.test(readings[i + 2] ?? '') && readings[i + 3] === 'om')) && !classes.at('positief', i + 1) && groupBefore(i) !== undefined) return i;
    // "Meisjes horen niet op een voetbalveld": a group kept from a place.
    // "vrouwen horen gwn niet achter het stuur": with stress between.
    if (BELONG.has(word) && targets[i - 1]?.type === 'groep') {
      let k = i + 1;
      while (k < clause.to && STRESS.has(readings[k]!)) k++;
      if (DENIALS.has(readings[k] ?? '') && /^(op|in|hier|daar|thuis|bij|achter|aan)$/.test(readings[k + 1] ?? '')) return i;
    }
    // "met die naam ben je toch geen echte nederlander": belonging to a people denied.
    if (word === 'geen' && readings[i + 1] === 'echte' && groupNear(classes, targets, i + 2, 1) !== undefined) return i;
    // "turken zijn altijd te laat": a whole group always too something.
    // Not denied ("zijn echt niet altijd te laat").
    if (word === 'altijd' && readings[i + 1] === 'te' && !classes.at('positief', i + 2) && !hasAnyFrom(readings, Math.max(clause.from, i - 2), i, DENIALS) && groupBefore(i) !== undefined) return i;
    // "Antillianen zijn altijd zo luidruchtig", "homo's zijn altijd zo dramatisch": a whole group always so
    // something that is no praise ("altijd zo gezellig" is).
    if ((word === 'altijd' || word === 'allemaal') && readings[i + 1] === 'zo' && readings[i + 2] && !classes.at('positief', i + 2) && !isPraise(readings[i + 2]!) && !hasAnyFrom(readings, Math.max(clause.from, i - 2), i, DENIALS) && groupBefore(i) !== undefined) return i;
    // "Roemenen zijn alleen goed voor het zware werk": a whole group good for one thing only.
    if ((word === 'alleen' || word === 'enkel') && readings[i + 1] === 'goed' && /^(?:voor|om)$/.test(readings[i + 2] ?? '') && groupBefore(i) !== undefined) return i;
    // "ik wil geen moslim als leraar", "wij willen geen Polen in onze straat": a group not wanted in a role or place.
    if (WANTING.has(word) && readings[i + 1] === 'geen') {
      const group = groupNear(classes, targets, i + 2, 2);
      if (group !== undefined && /^(?:als|in|op|naast|bij)$/.test(readings[group + 1] ?? '')) return i;
    }
    // "die Eritreeërs doen niks anders dan rondhangen", "meisjes die gamen doen het alleen voor de aandacht":
    // a whole group said to do nothing else, or to do it only for gain.
    if ((word === 'niks' || word === 'niets') && readings[i + 1] === 'anders' && readings[i + 2] === 'dan' && groupBefore(i) !== undefined) return i;
    if (word === 'alleen' && readings[i + 1] === 'voor' && /^(de|het|hun)$/.test(readings[i + 2] ?? '') && GAIN.has(readings[i + 3] ?? '') && groupBefore(i) !== undefined) return i;
    // "die moet je gwn niet vertrouwen": a group not to be trusted.
    if (TRUST.has(word) && hasAnyFrom(readings, Math.max(clause.from, i - 3), i, DENIALS) && groupBefore(i) !== undefined) return i;
    if (AT_HOME.has(word) && groupBefore(i) !== undefined && hasAnyFrom(readings, Math.max(clause.from, i - LOOK_BACK), i, DENIALS)) return i;
    // "Meisjes kunnen nou eenmaal niet rekenen": a skill denied to a whole group, with stress.
    if ((word === 'kunnen' || word === 'kan') && targets[i - 1]?.type === 'groep') {
      let k = i + 1;
      let stressed = false;
      for (; k < clause.to && (STRESS.has(readings[k]!) || readings[k] === 'nou'); k++) stressed ||= STRESS.has(readings[k]!);
      if (stressed && (readings[k] === 'niet' || readings[k] === 'nooit' || readings[k] === 'minder' || readings[k] === 'slechter')) return i;
    }
    // "ik vind homo's prima, zolang ze het maar niet laten zien": a group accepted on a condition. The group and the
    // acceptance may stand in the clause before, in the same sentence.
    if ((word === 'zolang' || (word === 'lang' && readings[i - 1] === 'zo') || (word === 'als' && hasWords(readings, i + 2, Math.min(read.sentenceStart[clause.sentence + 1] ?? readings.length, i + 5), ['maar']))) && readings[i + 1] === 'ze') {
      const from = Math.max(read.sentenceStart[clause.sentence]!, i - LOOK_BACK);
      if (hasAnyFrom(readings, from, i, ACCEPTING) && groupNear(classes, targets, from, i - from) !== undefined) return i;
    }
    // "vluchtelingen zouden dankbaar moeten zijn dat ze hier mogen zijn": a group told it is a guest who owes thanks.
    if (GRATEFUL.has(word) && (hasAnyFrom(readings, Math.max(clause.from, i - 2), i, OWED) || OWED.has(readings[i + 1] ?? '')) && groupBefore(i) !== undefined && guestAfter(readings, i, read.sentenceStart[clause.sentence + 1] ?? readings.length)) return i;
    // "die Syriërs krijgen alles gratis": a group said to be handed everything.
    if (GETTING.has(word) && hasAnyFrom(readings, i + 1, Math.min(clause.to, i + 4), FOR_NOTHING) && groupBefore(i) !== undefined && !hasAnyFrom(readings, Math.max(clause.from, i - 2), Math.min(clause.to, i + 4), DENIALS)) return i;
    // "stop ze in een eigen klas", "die horen op een speciale school", "er moet een aparte school voor ze komen": a group
    // put apart, in a school, class or toilet of its own.
    // Only as a demand (a norm, "horen", an order), not as a fact ("hebben soms een eigen klas met minder prikkels").
    if (APART.has(word) && PLACES_APART.has(readings[i + 1] ?? '')) {
      const sentenceFrom = Math.max(read.sentenceStart[clause.sentence]!, i - LOOK_BACK);
      const from = Math.max(read.sentenceStart[Math.max(0, clause.sentence - 1)]!, i - LOOK_AHEAD);
      const until = Math.min(clause.to, i + LOOK_AHEAD);
      const demanded = !!classes.first('norm', sentenceFrom, until) || hasAnyFrom(readings, sentenceFrom, until, BELONG) || PUTTING.has(readings[clause.from]!);
      if (demanded && groupNear(classes, targets, from, Math.min(clause.to, i + 5) - from) !== undefined) return i;
    }
    if ((word === 'niks' || word === 'niets') && readings[i + 1] === 'tegen' && groupNear(classes, targets, i + 2, 2) !== undefined) {
      const end = Math.min(read.sentenceStart[clause.sentence + 1] ?? readings.length, i + 3 + LOOK_AHEAD);
      if (hasAnyFrom(readings, i + 3, end, BUT)) return i + 1;
    }
  }
  // "trans is gwn een tiktok trend", "dyslexie bestaat niet": who someone is, said to be a fad or not to exist.
  const dismissed = classes.first('afgedaan', clause.from, clause.to);
  if (dismissed && groupBefore(dismissed.firstToken) !== undefined) return dismissed.firstToken;
  // Conspiracy: "[groep] hebben te veel macht", "… alles in handen".
  const plot = classes.first('complot', clause.from, clause.to);
  if (plot && groupBefore(plot.firstToken) !== undefined) return plot.firstToken;
  return undefined;
}
/**
 * The phrases that wake the reading for a stereotype without a word of attack (with a group near, see analyse.ts).
 * "zo lang ze" wakes at "lang", since a cue starting at "zo" made every clean post look further (280 characters:
 * 37 → 62 µs); "zolang ze", written as the one word it is, at "zolang".
 */
export const STEREOTYPE_CUES = ['eigen klas', 'aparte school', 'speciale school', 'eigen school', 'aparte klas', 'eigen wc', 'altijd zo', 'allemaal zo', 'niks anders dan', 'niets anders dan', 'alleen voor de aandacht', 'alleen goed', 'enkel goed', 'alleen voor het geld', 'alleen voor de uitkering', 'lang ze', 'zolang ze', 'gratis', 'voorrang', 'dankbaar', 'blij zijn dat'];
/** Orders that put people somewhere: "stop ze in …", "zet ze in …". */
const PUTTING = new Set(['stop', 'zet', 'stuur', 'doe', 'plaats']);
const APART = new Set(['eigen', 'aparte', 'apart', 'speciale', 'gescheiden']);
const PLACES_APART = new Set(['klas', 'klassen', 'school', 'scholen', 'wc', 'wcs', 'ingang', 'lokaal', 'groep', 'bus', 'tafel', 'kleedkamer']);
/** Words of acceptance that a condition takes back ("prima, zolang ze …"). */
const ACCEPTING = new Set(['prima', 'oke', 'ok', 'oké', 'goed', 'fine', 'probleem', 'mis', 'tegen', 'accepteer', 'accepteren', 'respecteer']);
const GETTING = new Set(['krijgen', 'krijgt', 'kregen', 'krijg']);
const GRATEFUL = new Set(['dankbaar', 'blij']);
/** Thanks owed, not felt: "zouden dankbaar moeten zijn", "mogen blij zijn". */
const OWED = new Set(['zouden', 'zou', 'moeten', 'moet', 'mogen', 'mag']);
/** "… dat ze hier mogen zijn / wonen": being here, granted. */
function guestAfter(readings: string[], at: number, sentenceTo: number): boolean {
  const to = Math.min(sentenceTo, at + GUEST_REACH);
  return hasAnyFrom(readings, at, to, HERE) && hasAnyFrom(readings, at, to, MAY_BE);
}
const GUEST_REACH = 9;
const HERE = new Set(['hier', 'nederland', 'ons']);
const MAY_BE = new Set(['mogen', 'mag', 'mochten', 'mocht']);
const FOR_NOTHING = new Set(['gratis', 'alles', 'voorrang']);
/** What a group is said to be in it for ("alleen voor de aandacht"). */
const GAIN = new Set(['aandacht', 'geld', 'uitkering', 'uitkeringen', 'likes', 'status', 'subsidie', 'toeslagen']);
/** How far after "voor een X" the praise may stand, in words. */
const PRAISE_AFTER = 6;
/** Verbs of trusting: "niet vertrouwen", "niet te vertrouwen". */
const WANTING = new Set(['wil', 'wilt', 'willen', 'wou', 'wilde', 'wilden']);
const TRUST = new Set(['vertrouwen', 'vertrouw', 'vertrouwt']);
function hasPraise(classes: ClassIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPraise(classes.readings[k]!) || classes.at('positief', k)) return true;
  return false;
}

import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { type Attack, type Clause, type Reading, asksQuestion, CONDITION_OPENERS, FIRST_PERSON, hasAnyFrom, NO_FRAMES } from './reading';

/**
 * Ability and worth denied without a word of abuse, read from their parts per clause:
 * - never able: someone said never to get, learn or manage it ("jij snapt het toch nooit", "dat gaat jou nooit lukken",
 *   "hij leert het ook nooit", "van jou komt nooit iets terecht"); a group said so, as a rule, is hate ("vluchtelingen
 *   snappen onze regels toch niet");
 * - too hard for you ("dit is veel te moeilijk voor jou", "dat gaat boven je pet");
 * - how did you ever ("hoe ben jij ooit overgegaan");
 * - a basic skill doubted in a question ("kan jij überhaupt lezen?", "snap jij eigenlijk wel iets");
 * - who do you think you are ("wie denk jij wel dat je bent", "wie ben jij om …");
 * - being nothing ("je bent lucht voor ons", "jij stelt niks voor");
 * - sent off to cry or to hide ("ga lekker huilen bij je moeder", "kruip terug in je hoekje"), pretension denied ("doe niet
 *   zo belangrijk");
 * - what would one of a group know ("wat weet een Marokkaan nou van …");
 * - failure foretold ("dat red jij nooit", "hij gaat zijn diploma nooit halen"), spoiling as a habit ("jij verpest het
 *   toch weer"), not even able ("hij snapt de regels niet eens");
 * - what is one's own dismissed ("jouw gevoelens zijn hier niet relevant", "jouw mening telt niet", "jij telt niet mee"),
 *   no one needing you, sent elsewhere to complain or back to one's own place ("ga ergens anders zitten klagen", "terug
 *   naar je eigen tafel").
 * Not of the writer, not of "je" as anyone (a condition), not "not yet", not when help or comfort is offered, not praise,
 * not in a report or a story; in a match only of the one addressed or named.
 */

const TOLD_OF = ['nieuws', 'citaat', 'meld', 'tegenspraak'] as const;
/** Words that point back at a group ("ze snappen er niks van"). */
const POINTERS = new Set(['ze', 'zij', 'die', 'hen', 'hun']);

/** Verbs of getting, learning and managing something. */
const ABLE = new Set(['snap', 'snapt', 'snappen', 'snapte', 'snapten', 'begrijp', 'begrijpt', 'begrijpen', 'begreep', 'begrepen', 'leer', 'leert', 'leren']);
/** "leert het nooit af", "leer je nooit uit": another verb. */
const OTHER_PARTICLES = new Set(['af', 'uit', 'aan', 'op', 'kennen']);
/** Verbs whose object is the one who manages: "dat gaat jou nooit lukken", "van jou komt nooit iets terecht". */
const MANAGE = new Set(['lukt', 'lukken', 'lukte', 'terecht']);
/** Never, nothing: "nooit", "niks", "geen bal", "geen moer". */
const NEVER = new Set(['nooit', 'niks', 'niets', 'nix']);
const NO_BIT = new Set(['bal', 'moer', 'reet', 'zak', 'fluit', 'snars', 'donder', 'ene', 'hol', 'barst', 'klap', 'iota']);
/** "toch niet", "gewoon niet": a plain "niet" said as a rule. */
const AS_A_RULE = new Set(['toch', 'gewoon', 'gwn', 'eenmaal', 'sowieso', 'nooit']);
/** An unstressed "je" is anyone ("je kan het nooit iedereen naar de zin maken") unless said with stress. */
const STRESSING = new Set(['toch', 'echt', 'gewoon', 'gwn', 'ook', 'sowieso', 'egt', 'ech']);
/** Help, comfort or hope nearby: "geeft niet", "ik help je", "komt goed", "nog niet", "vast wel". */
const KIND = new Set(['help', 'helpen', 'helpt', 'samen', 'uitleggen', 'leg', 'oefenen', 'oefen', 'succes', 'komt', 'geeft', 'zorgen', 'erg', 'vast', 'misschien', 'mss', 'knap', 'trots', 'geloof', 'lief', 'sterk', 'beterschap', 'hou', 'probeer', 'proberen']);
/** "geen zorgen", "komt goed", "geeft niet", "niet erg": comfort in two words. */
const COMFORT = [['komt', 'goed'], ['geeft', 'niet'], ['geen', 'zorgen'], ['niet', 'erg'], ['geeft', 'niks'], ['maakt', 'niet'], ['vast', 'wel'], ['lukt', 'wel'], ['kan', 'het'], ['kun', 'het'], ['ik', 'help'], ['hou', 'vol']];

/** "te moeilijk voor jou", "te hoog gegrepen voor hem". */
const DIFFICULT = new Set(['moeilijk', 'ingewikkeld', 'lastig', 'hoog', 'moeilluk', 'moeilik']);
/** "zal ik helpen", "misschien", "nog": a teacher's or friend's care, not a put-down. */
const HEDGES = new Set(['misschien', 'mss', 'nog', 'even', 'beetje', 'soms', 'eerst']);
const HATS = new Set(['pet', 'petje']);
const YOUR = new Set(['je', 'jouw', 'zijn', 'haar', 'z\'n', 'zn']);

/** "hoe ben jij ooit overgegaan", "hoe heeft hij ooit zijn diploma gehaald". */
const HOW_AUX = new Set(['ben', 'bent', 'is', 'heb', 'hebt', 'heeft', 'kon', 'kan', 'kun', 'kunt', 'mag', 'mocht']);
const PASSED = new Set(['overgegaan', 'geslaagd', 'aangenomen', 'gehaald', 'toegelaten', 'binnengekomen', 'doorgekomen', 'overgaan', 'slagen', 'halen', 'gekozen', 'verkozen', 'bevorderd']);
const EVER = new Set(['ooit']);
const HOW_WILL = new Set(['wil', 'ga', 'gaat', 'moet', 'denk', 'denkt', 'zal', 'zou', 'wilt']);
const THEN = new Set(['dan']);

/** "kan jij überhaupt lezen", "snap jij eigenlijk wel iets". */
const DOUBTING = new Set(['uberhaupt', 'überhaupt', 'uberhoupt', 'berhaupt']);
const BASIC_SKILLS = new Set(['lezen', 'schrijven', 'tellen', 'rekenen', 'praten', 'denken', 'nadenken', 'klokkijken', 'spellen', 'fietsen', 'lopen', 'iets', 'wat', 'ergens', 'typen']);
const ASKED = new Set(['jij', 'je', 'hij', 'zij']);
const ASKING_ABLE = new Set(['kan', 'kun', 'kunt', 'snap', 'snapt', 'begrijp', 'begrijpt', 'weet', 'heb', 'hebt']);

/** "wie denk jij wel dat je bent", "wie ben jij om …". */
const WHO = 'wie';
const THINK = new Set(['denk', 'denkt']);
const ARE = new Set(['ben', 'bent']);
const WHO_FILLERS = new Set(['nou', 'eigenlijk', 'helemaal', 'wel', 'nu', 'dan', 'eigelijk']);

/** "je bent lucht voor ons", "jij stelt niks voor", "je betekent niks". */
const NOTHING_AT_ALL = new Set(['lucht', 'niks', 'niets', 'niemand', 'nobody', 'nix']);
const COPULAS = new Set(['ben', 'bent', 'is', 'was', 'blijft', 'blijf']);
const AMOUNTS_TO = new Set(['stelt', 'stel', 'betekent', 'beteken']);
/** After "niks": a verb's participle or "verplicht" makes it "nothing owed": "je bent niks vergeten", "je bent niets verplicht". */
const NOTHING_ENDS = new Set(['voor', 'meer', 'waard', 'zonder']);

/** "ga huilen bij je moeder", "kruip terug in je hoekje", "doe niet zo belangrijk". */
const CRYING = new Set(['huilen', 'janken', 'huil', 'jank', 'huilie']);
const MOTHERS = new Set(['moeder', 'mama', 'mam', 'mammie', 'mamma', 'mammy', 'mommy', 'papa', 'pappie', 'vader', 'moedertje']);
const CRAWL = new Set(['kruip', 'kruipen', 'ga']);
const HIDING_PLACES = new Set(['hoek', 'hoekje', 'hol', 'holletje', 'hok', 'hokje', 'schulp', 'grot', 'kelder']);
const PRETENDING = new Set(['belangrijk', 'interessant', 'wijs', 'bijdehand', 'slim', 'volwassen', 'stoer']);

/** "wat weet een Marokkaan nou van …". */
const KNOWS = new Set(['weet', 'weten', 'snapt', 'snappen', 'begrijpt', 'begrijpen']);
const ONE_OF = new Set(['een', 'zon', 'zo\'n', 'die', 'zulke', 'al']);

/** Failure foretold: saving it, succeeding with a future, becoming "een …". */
const SAVING = new Set(['red', 'redt', 'redden']);
const SUCCEEDING = new Set(['halen', 'slagen', 'winnen', 'lukken']);
const BECOMING = new Set(['word', 'wordt', 'worden']);
const FUTURE = new Set(['ga', 'gaat', 'gaan', 'zal', 'zult', 'zullen']);
/** "hij haalt nooit een onvoldoende": praise. */
const LOW_MARKS = new Set(['onvoldoende', 'onvoldoendes', 'slecht', 'slechte', 'laag', 'lage']);
/** "jij verpest het toch weer". */
const SPOILING = new Set(['verpest', 'verprutst', 'verknalt', 'verkloot', 'verneukt']);
const HABIT = new Set(['toch', 'weer', 'altijd', 'steeds']);
/** Able, knowing, hearing: "kan niet eens …", "snapt … niet eens". */
const EVEN_ABLE = new Set(['kan', 'kun', 'kunt', 'kunnen', 'snapt', 'snap', 'snappen', 'begrijpt', 'begrijpen', 'weet', 'weten', 'horen', 'hoort', 'ziet', 'zien', 'haalt', 'haal', 'raakt', 'raak', 'durft', 'durf']);
/** An accident or illness that explains what someone cannot do. */
const PITY = new Set(['ongeluk', 'ongeval', 'operatie', 'blessure', 'geblesseerd', 'gebroken', 'gips', 'ziekenhuis', 'ziek', 'pijn', 'revalidatie', 'hersenschudding', 'beperking', 'handicap']);
/** "mij", "ons": the writer as object ("hij snapt mij niet eens"): a complaint, not contempt. */
const WRITER_OBJECT = new Set(['mij', 'me', 'ons']);
/** What is someone's to say or feel. */
const OWN_SAY = new Set(['mening', 'meningen', 'gevoelens', 'gevoel', 'stem', 'verhaal', 'verhalen', 'inbreng', 'bijdrage', 'ideeen', 'ideeën', 'idee', 'klachten', 'klacht', 'wensen', 'uitleg', 'antwoord', 'antwoorden']);
const COUNTS = new Set(['telt', 'tellen', 'tel', 'meetelt', 'meetellen']);
/** "niet relevant", "niet belangrijk", "niet nodig", "niet welkom". */
const UNNEEDED = new Set(['relevant', 'belangrijk', 'nodig', 'interessant', 'gewenst', 'welkom', 'boeiend']);
const CARES = new Set(['boeit', 'boeien', 'interesseert', 'interesseren']);
const IGNORED = new Set(['genegeerd', 'weggegooid', 'genegeert']);
const NEEDED_OR_ASKED = new Set(['nodig', 'gevraagd']);
const COMPLAINING = new Set(['klagen', 'zeuren', 'zeiken', 'janken', 'huilen', 'jammeren', 'mekkeren', 'zaniken', 'preken', 'vertellen', 'roepen', 'schreeuwen']);
/** "het boeit me niet wat jij vindt": indifference to what someone thinks or wants. */
const INDIFFERENT = new Set(['boeit', 'interesseert', 'maakt', 'uitmaakt', 'kan']);
const DENIED = new Set(['niet', 'geen', 'niks', 'niets', 'nooit']);
const VIEWS = new Set(['vindt', 'vind', 'zegt', 'denkt', 'wil', 'wilt', 'voelt', 'vond', 'zei', 'dacht', 'wou']);

const OWN_PLACES = new Set(['tafel', 'klas', 'plek', 'plekje', 'groep', 'groepje', 'hoek', 'hoekje', 'school', 'kamer', 'bank', 'stoel']);

/** "niks", "niets", "nooit iets": nothing (worth) to say. */
const NOTHING_SAID = new Set(['niks', 'niets', 'iets']);
const WORTH_SAYING = new Set(['zinnigs', 'nuttigs', 'slims', 'zeggen']);
const HAVE = new Set(['heeft', 'hebt', 'heb', 'had']);
const STRESSED_AFTER = new Set(['jij', 'hij', 'zij']);

const OUR = new Set(['wij', 'we', 'ons', 'onze']);
const UNLESS = new Set(['zonder', 'tenzij', 'behalve', 'hulp']);
/** Being able, for a group: "kunnen niet …", "kan toch geen …". */
const CAN = new Set(['kunnen', 'kan']);
/**
 * Skills a group may be said to lack (verbs as infinitives, and "omgaan" with money or people); not rights or what
 * circumstances allow (trouwen, stemmen, werken, wonen, terug, blijven, komen).
 */
const SKILLS = new Set(['voetballen', 'rekenen', 'lezen', 'schrijven', 'autorijden', 'rijden', 'leiden', 'koken', 'denken', 'nadenken', 'omgaan', 'beslissen', 'leren', 'praten', 'zingen', 'dansen', 'zwemmen', 'sporten', 'programmeren', 'onthouden', 'plannen', 'organiseren', 'spellen', 'tellen', 'richten', 'mikken', 'parkeren', 'navigeren', 'kaartlezen', 'inparkeren', 'debatteren', 'redeneren', 'regelen', 'opvoeden', 'fietsen', 'tekenen', 'concentreren', 'focussen', 'improviseren', 'samenwerken', 'communiceren', 'luisteren', 'scoren', 'keepen', 'coachen', 'presenteren', 'uitleggen', 'wiskunde', 'kaart', 'geld', 'overzicht', 'tactiek', 'strategie']);

/** How many words a part of the shape may stand from the next. */
const REACH = 6;
/** How far around a shape a word that guards it counts (a condition, a hedge, help, stress): a window, not the clause. */
const WINDOW = 12;

export function abilityDenied(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets, clauses, frames } = read;
  const readings = classes.readings;
  const end = readings.length;
  const span = (first: number, last: number): PhraseMatch => ({ firstToken: first, lastToken: Math.min(last, end - 1) }) as PhraseMatch;
  /**
   * In a match or game, "ze", "hij" and "die" are as often the other side, mocked in play ("we maken ze af, ze snappen er
   * niks van"): there only the one addressed or named counts. Ability is denied most of all in sport, so the frame itself
   * does not silence these readings.
   */
  let inGame = false;
  /** One person, not the writer and not "jullie": "jij", "je", "hem", "Sanne", "die gast". */
  const person = (k: number) => {
    const type = targets[k]?.type;
    return (type === 'jij' && readings[k] !== 'jullie') || type === 'naam' || (type === 'derde' && !inGame);
  };
  const group = (k: number) => targets[k]?.type === 'groep' && !targets[k]!.topic && !(inGame && POINTERS.has(readings[k]!));
  /** Do any of `words` stand within WINDOW words of `at`, inside [from, to)? Bounded, so a pasted wall of one clause stays linear. */
  const near = (at: number, from: number, to: number, words: Set<string>) => hasAnyFrom(readings, Math.max(from, at - WINDOW), Math.min(to, at + WINDOW + 1), words);

  for (const clause of clauses) {
    const frame = frames.get(clause.sentence) ?? NO_FRAMES;
    if (TOLD_OF.some((name) => frame.has(name)) || read.governed[clause.from]) continue;
    inGame = frame.has('sport');
    const sentenceFrom = read.sentenceStart[clause.sentence]!;
    // Care in the sentence or the one after ("dit is te moeilijk voor jou. zal ik helpen?"); praise or fondness around it
    // ("Happy 15th! Jij kan nog geen twee minuten stil zijn. De leraren zijn gek op je").
    const aroundFrom = read.sentenceStart[Math.max(0, clause.sentence - 1)]!;
    const aroundTo = read.sentenceStart[clause.sentence + 2] ?? end;
    const kind = (found: Found) => {
      const from = Math.max(aroundFrom, found.from - 2 * WINDOW);
      const to = Math.min(aroundTo, found.to + 2 * WINDOW);
      return kindNear(readings, Math.max(sentenceFrom, from), to) || !!classes.first('positief', from, to) || !!classes.first('genegenheid', from, to);
    };
    const found =
      neverAble(clause, sentenceFrom) ??
      failureForetold(clause) ??
      notEven(clause, frame) ??
      ownDismissed(clause) ??
      groupIncapable(clause) ??
      tooHard(clause) ??
      howEver(clause) ??
      skillDoubted(clause) ??
      whoDoYouThink(clause) ??
      nothingAtAll(clause) ??
      sentOff(clause) ??
      whatWouldOneKnow(clause);
    if (found && !kind(found)) {
      report(found.attack, span(found.from, found.to));
      return;
    }
  }

  function neverAble(clause: Clause, sentenceFrom: number): Found | undefined {
    for (let verb = clause.from; verb < clause.to; verb++) {
      const word = readings[verb]!;
      const manage = MANAGE.has(word);
      if (!ABLE.has(word) && !manage) continue;
      // "als je niet oefent leer je het nooit": a condition makes "je" anyone.
      if (near(verb, sentenceFrom, verb, CONDITION_OPENERS) || readings[sentenceFrom] === 'zonder') continue;
      const denial = neverWithin(verb, clause);
      if (denial < 0) continue;
      if (OTHER_PARTICLES.has(readings[denial + 1] ?? '') || OTHER_PARTICLES.has(readings[verb + 1] ?? '')) continue;
      // Who does not get it: the subject before the verb or right after it; for "lukken", the one it does not work for.
      for (let k = Math.max(clause.from, verb - REACH); k < Math.min(clause.to, verb + 3); k++) {
        if (FIRST_PERSON.has(readings[k]!) || readings[k] === 'niemand' || readings[k] === 'ons') return undefined;
      }
      const who = whoDoesNot(verb, clause, manage);
      if (who === undefined || theyPlural(who, verb)) continue;
      // "mijn opa snapt nooit iets van zijn telefoon": the writer's own family, teased.
      if (readings[who - 1] === 'mijn' || readings[who - 1] === 'onze' || readings[who - 1] === 'mn') continue;
      if (readings[who] === 'je' && !near(verb, clause.from, clause.to, STRESSING)) continue;
      if (group(who)) {
        // A group, as a rule: "snappen het toch niet", "leren het nooit".
        if (near(verb, clause.from, clause.to, AS_A_RULE)) return { attack: 'haat-groep', from: Math.min(who, verb), to: Math.max(denial, verb) };
        continue;
      }
      return { attack: 'kleineren', from: Math.min(who, verb), to: Math.max(denial, verb) };
    }
    return undefined;
  }

  /** The never-word of the verb at `verb` within its reach in the clause: "nooit", "niks", "geen bal", "toch niet"; -1 if none, or "nog (n)ooit"/"nog niet". */
  function neverWithin(verb: number, clause: Clause): number {
    for (let k = Math.max(clause.from, verb - REACH); k < Math.min(clause.to, verb + REACH); k++) {
      const word = readings[k]!;
      const denies = NEVER.has(word) || (word === 'geen' && NO_BIT.has(readings[k + 1] ?? '')) || (word === 'niet' && AS_A_RULE.has(readings[k - 1] ?? ''));
      if (!denies) continue;
      // "nog nooit", "nog niks": not yet, or what has not happened.
      if (readings[k - 1] === 'nog' || readings[k + 1] === 'meer') return -1;
      return k;
    }
    return -1;
  }

  /** "ze snappen er niks van": "ze" with a plural verb is "they", not one person (a group named before is read as the group). */
  function theyPlural(who: number, verb: number): boolean {
    return (readings[who] === 'ze' || readings[who] === 'zij') && !group(who) && readings[verb]!.endsWith('en');
  }

  function whoDoesNot(verb: number, clause: Clause, objectToo: boolean): number | undefined {
    for (let k = verb - 1; k >= Math.max(clause.from, verb - REACH); k--) if (person(k) || group(k)) return k;
    for (let k = verb + 1; k < Math.min(clause.to, verb + (objectToo ? REACH : 2)); k++) if (person(k) || group(k)) return k;
    return undefined;
  }

  function tooHard(clause: Clause): Found | undefined {
    for (let k = clause.from; k < clause.to; k++) {
      const word = readings[k]!;
      // "gaat boven je pet".
      if (word === 'boven' && YOUR.has(readings[k + 1] ?? '') && HATS.has(readings[k + 2] ?? '')) return { attack: 'kleineren', from: k, to: k + 2 };
      if (word !== 'te' || !DIFFICULT.has(readings[k + 1] ?? '')) continue;
      let voor = k + 2;
      if (readings[voor] === 'gegrepen') voor++;
      if (readings[voor] !== 'voor' || !person(voor + 1)) continue;
      // A question asks with care ("is dit niet te moeilijk voor je?"); a hedge softens it ("misschien nog te moeilijk").
      if (asksQuestion(doc, clause) || near(k, clause.from, clause.to, HEDGES)) return undefined;
      return { attack: 'kleineren', from: k, to: voor + 1 };
    }
    return undefined;
  }

  function howEver(clause: Clause): Found | undefined {
    const how = clause.from;
    if (readings[how] !== 'hoe' && readings[how + 1] !== 'hoe') return undefined;
    const at = readings[how] === 'hoe' ? how : how + 1;
    const who = person(at + 2) ? at + 2 : person(at + 3) ? at + 3 : -1;
    if (who < 0) return undefined;
    // "hoe wil je dan ooit een baan vinden": a future doubted; "je" is the one addressed when "dan" points back at them.
    const doubted = HOW_WILL.has(readings[at + 1] ?? '') && (readings[who] !== 'je' || near(who, clause.from, clause.to, THEN));
    if (!HOW_AUX.has(readings[at + 1] ?? '') && !doubted) return undefined;
    for (let k = at + 2; k < Math.min(clause.to, at + 3 + REACH); k++) {
      if (!EVER.has(readings[k]!)) continue;
      if (doubted) return { attack: 'kleineren', from: at, to: k };
      for (let m = k + 1; m < Math.min(clause.to, k + 1 + REACH); m++) if (PASSED.has(readings[m]!)) return { attack: 'kleineren', from: at, to: m };
    }
    return undefined;
  }

  function skillDoubted(clause: Clause): Found | undefined {
    for (let k = clause.from; k < clause.to; k++) {
      // "snap jij …": the one asked, right after the verb.
      if (!ASKING_ABLE.has(readings[k]!) || !(person(k + 1) || ASKED.has(readings[k + 1] ?? ''))) continue;
      const doubt = readings[k + 2] === 'eigenlijk' && readings[k + 3] === 'wel' ? k + 3 : DOUBTING.has(readings[k + 2] ?? '') ? k + 2 : -1;
      if (doubt < 0) continue;
      for (let m = doubt + 1; m < Math.min(clause.to, doubt + 3); m++) if (BASIC_SKILLS.has(readings[m]!)) return { attack: 'kleineren', from: k, to: m };
    }
    return undefined;
  }

  function whoDoYouThink(clause: Clause): Found | undefined {
    const at = clause.from;
    // "denk jij nou echt dat jij geneeskunde gaat doen?": an ambition doubted; "denk je echt dat het regent?" asks.
    if (THINK.has(readings[at] ?? '') && readings[at + 1] === 'jij') {
      let k = at + 2;
      while (k < at + 5 && (readings[k] === 'nou' || readings[k] === 'nu' || readings[k] === 'echt' || readings[k] === 'serieus')) k++;
      if (k > at + 2 && readings[k] === 'dat' && readings[k + 1] === 'jij') return { attack: 'kleineren', from: at, to: k + 1 };
    }
    if (readings[at] !== WHO) return undefined;
    // "wie denk jij (wel/eigenlijk) dat je bent".
    if (THINK.has(readings[at + 1] ?? '') && (readings[at + 2] === 'je' || readings[at + 2] === 'jij')) {
      for (let k = at + 3; k < Math.min(end, at + 3 + REACH); k++) {
        if (readings[k] === 'dat' && (readings[k + 1] === 'je' || readings[k + 1] === 'jij') && ARE.has(readings[k + 2] ?? '')) return { attack: 'minachting', from: at, to: k + 2 };
      }
    }
    // "wie ben jij (nou) (helemaal) om …".
    if (ARE.has(readings[at + 1] ?? '') && (readings[at + 2] === 'jij' || readings[at + 2] === 'je')) {
      let om = at + 3;
      while (om < at + 6 && WHO_FILLERS.has(readings[om] ?? '')) om++;
      if (readings[om] === 'om') return { attack: 'minachting', from: at, to: om };
    }
    return undefined;
  }

  function nothingAtAll(clause: Clause): Found | undefined {
    for (let k = clause.from + 1; k < clause.to; k++) {
      const word = readings[k]!;
      if (!NOTHING_AT_ALL.has(word)) continue;
      // "je bent lucht (voor ons)", "jij bent echt niks", "hij is een niemand".
      let verb = k - 1;
      while (verb > clause.from && (readings[verb] === 'echt' || readings[verb] === 'gewoon' || readings[verb] === 'een' || readings[verb] === 'helemaal')) verb--;
      const said = COPULAS.has(readings[verb] ?? '') && (person(verb - 1) || person(verb + 1));
      // "jij stelt niks voor", "je betekent niks (voor mij)".
      const amounts = (AMOUNTS_TO.has(readings[verb] ?? '') && (person(verb - 1) || person(verb + 1))) || (AMOUNTS_TO.has(readings[verb - 1] ?? '') && person(verb));
      if (!said && !amounts) continue;
      // "je bent niks vergeten", "je bent niets verplicht": nothing owed or forgotten; the nothing must end the clause or be "for" someone.
      const next = readings[k + 1];
      if (word !== 'lucht' && k + 1 < clause.to && !NOTHING_ENDS.has(next ?? '') && !(amounts && next === 'voor')) continue;
      return { attack: 'minachting', from: Math.min(verb - 1, k), to: k };
    }
    return undefined;
  }

  function sentOff(clause: Clause): Found | undefined {
    for (let k = clause.from; k < clause.to; k++) {
      const word = readings[k]!;
      // "ga huilen bij je moeder", "jank maar bij je mama"; not "uithuilen bij je moeder" (comfort).
      if (CRYING.has(word) && readings[k + 1] === 'bij' && YOUR.has(readings[k + 2] ?? '') && MOTHERS.has(readings[k + 3] ?? '') && readings[k + 4] !== 'uit') return { attack: 'kleineren', from: k, to: k + 3 };
      // "kruip (maar) (weer) terug in je hoekje".
      if (CRAWL.has(word)) {
        // "maar" opens a clause of its own: the order is read on across it, within the sentence.
        let back = k + 1;
        while (back < Math.min(read.sentenceStart[clause.sentence + 1] ?? end, k + 4) && readings[back] !== 'terug') back++;
        if (readings[back] === 'terug') {
          const into = back + 1;
          if ((readings[into] === 'in' || readings[into] === 'naar') && YOUR.has(readings[into + 1] ?? '') && HIDING_PLACES.has(readings[into + 2] ?? '')) return { attack: 'kleineren', from: k, to: into + 2 };
        }
      }
      // "doe (maar) niet zo belangrijk".
      if ((word === 'doe' || word === 'doet') && hasNietZo(k) >= 0) {
        const zo = hasNietZo(k);
        if (PRETENDING.has(readings[zo + 1] ?? '')) return { attack: 'kleineren', from: k, to: zo + 1 };
      }
    }
    return undefined;
  }

  /** "doe (maar) niet zo": where "zo" stands, -1 if not. */
  function hasNietZo(doe: number): number {
    let k = doe + 1;
    if (readings[k] === 'maar' || readings[k] === 'nou' || readings[k] === 'toch') k++;
    return readings[k] === 'niet' && readings[k + 1] === 'zo' ? k + 1 : -1;
  }

  function failureForetold(clause: Clause): Found | undefined {
    for (let never = clause.from; never < clause.to; never++) {
      if (readings[never] !== 'nooit' || readings[never - 1] === 'nog' || readings[never + 1] === 'meer') continue;
      if (firstPersonNear(clause, never)) return undefined;
      const future = near(never, clause.from, clause.to, FUTURE);
      for (let k = Math.max(clause.from, never - REACH); k < Math.min(clause.to, never + REACH + 1); k++) {
        const word = readings[k]!;
        // "dat red jij nooit"; "je gaat het nooit halen", "hij gaat zijn diploma nooit halen"; "jij wordt nooit een echte voetballer".
        const fails = SAVING.has(word) || (SUCCEEDING.has(word) && future) || (BECOMING.has(word) && readings[never + 1] === 'een' && never === k + 1);
        if (!fails || near(k, clause.from, clause.to, LOW_MARKS)) continue;
        const who = nearestPerson(clause, k);
        if (who >= 0 && (readings[who] !== 'je' || near(k, clause.from, clause.to, STRESSING) || future)) return { attack: 'kleineren', from: Math.min(who, never, k), to: Math.max(who, never, k) };
      }
    }
    return undefined;
  }

  function notEven(clause: Clause, frame: ReadonlySet<string>): Found | undefined {
    if (frame.has('ziekte_context')) return undefined;
    const sentenceFrom = read.sentenceStart[clause.sentence]!;
    const sentenceTo = read.sentenceStart[clause.sentence + 1] ?? end;
    for (let k = clause.from; k < clause.to; k++) {
      const word = readings[k]!;
      if (!SPOILING.has(word) && !EVEN_ABLE.has(word)) continue;
      // "hij kan niet eens lopen na zijn ongeluk": not even able, out of pity; "hij snapt mij niet eens" is a complaint.
      if (firstPersonNear(clause, k) || near(k, sentenceFrom, sentenceTo, PITY)) continue;
      // "hij snapt de regels niet eens", "doven horen niet eens wat je zegt".
      if (SPOILING.has(word) && hasAnyFrom(readings, k + 1, Math.min(clause.to, k + 4), HABIT)) {
        const who = nearestPerson(clause, k);
        if (who >= 0 && readings[who] !== 'je') return { attack: 'kleineren', from: Math.min(who, k), to: k + 1 };
      }
      if (!EVEN_ABLE.has(word)) continue;
      const even = evenAfter(k, clause, sentenceTo);
      if (even < 0) continue;
      const who = nearestPerson(clause, k);
      // "@mika je kan niet eens een tent opzetten": "je" is the one addressed when the sentence names or stresses them.
      if (who >= 0 && (readings[who] !== 'je' || addressed(sentenceFrom, sentenceTo))) return { attack: 'kleineren', from: Math.min(who, k), to: even };
      const subject = k - 1 >= clause.from && group(k - 1) ? k - 1 : -1;
      if (subject >= 0) return { attack: 'haat-groep', from: subject, to: even };
    }
    return undefined;
  }

  /**
   * "niet eens", "nog steeds niet/geen", or "nog geen … laat staan …" within reach after the verb at `verb`; -1 if none.
   * A plain "nog geen" is as often "not yet" ("kunnen nog geen Nederlands, ze zijn net hier").
   */
  function evenAfter(verb: number, clause: Clause, sentenceTo: number): number {
    for (let k = verb + 1; k < Math.min(clause.to, verb + REACH); k++) {
      // "weten het nog niet eens": not yet, no contempt.
      if (readings[k] === 'niet' && readings[k + 1] === 'eens' && readings[k - 1] !== 'nog') return k + 1;
      // "snap je het nog steeds niet", "je kan nog steeds geen ei bakken".
      if (readings[k] === 'nog' && readings[k + 1] === 'steeds' && (readings[k + 2] === 'niet' || readings[k + 2] === 'geen')) return k + 2;
      // "jij kan nog geen opstelling onthouden, laat staan een team leiden".
      if (readings[k] === 'nog' && readings[k + 1] === 'geen') {
        for (let m = k + 2; m < Math.min(sentenceTo, k + 2 * REACH); m++) if (readings[m] === 'laat' && readings[m + 1] === 'staan') return m + 1;
      }
    }
    return -1;
  }

  function ownDismissed(clause: Clause): Found | undefined {
    for (let k = clause.from; k < clause.to; k++) {
      const word = readings[k]!;
      // "jouw gevoelens zijn hier niet relevant", "jouw mening telt niet", "jouw klachten worden genegeerd".
      const owned = OWN_SAY.has(word) && (readings[k - 1] === 'jouw' || readings[k - 1] === 'je' || ((readings[k - 1] === 'zijn' || readings[k - 1] === 'haar') && person(k - 2)));
      // "jij telt niet mee", "Noor telt hier niet".
      const counted = COUNTS.has(word) && person(k - 1) && readings[k - 1] !== 'je';
      if (owned || counted) {
        const dismissed = dismissal(k + 1, clause.to);
        if (dismissed >= 0) return { attack: 'minachting', from: k - 1, to: dismissed };
      }
      // "niemand heeft jou (hier) nodig", "niemand heeft je iets gevraagd".
      if (word === 'niemand' && (readings[k + 1] === 'heeft' || readings[k + 1] === 'had') && person(k + 2) && hasAnyFrom(readings, k + 3, Math.min(clause.to, k + 6), NEEDED_OR_ASKED)) return { attack: 'minachting', from: k, to: k + 2 };
      // "het boeit me niet wat jij vindt", "het maakt niet uit wat jij wil".
      if (INDIFFERENT.has(word) && readings[k + 1] !== 'niemand') {
        for (let m = k + 1; m < Math.min(end, k + 5); m++) {
          if (readings[m] === 'wat' && (person(m + 1) || readings[m + 1] === 'jij') && VIEWS.has(readings[m + 2] ?? '') && hasAnyFrom(readings, k + 1, m, DENIED)) return { attack: 'minachting', from: k, to: m + 2 };
        }
      }
      // "die heeft toch nooit iets zinnigs te zeggen", "jij hebt hier niks over te zeggen".
      if (WORTH_SAYING.has(word)) {
        const said = saidNothing(k, clause);
        if (said >= 0) return { attack: 'minachting', from: said, to: k };
      }
      // "ga (maar) ergens anders (zitten) klagen".
      if (word === 'ergens' && readings[k + 1] === 'anders' && hasAnyFrom(readings, k + 2, Math.min(clause.to, k + 5), COMPLAINING)) return { attack: 'kleineren', from: k, to: k + 2 };
      // "terug naar je eigen tafel"; one's own country is hate, and read elsewhere.
      if (word === 'terug' && readings[k + 1] === 'naar' && YOUR.has(readings[k + 2] ?? '') && readings[k + 3] === 'eigen' && OWN_PLACES.has(readings[k + 4] ?? '')) return { attack: 'buitensluiten', from: k, to: k + 4 };
    }
    return undefined;
  }

  /**
   * Before "zinnigs"/"zeggen" at `at`: a person who has nothing (worth) to say: "die heeft toch nooit iets zinnigs te zeggen",
   * "jij hebt hier niks over te zeggen"; where the person stands, -1 if not. Not the writer ("ik heb niks te zeggen").
   */
  function saidNothing(at: number, clause: Clause): number {
    const nothing = readings[at] === 'zeggen' ? (readings[at - 1] === 'te' ? at - 2 : -1) : at - 1;
    if (nothing < clause.from) return -1;
    let k = nothing;
    while (k > at - REACH && k > clause.from && !NOTHING_SAID.has(readings[k]!)) k--;
    if (!NOTHING_SAID.has(readings[k]!) || (readings[k] === 'iets' && readings[k - 1] !== 'nooit')) return -1;
    for (let m = k - 1; m >= Math.max(clause.from, k - 4); m--) {
      // "die heeft …", "jij hebt …", "daar heb jij …" (the one asked after the verb).
      if (HAVE.has(readings[m]!) && (person(m - 1) || person(m + 1) || readings[m - 1] === 'die' || STRESSED_AFTER.has(readings[m + 1] ?? ''))) return m - 1;
    }
    return -1;
  }

  /** Where what is someone's is said not to count, within the clause from `from`; -1 if not. */
  function dismissal(from: number, to: number): number {
    for (let k = from; k < Math.min(to, from + REACH); k++) {
      const word = readings[k]!;
      if (word === 'niet' && (UNNEEDED.has(readings[k + 1] ?? '') || COUNTS.has(readings[k - 1] ?? '') || (readings[k + 1] === 'mee'))) return k;
      if (word === 'niet' && readings[k - 1] === 'er' && readings[k + 1] === 'toe') return k + 1;
      if (word === 'niemand' && CARES.has(readings[k - 1] ?? '')) return k;
      if (IGNORED.has(word)) return k;
    }
    return -1;
  }

  function nearestPerson(clause: Clause, at: number): number {
    for (let k = at - 1; k >= Math.max(clause.from, at - REACH); k--) if (person(k)) return k;
    for (let k = at + 1; k < Math.min(clause.to, at + 3); k++) if (person(k)) return k;
    return -1;
  }

  /** The sentence names someone (a name, an @mention) or says "jij": its "je" is that one. */
  function addressed(from: number, to: number): boolean {
    for (let k = from; k < Math.min(to, from + 4 * WINDOW); k++) if (targets[k]?.type === 'naam' || readings[k] === 'jij') return true;
    return false;
  }

  function firstPersonNear(clause: Clause, at: number): boolean {
    return near(at, clause.from, clause.to, FIRST_PERSON) || near(at, clause.from, clause.to, WRITER_OBJECT);
  }

  /**
   * A group said to lack a skill: "homo's kunnen niet voetballen", "Antillianen kunnen niet met geld omgaan", "die kunnen
   * gewoon geen kaart lezen". Only skills: "kunnen niet terug", "kunnen niet trouwen in dat land", "kunnen hier niet werken
   * zonder vergunning" are what is done to a group, not what it is said to lack.
   */
  function groupIncapable(clause: Clause): Found | undefined {
    for (let k = clause.from; k < clause.to; k++) {
      if (!CAN.has(readings[k]!)) continue;
      const subject = group(k - 1) ? k - 1 : group(k - 2) && !FIRST_PERSON.has(readings[k - 1]!) ? k - 2 : readings[k - 1] === 'die' && groupBefore(k - 1) ? k - 1 : -1;
      // "wij Chinezen kunnen niet zacht praten": the writer's own group, said of themselves.
      if (subject < 0 || OUR.has(readings[subject - 1] ?? '')) continue;
      // "Blinden kunnen zonder hulp niks lezen": what a group needs, a fact; not a lack held against them.
      if (near(k, clause.from, clause.to, UNLESS)) continue;
      for (let m = k + 1; m < Math.min(clause.to, k + REACH); m++) {
        if (!DENIED.has(readings[m]!)) continue;
        for (let n = m + 1; n < Math.min(clause.to, m + 4); n++) if (SKILLS.has(readings[n]!)) return { attack: 'haat-groep', from: subject, to: n };
        break;
      }
    }
    return undefined;
  }

  /** A group named in the clause or sentence just before "die" at `at` ("een meisje als aanvoerder? die kunnen …"). */
  function groupBefore(at: number): boolean {
    for (let k = at - 1; k >= Math.max(0, at - WINDOW); k--) if (group(k) || targets[k]?.group) return true;
    return false;
  }

  function whatWouldOneKnow(clause: Clause): Found | undefined {
    const at = clause.from;
    if (readings[at] !== 'wat' || !KNOWS.has(readings[at + 1] ?? '')) return undefined;
    let k = at + 2;
    if (ONE_OF.has(readings[k] ?? '')) k++;
    if (!group(k)) return undefined;
    for (let m = k + 1; m < Math.min(clause.to + 2, k + 4); m++) if (readings[m] === 'van' || readings[m] === 'over') return { attack: 'haat-groep', from: at, to: k };
    return undefined;
  }
}

interface Found {
  attack: Attack;
  from: number;
  to: number;
}

function kindNear(readings: string[], from: number, to: number): boolean {
  if (hasAnyFrom(readings, from, to, KIND)) {
    for (const [first, second] of COMFORT) for (let k = from; k + 1 < to; k++) if (readings[k] === first && readings[k + 1] === second) return true;
    for (let k = from; k < to; k++) if (KIND.has(readings[k]!) && !COMFORT_ONLY.has(readings[k]!)) return true;
  }
  return false;
}
/** Words of KIND that count only in their comfort pairs ("komt goed", "geeft niet", "niet erg"), not alone ("komt", "erg"). */
const COMFORT_ONLY = new Set(['komt', 'geeft', 'erg', 'zorgen', 'vast', 'hou']);

/** The words that wake the reading for these shapes (with someone to aim at, as weak cues do). */
export const ABILITY_CUES = ['snap', 'snapt', 'snappen', 'begrijp', 'begrijpt', 'begrijpen', 'leert', 'leer', 'lukken', 'lukt', 'terecht', 'te moeilijk', 'te hoog', 'te ingewikkeld', 'te lastig', 'boven je pet', 'boven jouw pet', 'ooit', 'uberhaupt', 'überhaupt', 'eigenlijk wel', 'wie denk', 'wie ben', 'lucht', 'stelt niks', 'stelt niets', 'betekent niks', 'betekent niets', 'huilen bij', 'janken bij', 'terug in', 'niet zo belangrijk', 'wat weet', 'wat snapt', 'wat begrijpt', 'red', 'redt', 'verpest', 'verprutst', 'verknalt', 'niet eens', 'telt niet', 'tellen niet', 'niet relevant', 'genegeerd', 'eigen tafel', 'eigen klas', 'eigen plek', 'denk jij', 'laat staan', 'nog steeds', 'te zeggen', 'boeit', 'maakt niet uit', 'meetelt'];
/** Dismissals without anyone named, whole phrases: they wake the reading on their own. */
export const DISMISSAL_CUES = ['iets zinnigs', 'niks zinnigs', 'niets zinnigs', 'iets nuttigs', 'niks nuttigs', 'niets nuttigs', 'ergens anders zitten', 'ergens anders klagen', 'ergens anders zeuren', 'ergens anders lopen', 'ergens anders janken', 'ergens anders huilen', 'ergens anders vertellen', 'ergens anders preken'];

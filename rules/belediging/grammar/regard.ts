import type { PhraseMatch } from '../../phrases';
import { type Attack, type Clause, type Frame, type Reading, type Target, FIRST_PERSON, hasAnyFrom, hasWords } from './reading';

/**
 * Regard withheld: respect, trust, equality or seriousness denied to a group or a person, held by the writer or set
 * as a norm ("ik heb nul respect voor moslims", "ik kan zwarte mensen niet serieus nemen", "die asielzoekers
 * verdienen geen respect", "ik heb nul respect voor jou"); and sweeping claims that no one of a group is anything
 * good, or every one of them is bad ("er is geen enkele vrouw die slim is", "nog nooit een homo ontmoet die niet
 * walgelijk was", "een goede vluchteling is een dode vluchteling"). Read from its parts in any words: the class
 * `waardering`, a denial near it, a target in the clause and who holds the view. Not regard that others withhold, told
 * with sympathy ("worden niet serieus genomen", "krijgen geen respect"), not a comparison ("niet minder respect dan"),
 * not "niets dan respect", not trust lost in a quarrel with one person, not in a report, the news or a quote.
 */

const TOLD_OF: readonly Frame[] = ['nieuws', 'tegenspraak', 'citaat', 'meld'];
const DENIALS = new Set(['niet', 'nie', 'geen', 'nooit', 'nul', 'zero', 'nada', 'niks', 'niets']);
/** How far the denial may stand from the word of regard ("heb ik echt totaal geen respect", "neem ik ze gewoon niet serieus"). */
const DENIAL_REACH = 5;
/** A view set as a norm for the target: "verdienen geen respect", "moet je niet serieus nemen". */
const NORMS = new Set(['verdien', 'verdient', 'verdienen', 'moet', 'moeten', 'hoef', 'hoeft', 'hoeven', 'kan', 'kun', 'kunt', 'kunnen', 'mag', 'mogen', 'zou', 'zouden']);
/** Regard withheld by others and suffered: "worden niet serieus genomen", "krijgen geen respect". */
const SUFFERED = new Set(['worden', 'wordt', 'werden', 'werd', 'krijgen', 'krijgt', 'kregen', 'kreeg']);
/** Regard of one person that is a quarrel's, not contempt: trust lost. */
const TRUST = new Set(['vertrouwen', 'vertrouw', 'vertrouwt']);
/** "niets dan respect", "niks anders dan respect": all regard, no denial. */
const BUT = new Set(['dan', 'anders']);
const GENERIC_YOU = new Set(['je', 'men']);

/** Sweeping claims: "geen enkele X", "nog nooit een X", "niet één X", "geen (slimme) X". */
const NONE_OF = new Set(['geen', 'nooit']);
const NONE_FILLERS = new Set(['enkele', 'enkel', 'een', 'n', 'één', 'eentje']);
/** How many words after the group the claim's predicate may stand ("geen enkele vrouw die ik ken is echt slim"). */
const CLAIM_REACH = 10;
/** What no one is, and no one needs to be: "geen enkele vrouw is perfect". */
const NO_ONE_IS = new Set(['perfect', 'perfecte', 'volmaakt', 'hetzelfde', 'gelijk']);
const OBLIGED = new Set(['hoeft', 'hoeven', 'hoef']);
const GOOD = new Set(['goede', 'goeie', 'brave', 'enige']);
const DEAD = new Set(['dode', 'doden', 'dooie', 'dood']);
const BEING = new Set(['is', 'zijn']);
/** "… een goede Surinamer? Bestaat niet" (with the question between: within this many words). */
const NOT_EXISTING = ['bestaat', 'niet'];
const NOT_EXISTING_REACH = 4;
/** Words that point back at a group just named ("daar heb ik geen respect voor", "vertrouw ik die nooit"). */
const POINTING_BACK = new Set(['daar', 'die', 'ze', 'hen', 'zulke']);
const NOBODY = new Set(['niemand']);
/** Disgust at how a group is ("walgelijk hoe …"), within this many words before "hoe". */
const DISGUST = new Set(['walgelijk', 'smerig', 'ranzig', 'goor', 'misselijkmakend', 'belachelijk', 'vies']);
const DISGUST_REACH = 4;
const DETERMINERS = new Set(['die', 'de', 'dat', 'al', 'alle', 'deze']);
/** How a group is treated, or how someone treats another, not how it is: "behandeld worden", "moeten leven", "met ze omgaan", "… die trans leerling uitschelden". */
const TREATED = new Set(['worden', 'wordt', 'werden', 'werd', 'behandeld', 'moeten', 'moet', 'krijgen', 'met', 'omgegaan', 'omgaan', 'weggezet', 'aangekeken', 'bejegend', 'uitschelden', 'uitgescholden', 'pesten', 'gepest', 'discrimineren', 'gediscrimineerd']);
/** Worth denied: a verdict with a verb of being ("jij bent het niet waard"). */
const WORTH = new Set(['waard']);
/** Being able and doing what is valued, as a claim's predicate ("geen enkele X kan …", "… die iets bijdraagt", "… deugt"). */
const ABLE = new Set(['kan', 'kunnen', 'kon', 'konden']);
const VALUED_DOING = new Set(['bijdraagt', 'bijdragen', 'bijdroeg', 'bijgedragen', 'deugt', 'deugen', 'deugde', 'presteert', 'presteren', 'nut']);
/** "er bestaat geen …", "er is geen …", "ik ken geen …". */
const EXISTING = new Set(['bestaat', 'bestaan', 'is', 'zijn', 'ken', 'kennen']);
/** How far before the claim the verb of being may stand ("er bestaat echt gewoon geen …"). */
const EXISTS_REACH = 4;

export function regardDenied(read: Reading, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets, clauses } = read;
  const readings = classes.readings;
  const toldOf = (clause: Clause) => {
    const frame = read.frames.get(clause.sentence);
    return !!frame && TOLD_OF.some((name) => frame.has(name));
  };
  for (let position = 0; position < clauses.length; position++) {
    const clause = clauses[position]!;
    if (toldOf(clause)) continue;
    const regard = classes.first('waardering', clause.from, clause.to);
    if (regard && !read.governed[regard.firstToken]) {
      const aim = withheldFrom(withVerbBefore(clause, position), regard.firstToken);
      if (aim) {
        report(aim.type === 'groep' ? 'haat-groep' : 'minachting', span(aim.token, regard.lastToken));
        return;
      }
    }
    const ways = disgustAtTheirWays(clause, position);
    if (ways !== undefined) {
      report('haat-groep', at(ways));
      return;
    }
    const claim = sweepingClaim(clause);
    if (claim !== undefined) {
      report(claim.attack, at(claim.token));
      return;
    }
  }

  /**
   * "Het is walgelijk hoe homo's zich gedragen", "niet normaal hoe dat volk …": disgust at how a group is or acts. Not
   * at how it is treated ("hoe vluchtelingen behandeld worden", "hoe er met ze wordt omgegaan", "hoe ze moeten leven").
   */
  function disgustAtTheirWays(clause: Clause, position: number): number | undefined {
    let how = -1;
    for (let k = clause.from; k < clause.to && how < 0; k++) if (readings[k] === 'hoe') how = k;
    if (how < 0 || !disgustBefore(Math.max(clause.from, how - DISGUST_REACH), how)) return undefined;
    // "… hoe die jongens | dat meisje uitschelden": "dat" may open a clause of its own, read with this one.
    const next = clauses[position + 1];
    const to = next && next.sentence === clause.sentence && readings[next.from] === 'dat' ? next.to : clause.to;
    if (hasAnyFrom(readings, how, to, TREATED)) return undefined;
    // The group is who acts, right after "hoe" ("hoe (die) homo's zich …"), not what others talk about ("hoe mensen over X praten").
    const subject = DETERMINERS.has(readings[how + 1] ?? '') && how + 2 < clause.to ? how + 2 : how + 1;
    if (subject >= clause.to) return undefined;
    if (isGroup(subject)) return subject;
    if (POINTING_BACK.has(readings[how + 1] ?? '') && groupJustBefore(clause)) return how + 1;
    return undefined;
  }

  /** "walgelijk", "niet normaal": disgust, not "normaal" alone. */
  function disgustBefore(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (DISGUST.has(readings[k]!) || (readings[k] === 'normaal' && readings[k - 1] === 'niet')) return true;
    return false;
  }

  /** "ik zie vrouwen nooit | als gelijken": a clause opened by "als" is read with the one before it in its sentence. */
  function withVerbBefore(clause: Clause, position: number): Clause {
    const before = clauses[position - 1];
    return readings[clause.from] === 'als' && before?.sentence === clause.sentence ? { ...clause, from: before.from } : clause;
  }

  /** The target denied the regard at `word`, when the writer or a norm denies it; undefined if not so. */
  function withheldFrom(clause: Clause, word: number): Target | undefined {
    const denial = denialNear(clause, word);
    if (denial < 0) return undefined;
    let aim: Target | undefined;
    let writer = false;
    let norm = false;
    let generic = false;
    for (let k = clause.from; k < clause.to; k++) {
      const reading = readings[k]!;
      if (SUFFERED.has(reading) || readings[k] === 'dan' || (readings[k] === 'meer' && readings[k + 1] === 'dan')) return undefined;
      if (FIRST_PERSON.has(reading) || reading === 'k') writer = true;
      if (NORMS.has(reading)) norm = true;
      if (GENERIC_YOU.has(reading)) generic = true;
      const target = targets[k];
      if (!target || target.topic || target.type === 'zelf' || (target.type === 'jij' && GENERIC_YOU.has(reading))) continue;
      // A group named is the one aimed at, before the one addressed ("je moet gehandicapten nooit serieus nemen").
      if (!aim || (target.type === 'groep' && aim.type !== 'groep')) aim = target;
    }
    // "homo's? daar heb ik geen respect voor", "surinamers?? nooit vertrouw ik die": the group just before, pointed back at.
    const pointing = !aim || (aim.type === 'derde' && !aim.group && POINTING_BACK.has(readings[aim.token]!));
    if (pointing && hasAnyFrom(readings, clause.from, clause.to, POINTING_BACK)) aim = groupJustBefore(clause) ?? aim;
    if (!aim) return undefined;
    const ofGroup = aim.type === 'groep' || (aim.type === 'derde' && !!aim.group);
    // Trust lost in one person is a quarrel's; regard of one person only said to them or of them by name.
    if (!ofGroup && (TRUST.has(readings[word]!) || aim.type === 'derde')) return undefined;
    // "waarom nemen mensen doven nooit serieus?": asked of others, not held.
    if (readings[clause.from] === 'waarom' && !writer) return undefined;
    const nobody = hasAnyFrom(readings, clause.from, clause.to, NOBODY);
    // "jij bent het niet waard", "meer zijn ze niet waard": worth denied is a verdict by itself.
    // Of the one it is said of, standing before it ("mijn tekening is niks waard vergeleken met die van jou" is not).
    const verdict = WORTH.has(readings[word]!) && aim.token < word && classes.first('koppel', clause.from, clause.to) !== undefined;
    const held = writer || nobody || verdict || (norm && (ofGroup || aim.type === 'jij' || aim.type === 'naam')) || (generic && ofGroup);
    return held ? { ...aim, type: ofGroup ? 'groep' : aim.type } : undefined;
  }

  /** The first denial within reach of the word of regard in its clause, not "niets dan"; -1 if none. */
  function denialNear(clause: Clause, word: number): number {
    let found = -1;
    for (let k = Math.max(clause.from, word - DENIAL_REACH); k < Math.min(clause.to, word + DENIAL_REACH + 1); k++) {
      if (!DENIALS.has(readings[k]!)) continue;
      if ((readings[k] === 'niks' || readings[k] === 'niets') && BUT.has(readings[k + 1] ?? '')) return -1;
      // Two denials take each other back ("niet geen respect").
      if (found >= 0) return -1;
      found = k;
    }
    return found;
  }

  function existsBefore(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (EXISTING.has(readings[k]!)) return true;
    return false;
  }

  /** A group word, also one read as a single person ("een transpersoon"). */
  function isGroup(k: number): boolean {
    return targets[k]?.type === 'groep' || classes.at('groep', k);
  }

  function groupJustBefore(clause: Clause): Target | undefined {
    for (let k = clause.from - 1; k >= Math.max(0, clause.from - DENIAL_REACH); k--) if (targets[k]?.type === 'groep') return targets[k];
    return undefined;
  }

  /**
   * "geen enkele vrouw die slim is", "geen eerlijke Pool", "nooit een homo ontmoet die niet walgelijk was", "een goede
   * vluchteling is een dode vluchteling": where the claim's group stands, or undefined.
   */
  function sweepingClaim(clause: Clause): { attack: Attack; token: number } | undefined {
    for (let k = clause.from; k < clause.to; k++) {
      const word = readings[k]!;
      // "een goede vluchteling is een dode vluchteling", "… een uitgezette asielzoeker": the good one is one done away with.
      if (GOOD.has(word) && isGroup(k + 1) && BEING.has(readings[k + 2] ?? '')) {
        const what = readings[k + 3] === 'een' ? k + 4 : k + 3;
        if (DEAD.has(readings[what] ?? '')) return { attack: 'doodswens', token: k + 1 };
        if (readings[what + 1] === readings[k + 1] && !classes.at('positief', what)) return { attack: 'haat-groep', token: k + 1 };
      }
      // "Een goede Surinamer? Bestaat niet": a good one said not to exist.
      if ((GOOD.has(word) || classes.at('positief', k)) && isGroup(k + 1) && hasWords(readings, k + 2, Math.min(readings.length, k + 2 + NOT_EXISTING_REACH), NOT_EXISTING)) return { attack: 'haat-groep', token: k + 1 };
      if (!NONE_OF.has(word)) continue;
      // "geen enkele", "nog nooit een", and one describing word ("geen eerlijke Pool").
      let g = k + 1;
      while (g < k + 3 && NONE_FILLERS.has(readings[g] ?? '')) g++;
      const praisedBefore = classes.at('positief', g);
      if (praisedBefore) g++;
      if (!isGroup(g)) continue;
      const end = Math.min(read.sentenceStart[clause.sentence + 1] ?? readings.length, g + CLAIM_REACH);
      // "er bestaat geen eerlijke Pool": praise before the group, with a verb of being before the claim.
      if (praisedBefore && existsBefore(Math.max(clause.from, k - EXISTS_REACH), k)) return { attack: 'haat-groep', token: g };
      // What they are, not what they liked or did ("geen enkel meisje vond de film leuk"): a verb of being in the claim.
      let linked = false;
      for (let p = g + 1; p < end && !linked; p++) linked = classes.at('koppel', p) || ABLE.has(readings[p]!) || VALUED_DOING.has(readings[p]!);
      if (!linked) continue;
      let denied = false;
      for (let p = g + 1; p < end; p++) {
        const reading = readings[p]!;
        if (OBLIGED.has(reading) || NO_ONE_IS.has(reading)) return undefined;
        if (DENIALS.has(reading)) denied = true;
        else if (!denied && (classes.at('positief', p) || VALUED_DOING.has(reading) || (reading === 'echte' && p + 1 < end))) return { attack: 'haat-groep', token: g };
        else if (denied && (classes.at('neg_adjectief', p) || classes.at('scheldnaam', p) || classes.at('ontmenselijk', p))) return { attack: 'haat-groep', token: g };
      }
    }
    return undefined;
  }
}

const at = (token: number): PhraseMatch => span(token, token);
/** The words from the one aimed at to the word of regard, in either order. */
const span = (a: number, b: number): PhraseMatch => ({ firstToken: Math.min(a, b), lastToken: Math.max(a, b), start: 0, end: 0 });

import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { type Attack, type Frame, type Reading, hasAnyFrom, sentencesNotToldOf } from './reading';

/**
 * Violence and persecution glorified, read from its parts:
 * - harm to a group or its place, cheered: "goed zo, weer een moskee in de fik 👏", "ik ben blij dat die
 *   bootvluchtelingen verdronken zijn", "lekker, weer een homo in elkaar geslagen" (a group or a group's building, a
 *   harm done, and a cheer); not harm that was stopped or punished ("de brand is geblust", "de daders zijn opgepakt");
 * - persecution denied, played down or approved: "de Holocaust is nooit gebeurd", "die jodenvervolging is zwaar
 *   overdreven", "Hitler had gelijk", "Hitler had het af moeten maken", and a genocide regretted as not finished
 *   ("jammer dat ze niet alle joden hebben vergast");
 * - extremist slogans and codes ("sieg heil", "white power", "1488").
 * Not in the news, a report or a quote, not when the sentence or the one after condemns it ("verschrikkelijk", "ik heb
 * het gemeld"), not others' words told ("mensen die zeggen dat …").
 */

/** Reported or quoted. History is the topic here, so the news frame (which history words set) is asked only of cheering. */
const TOLD_OF: readonly Frame[] = ['citaat', 'meld'];
/** A group's building, harmed as the group is. */
const GROUP_PLACES = new Set(['moskee', 'moskeeën', 'moskeeen', 'synagoge', 'synagoges', 'azc', 'azcs', 'asielzoekerscentrum', 'gebedshuis', 'kerk', 'opvang', 'woonwagens', 'woonwagenkamp']);
/** A group's place in one word ("moskeetje", "opvangschip", "gaybar", "polenhotel"). */
const GROUP_PLACE_WORD = /^(?:moskee|synagoge|azc|opvang|gay|homo|polen|islam|joods)\p{L}{2,}$/u;
/** Means of harm brought along to a group's place. */
const MEANS_OF_HARM = ['aansteker', 'knuppel', 'knuppels', 'stenen', 'steen', 'vuurwerk', 'benzine', 'fakkels'];
/** Harm done (beside the grammar's classes of death and violence), and its means; with a group near, they wake the grammar (analyse.ts). */
export const GLORIFIED_HARM_CUES = ['verdronken', 'vermoord', 'doodgeschoten', 'neergeschoten', 'neergestoken', 'aangevallen', 'geslagen', 'beklad', 'vernield', 'opgeblazen', 'afgefikt', 'gedeporteerd', 'vergast', 'verbrand', 'afgebrand', 'gelyncht', 'opgehangen', 'ingegooid', 'bestookt', 'bekogeld', 'beschoten', 'afgetuigd', 'mishandeld', 'getrapt', 'gesloopt', 'omgegooid', 'weggejaagd', 'gestoken', ...MEANS_OF_HARM];
const HARM_DONE = new Set(GLORIFIED_HARM_CUES);
/** Cheering: "eindelijk", "mooi zo", "verdiend", "blij dat". */
const CHEERS = new Set(['eindelijk', 'lekker', 'verdiend', 'terecht', 'heerlijk', 'prachtig', 'top', 'nice', 'yes', 'blij', 'prima', 'legendarisch', 'lintje', 'haha', 'hahaha', 'lol']);
const CHEER_PAIRS = [['mooi', 'zo'], ['goed', 'zo'], ['net', 'goed'], ['eigen', 'schuld'], ['goed', 'bezig'], ['meer', 'graag'], ['nog', 'meer'], ['zo', 'hoort'], ['eentje', 'minder'], ['één', 'minder'], ['een', 'minder'], ['goed', 'gedaan']];
/** Applause, a party, laughing at it. */
const CHEER_EMOJI = /[👏🎉🥳💯🙌😂🤣]/u;
/** Harm stopped, survived or punished: no cheer for the harm. */
const STOPPED = new Set(['geblust', 'gered', 'veilig', 'overleefd', 'hersteld', 'opgepakt', 'gearresteerd', 'veroordeeld', 'gepakt', 'daders', 'dader', 'voorkomen', 'verijdeld']);
/** Words that condemn or mourn beside the harm or the denial. */
const CONDEMNING = new Set(['verschrikkelijk', 'erg', 'triest', 'schandalig', 'walgelijk', 'vreselijk', 'afschuwelijk', 'gruwelijk', 'heftig', 'verdrietig', 'stopt', 'monster', 'herdenken', 'herdenking', 'vergeten', 'onzin', 'snappen', 'snapt', 'dom', 'belachelijk']);
/** Persecution denied, played down or wished back. */
const DENIED = [['nooit', 'gebeurd'], ['niet', 'gebeurd'], ['nooit', 'echt', 'gebeurd'], ['verzonnen'], ['verzinnen'], ['nep'], ['fake'], ['hoax'], ['overdreven'], ['opgeblazen'], ['een', 'leugen'], ['een', 'mythe'], ['een', 'sprookje'], ['nooit', 'bestaan'], ['zo', 'erg', 'nog', 'niet'], ['zo', 'slecht', 'nog', 'niet'], ['viel', 'mee'], ['terugkomen'], ['mag', 'terug'], ['opruimen'], ['boehoe']];
/** A persecutor approved. */
const APPROVED = [['had', 'gelijk'], ['heeft', 'gelijk'], ['af', 'moeten', 'maken'], ['afmaken'], ['een', 'held'], ['mijn', 'held'], ['helden'], ['kom', 'terug'], ['moet', 'terugkomen'], ['mag', 'terugkomen'], ['had', 'een', 'punt'], ['deed', 'niks', 'fout'], ['deed', 'niets', 'fout'], ['beste', 'wat'], ['niet', 'de', 'slechteriken']];
/** How far into the next sentence a claim about persecution named in a question may stand. */
const CLAIM_REACH = 8;
/** "jammer dat … niet …": what did not happen, regretted. */
const REGRET = [['jammer', 'dat'], ['zonde', 'dat'], ['helaas']];
/** Others saying it ("mensen die zeggen dat …"): told, not claimed. */
const SAYING = new Set(['zeggen', 'zegt', 'zei', 'zeiden', 'beweren', 'beweert', 'denken', 'denkt', 'roepen', 'roept', 'riep']);
/** How far after a harm word a cheer counts (and before). */
const CHEER_REACH = 8;

export function glorified(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets } = read;
  const readings = classes.readings;
  const tokens = doc.tokens;
  /** Where the first of these phrases starts in [from, to), fillers allowed between its words ("had gewoon gelijk"); -1 if none. */
  const phrase = (from: number, to: number, phrases: readonly (readonly string[])[]) => {
    for (let k = from; k < to; k++) {
      for (const words of phrases) {
        let at = k;
        let matched = 0;
        let skipped = 0;
        while (matched < words.length && at < to) {
          if (readings[at] === words[matched]) matched++;
          else if (matched === 0 || !FILLERS.has(readings[at]!) || ++skipped > MAX_FILLERS) break;
          at++;
        }
        if (matched === words.length) return k;
      }
    }
    return -1;
  };
  const sentenceEnd = (sentence: number) => read.sentenceStart[sentence + 1] ?? readings.length;
  /** Condemned in its own sentence or the next ("…, verschrikkelijk", "Ik heb het gemeld."). */
  const condemned = (sentence: number, from: number) => condemnedIn(from, sentenceEnd(sentence + 1)) || read.frames.get(sentence + 1)?.has('meld') === true;
  /** A word that condemns, not denied ("ik vind het helemaal niet erg", "zo erg nog niet" condemn nothing). */
  const condemnedIn = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (CONDEMNING.has(readings[k]!) && ![k - 2, k - 1, k + 1, k + 2].some((near) => NOT.has(readings[near] ?? ''))) return true;
    return false;
  };
  for (const { sentence, from, to, frame } of sentencesNotToldOf(read, TOLD_OF)) {
    const text = doc.text.slice(tokens[from]!.start, to < tokens.length ? tokens[to]!.start : doc.text.length);
    // Extremist slogans and codes.
    const slogan = classes.first('extremistisch', from, to);
    if (slogan && !condemned(sentence, from) && !hasAnyFrom(readings, from, to, SAYING)) {
      report('haat-groep', slogan);
      return;
    }
    // Persecution denied, played down or approved; a persecutor approved.
    const persecution = classes.first('vervolging', from, to) ?? classes.first('dader_idool', from, to);
    if (persecution && !condemned(sentence, from) && !hasAnyFrom(readings, from, persecution.firstToken, SAYING)) {
      const after = persecution.lastToken + 1;
      // "Holocaust? is nooit gebeurd": the claim may follow a question that names it.
      const claimTo = after >= to - 1 ? Math.min(sentenceEnd(sentence + 1), after + CLAIM_REACH) : to;
      const claimed = phrase(after, claimTo, classes.at('vervolging', persecution.firstToken) ? DENIED : APPROVED);
      if (claimed >= 0 && !hasAnyFrom(readings, after, claimed, NEGATIONS_BEFORE)) {
        report('haat-groep', { ...persecution, lastToken: claimed });
        return;
      }
    }
    // Persecution regretted as undone: "… in Auschwitz had moeten eindigen? jammer dat het niet gelukt is", and with a
    // group and harm in the sentence, "jammer dat ze niet alle joden hebben vergast".
    const regret = phrase(from, to, REGRET);
    const regretsUndone = regret >= 0 && hasAnyFrom(readings, regret, to, NOT);
    if (regretsUndone && (persecution || classes.first('vervolging', read.sentenceStart[Math.max(0, sentence - 1)]!, from))) {
      report('haat-groep', { firstToken: regret, lastToken: regret, start: 0, end: 0 });
      return;
    }
    let group = -1;
    for (let k = from; k < to && group < 0; k++) if (isGroupOrPlace(k)) group = k;
    if (group < 0) continue;
    if (regretsUndone && hasAnyFrom(readings, regret, to, HARM_DONE)) {
      report('haat-groep', { firstToken: regret, lastToken: group, start: 0, end: 0 });
      return;
    }
    // Intimidation called for: "die Polen moeten een keer goed bang gemaakt worden", "iemand moet ze eens flink laten
    // schrikken", "volgende keer grijpen we in".
    const scare = classes.first('intimidatie', from, to);
    if (scare && (classes.first('norm', from, to) || hasAnyFrom(readings, from, to, CALLERS)) && !condemned(sentence, from) && !frame.has('nieuws')) {
      report('dreigen-groep', { firstToken: Math.min(group, scare.firstToken), lastToken: Math.max(group, scare.lastToken), start: 0, end: 0 });
      return;
    }
    // "wie gaat er mee naar het azc vanavond? neem een aansteker mee": a group's place, who comes along, and a means of harm.
    if (GROUP_PLACES.has(readings[group]!) && phrase(from, sentenceEnd(sentence + 1), JOIN_ME) >= 0 && hasAnyFrom(readings, from, sentenceEnd(sentence + 1), MEANS) && !condemned(sentence, from)) {
      report('dreigen-groep', { firstToken: group, lastToken: group, start: 0, end: 0 });
      return;
    }
    // Harm to the group or its place, cheered.
    const harm = harmAt(from, to);
    if (harm < 0 || frame.has('nieuws') || hasAnyFrom(readings, from, sentenceEnd(sentence), STOPPED) || condemned(sentence, from) || hasAnyFrom(readings, from, harm, NOT)) continue;
    const near = Math.max(from, harm - CHEER_REACH);
    const cheered = hasAnyFrom(readings, near, Math.min(to, harm + CHEER_REACH), CHEERS) || phrase(near, Math.min(to, harm + CHEER_REACH), CHEER_PAIRS) >= 0 || CHEER_EMOJI.test(text);
    if (cheered) {
      report('haat-groep', { firstToken: Math.min(group, harm), lastToken: Math.max(group, harm), start: 0, end: 0 });
      return;
    }
  }

  /** A group, a group's adjective ("Turkse bakker", "joodse begraafplaats") or a group's place. */
  function isGroupOrPlace(k: number): boolean {
    const word = readings[k]!;
    return targets[k]?.type === 'groep' || classes.at('groep_bijvoeglijk', k) || GROUP_PLACES.has(word) || GROUP_PLACE_WORD.test(word);
  }

  /** Where harm done stands in [from, to): the grammar's death and violence, or a participle of harm; -1 if none. */
  function harmAt(from: number, to: number): number {
    for (let k = from; k < to; k++) if (HARM_DONE.has(readings[k]!) || classes.at('dood_werkwoord', k) || classes.at('geweld_naamwoord', k)) return k;
    return -1;
  }
}

const NOT = new Set(['niet', 'nie', 'geen', 'nooit']);
/** Who is to do it: someone, we, the writer ("iemand moet …", "volgende keer grijpen we in"). */
const CALLERS = new Set(['iemand', 'we', 'wij', 'ik', 'moet', 'moeten', 'volgende']);
const JOIN_ME = [['wie', 'gaat'], ['wie', 'komt'], ['wie', 'durft'], ['wie', 'doet', 'mee'], ['wie', 'gaan'], ['wie', 'is', 'er']];
/** A means of harm, beside a call to come along (a time alone is an outing: "we gaan vanavond naar het azc om te koken"). */
const MEANS = new Set(MEANS_OF_HARM);
/** At most this many fillers inside a phrase: a paste of fillers stays linear. */
const MAX_FILLERS = 3;
const FILLERS = new Set(['gewoon', 'gwn', 'echt', 'toch', 'helemaal', 'eigenlijk', 'wel', 'zwaar', 'het', 'allemaal', 'gewoonweg']);
/** A denial before the claim takes it back ("is niet overdreven", "had geen gelijk"). */
const NEGATIONS_BEFORE = new Set(['niet', 'nie', 'geen', 'wel', 'echt']);

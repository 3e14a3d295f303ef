import type { PhraseMatch } from '../../phrases';
import { type Attack, type Reading, FIRST_PERSON, sentencesNotToldOf } from './reading';

/**
 * Two threats the writer plans, read from their parts rather than listed sentences:
 * - setting fire to what belongs to someone or to a group's place: "ik zet je huis in brand", "ik steek hun deur in
 *   de fik", "dat azc gaat in de fik" (a fire said with the writer or "we" as the one doing it);
 * - maiming promised: "ik zorg ervoor dat je nooit meer kan lopen" (the writer, "zorgen dat", someone addressed or
 *   named, "nooit/niet meer" and a plain ability: walking, talking, seeing).
 * Not negated, not in a report, the news, a quote or a game, not with care ("hoeft", "bang", "alleen").
 */

/** Setting on fire: the verb and the fire words it needs. */
const SETTING = new Set(['zet', 'zetten', 'gezet', 'steek', 'steken', 'gestoken', 'stak', 'staken', 'zette', 'fakkel', 'fakkelen', 'moet', 'moeten', 'mag']);
/** "die synagoge moet in de fik": called for, by anyone. */
const CALLS = new Set(['moet', 'moeten', 'mag']);
/** Setting and fire in one verb: "we fikken je huis af". */
const FIRING = new Set(['fikken', 'fikt', 'affikken', 'affikt', 'platbranden', 'platbrand', 'affakkelen']);
const FIRE = new Set(['brand', 'fik', 'vlammen', 'as']);
/** Whose it is: someone's own things, or a group's place. */
const WHOSE = new Set(['je', 'jouw', 'jullie', 'zijn', 'haar', 'hun', "z'n", 'zn', 'mn']);
const PROPERTY = new Set([
  'huisje', 'woonwagen',
  'huis', 'deur', 'voordeur', 'auto', 'fiets', 'scooter', 'brommer', 'kamer', 'tuin', 'schuur', 'winkel', 'zaak', 'flat', 'woning', 'caravan',
  'spullen', 'tent', 'garage', 'brievenbus', 'raam', 'ramen', 'kluisje', 'tas', 'jas',
]);
const GROUP_PLACES = new Set(['azc', 'moskee', 'moskeeën', 'synagoge', 'synagogen', 'asielzoekerscentrum', 'opvang', 'vluchtelingenopvang', 'kerk', 'tempel', 'gaybar', 'homobar']);
/** Maiming: a plain ability taken for good. */
const ABILITIES = new Set(['lopen', 'praten', 'zien', 'horen', 'eten', 'ademen', 'bewegen', 'staan', 'fietsen', 'voetballen', 'schrijven', 'slapen', 'lachen', 'zitten']);
const FOR_GOOD = ['nooit', 'niet'];
/** Care beside "zorgen": "ervoor zorgen dat je nooit meer alleen hoeft te lopen". */
const CARE = new Set(['hoeft', 'hoef', 'hoeven', 'bang', 'alleen', 'eenzaam', 'honger', 'pijn', 'beter']);
// Not sport: a house set on fire "na de return" is no match.
const TOLD_OF = ['nieuws', 'tegenspraak', 'meld', 'citaat'] as const;
const JOKING = ['lachen', 'sport'] as const;
const NEGATIONS = new Set(['niet', 'nie', 'nooit', 'geen']);
const INTENT = new Set(['ga', 'gaan', 'zal', 'zullen', 'wil', 'willen', 'zweer', 'kom']);
const FIRST_PERSON_OR_INTENT = new Set([...FIRST_PERSON, ...INTENT]);
/** Words that wake the grammar for these readings (with someone to aim at near them). */
// "zorg dat", not "zorg": "ik zorg voor je" is in many kind posts and would wake the whole grammar for nothing.
export const HARM_CUES = ['brand', 'fik', 'zorg dat', 'zorg ervoor', 'zorgen dat', 'zorgen ervoor', ...GROUP_PLACES];

export function harmPlanned(read: Reading, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets } = read;
  const readings = classes.readings;
  for (const { from, to, frame } of sentencesNotToldOf(read, TOLD_OF)) {
    const fire = arson(from, to);
    if (fire) {
      report(fire.group ? 'dreigen-groep' : 'dreigen', fire.cue);
      return;
    }
    const maimed = JOKING.some((name) => frame.has(name)) ? undefined : maiming(from, to);
    if (maimed) {
      report('dreigen', maimed);
      return;
    }
  }

  /** "ik zet je huis in brand", "we steken die moskee in de fik": the writer sets fire to someone's things or a group's place. */
  function arson(from: number, to: number): { cue: PhraseMatch; group: boolean } | undefined {
    let firing = indexIn(from, to, FIRING);
    // "ik fik je huis af": "fik" as the writer's verb, not the noun of "in de fik".
    for (let k = from + 1; k < to && firing < 0; k++) if (readings[k] === 'fik' && FIRST_PERSON.has(readings[k - 1]!)) firing = k;
    const setting = firing >= 0 ? firing : indexIn(from, to, SETTING);
    const fire = firing >= 0 ? firing : indexIn(from, to, FIRE);
    if (setting < 0 || fire < 0 || readings[fire - 1] === 'uit' || has(from, to, NEGATIONS)) return undefined;
    // The writer or "we" does it, means to, or orders it ("zet dat azc in de fik"); a group's place may be called on.
    const byWriter = has(from, Math.max(setting, fire) + 1, FIRST_PERSON_OR_INTENT) || setting === from;
    for (let k = from; k < to; k++) {
      const word = readings[k]!;
      if (!byWriter && !CALLS.has(readings[setting]!)) continue;
      if (GROUP_PLACES.has(word)) return { cue: span(Math.min(k, setting), Math.max(k, fire)), group: true };
      if (PROPERTY.has(word) && WHOSE.has(readings[k - 1] ?? '')) return { cue: span(Math.min(k - 1, setting), Math.max(k, fire)), group: readings[k - 1] === 'hun' && hasGroup(from, to) };
    }
    return undefined;
  }

  /** "ik zorg ervoor dat je nooit meer kan lopen": the writer, "zorgen dat", someone, never again, an ability. */
  function maiming(from: number, to: number): PhraseMatch | undefined {
    let making = -1;
    for (let k = from; k < to && making < 0; k++) if ((readings[k] === 'zorg' || readings[k] === 'zorgen') && has(Math.max(from, k - 4), k, FIRST_PERSON)) making = k;
    if (making < 0 || has(from, to, CARE)) return undefined;
    for (let k = making + 1; k < to - 2; k++) {
      if (targets[k]?.type !== 'jij' && targets[k]?.type !== 'naam' && targets[k]?.type !== 'derde') continue;
      for (let m = k + 1; m < Math.min(to, k + 6); m++) {
        if (!FOR_GOOD.includes(readings[m]!) || readings[m + 1] !== 'meer') continue;
        for (let a = m + 2; a < Math.min(to, m + 5); a++) if (ABILITIES.has(readings[a]!)) return span(making, a);
      }
    }
    return undefined;
  }

  function indexIn(from: number, to: number, words: ReadonlySet<string>): number {
    for (let k = from; k < to; k++) if (words.has(readings[k]!)) return k;
    return -1;
  }
  function has(from: number, to: number, words: ReadonlySet<string>): boolean {
    return indexIn(from, to, words) >= 0;
  }
  function hasGroup(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (targets[k]?.type === 'groep') return true;
    return false;
  }
  function span(first: number, last: number): PhraseMatch {
    return { firstToken: first, lastToken: last } as PhraseMatch;
  }
}

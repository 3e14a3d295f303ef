import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { firstNotBefore } from '../../search';
import { type Attack, framedIn, type Reading, hasAnyFrom, HEART_EMOJI, opensPhrase, sentenceSpans, stretchText, SURPRISE } from './reading';

/**
 * Quiet exclusion read from cues that go together rather than from one sentence shape: something shared (a seat, a
 * link, a password, tickets, a server, a photo, an invitation), denied to someone addressed or named ("jij krijgt
 * hem niet", "niet voor jou", "min één", "behalve Bas"), with a sign that it is meant ("toevallig", "expres",
 * "voortaan", "ook morgen", "raad maar", a shrug, a smirk, a halo). The first two alone are everyday logistics ("de bus
 * is vol, jij kan niet mee"); the third makes the kindness in it false. Not with an apology that offers a way
 * ("sorry, volgende keer", "op de wachtlijst"), a reason or a need ("omdat", "want", "geen kaartje nodig", "jij hoeft
 * niet"), a heart, in a report or the news.
 */

/** What a group shares and can keep from someone. */
export const SHARED = new Set([
  'link', 'adres', 'wachtwoord', 'code', 'uitnodiging', 'uitnodigingen', 'kaartjes', 'kaartje', 'tickets', 'plek', 'plekje', 'plekken',
  'stoel', 'tafel', 'kamer', 'tent', 'tentje', 'bed', 'server', 'realm', 'squad', 'clan', 'lobby', 'party', 'groepsapp', 'appje', 'appgroep',
  'chat', 'groepschat', 'lijst', 'lijstje', 'klassenfoto', 'teamfoto', 'foto', 'feest', 'feestje', 'verjaardag', 'sleepover', 'band',
  'bracket', 'poule', 'bankje', 'bank', 'auto', 'kraam',
]);
/** Words that deny or take away near the one kept out. */
const DENYING = new Set(['niet', 'nie', 'geen', 'nooit', 'min', 'behalve', 'zonder', 'vol', 'bezet', 'afgelast', 'afgehaald', 'eruit', 'bijgesneden', 'weggeknipt']);
/** Signs that it is meant: by chance that is no chance, on purpose, every time, and the knowing shrug or smile. */
const MEANT = new Set(['toevallig', 'expres', 'express', 'opzettelijk', 'voortaan']);
const MEANT_PHRASES = [
  ['raad', 'maar'],
  ['raad', 'eens', 'wie'],
  ['morgen', 'ook'],
  ['ook', 'morgen'],
];
/** A shrug, an upside-down smile, a halo, a smirk, a hand over the mouth, a skull, a wave: not a plain smile or a laugh. */
const MEANT_EMOJI = /[\u{1F643}\u{1F937}\u{1F607}\u{1F92D}\u{1F480}\u{1F60F}\u{1F44B}]/u;
/** An apology that offers a way, a promise, a seat kept free: "volgende keer", "wachtlijst", "beloofd", "vrijgehouden". */
const OFFERS_A_WAY = new Set(['wachtlijst', 'beloofd', 'volgende', 'sorry', 'jammer', 'balen', 'ziek', 'beterschap', 'vrijgehouden', 'gereserveerd', 'bewaard', 'aanschuiven', 'welkom']);
/** A reason or a need given: "omdat", "want", "geen kaartje nodig", "jij hoeft niet", a surprise, a code that does not work. */
const REASONS = new Set(['omdat', 'want', 'nodig', 'hoeft', 'hoef', ...SURPRISE, 'vrijgesteld', 'werkt', 'kapot', 'uitverkocht', 'vakantie']);
const TOLD_OF = ['nieuws', 'tegenspraak', 'meld', 'citaat'] as const;
const FULL = new Set(['vol', 'bezet']);
const NEGATIONS = new Set(['niet', 'nie', 'nooit', 'geen']);
/** How far from the one kept out the denial may stand, in words. */
const DENIAL_REACH = 6;
/** How far to the end of the clause a denial may stand after them. */
const CLAUSE_REACH = 12;

export function keptOut(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets } = read;
  const readings = classes.readings;
  const { count: sentences, startOf, textOf, around } = sentenceSpans(read, doc);
  let ends: Int32Array | undefined;
  const lie = keptOutByALie(read, doc);
  if (lie !== undefined) {
    report('buitensluiten', { firstToken: lie, lastToken: lie } as PhraseMatch);
    return;
  }
  for (let sentence = 0; sentence < sentences; sentence++) {
    const from = startOf(sentence);
    const to = startOf(sentence + 1);
    const denied = deniedTo(from, to);
    if (denied === undefined) continue;
    // The sentence with its neighbours: a heart, a report, a way out or a reason there speaks for it.
    const { first, last, from: windowFrom, to: windowTo } = around(sentence);
    const text = textOf(windowFrom, windowTo);
    if (HEART_EMOJI.test(text) || framedIn(read, first, last, TOLD_OF) || excused(windowFrom, windowTo)) continue;
    if (!shares(windowFrom, windowTo) || !meant(windowFrom, windowTo, text)) continue;
    report('buitensluiten', { firstToken: denied, lastToken: denied } as PhraseMatch);
    return;
  }

  /** Per token, where its clause ends (built once, when someone is first met). */
  function clauseEnd(): Int32Array {
    if (ends) return ends;
    ends = new Int32Array(readings.length);
    for (const clause of read.clauses) ends.fill(clause.to, clause.from, clause.to);
    return ends;
  }


  function excused(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if ((OFFERS_A_WAY.has(readings[i]!) && !(readings[i] === 'sorry' && readings[i + 1] === 'niet')) || REASONS.has(readings[i]!) || invites(i)) return true;
    return false;
  }

  /** Someone addressed or named with a denial near them in [from, to): the denial's token. */
  function deniedTo(from: number, to: number): number | undefined {
    for (let i = from; i < to; i++) {
      const type = targets[i]?.type;
      if (type !== 'jij' && type !== 'naam') continue;
      // Near them, or at the end of their clause, where Dutch puts its "niet" ("jij krijgt de link van de server niet").
      const until = Math.min(to, Math.max(i + DENIAL_REACH, Math.min(clauseEnd()[i]!, i + CLAUSE_REACH)));
      for (let k = Math.max(from, i - DENIAL_REACH); k < until; k++) if (DENYING.has(readings[k]!) && !asksOrLooks(k)) return k;
    }
    return undefined;
  }

  /** "kom je ook?", "kom jij ook": an invitation. */
  function invites(at: number): boolean {
    return readings[at] === 'kom' && (readings[at + 1] === 'je' || readings[at + 1] === 'jij') && readings[at + 2] === 'ook';
  }

  /** "je ziet er niet uit", "stuur je die foto of niet": looks or a question, nothing denied. */
  function asksOrLooks(at: number): boolean {
    const word = readings[at]!;
    // "nooit vol", "vol met lekker eten": room after all, or full of something.
    if (FULL.has(word) && (readings[at + 1] === 'met' || NEGATIONS.has(readings[at - 1] ?? ''))) return true;
    if (NEGATIONS.has(word) && FULL.has(readings[at + 1] ?? '')) return true;
    return readings[at - 1] === 'of' || (readings[at - 1] === 'er' && readings[at + 1] === 'uit');
  }

  function shares(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (SHARED.has(readings[i]!)) return true;
    return false;
  }

  function meant(from: number, to: number, text: string): boolean {
    if (MEANT_EMOJI.test(text)) return true;
    for (let i = from; i < to; i++) if (MEANT.has(readings[i]!) || opensPhrase(readings, i, MEANT_PHRASES)) return true;
    return false;
  }
}

/** Words that wake the grammar for a lie told to keep someone out (with someone to aim at near). */
export const LIE_CUES = ['zeg tegen', 'zeggen tegen', 'vertel tegen', 'tegen haar', 'tegen hem', 'niks tegen', 'niets tegen', 'niks zeggen'];
/** Telling and keeping quiet: "zeg tegen Sanne dat …", "niks tegen Bram zeggen". */
const TELLING = new Set(['zeg', 'zeggen', 'zegt', 'vertel', 'vertellen', 'vertelt', 'melden']);
const NOT_TELLING = new Set(['niks', 'niets', 'niet']);
/** What the lie says: it is full, off, cancelled, or not going. */
const CALLED_OFF = new Set(['vol', 'bezet', 'afgelast', 'geannuleerd', 'uitverkocht', 'doorgaat', 'gaat']);
/** The truth beside the lie: "wij gaan gewoon", "we gaan wel", "hij hoeft niet mee". */
const WE = new Set(['wij', 'we']);
const ANYWAY = new Set(['gewoon', 'wel', 'toch', 'alsnog']);
const HUSH_EMOJI = /[\u{1F92B}\u{1F607}\u{1F643}\u{1F92D}]/u;
const LIE_TOLD_OF = ['nieuws', 'tegenspraak', 'citaat'] as const;
/** Kept quiet to someone to celebrate them: "… om haar te feliciteren, niks tegen haar zeggen 🤫". */
const CELEBRATING = new Set(['feliciteren', 'gefeliciteerd', 'verjaardag', 'jarig', 'cadeau', 'kado', 'cadeautje', 'taart', 'trakteren']);
/** How far after "zeg" the one told and the lie may stand. */
const TELL_REACH = 12;

/**
 * Kept out by a lie told to them, or by keeping quiet to them, with the truth beside it: "zeg tegen Sanne dat het
 * feest niet doorgaat, wij gaan gewoon", "niks tegen Bram zeggen over zaterdag, die hoeft niet mee". Not for a
 * surprise, in a report, or when what is said may be the truth (no "wij gaan gewoon", no hush emoji).
 */
function keptOutByALie(read: Reading, doc: TextDocument): number | undefined {
  const { classes, targets } = read;
  const readings = classes.readings;
  const told = (k: number) => targets[k]?.type === 'naam' || targets[k]?.type === 'derde' || readings[k] === 'haar' || readings[k] === 'hem';
  for (let i = 0; i < readings.length; i++) {
    const word = readings[i]!;
    if (!TELLING.has(word)) continue;
    const to = Math.min(readings.length, i + TELL_REACH);
    let person = -1;
    for (let k = Math.max(0, i - 4); k < to && person < 0; k++) if (told(k)) person = k;
    if (person < 0) continue;
    const silent = NOT_TELLING.has(readings[i - 1] ?? '') || NOT_TELLING.has(readings[i - 2] ?? '') || NOT_TELLING.has(readings[i - 3] ?? '');
    const lie = !silent && readings.slice(i + 1, to).includes('dat') && hasAnyFrom(readings, i + 1, to, CALLED_OFF);
    if (!silent && !lie) continue;
    // The truth beside it, within the next dozen words or a hush: "wij gaan gewoon", "die hoeft niet mee", 🤫.
    const after = Math.min(readings.length, to + TELL_REACH);
    let truth = HUSH_EMOJI.test(stretchText(doc, i, after));
    for (let k = i + 1; k < after && !truth; k++) {
      // "we gaan gewoon met de fiets" is another way there, not the truth behind the lie.
      truth = (WE.has(readings[k]!) && readings[k + 1] === 'gaan' && ANYWAY.has(readings[k + 2] ?? '') && readings[k + 3] !== 'met') || (readings[k] === 'hoeft' && readings[k + 1] === 'niet' && (readings[k + 2] === 'mee' || readings[k + 2] === 'te'));
    }
    if (truth && !surpriseOrTold(i)) return i;
  }
  return undefined;

  function surpriseOrTold(at: number): boolean {
    // The last sentence that starts at or before the token (found by halving: a paste may hold many lies and surprises).
    const sentence = Math.max(0, firstNotBefore(read.sentenceStart.length, (index) => read.sentenceStart[index]! <= at) - 1);
    const { first, last, from, to } = sentenceSpans(read, doc).around(sentence);
    for (let k = from; k < to; k++) if (SURPRISE.has(readings[k]!) || CELEBRATING.has(readings[k]!)) return true;
    // Not 'meld': the telling verb sets it itself.
    return framedIn(read, first, last, LIE_TOLD_OF);
  }
}

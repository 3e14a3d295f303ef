import type { PhraseMatch } from '../../phrases';
import { type Attack, type Reading, sentencesNotToldOf } from './reading';

/**
 * Exclusion that threatens whoever stays in touch: "wie nog met Sanne praat is zelf ook af", "wie haar volgt is net
 * zo erg", "wie Jesse uitnodigt hoeft zelf ook niet te komen". Read from its parts: "wie" (or "iedereen die", "als je"),
 * contact with someone named or pointed at (talking, following, inviting, liking, helping, sitting with), then "ook"
 * or "net zo" with being out. Not in a report, the news or a quote, and not when what follows is welcome ("wie met
 * hem praat is ook welkom").
 */

/** Contact with someone: talking, following, inviting, liking, helping, sitting or playing with. */
const CONTACT = new Set([
  'praat', 'praten', 'volgt', 'volgen', 'uitnodigt', 'nodigt', 'uitnodigen', 'liket', 'liken', 'appt', 'appen', 'helpt', 'helpen', 'zit', 'zitten',
  'speelt', 'spelen', 'omgaat', 'chilt', 'chillen', 'hangt', 'loopt', 'reageert', 'antwoordt', 'groet', 'kiest', 'toevoegt', 'verdedigt', 'steunt',
]);
/** "ook", "net zo", "zelf": the same fate for the one in touch. */
const SAME = new Set(['ook', 'zelf', 'net']);
/** Being out: "af", "eruit", "net zo erg", "klaar"; or, after a negation, no longer coming or belonging (BELONGING). */
const OUT = new Set(['af', 'eruit', 'erg', 'klaar', 'weg', 'uit', 'geblokt', 'geblokkeerd', 'verwijderd', 'verrader', 'verraders', 'dood', 'buiten']);
// Not "geen": "hoeft geen laptop mee te nemen" denies a thing, not belonging.
const NOT_WELCOME = new Set(['niet', 'nie', 'nooit']);
const WELCOME_AFTER = new Set(['hoeft', 'hoort', 'mag', 'komt', 'kan']);
const BELONGING = new Set(['komen', 'meedoen', 'mee', 'erbij', 'bij', 'meer', 'binnen', 'aansluiten', 'welkom', 'komt', 'in', 'erin']);
// Not 'meld': its words include contact itself ("wie Fleur nog appt").
const TOLD_OF = ['nieuws', 'tegenspraak', 'citaat'] as const;
/** How far after "wie" the contact and the person may stand, and after them the fate, in words. */
const REACH = 8;
const FATE_REACH = 12;

export function shunnedByContact(read: Reading, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, targets } = read;
  const readings = classes.readings;
  for (const { from, to } of sentencesNotToldOf(read, TOLD_OF)) {
    for (let who = from; who < to; who++) {
      const asIf = readings[who] === 'als' && (readings[who + 1] === 'je' || readings[who + 1] === 'jij' || readings[who + 1] === 'jullie');
      if (readings[who] !== 'wie' && !asIf && !(readings[who] === 'iedereen' && readings[who + 1] === 'die')) continue;
      let person = -1;
      let contact = -1;
      for (let k = who + 1; k < Math.min(to, who + REACH); k++) {
        const type = targets[k]?.type;
        // After "als je", "je" is the one in touch, not the one shunned.
        if (person < 0 && (type === 'naam' || type === 'derde' || (type === 'jij' && !asIf)) && readings[k] !== 'die') person = k;
        if (contact < 0 && CONTACT.has(readings[k]!)) contact = k;
      }
      if (person < 0 || contact < 0) continue;
      const after = Math.max(person, contact) + 1;
      if (fateAfter(after, Math.min(to, after + FATE_REACH))) {
        report('buitensluiten', { firstToken: person, lastToken: person } as PhraseMatch);
        return;
      }
    }
  }

  /** "ook/zelf/net zo" and then being out, or "ook niet" with belonging, coming or being allowed. */
  function fateAfter(from: number, to: number): boolean {
    let same = false;
    let allowed = false;
    let denied = false;
    for (let k = from; k < to; k++) {
      const word = readings[k]!;
      if (SAME.has(word)) same = true;
      else if (WELCOME_AFTER.has(word)) allowed = true;
      else if (same && OUT.has(word) && !denied) return true;
      else if (NOT_WELCOME.has(word)) {
        if (same && (allowed || WELCOME_AFTER.has(readings[k + 1] ?? '')) && belongingNear(k + 1)) return true;
        // "mag ook niet zomaar weg": a way out denied is no being out.
        denied = true;
      }
    }
    return false;
  }

  /** "… niet te komen", "niet meer bij ons", "niet mee": coming, joining, belonging, just after the negation. */
  function belongingNear(at: number): boolean {
    for (let k = at; k < Math.min(readings.length, at + 3); k++) if (BELONGING.has(readings[k]!)) return true;
    return false;
  }
}

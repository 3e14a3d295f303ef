import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { GOOD_NEWS } from './coercion';
import { type Attack, type Reading, type TargetType, AFFECTION_EMOJI, hasAnyFrom, LAUGHTER, NO_FRAMES } from './reading';

/**
 * A call to others to join in against someone, per sentence: many addressed ("iedereen", "laten we", "wie doet
 * mee", "massaal") and something done to a person that harasses by itself ("spam haar dm's", "bel hem wakker",
 * "boe roepen"), or that spreads or mocks when the sentence also puts the person down ("comment allemaal 'lelijk'
 * onder haar post", "deel dit filmpje van haar, iedereen moet het zien 🤡"). The call may stand in the sentence
 * before or after ("… doe er maar wat mee. iedereen!"). Not reported, condemned or denied ("stop met spammen",
 * "niet doorsturen"), nor a game ("laten we de boss spammen").
 */

/** Emoji that mock: a clown, a devil's grin, tears of laughter aimed at someone. */
const MOCKING_EMOJI = /[🤡😈🤮🐷🐀💀]/u;
/** Words that make spreading or messaging a put-down: of the body, names, disgust, ridicule. */
const PUT_DOWNS = ['neg_sterk', 'neg_mild', 'scheldnaam', 'lichaam_neg', 'ontmenselijk', 'walging', 'neg_adjectief'] as const;
/** A place under someone's post ("onder Milan zijn nieuwe post", "op haar verhaal"): where a call to react is a pile-on. */
export const UNDER_A_POST = /\b(?:onder|op|under|on)\s+(?:\S+\s+){0,3}?(?:post|posts|foto|fotos|foto's|selfie|story|verhaal|filmpje|video|tiktok|reel|pic|tweet)\b/i;
/** Someone's post: a possessive before it ("onder zn post", "op haar verhaal"), the person the call is about. */
const SOMEONES_POST = /\b(?:zijn|haar|zn|z'n|dr|d'r|jouw|je|his|her)\s+(?:\S+\s+){0,2}?(?:post|posts|foto|fotos|foto's|selfie|story|verhaal|filmpje|video|tiktok|reel|pic|tweet)\b/i;
/** Putting something there: the verb of a call to react. */
const REACTING = new Set(['zet', 'zetten', 'reageer', 'reageren', 'comment', 'commenten', 'spam', 'spammen', 'plaats', 'plaatsen', 'stuur', 'sturen']);
const SPAMMING = new Set(['spam', 'spammen']);
/** A short word in quotes, to be put under a post ("'wie?'", "'L'"): what is put is a jeer. */
const QUOTED_JEER = /['"‘“][^'"’”\s]{1,8}(?:\s[^'"’”\s]{1,8})?['"’”]/u;
/** How close, in words, a call must stand to spreading or messaging for the two to be one call. */
const CALL_REACH = 6;
/** Who the call is about: someone addressed, pointed at, named or mentioned. */
const PERSON_TARGETS = new Set<TargetType | undefined>(['jij', 'derde', 'naam']);

export function pileOn(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, sentenceStart, frames, targets } = read;
  const end = doc.tokens.length;
  for (let sentence = 0; sentence < sentenceStart.length; sentence++) {
    const from = sentenceStart[sentence]!;
    const to = sentenceStart[sentence + 1] ?? end;
    const frame = frames.get(sentence) ?? NO_FRAMES;
    // "op haar verhaal" is her story on Instagram: no news when the call is to react under it.
    const reacting = reactingUnderAPost(from, to, sentenceStart[sentence + 2] ?? end);
    if ((frame.has('nieuws') && !reacting) || frame.has('sport')) continue;
    const act = classes.first('pestactie', from, to);
    const spread = act ? undefined : classes.first('verspreid', from, to) ?? reacting;
    if (!act && !spread) continue;
    // Condemned or reported ("stop met spammen, dat is pesten"), by words other than the call's own ("massaal melden").
    const cueOf = act ?? spread!;
    const outside = (match: PhraseMatch) => match.lastToken < cueOf.firstToken || match.firstToken > cueOf.lastToken;
    if (classes.all('tegenspraak', from, to).some(outside)) continue;
    // The call may be the sentence before or after: "haar snap is lisaaa_0412, doe er maar wat mee. iedereen!"
    const around = { from: sentenceStart[Math.max(0, sentence - 1)]!, to: sentenceStart[sentence + 2] ?? end };
    const call = classes.first('oproep', around.from, around.to);
    if (!call) continue;
    if (classes.first('negatie', Math.max(from, cueOf.firstToken - 3), cueOf.firstToken)) continue;
    const text = doc.text.slice(doc.tokens[around.from]!.start, around.to < end ? doc.tokens[around.to]!.start : doc.text.length);
    let person = SOMEONES_POST.test(text);
    for (let i = around.from; i < around.to && !person; i++) person = PERSON_TARGETS.has(targets[i]?.type);
    if (!person) continue;
    // Under someone's post a heart, fondness or a birthday makes the call kind ("spam allemaal hartjes onder haar post ❤️").
    const underAPost = UNDER_A_POST.test(text);
    if (underAPost && (AFFECTION_EMOJI.test(text) || classes.first('genegenheid', around.from, around.to) || hasAnyFrom(classes.readings, around.from, around.to, GOOD_NEWS))) continue;
    if (act) {
      report('oproep', act);
      return;
    }
    // Spreading or messaging needs the call close by ("comment allemaal", "laten we allemaal … roepen"; not "mensen die
    // iemand 'nutteloos' noemen … met allemaal 8en") and a put-down beside it, or a mocking emoji.
    if (call.lastToken < spread!.firstToken - CALL_REACH || call.firstToken > spread!.lastToken + CALL_REACH) continue;
    // Under someone's post a laugh or a quoted word is the jeer.
    const jeer = underAPost && (LAUGHTER.test(text) || QUOTED_JEER.test(text));
    // Spamming someone's post harasses whatever is spammed.
    const spam = !!reacting && SPAMMING.has(classes.readings[reacting.firstToken]!);
    const putDown = spam || MOCKING_EMOJI.test(text) || jeer || PUT_DOWNS.some((name) => classes.first(name, around.from, around.to) !== undefined);
    if (putDown) {
      report('oproep', spread!);
      return;
    }
  }

  /**
   * "zet allemaal 'wie?' onder zijn post", "reageer met 🤡 op haar verhaal": a verb of reacting in the sentence, and a place
   * under a post in it or the next (a quoted "wie?" ends a sentence).
   */
  function reactingUnderAPost(from: number, to: number, next: number): PhraseMatch | undefined {
    for (let i = from; i < to; i++) {
      if (!REACTING.has(classes.readings[i]!)) continue;
      const stop = next < doc.tokens.length ? doc.tokens[next]!.start : doc.text.length;
      return UNDER_A_POST.test(doc.text.slice(doc.tokens[from]!.start, stop)) ? ({ firstToken: i, lastToken: i } as PhraseMatch) : undefined;
    }
    return undefined;
  }
}

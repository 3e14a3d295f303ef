import { ARMED_EMOJI, COUNTDOWN } from '../belediging/menace-signs';
import { quotedStretches } from '../quotes';

/**
 * A veiled threat in English read from signs spread over a post, as the Dutch grammar's menace.ts reads it: someone's
 * habits or things spelled out, a remark that it is noted, a time coming, nobody there to protect, others who will
 * come. Two kinds within three sentences, with someone addressed or named, read as a threat ("you walk your dog past
 * the canal every evening at nine. interesting"). Each kind alone is everyday talk; the guards of the English reading
 * (a plan, an errand, a hazard, sport, a laugh, a report) keep the look-alikes quiet.
 */

/** A detail noted, or more known than said. */
const NOTED = /\b(?:noted|interesting|good to know|nice to know|small world|just checking|just (?:an )?observation|just curious|asking for a friend|fun fact|think again|(?:you'?ll|you will) know why|remember (?:this|that)(?=\s*[.!,]|\s*$)|don'?t ask (?:what|why)|i never forget|we (?:don'?t|never) forget|(?:i|we) know (?:where|which|when|who|what time|your)|(?:they|he|she) (?:already )?knows? (?:where|which|who|your)|very handy|just so (?:you|u) know|just saying|just sayin|heads up|btw)\b/;
/** A time coming. */
const COMING = /\b(?:see (?:you|u|ya) (?:soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|then|there|around|after)|tick tock|count(?:ing)? (?:down|the days)|countdown|won'?t last|this (?:isn'?t|is not|ain'?t) over|be hearing from|sleep tight|while it lasts|about to change|something is coming|(?:you'?ll|you will) (?:get this back|see|find out|learn)|just wait|wait (?:till|until)|(?:i'?m|we'?re) (?:very )?patient|we can wait|a (?:very )?long day for (?:you|u))\b|[\u23F3\u231B\u23F0]/u;
/** Someone's place, things, family or route. */
const WATCHED = /\b(?:your|ur|his|her) (?:house|home|place|flat|door|front door|street|bike|scooter|moped|car|window|bedroom|room|balcony|garden|hedge|route|shift|job|location|address|locker|sister|brother|little (?:sister|brother)|mum|mom|dad|grandma|nan|family|daughter|son|dog|cat|pet|guinea pigs?|account|password|bus)\b/;
/** A habit or a clock time said of someone. */
const HABIT = /\b(?:every (?:day|morning|evening|night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|always|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|at \d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm))?|alone)\b/;
/** Nobody there to protect. */
const UNPROTECTED = /\b(?:no (?:teachers?|lights?|cameras?|adults|one around)|nobody (?:can|will) (?:see|hear|help)|home alone|without (?:the )?(?:teachers?|coach|adults|parents)|behind (?:your|ur) screen)\b/;
/** Others the writer can send. */
const BACKED = /\b(?:my (?:cousins|brothers|boys|mates|uncles|people)|our people|all of us|i know (?:people|some guys))\b/;
/** Someone aimed at: the one addressed, someone spoken of, an @mention or a name after a comma ("…, Jordy"). */
const AIMED = /\b(?:you|u|ur|your|ya|he|she|him|her|his)\b|@\w|,\s*[A-Z][a-z]+\b/;
/** The writer's own plan opens the sentence ("I'm at the gate at 3"). */
const WRITER_FIRST = /^\W*(?:i|i'?m|we|we'?re|me|my|our)\b/i;
/** A plan, a kindness or an occasion in the window: the writer joins in, helps, wishes well or celebrates. */
const KIND = /\b(?:join|me too|fun|good luck|birthday|party|thanks|thank you|welcome|can'?t wait|looking forward|love|help|together|forgot|left (?:your|ur|her|his|their)|congrats|proud|study|ride|lift|cook|cooking|bake|baking|recipe|kitchen|pick (?:you|u) up|text me|call me|when (?:you'?re|ur|u r) (?:back|home)|(?:stay|get|got|home) safe)\b|[\u2764\u2665\u{1F495}-\u{1F49F}\u{1F970}\u{1F917}\u{1FAF6}]/u;

export interface MenaceSentence {
  text: string;
  /** UTF-16 offsets in the post. */
  start: number;
  end: number;
  /** Told of (a report, a condemnation, a story): no sign there counts. */
  toldOf: boolean;
}

/** The span of the sentence that anchors a veiled threat, or undefined. */
export function veiledMenace(sentences: readonly MenaceSentence[]): { start: number; end: number } | undefined {
  const kinds = sentences.map((sentence) => (sentence.toldOf ? 0 : kindsIn(sentence)));
  for (let at = 0; at < sentences.length; at++) {
    // A sentence with a sign of its own other than a habit anchors the reading; the window is it and its neighbours.
    if ((kinds[at]! & ~Kind.Watched) === 0) continue;
    const from = Math.max(0, at - 1);
    const to = Math.min(sentences.length, at + 2);
    let found = 0;
    for (let k = from; k < to; k++) found |= kinds[k]!;
    const window = sentences.slice(from, to);
    // Armed with a countdown speaks to whoever reads it ("3... 2... 1... 🔪").
    const aimed = window.some((sentence) => AIMED.test(sentence.text)) || ((found & Kind.Armed) !== 0 && COUNTDOWN.test(window.map((sentence) => sentence.text).join(' ')));
    if (bits(found) < 2 || !aimed || window.some((sentence) => KIND.test(sentence.text.toLowerCase()))) continue;
    return { start: sentences[at]!.start, end: sentences[at]!.end };
  }
  return undefined;
}

const enum Kind {
  Noted = 1,
  Coming = 2,
  Watched = 4,
  Unprotected = 8,
  Backed = 16,
  Armed = 32,
}

function kindsIn(sentence: MenaceSentence): number {
  // What is quoted is someone else's words, told ("a customer told her 'I know when your shift ends'").
  const text = withoutQuotes(sentence.text).toLowerCase();
  let kinds = 0;
  if (NOTED.test(text)) kinds |= Kind.Noted;
  if (COMING.test(text) || COUNTDOWN.test(text)) kinds |= Kind.Coming;
  if (ARMED_EMOJI.test(text)) kinds |= Kind.Armed;
  // A habit of someone's, not the writer's own plan ("I'm at the gate at 3").
  if (WATCHED.test(text) || (HABIT.test(text) && AIMED.test(sentence.text) && !WRITER_FIRST.test(text))) kinds |= Kind.Watched;
  if (UNPROTECTED.test(text)) kinds |= Kind.Unprotected;
  if (BACKED.test(text)) kinds |= Kind.Backed;
  return kinds;
}

function bits(value: number): number {
  let count = 0;
  for (let rest = value; rest > 0; rest &= rest - 1) count++;
  return count;
}

function withoutQuotes(text: string): string {
  let out = text;
  for (const [start, end] of quotedStretches(text).reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}

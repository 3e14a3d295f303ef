import type { MenaceSentence } from './menace';

/**
 * Stalking in English, read as the Dutch grammar's stalking.ts reads it: the writer knows someone's routine ("I know
 * you work the late shift on Thursdays"), sees all they do, knows they are home or have read the messages while they
 * do not answer, counts the messages ("I've messaged you forty times"), comes back after a block, will not stop until
 * they give in, turns up at their door again, or has gathered their life to show it to them. Per sentence and the one
 * after; a sentence told of (a report, a condemnation, the news) gives no sign.
 */

const ALL_SEEING = /\bi (?:see|know|watch) (?:everything|all) (?:you|u) (?:do|post|say|like)\b|\bi(?:'m| am|'ve been| have been) (?:always )?watching (?:you|u)\b|\bwatching everything (?:you|u) post\b|\bkeep(?:ing)? an eye on (?:you|u)\b/;
/** The writer watching someone, or knowing where and when they go ("I know you work the late shift"); not "I know you're tired". */
const WATCHING = /\bi (?:see|saw|watch|watched|follow|followed|noticed) (?:(?:that|where|when|what time|which) )?(?:you|u)\b|\bi (?:know|knew) (?:(?:where|when|what time|which) (?:you|u)\b|(?:that )?(?:you|u) (?:work|walk|go|leave|get off|finish|train|run|jog|take|have|start)\b)/;
const SCHEDULE = /\bevery (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|day|week)\b|\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|\bthe same (?:route|time|way|bus|train)\b|\b(?:late|early|night) shift\b|\bagain at \d/;
const KNOWN_STATE = /\bi know (?:that )?(?:you|u)(?:'re| are| r)? (?:\S+ ){0,2}(?:home|awake|online|alone|there)\b|\bit says seen\b|\bi know (?:you'?ve|you have) read\b/;
const UNANSWERED = /\bwhy (?:won'?t|don'?t|aren'?t|didn'?t|do|are) (?:you|u) (?:\S+ ){0,2}(?:answer|reply|respond|answering|replying|responding|pick up|text back)|\b(?:ignoring me|keep ignoring|you ignore me)\b|\bdon'?t pretend (?:you'?re|to be) busy\b/;
const COUNTED = /\b(?:\d{2,}|[5-9]|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|so many) times\b/;
const CONTACTED = /\b(?:messaged|texted|called|rang|dm'?d|dmed|asked|emailed|written|wrote)\b/;
const NEW_ACCOUNT = /\b(?:new|another|fourth|third|second|different|fifth) (?:account|profile|number)\b/;
const BLOCKED_ME = /\b(?:you|u) (?:\S+ ){0,3}blocked (?:me|the last|my)\b|\bsince (?:you|u) blocked\b|\bblocking me\b/;
/** Not stopping until they give in ("until you give me a chance", "until you change my grade"); not "till you do". */
const UNTIL = /\bi(?:'ll| will) (?:keep|not stop|never stop) (?:\S+ ){0,4}(?:until|till|til|unless) (?:you|u) (?:\S+ ){0,2}(?:give|answer|reply|respond|change|say yes|agree|go out|meet|unblock|talk to me|pick up|accept|come)\b|\bi(?:'m| am) not (?:going to|gonna) stop (?:until|till)\b|\bi won'?t stop (?:until|till)\b/;
/** Turning up at someone's place again (within a few words: a bounded gap keeps a long paste linear), or regardless of them. */
const AT_THE_DOOR = /\b(?:drove|walked|went|came|cycled|driving|walking) (?:past|by|round|to) (?:your|ur) (?:house|place|flat|home|work|door|window)\b[^.!?]{0,60}?\b(?:again|every)\b|\bwhether (?:you|u) like it or not\b|\bwhy didn'?t (?:you|u) (?:answer|open) the door\b/;
const THEIR_LIFE = /\b(?:your|ur) (?:(?:mother|mum|mom|father|dad|sister|brother)'?s )?(?:old |new |little |big )?(school|address|work|job|sister|brother|mother|mum|mom|father|dad|parents|kids|children|daughter|son|house|home|car|gym|number|instagram|facebook|linkedin|boss|employer|colleagues)\b/g;
/** The gathering said: "tracked down", "found your …", "screenshots of", "in a folder" (not "found a gift for your dad"). */
const GATHERED = /\b(?:tracked down|looked up|dug up|screenshots? of|screenshotted|in a folder|found your|i(?:'ve| have) found|i know your)\b/;
/** An address, whoever's it is said to be ("tracked down the address"). */
const AN_ADDRESS = /\b(?:the|home) address\b/;
const GATHERED_ITEMS = 2;
/** Care or a plan together: "till you're home safe", "want to walk there together?", "… to the market with us". */
const CARE_OR_PLAN = /\b(?:safe|safely|worried|together|join|want to|wanna|good luck|me too|with us|love it)\b/;

/** The span of the sentence that shows stalking, or undefined. */
export function stalkingIn(sentences: readonly MenaceSentence[]): { start: number; end: number } | undefined {
  const texts = sentences.map((sentence) => (sentence.toldOf ? '' : sentence.text.toLowerCase().replace(/[’‘]/g, "'")));
  const post = texts.join(' ');
  const unanswered = UNANSWERED.test(post);
  if (CARE_OR_PLAN.test(post)) return undefined;
  const backAfterBlock = NEW_ACCOUNT.test(post) && BLOCKED_ME.test(post);
  for (let at = 0; at < texts.length; at++) {
    const text = texts[at]!;
    if (!text) continue;
    const pair = `${text} ${texts[at + 1] ?? ''}`;
    const stalked =
      ALL_SEEING.test(text) ||
      (WATCHING.test(text) && SCHEDULE.test(pair)) ||
      (KNOWN_STATE.test(text) && unanswered) ||
      (COUNTED.test(text) && CONTACTED.test(text) && /\b(?:you|u)\b/.test(text)) ||
      (backAfterBlock && (NEW_ACCOUNT.test(text) || BLOCKED_ME.test(text))) ||
      UNTIL.test(text) ||
      AT_THE_DOOR.test(text) ||
      (GATHERED.test(pair) && gatheredItems(pair) >= GATHERED_ITEMS);
    if (stalked) return { start: sentences[at]!.start, end: sentences[at]!.end };
  }
  return undefined;
}

function gatheredItems(text: string): number {
  const items = new Set<string>();
  for (const match of text.matchAll(THEIR_LIFE)) items.add(match[1]!);
  if (AN_ADDRESS.test(text)) items.add('address');
  return items.size;
}

/**
 * Someone's whereabouts put before others with a call to act on them: "here's his address, you all know what to do",
 * "here's the home address of the woman who wrote that, let's all pay her a visit". Not a party's address.
 */
const WHEREABOUTS = /\b(?:here'?s|here is|this is)\s+(?:his|her|their|the)\s+(?:home\s+|house\s+)?(?:address|number|phone number|plate|number plate|licence plate|license plate)\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:party|venue|school|event|shop|restaurant))|\b(?:he|she|they)\s+lives?\s+(?:at|on)\s+(?:number\s+)?\d+/;
const CALL_TO_ACT = /\b(?:you|u) (?:all |guys )?know what to do\b|\blet'?s (?:all )?(?:pay (?:him|her|them) a visit|go round|visit (?:him|her|them))\b|\bpay (?:him|her|them) a (?:little )?visit\b|\bmake sure (?:he|she|they) (?:learns?|knows?|regrets?|pays?|feels?)\b|\bdo what you want with (?:it|that)\b/;
const KIND = /\b(?:birthday|card|flowers|present|gift|get well|party|welcome)\b/;

/** The span of the sentence that gives someone's whereabouts with a call to act, or undefined. */
export function whereaboutsExposed(sentences: readonly MenaceSentence[]): { start: number; end: number } | undefined {
  const texts = sentences.map((sentence) => (sentence.toldOf ? '' : sentence.text.toLowerCase().replace(/[’‘]/g, "'")));
  const post = texts.join(' ');
  if (!CALL_TO_ACT.test(post) || KIND.test(post)) return undefined;
  const at = texts.findIndex((text) => WHEREABOUTS.test(text));
  return at < 0 ? undefined : { start: sentences[at]!.start, end: sentences[at]!.end };
}

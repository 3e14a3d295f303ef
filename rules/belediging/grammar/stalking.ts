import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { type Attack, type Reading, NO_FRAMES } from './reading';

/**
 * Stalking: someone watched, followed or contacted on and on against their will. No word of it is abusive; the
 * shape is: the writer knows someone's routine ("ik weet dat je elke dinsdag om half zes bij de sportschool bent"),
 * sees all they do ("ik zie alles wat je doet"), knows they are home or awake while they do not answer, counts the
 * calls ("ik heb je nu twintig keer gebeld"), comes back after a block ("nieuw account, je had me weer geblokkeerd"),
 * will not stop until they give in ("ik stop pas als je …"), turns up at their door when they do not answer, or has
 * gathered their life (school, sister, mother's address) to show it to them. Read per sentence and the one after,
 * on the folded text; not in a report, a quote, the news or a condemnation ("hij heeft me twintig keer gebeld, wat moet
 * ik doen?" has no writer watching a "je").
 */

/**
 * The writer watching or knowing someone: "ik zag je", "ik zie dat je", "ik weet dat je", "ik weet waar je", "ik volg je".
 * Not a bare "ik zie je": that is "see you" ("… dus ik zie je bij de frituur"); "ik zie je nog steeds …" is watching.
 */
const WATCHING = /\b(?:ik|k)\s+(?:(?:zag|volg|hou|houd)\s+(?:je|jij|jou)\b|zie\s+(?:je|jou)\s+nog\s+(?:steeds|altijd)\b|(?:zie|zag|weet|wist)\s+(?:alles\s+)?(?:wat|dat|waar|wanneer|hoe\s+laat)\s+(?:je|jij)\b)/;
/** Everything someone does, seen: "ik zie alles wat je doet", "ik weet alles van je" (not "ik hou je in de gaten vanaf de tribune"). */
const ALL_SEEING = /\bik\s+(?:zie|weet|volg)\s+alles\s+(?:wat\s+(?:je|jij)|van\s+(?:je|jou))\b/;
/** A routine known: "elke dinsdag", "iedere ochtend", "dezelfde route", "weer om zeven uur". */
const SCHEDULE = /\b(?:elke|iedere)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ochtend|middag|avond|nacht|dag|week)|\bdezelfde\s+(?:route|tijd|weg|bus|trein)\b|\b(?:weer|altijd)\s+om\s+(?:half\s+)?(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b/;
/** Knowing someone is there while they keep quiet: "ik weet dat je thuis bent", "ik zie dat je online bent". */
const KNOWN_STATE = /\bik\s+(?:weet|zie)\s+(?:dat\s+)?(?:je|jij)\s+(?:\S+\s+){0,2}(?:thuis|wakker|online|binnen|alleen)\b|\bje\s+licht\s+brandt\b/;
/** Not answering: "waarom antwoord je niet", "niet op mijn berichten reageren", "negeer je me". */
const UNANSWERED = /\b(?:reageer|reageert|antwoord|antwoordt|neem|neemt)\s+(?:je\s+|jij\s+)?(?:weer|nog\s+steeds|alweer|nog)?\s*niet\b|\bwaarom\s+(?:antwoord|reageer|neem|app|bel)\s+(?:je|jij)\s+(?:\S+\s+){0,2}niet\b|\bniet\s+(?:\S+\s+){0,4}(?:reageren|antwoorden|opnemen|terugappen)\b|\bnegeer\s+(?:je|jij)\s+me\b/;
/** Contact counted past all reason: "twintig keer gebeld", "voor de vijfde keer". */
const COUNTED = /\b(?:\d{2,}|[5-9]|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|honderd|duizend|zoveel)\s+keer\s+(?:ge\w+|een\s+bericht|berichten|een\s+dm)\b|\bvoor\s+de\s+(?:vijfde|zesde|zevende|achtste|negende|tiende|twintigste|honderdste|zoveelste|\d+(?:e|de|ste))\s+keer\b/;
/** Contact sought, in the same post as a count: a number, an answer, a chance, a date. */
const CONTACT = /\b(?:nummer|antwoord|antwoorden|reageer|reageren|gebeld|geappt|berichten|bericht|dm|kans|date|afspreken|terug)\b/;
/** Back after a block: a new account or number, and blocking named. */
const NEW_ACCOUNT = /\b(?:nieuw|nieuwe|ander|andere|zoveelste|tweede|derde)\s+(?:account|profiel|nummer|accountje)\b/;
/** The writer blocked by the one addressed ("omdat je me weer hebt geblokkeerd"): what blocks them is their own doing. */
const BLOCKED_ME = /\b(?:je|jij)\s+(?:\S+\s+){0,3}(?:me|mij)\s+(?:\S+\s+){0,3}(?:geblokkeerd|blokkeert|blokkeerde)\b|\bblokkeer\s+(?:je|jij)\s+me\b/;
/** Not stopping until they give in: "ik stop pas als je antwoordt", "ik blijf je appen tot je ja zegt"; not "… tot je thuis bent". */
const GIVING_IN = String.raw`(?:antwoord\w*|reageer\w*|reageren|ja\s+zegt|toegeeft|dumpt|stuurt|afspreekt|terugschrijft|terugappt|opneemt|geeft|deblokkeert|me\s+\S+\s+geeft)`;
const UNTIL = new RegExp(String.raw`\bik\s+(?:stop|kap|hou\s+op)\s+(?:pas|niet)\s+(?:als|tot|voordat|voor)\s+(?:je|jij)\b(?:\s*$|\s+(?:\S+\s+){0,4}${GIVING_IN})|\bik\s+blijf\s+(?:je\s+|het\s+)?(?:\S+\s+){0,2}(?:appen|bellen|sturen|berichten|reageren|comment\w*|taggen)\s+(?:tot|totdat|zolang)\s+(?:je|jij)\s+(?:\S+\s+){0,4}${GIVING_IN}`);
/** Turning up at someone's door: "dan sta ik bij jouw moeder op de stoep", "ik wacht wel voor je deur". */
const AT_THE_DOOR = /\b(?:sta|kom|wacht|rij|ben|fiets|loop)\s+ik\s+(?:\S+\s+){0,3}(?:bij|voor|langs|op)\s+(?:je|jouw)\s+(?:\S+\s+){0,2}(?:deur|huis|stoep|werk|school|moeder|vader|ouders|flat|kamer|raam)\b|\bik\s+(?:sta|wacht|kom)\s+(?:\S+\s+){0,3}(?:voor|bij)\s+(?:je|jouw)\s+(?:deur|huis|raam)\b/;
/** Someone's life, gathered: "je oude school", "je zus", "het adres van je moeder". */
const THEIR_LIFE = /\b(?:je|jouw|van\s+je)\s+(?:oude\s+|nieuwe\s+)?(school|adres|werk|zus|zusje|broer|moeder|vader|ouders|kinderen|dochter|zoon|huis|auto|kenteken|sportschool|nummer|instagram|facebook|linkedin|werkgever|baas|vriend|vriendin)\b/g;
/** And the gathering said: found, looked up, screenshots kept. */
const GATHERED = /\b(?:gevonden|opgezocht|achterhaald|uitgezocht|uitgeplozen|screenshots?|opgeslagen|bewaard)\b/;
/** Life items gathered at least this many, besides a word of gathering. */
const GATHERED_ITEMS = 2;
/** Frames that tell of it (not `meld`: its words "appen", "posten" are the stalker's own here). */
const TOLD_OF = ['nieuws', 'citaat', 'tegenspraak'] as const;
/** Care, a plan together or a kindness: "tot je veilig thuis bent", "zullen we samen gaan?", "ga langs met een kaart". */
const CARE_OR_PLAN = /\b(?:veilig|ongerust|bezorgd|zorgen|samen|zullen\s+we|gezellig|succes|zin\s+om|verjaardag|kaart|kaartje|cadeau|cadeautje|bloemen|beterschap)\b/;

/**
 * Someone's whereabouts put before others with a call to act on them: "hier is zijn adres en kenteken, jullie weten wat
 * je moet doen", "die gast woont op de Lindelaan 14, wie gaat er mee langs?", "haar mail is …, iedereen ff een mailtje
 * sturen". A place is an address, a street and number, a number plate, a live location, an account or e-mail; the call
 * asks others to go there, join or write. Not a party's address or a visit with a card, nor a report of it.
 */
const WHEREABOUTS = new RegExp(
  [
    String.raw`\b(?:hier\s+is|dit\s+is|hier\s+zijn)\s+(?:zijn|haar|hun|z'?n|d'?r)\s+(?:\S+\s+){0,2}(?:adres|kenteken|nummer|telefoonnummer|huisnummer|woonplaats|snap|insta|account|mail)\b`,
    String.raw`\bwoont\s+(?:\S+\s+){0,2}(?:op|aan|in)\s+(?:nummer\s+|de\s+)?\S+`,
    String.raw`\b[a-z]{3,}(?:straat|laan|weg|hof|plein|kade|singel|dreef|pad|gracht|steeg|baan|dijk)\s+\d{1,4}\b`,
    String.raw`\b(?:adres|huisnummer|kenteken|live\s*locatie|locatie|snap|insta|mail)\b`,
  ].join('|'),
);
const CALL_TO_ACT = new RegExp(
  [
    String.raw`\b(?:jullie|je)\s+weten?\s+(?:wel\s+)?wat\s+(?:je|jullie)?\s*(?:moet|moeten|te)\s+doen\b`,
    String.raw`\bzorg\s+(?:er\s+)?(?:voor\s+)?dat\s+(?:hij|zij|ze)\b`,
    String.raw`\bga\s+(?:maar\s+)?(?:even\s+|ff\s+)?(?:bij\s+(?:hem|haar)\s+)?langs\b`,
    String.raw`\bdoe\s+er\s+(?:maar\s+)?(?:iets|wat)\s+mee\b`,
    String.raw`\bbezoekje\s+(?:brengen|geven)\b|\b(?:breng|geef)\s+(?:hem|haar)\s+(?:maar\s+)?een\s+bezoekje\b`,
    String.raw`\bwie\s+(?:gaat|gaan|komt|doet)\s+(?:er\s+)?(?:\S+\s+){0,2}(?:mee|langs)\b`,
    String.raw`\blaten\s+we\s+(?:\S+\s+){0,2}(?:met\s+z'?n\s+allen|allemaal)\b`,
    String.raw`\biedereen\s+(?:ff\s+|even\s+)?(?:een\s+)?(?:mailtje|berichtje|bericht|dm|appje)\b`,
    String.raw`\bvoor\s+wie\s+(?:hem|haar)\s+(?:ff\s+|even\s+)?wil\s+(?:spreken|zien|bezoeken|opzoeken)\b`,
  ].join('|'),
);
/** Someone the place belongs to ("hem", "die gast", "zijn moeder"): a call about a place alone ("het feest") is no one's. */
const SOMEONE = /\b(?:hem|haar|hij|zij|ze|zijn|z'?n|die\s+(?:gast|jongen|meid|man|vrouw|leraar|lerares|moeder|vader|cheater|jongen))\b/;
/** A kindness or an occasion: a party, a birthday, a card, flowers. */
const KINDLY = /\b(?:feest|feestje|verjaardag|jarig|kaart|kaartje|cadeau|cadeautje|bloemen|beterschap|welkom|bedankt|surprise)\b/;

export function stalking(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const starts = read.sentenceStart;
  const tokens = doc.tokens;
  const folded = doc.normalised.folded;
  const told = (sentence: number) => {
    const frame = read.frames.get(sentence) ?? NO_FRAMES;
    return TOLD_OF.some((name) => frame.has(name));
  };
  const sentenceText = (sentence: number) => folded.slice(tokens[starts[sentence]!]!.foldedStart, tokens[(starts[sentence + 1] ?? tokens.length) - 1]!.foldedEnd);
  // Each sentence's folded text once, empty where it is told of (a report, a quote, the news).
  const texts = starts.map((_, sentence) => (told(sentence) ? '' : sentenceText(sentence)));
  const reportSentence = (attack: Attack, sentence: number) => report(attack, { firstToken: starts[sentence]!, lastToken: (starts[sentence + 1] ?? tokens.length) - 1 } as PhraseMatch);
  const post = folded;
  const kind = CARE_OR_PLAN.test(post);
  if (!kind && !KINDLY.test(post) && WHEREABOUTS.test(post) && CALL_TO_ACT.test(post) && SOMEONE.test(post)) {
    const sentence = texts.findIndex((text) => WHEREABOUTS.test(text));
    if (sentence >= 0) {
      reportSentence('oproep', sentence);
      return;
    }
  }
  // A block is read as counter-speech ("geblokkeerd en gemeld"); being blocked and coming back is the writer's own doing.
  if (NEW_ACCOUNT.test(post) && BLOCKED_ME.test(post)) {
    reportSentence('stalken', Math.max(0, starts.findIndex((_, sentence) => BLOCKED_ME.test(sentenceText(sentence)) || NEW_ACCOUNT.test(sentenceText(sentence)))));
    return;
  }
  const unanswered = UNANSWERED.test(post);
  if (kind) return;
  for (let sentence = 0; sentence < texts.length; sentence++) {
    const text = texts[sentence]!;
    if (!text) continue;
    const pair = `${text} ${texts[sentence + 1] ?? ''}`;
    const stalked =
      ALL_SEEING.test(text) ||
      (WATCHING.test(text) && SCHEDULE.test(pair)) ||
      (KNOWN_STATE.test(text) && unanswered) ||
      (COUNTED.test(text) && CONTACT.test(post) && /\b(?:je|jou|jij)\b/.test(text)) ||
      UNTIL.test(text) ||
      (AT_THE_DOOR.test(text) && unanswered) ||
      (GATHERED.test(pair) && gatheredItems(pair) >= GATHERED_ITEMS);
    if (!stalked) continue;
    reportSentence('stalken', sentence);
    return;
  }
}

/** How many different parts of someone's life the text names as theirs. */
function gatheredItems(text: string): number {
  const items = new Set<string>();
  for (const match of text.matchAll(THEIR_LIFE)) items.add(match[1]!);
  return items.size;
}

/** Words that wake the grammar for these shapes (rules/belediging/grammar/analyse.ts), each enough to read the post. */
export const STALKING_CUES = ['ik zag je', 'ik zie je nog', 'ik zie alles', 'ik weet alles', 'ik zie dat je', 'ik weet dat je', 'ik weet waar je', 'ik volg je', 'keer gebeld', 'keer geappt', 'keer gevraagd', 'keer gestuurd', 'keer gebericht', 'keer een bericht', 'keer berichten', 'nieuw account', 'nieuwe account', 'ander account', 'ik stop pas', 'ik stop niet', 'ik blijf je', 'op de stoep', 'voor je deur', 'voor jouw deur', 'adres van je', 'je adres', 'jouw adres', 'je oude school', 'je kenteken', 'zijn adres', 'haar adres', 'woont op', 'woont aan', 'wat je moet doen'];

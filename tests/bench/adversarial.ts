/**
 * Inputs a pupil (or a page) could paste to slow the check down or slip past it: every shape that was
 * once super-linear or an evasion, each repeated to the wanted size. Shared by the bench's `adversarial`
 * section and the unit tests that feed them to the engine.
 */
import nameData from '../../rules/data/namen.json';
import { frontDecode } from '../../rules/front-coding';
import { CLEAN_SENTENCES, textOf } from './texts';

export interface AdversarialInput {
  name: string;
  text: string;
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Many different first names in a row: every one a candidate reference. */
function manyNames(length: number): string {
  const names = [...frontDecode(nameData.firstNames)].map((name) => name[0]!.toUpperCase() + name.slice(1));
  let text = '';
  for (let i = 0; text.length < length; i++) text += names[i % names.length] + ' ';
  return text.slice(0, length);
}

/** Words that are all different, each with a mask, with a space cut into it, or glued to the next: none is met twice, so no cache helps. */
function distinctWords(length: number, shape: (word: string) => string): string {
  let text = '';
  for (let i = 0; text.length < length; i++) {
    let word = '';
    for (let n = i + 17_576; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
    text += shape(word);
  }
  return text.slice(0, length);
}

/** Reversed on screen by a right-to-left override: displayed, it reads as the insult. */
const RTL_REVERSED = '\u202E' + [...'jij bent een kankerlijer'].reverse().join('') + '\u202C\n';

export function adversarialInputs(length: number): AdversarialInput[] {
  const shapes: Array<[string, string]> = [
    ['bsn-herhaald', '111222333 '],
    ['ga-dood', 'ga dood '],
    // Someone of a match in a clause without end: the threat path's verb search must not run per word.
    ['keeper-dood', 'de keeper ga dood '],
    ['ik-maak-je-af', 'ik maak je af '],
    ['wachtwoord', 'wachtwoord: abc123 '],
    ['straat-apostrof', "a'"],
    ['adres-herhaald', "a' straat 1 "],
    ['titel-partikel', 'juf van '],
    ['vermeldingen', '@daan_08 '],
    ['cijfer-letter', 'a1'],
    ['hangul', '가나다 '],
    ['combinerende-accenten', 'k\u0308a\u0308n\u0308k\u0308e\u0308r\u0308 '],
    ['gespatieerd', 'i k  m a a k  j e  a f  '],
    ['punten', 'k.a.n.k.e.r '],
    ['emoji-tussen-letters', 'k😀a😀n😀k😀e😀r '],
    ['rtl-omgekeerd', RTL_REVERSED],
    ['nadruk-in-woord', 'k**ankerlije**r '],
    ['lookalike-bsn', 'l1l22Z333 '],
    ['regeleinde-in-woord', 'kan\nker '],
    ['een-lang-woord', 'a'],
    ['leestekens', '!?.,;:'],
    ['gemaskeerd', 'k*nk*r '],
    ['zinnen-zonder-punt', 'en ik zei dat hij zei dat zij zei '],
    // One clause without end: every "verhuizen" looks back for a group named before it.
    ['groep-mijden', 'sinds er polen wonen gaan wij verhuizen '],
    // Every attack quoted, with the writer's words beside it: each is asked whether it is mentioned, not used.
    ['geciteerd', 'hij riep "polen zijn parasieten" en \'ga dood\' naar me '],
    // One sentence without end, praise and a mild name again and again: is it said fondly? (asked once, not per word).
    ['lof-zonder-punt', 'jij sukkel bent zo lief en grappig en '],
    // A threat over a small thing done once more, laughed at, in one sentence without end: is a knife in it? (once per sentence).
    ['nog-een-keer', 'ik sla je als je nog 1x mijn chips pakt 😂 en '],
    // Rights denied with no sentence end: each clause looks a few words on for the demand, not to the end.
    ['rechten-zonder-punt', 'moslims mogen hier niet wonen en '],
    // Put-downs by shape, claims spoken of and soft closing lines with no sentence end: each reads a reach of words.
    ['kleineren-zonder-punt', 'je slaapt als een baby, jij bent niet slim maar wel lief, ik zou me schamen als ik zoiets zei, het idee dat ze lief zijn klopt, pas er goed op, '],
    // A condemnation and someone else's words beside every insult, no sentence end: whose voice each clause is, asked once per clause.
    ['afkeuring-zonder-punt', 'jij bent een vuile sukkel gemeld ze zeggen dat jij een slet bent en '],
    // Pictures held over someone and misfortune wished, again and again: each clause read once, the words around it a reach.
    ['drukmiddel-en-onheil', 'ik heb je foto als je me blokt krijgt de klas ze en hopelijk word je ziek en jij zit niet in de groep '],
    // History with a year, letting, a deadly place, harm planned and contact shunned, no sentence end: each sentence's
    // year and warning are read once, each clause a reach of words (a per-clause look to the sentence end was quadratic).
    ['geschiedenis-en-middelen', 'in 1942 werden ze weggevoerd en laat maar zitten en ga niet voor de trein liggen en ik zorg dat je nooit meer alleen hoeft te lopen en wie met Daan praat is ook welkom en '],
    // A split verb form in every unit of one endless clause ("… dan wat jij maakt"), a no and going on anyway, a refusal
    // if someone comes, a group and its name side by side: each verb's particle is read near it (a look over the whole
    // clause for every verb form was quadratic).
    ['werkwoord-en-weigering', 'mijn zusje van zeven tekent betere dingen dan wat jij maakt en je zei nee maar ik vraag het nog een keer en als jij komt ga ik niet en polen, een plaag, '],
    // This session's readings from parts, in one unending clause: regard withheld and sweeping claims (regard.ts), a
    // group beside a mock (sarcastic-pairing.ts), harm cheered and persecution denied (glorified.ts).
    ['waardering-spot-en-verheerlijking', 'ik heb geen respect voor moslims en geen enkele vrouw is slim en Turken en haha en walgelijk hoe homo en jammer dat niet vergast en holocaust nooit gebeurd en eindelijk moskee in de fik mooi zo en een goede Pool is een '],
    // Ability and worth denied (ability-denied.ts), in one unending clause with its guards (help, "nog", a condition) between.
    ['kunnen-en-waarde-ontzegd', 'jij snapt het toch nooit maar ik help je en vluchtelingen snappen er niks van en dat red jij nooit nooit en hij kan niet eens lopen en jouw mening telt niet en jij en rekenen haha en kruip terug in je hoekje en als je niet oefent leer je het nooit en wie denk jij wel dat je bent en '],
    // Signs of a veiled threat spread over short sentences (menace.ts: each sentence read with its neighbours only), a lie
    // to keep someone out and the question why they are still there (kept-out.ts, exclusion.ts), and the same in English.
    ['tekens-leugen-en-nog-hier', 'je loopt elke woensdag om half zes langs de vijver. interessant. zeg tegen Sanne dat het niet doorgaat wij gaan gewoon. waarom zit jij nog in de groep. you walk your dog every evening. see you monday 🙂 '],
    // Stalking's shapes in one unending clause, in both languages (stalking.ts: bounded gaps, each sentence read with the
    // next only): a routine, a count, a block, a door, a life gathered.
    ['stalken-zonder-punt', 'ik weet dat je elke dinsdag traint en ik heb je twintig keer gebeld en je hebt me geblokkeerd dus een nieuw account en dan sta ik bij jouw deur en je oude school gevonden en drove past your house and i know you work on thursdays and '],
  ];
  const inputs = shapes.map(([name, unit]) => ({ name, text: repeatTo(unit, length) }));
  inputs.push({ name: 'straat-na-apostrofs', text: repeatTo("a'", length - 9) + ' straat 1' });
  inputs.push({ name: 'veel-namen', text: manyNames(length) });
  inputs.push({ name: 'unieke-maskers', text: distinctWords(length, (word) => word.slice(0, 2) + '**' + word.slice(2) + ' ') });
  inputs.push({ name: 'unieke-halve-woorden', text: distinctWords(length, (word) => word.slice(0, 2) + ' ' + word.slice(2) + ' ') });
  inputs.push({ name: 'unieke-aaneen', text: distinctWords(length, (word) => word + 'zijn') + ' ' });
  return inputs;
}

/** Ordinary Dutch posts, repeated: what the adversarial rows are compared with. */
export function normalText(length: number): string {
  return textOf(CLEAN_SENTENCES, length);
}

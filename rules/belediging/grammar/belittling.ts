import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { type Attack, type Reading, hasAnyFrom, hasWords, NO_FRAMES } from './reading';

/**
 * Belittling without a word of abuse, by its shape, per sentence:
 * - someone said to think they are good at something ("bro denkt dat ie kan zingen 😭", "Kevin denkt echt dat hij
 *   een rapper is"): the writer's own guess ("ik denk dat hij ziek is") or a plan ("Sem denkt dat hij morgen kan
 *   komen") is no mockery;
 * - praise made small by who it is for ("mooi voor iemand zoals jij", "niet slecht voor jouw doen", "best goed voor
 *   iemand die nooit leest");
 * - praise taken back in a pity that puts the person or their work down ("Leuk dat je je best doet. Jammer dat het
 *   nooit ergens op lijkt", "mooie presentatie, jammer dat niemand het snapte"); a pity about the weather or the
 *   beamer is none.
 * Not in a report, a story, a match or a denial.
 */

/** What someone may be said to think they are: good, liked, gifted, or one who performs. */
const FANCIED = new Set(['populair', 'grappig', 'cool', 'knap', 'slim', 'mooi', 'geweldig', 'beroemd', 'stoer', 'interessant', 'belangrijk', 'rapper', 'zanger', 'zangeres', 'influencer', 'model', 'messi', 'ronaldo', 'artiest', 'danser', 'danseres', 'gangster', 'baas', 'legend', 'cute', 'hot', 'lekker', 'tof', 'speciaal', 'iemand', 'beter']);
/** What someone may be said to think they can do. */
const CAN = new Set(['kan', 'kon']);
const NOT_A_QUALITY = new Set(['eerlijk', 'gelukkig', 'makkelijk', 'prima', 'welkom', 'ontspannen']);
const THINKS = new Set(['denkt', 'dacht', 'denken', 'gelooft', 'vindt']);
const THEY = new Set(['ie', 'hij', 'ze', 'zij', 'die', 'je', 'jij']);
/** Between "denkt" and "dat": "denkt echt", "denkt serieus", "denkt nog steeds". */
const THINK_FILLERS = new Set(['echt', 'serieus', 'nog', 'steeds', 'zeker', 'gewoon', 'oprecht', 'letterlijk', 'gwn', 'wss', 'blijkbaar', 'nou']);
/** The writer guessing, not mocking: "ik denk dat …", "we denken dat …". */
const WRITER = new Set(['ik', 'k', 'we', 'wij', 'mama', 'mam', 'papa', 'pap', 'juf', 'meester', 'mentor', 'dokter', 'arts']);
const THINK_REACH = 7;
/** How far before a pity the praise it takes back may stand, in words. */
const PRAISE_REACH = 30;

/** "voor iemand zoals jij", "voor jouw doen", "voor je doen", "voor iemand als jij". */
const FOR_SOMEONE_LIKE = [
  ['iemand', 'zoals', 'jij'],
  ['iemand', 'als', 'jij'],
  ['jouw', 'doen'],
  ['je', 'doen'],
  ['haar', 'doen'],
  ['zijn', 'doen'],
];
const GOOD = new Set(['goed', 'mooi', 'knap', 'leuk', 'netjes', 'slim', 'sterk', 'best', 'prima']);
/** A pity that takes praise back puts the person or the work down by these. */
const PUT_DOWNS = ['neg_sterk', 'neg_mild', 'scheldnaam', 'kleinering'] as const;
const NOTHING = new Set(['nooit', 'niemand', 'niks', 'niets', 'nergens']);

export function belittling(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, sentenceStart, frames, targets } = read;
  const readings = classes.readings;
  const end = doc.tokens.length;
  const span = (first: number, last: number): PhraseMatch => ({ firstToken: first, lastToken: Math.min(last, end - 1) }) as PhraseMatch;
  for (let sentence = 0; sentence < sentenceStart.length; sentence++) {
    const from = sentenceStart[sentence]!;
    const to = sentenceStart[sentence + 1] ?? end;
    const frame = frames.get(sentence) ?? NO_FRAMES;
    if (frame.has('nieuws') || frame.has('sport') || frame.has('citaat')) continue;
    // "hij is niet zo snugger": "is niet zo" reads as a denial ("dat is niet zo"), but here it denies a gift.
    if (frame.has('tegenspraak')) {
      for (let i = from; i < to; i++) {
        const put = notTheBrightest(i, from, to);
        if (put) return report('kleineren', span(put[0], put[1]));
      }
      continue;
    }
    for (let i = from; i < to; i++) {
      const word = readings[i]!;
      // "mijn hond denkt dat hij een mens is": an animal thinking is a joke about the animal.
      if (THINKS.has(word) && !WRITER.has(readings[i - 1] ?? '') && !classes.at('dier', i - 1) && !classes.first('negatie', from, to)) {
        let k = i + 1;
        while (k < to && THINK_FILLERS.has(readings[k]!)) k++;
        const fancied = readings[k] === 'dat' && THEY.has(readings[k + 1] ?? '') ? fancies(k + 2, Math.min(to, k + 2 + THINK_REACH)) : -1;
        if (fancied >= 0) {
          report('kleineren', span(i, fancied));
          return;
        }
      }
      if (word === 'voor' && (GOOD.has(readings[i - 1] ?? '') || classes.at('positief', i - 1) || (readings[i - 1] === 'slecht' && readings[i - 2] === 'niet'))) {
        if (FOR_SOMEONE_LIKE.some((phrase) => phrase.every((part, offset) => readings[i + 1 + offset] === part))) {
          report('kleineren', span(i - 1, i + 3));
          return;
        }
        // "best goed voor iemand die nooit leest": praise made small by a lack; not progress ("die vorig jaar nog bang was").
        if (readings[i + 1] === 'iemand' && readings[i + 2] === 'die') {
          const lack = Math.min(to, i + 3 + THINK_REACH);
          if (hasAnyFrom(readings, i + 3, lack, LACKING) && !hasAnyFrom(readings, i + 3, lack, PROGRESS)) {
            report('kleineren', span(i - 1, lack - 1));
            return;
          }
        }
      }
      if (word === 'jammer' && readings[i + 1] === 'dat' && praisedBefore(Math.max(sentenceStart[Math.max(0, sentence - 1)]!, i - PRAISE_REACH), i)) {
        const pityTo = Math.min(to, i + 2 + THINK_REACH * 2);
        if (PUT_DOWNS.some((name) => classes.first(name, i + 2, pityTo)) || hasAnyFrom(readings, i + 2, pityTo, NOTHING)) {
          report('kleineren', span(i, pityTo - 1));
          return;
        }
      }
      const put = likenedToAToddler(i, from, to) ?? notTheBrightest(i, from, to) ?? ashamedInTheirPlace(i, from, to) ?? toddlerDidBetter(i, to) ?? howDoesItFeel(i, to);
      if (put) {
        report('kleineren', span(put[0], put[1]));
        return;
      }
    }
  }

  /** Someone addressed or named before `at` in the sentence (not the writer). */
  function someoneBefore(from: number, at: number): boolean {
    for (let k = from; k < at; k++) if (targets[k]?.type === 'jij' || targets[k]?.type === 'naam' || targets[k]?.type === 'derde') return true;
    return false;
  }

  /** "je huilt als een baby", "jij bent net een kleuter": not "je slaapt als een baby". */
  function likenedToAToddler(at: number, from: number, to: number): [number, number] | undefined {
    // "als een baby", "zoals een kleuter", "bent net een kleuter"; not "als baby" (as a baby) or "hebben net een baby gekregen".
    const likened = (readings[at] === 'als' || readings[at] === 'zoals' || (readings[at] === 'net' && COPULAS.has(readings[at - 1] ?? ''))) && (readings[at + 1] === 'een' || readings[at + 1] === 'n');
    // Within a reach of words: a paste of one endless sentence must not be read back to its start for every "als".
    const near = Math.max(from, at - THINK_REACH * 2);
    if (!likened || at + 2 >= to || !classes.at('klein_kind', at + 2) || !someoneBefore(near, at) || hasAnyFrom(readings, near, at, SLEEPING)) return undefined;
    return [at, at + 2];
  }

  /**
   * Praise denied to someone: "je bent echt niet de slimste", "hij is niet zo snugger", "de minst grappige persoon";
   * not the writer of themself, and not when a "maar wel" gives the good side ("niet de slimste, maar wel de liefste").
   */
  function notTheBrightest(at: number, from: number, to: number): [number, number] | undefined {
    const word = readings[at]!;
    if (word !== 'minst' && word !== 'niet' && word !== 'nie') return undefined;
    // The copula, with fillers (and an inverted "jij") between it and "niet" or "minst" ("ben jij echt de minst …").
    // Said of a person: "jij bent", "ben jij", "Sanne is"; not "het is niet grappig", nor a rebuke to "jullie".
    const person = (k: number) => (targets[k]?.type === 'jij' || targets[k]?.type === 'naam' || targets[k]?.type === 'derde') && readings[k] !== 'jullie' && readings[k] !== 'ze';
    let copula = at - 1;
    while (copula > from && copula >= at - 4 && (LITOTES_FILLERS.has(readings[copula]!) || (person(copula) && COPULAS.has(readings[copula - 1] ?? '')))) copula--;
    if (!COPULAS.has(readings[copula] ?? '') || (word !== 'minst' && copula < at - 3)) return undefined;
    if (!person(copula - 1) && !person(copula + 1)) return undefined;
    let quality = at + 1;
    if (word !== 'minst') while (quality < to && quality <= at + 3 && LITOTES_FILLERS.has(readings[quality]!)) quality++;
    if (!QUALITIES.has(stem(readings[quality] ?? '')) || hasWords(readings, quality + 1, Math.min(to, quality + THINK_REACH * 2), ['maar', 'wel'])) return undefined;
    return [at, quality];
  }

  /** "ik zou me kapot schamen als ik jouw rapport had", "als ik jou was zou ik me schamen". */
  function ashamedInTheirPlace(at: number, from: number, to: number): [number, number] | undefined {
    // The writer ("ik zou me …") ashamed of what is yours; not a company told it should be ashamed.
    if (!SHAME.has(readings[at]!)) return undefined;
    const near = Math.max(from, at - THINK_REACH * 2);
    const far = Math.min(to, at + THINK_REACH * 2);
    if (!hasAnyFrom(readings, near, far, WOULD) || !hasAnyFrom(readings, near, far, YOURS) || !hasAnyFrom(readings, near, at, WRITER_ASHAMED)) return undefined;
    return [at, at];
  }

  /** "een peuter had dit beter getekend", "zelfs een kleuter kan dit": a toddler, an animal or a thing would do it better. */
  function toddlerDidBetter(at: number, to: number): [number, number] | undefined {
    if (!(classes.at('klein_kind', at) || classes.at('dier', at) || classes.at('vergelijk_ding', at))) return undefined;
    // "mijn broertje van 6 kan …", "een kleuter van vier jaar had …": an age between makes the joke, not another sentence.
    const verb = readings[at + 1] === 'van' && AGE.test(readings[at + 2] ?? '') ? at + (readings[at + 3] === 'jaar' ? 4 : 3) : at + 1;
    const had = readings[verb] === 'had' && THIS.has(readings[verb + 1] ?? '') && readings[verb + 2] === 'beter';
    const even = readings[at - 1] === 'zelfs' || readings[at - 2] === 'zelfs' || readings[at - 3] === 'zelfs';
    const can = even && CAN_DO.has(readings[verb] ?? '') && THIS.has(readings[verb + 1] ?? '');
    if ((!had && !can) || hasWords(readings, at, to, ['dan'])) return undefined;
    return [at, Math.min(to - 1, verb + 2)];
  }

  /**
   * A question that asks how it feels to be the one left over: "hoe voelt het om altijd als laatste gekozen te worden",
   * "hoe is het om 15 te zijn en nog steeds door mama gebracht te worden". Not how it feels to be done or abroad.
   */
  function howDoesItFeel(at: number, to: number): [number, number] | undefined {
    if (readings[at] !== 'hoe' || !FEELS.has(readings[at + 1] ?? '') || readings[at + 2] !== 'het') return undefined;
    let om = at + 3;
    while (om < at + 5 && QUESTION_FILLERS.has(readings[om] ?? '')) om++;
    if (readings[om] !== 'om') return undefined;
    const end = Math.min(to, om + THINK_REACH * 2);
    // "Geniet ervan!", "ik help je wel": asked kindly.
    if (classes.first('positief', at, Math.min(readings.length, end + THINK_REACH)) || classes.first('genegenheid', at, Math.min(readings.length, end + THINK_REACH)) || hasAnyFrom(readings, om, Math.min(readings.length, end + THINK_REACH), HELPING)) return undefined;
    for (let k = om + 1; k < end; k++) {
      // "als laatste gekozen", "de laatste te zijn"; not "de laatste schooldag".
      const last = readings[k] === 'laatste' && (readings[k - 1] === 'als' || LAST_ONE_AFTER.has(readings[k + 1] ?? ''));
      if (last || LEFT_OVER.has(readings[k]!) || (readings[k] === 'nog' && readings[k + 1] === 'steeds') || (readings[k] === 'geen' && readings[k + 1] === 'vrienden')) return [at, k];
    }
    return undefined;
  }

  /** "kan zingen", "populair is", "een rapper is": where a quality or a gift stands within [from, to); -1 if none. */
  function fancies(from: number, to: number): number {
    for (let k = from; k < to; k++) {
      const word = readings[k]!;
      // "eerlijk gezegd", "gelukkig": a good word that says nothing of the one who thinks.
      if (FANCIED.has(word) || (classes.at('positief', k) && !NOT_A_QUALITY.has(word))) return k;
      // "kan zingen", "kan dansen": a gift; "kan komen", "kan blijven" are plans.
      if (CAN.has(word) && readings[k + 1] && GIFTS.test(readings[k + 1]!)) return k + 1;
    }
    return -1;
  }

  /** Praise for someone addressed or named before the pity: "leuk dat je …", "mooie presentatie, …", "knap hoor Daan". */
  function praisedBefore(from: number, to: number): boolean {
    let praised = false;
    let someone = false;
    for (let k = from; k < to; k++) {
      if (GOOD.has(readings[k]!) || classes.at('positief', k) || readings[k] === 'top') praised = true;
      if (targets[k]?.type === 'jij' || targets[k]?.type === 'naam' || targets[k]?.type === 'derde') someone = true;
    }
    return praised && (someone || hasAnyFrom(readings, to, Math.min(readings.length, to + THINK_REACH * 2), YOU));
  }
}
const FEELS = new Set(['voelt', 'is', 'was', 'voelde']);
const HELPING = new Set(['help', 'helpen', 'geniet', 'genieten']);
const LAST_ONE_AFTER = new Set(['te', 'die', 'zijn', 'gekozen', 'bent', 'wordt']);
const QUESTION_FILLERS = new Set(['eigenlijk', 'nou', 'toch', 'dan', 'eigelijk']);
/** The one left over: picked last, the reserve, the least, the one nobody wants. */
const LEFT_OVER = new Set(['reserve', 'minst', 'niemand', 'buitengesloten', 'gepest', 'uitgelachen', 'genegeerd']);
const GIFTS = /(?:zingen|dansen|rappen|voetballen|tekenen|schrijven|koken|acteren|gamen|flirten|zwemmen|rijden)$/;
const YOU = new Set(['je', 'jij', 'jou', 'jouw', 'jijzelf', 'jezelf']);
const SLEEPING = new Set(['slaap', 'slaapt', 'sliep', 'sliepen', 'slapen', 'geslapen', 'voel', 'voelde']);
const COPULAS = new Set(['ben', 'bent', 'is', 'zijt', 'was', 'lijkt', 'lijk', 'word', 'wordt']);
/** Between the copula and "niet", and between "niet" and the quality: "je bent echt niet zo snugger". */
const LITOTES_FILLERS = new Set(['echt', 'gewoon', 'gwn', 'nou', 'toch', 'ook', 'bepaald', 'zo', 'erg', 'heel', 'super', 'bijster', 'de', 'het', 'al', 'te', 'bepaalt', 'egt', 'ech']);
/** Gifts of mind, wit and looks whose denial is a put-down ("niet de slimste"); read without "-e" or "-ste". */
const QUALITIES = new Set(['slim', 'snugger', 'intelligent', 'scherp', 'helder', 'pienter', 'knap', 'mooi', 'grappig', 'interessant', 'snel', 'wijs', 'handig', 'populair']);
/** "slimste" → "slim", "grappige" → "grappig", "snuggere" → "snugger". */
function stem(word: string): string {
  if (word.endsWith('ste')) return undouble(word.slice(0, -3));
  if (word.endsWith('e')) return undouble(word.slice(0, -1));
  return word;
}
/** "knappe" → "knap", "slimme" → "slim", "snelle" → "snel". */
function undouble(word: string): string {
  return word.length > 2 && word.at(-1) === word.at(-2) ? word.slice(0, -1) : word;
}
const SHAME = new Set(['schamen', 'schaam', 'schaamde']);
const WOULD = new Set(['zou', 'zouden', 'zal']);
const YOURS = new Set(['jou', 'jouw']);
const WRITER_ASHAMED = new Set(['me', 'mij', 'ik', 'k']);
const THIS = new Set(['dit', 'dat', 'het']);
/** What someone is said to lack or never do ("voor iemand die nooit leest", "… die niks kan"). */
const LACKING = new Set(['nooit', 'niks', 'niets', 'geen', 'niet']);
/** Progress, not a lack: "voor iemand die vorig jaar nog bang was", "die net begonnen is". */
const PROGRESS = new Set(['nog', 'vorig', 'vorige', 'net', 'pas', 'eerst', 'begonnen', 'begon']);
/** An age in digits or words: "van 6", "van zes". */
const AGE = /^(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tachtig|negentig)$/;
const CAN_DO = new Set(['kan', 'kon', 'doet', 'deed', 'snapt', 'snapte', 'begrijpt']);

import data from '../data/vertrouwelijk.json';
import type { Rule } from '../types';

const EXAM = new Set(data.examWords);
const LEAK = new Set(data.leakWords);
/** Leaking on its own: a photo of the test, "uitgelekt". Other leak words need answers or questions nearby. */
const STRONG_LEAK = new Set(data.strongLeakWords);
/** Checking one's own work with the answers the teacher gave is no leak. */
const NOT_LEAK = new Set(data.notLeakWords);
/** Answers or questions, in words of their own (English); the Dutch ones are compounds, met by their parts below. */
const ANSWERS = new Set(data.answerWords);
const isAnswers = (word: string) => word.startsWith('antwoord') || word.endsWith('vragen') || word === 'uitwerkingen' || ANSWERS.has(word);
const WINDOW = 4;

/** Test and exam content shared or offered: "wie heeft de antwoorden van het proefwerk?", "SE gelekt", "the exam leaked". */
const rule: Rule = {
  meta: {
    id: 'toetslek',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '002 A.3',
    description: 'Test and exam questions or answers being shared, offered or leaked.',
    messages: {
      lek: 'Dit lijkt op het delen van toets- of examenvragen of antwoorden. Dat is niet eerlijk en kan flinke gevolgen hebben.',
    },
  },
  check(doc, context, report) {
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!EXAM.has(tokens[i]!.folded) || answersAsVerb(doc, i) || englishSo(doc, i)) continue;
      // Answers or questions of a test, near a leak verb: "antwoorden van het proefwerk", "stuur de toetsvragen".
      const from = Math.max(0, i - WINDOW);
      const to = Math.min(tokens.length - 1, i + WINDOW);
      let leak = -1;
      let strong = false;
      let innocent = false;
      let answers = isAnswers(tokens[i]!.folded) || tokens[i]!.folded.includes('vragen');
      for (let k = from; k <= to; k++) {
        if (k === i) continue;
        const word = tokens[k]!.folded;
        if (LEAK.has(word) || STRONG_LEAK.has(word)) leak = k;
        if (STRONG_LEAK.has(word)) strong = true;
        if (NOT_LEAK.has(word)) innocent = true;
        if (isAnswers(word)) answers = true;
      }
      if (leak === -1 || innocent || !(answers || strong)) continue;
      const first = Math.min(i, leak);
      const last = Math.max(i, leak);
      report({
        messageId: 'lek',
        start: tokens[first]!.start,
        end: tokens[last]!.end,
        severity: context.role === 'medewerker' ? 'ernstig' : 'waarschuwing',
      });
      i = last;
    }
  },
};

/** Words English puts right after "so" ("so cute", "so much fun"); a Dutch SO is followed by a subject or a verb. */
const ENGLISH_AFTER_SO = new Set(['cute', 'much', 'many', 'funny', 'fun', 'good', 'bad', 'nice', 'happy', 'sad', 'proud', 'sorry', 'excited', 'cool', 'pretty', 'beautiful', 'gorgeous', 'hot', 'lucky', 'tired', 'bored', 'boring', 'weird', 'true', 'glad', 'hard', 'easy', 'annoying', 'jealous', 'stupid', 'dumb', 'cringe', 'late', 'far', 'long', 'big', 'small', 'real', 'ugly', 'mad', 'angry', 'scared', 'random', 'extra', 'ready', 'close', 'sweet', 'kind', 'lovely', 'amazing', 'awesome', 'great', 'hyped', 'done', 'sick', 'fast', 'slow', 'loud', 'quiet', 'smart', 'that', 'what', 'yeah', 'i', 'we', 'you', 'u']);
/** English words before "so" ("it's so", "you look so"). */
const ENGLISH_BEFORE_SO = new Set(['are', 'was', 'were', 'look', 'looks', 'looked', 'feel', 'feels', 'sound', 'sounds', 'im', "i'm", 'its', "it's", 'thats', "that's", 'youre', "you're", 'ur', 'so', 'and', 'just', 'not', 'really', 'soooo']);
/** "so cute", "your photo is so nice": the English word, not a schriftelijke overhoring ("bio so is gelekt", "de so"). */
function englishSo(doc: Parameters<Rule['check']>[0], at: number): boolean {
  const tokens = doc.tokens;
  if (tokens[at]!.folded !== 'so' || doc.text.slice(tokens[at]!.start, tokens[at]!.end) === 'SO') return false;
  return ENGLISH_AFTER_SO.has(tokens[at + 1]?.folded ?? '') || ENGLISH_BEFORE_SO.has(tokens[at - 1]?.folded ?? '');
}

/** "de antwoorden op het proefwerk", "wie wil de antwoorden?": the noun. */
const NOUN_DETERMINERS = new Set(['de', 'die', 'deze', 'alle', 'mijn', 'jouw', 'zijn', 'haar', 'onze', 'hun', 'welke', 'wat', 'paar', 'goede', 'juiste']);
const AUXILIARIES = new Set(['zal', 'zullen', 'ga', 'gaat', 'gaan', 'moet', 'moeten', 'wil', 'wilt', 'willen', 'kan', 'kun', 'kunt', 'kunnen', 'zou', 'zouden', 'mag', 'mogen', 'durf', 'hoef', 'hoeft']);
/**
 * "ik zal je morgen antwoorden", "je moet antwoorden op de mail": "antwoorden" the verb, to reply. Followed by "op" or
 * "dat", after "te", or closing its clause after an auxiliary verb; never after a determiner ("de antwoorden op het
 * proefwerk"); "wil je antwoorden sturen?" keeps the noun.
 */
function answersAsVerb(doc: Parameters<Rule['check']>[0], at: number): boolean {
  const tokens = doc.tokens;
  if (tokens[at]!.folded !== 'antwoorden' || NOUN_DETERMINERS.has(tokens[at - 1]?.folded ?? '')) return false;
  const next = tokens[at + 1];
  if (tokens[at - 1]?.folded === 'te' || next?.folded === 'op' || next?.folded === 'dat') return true;
  if (next && !next.sentenceStart && !/[,;:!?.]/.test(doc.text.slice(tokens[at]!.end, next.start))) return false;
  for (let k = at - 1; k >= Math.max(0, at - 6) && !tokens[k + 1]!.sentenceStart; k--) if (AUXILIARIES.has(tokens[k]!.folded)) return true;
  return false;
}
export default rule;

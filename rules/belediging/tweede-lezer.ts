import type { Rule } from '../types';
import { readsAsAbuse } from './second-reader';

/**
 * The second reader (second-reader.ts) over each sentence: a sentence it takes for abuse is reported. A second
 * opinion: where another abuse rule already reported, it says nothing. (Reading two sentences together as well
 * found one line more in the tuning sets, at twice the cost: left out.)
 */
/** The longest sentence read, in words: the training lines have at most a few dozen. */
const MAX_SENTENCE_WORDS = 150;

const tweedeLezer: Rule = {
  meta: {
    id: 'tweede-lezer',
    category: 'belediging',
    severity: 'waarschuwing',
    protocolRef: '002 A.10',
    description: 'A small model trained on the own corpora reads what the word lists and grammar miss (new insults, veiled threats, body shaming); a second opinion only.',
    secondOpinion: true,
    messages: {
      lijktKwetsend: 'Dit lijkt op berichten die iemand kwetsen, bang maken of buitensluiten. Lees het nog eens rustig: bedoel je het zo?',
    },
  },
  check(doc, _context, report) {
    const tokens = doc.tokens;
    const starts: number[] = [];
    for (let index = 0; index < tokens.length; index++) if (index === 0 || tokens[index]!.sentenceStart) starts.push(index);
    starts.push(tokens.length);
    const sentences = starts.length - 1;
    for (let index = 0; index < sentences; index++) {
      const from = starts[index]!;
      const to = starts[index + 1]!;
      // A run of hundreds of words without a stop is no sentence the reader learnt from (a pasted wall): the rules read it.
      if (to - from > MAX_SENTENCE_WORDS) continue;
      // The sentences before and after frame it: "Vieze homo! Dat riepen ze me na." is a report.
      const frame = { frameFrom: starts[Math.max(0, index - 1)]!, frameTo: starts[Math.min(sentences, index + 2)]! };
      if (readsAsAbuse(doc, from, to, frame)) report({ messageId: 'lijktKwetsend', start: tokens[from]!.start, end: tokens[to - 1]!.end });
    }
  },
};

export default tweedeLezer;

import type { Rule } from '../types';
import { postReadAsAbuse, sentencesReadAsAbuse } from './second-reader';

/**
 * The second reader (second-reader.ts) over each sentence: a sentence it takes for abuse is reported; when none is,
 * the post read as a whole, as the reader learnt (see postReadAsAbuse). A second opinion: where another abuse rule
 * already reported, it says nothing. (Reading two sentences together, at the sentence threshold, found one line more
 * in the tuning sets at twice the cost: left out.)
 */
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
    // A post of one sentence is that sentence: the post reading, never stricter, reads it once (most posts).
    const oneSentence = !tokens.some((token, index) => index > 0 && token.sentenceStart);
    const sentences = oneSentence ? [] : sentencesReadAsAbuse(doc);
    for (const [from, to] of sentences) report({ messageId: 'lijktKwetsend', start: tokens[from]!.start, end: tokens[to - 1]!.end });
    if (sentences.length === 0 && tokens.length > 0 && postReadAsAbuse(doc)) report({ messageId: 'lijktKwetsend', start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end });
  },
};

export default tweedeLezer;

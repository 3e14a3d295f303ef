import type { Rule } from '../types';
import { sentencesReadAsAbuse } from './second-reader';

/**
 * The second reader (second-reader.ts) over each sentence: a sentence it takes for abuse is reported. A second
 * opinion: where another abuse rule already reported, it says nothing. (Reading two sentences together as well
 * found one line more in the tuning sets, at twice the cost: left out.)
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
    for (const [from, to] of sentencesReadAsAbuse(doc)) report({ messageId: 'lijktKwetsend', start: tokens[from]!.start, end: tokens[to - 1]!.end });
  },
};

export default tweedeLezer;

import data from '../data/vertrouwelijk.json';
import type { Rule } from '../types';
import { precededBy } from './context-words';

const NUMBER_WORDS = new Set(data.studentNumberWords);
const NUMBER = /(?<![\w-])\d{5,10}(?![\w-])/g;
/** "leerling nummer is 117733": the word written in two. */
const SPLIT_NUMBER_WORD = /(?:leerling|student|onderwijs)\s+(?:nr|nummer)\b[^\d]{0,30}$/i;

/** Student and education numbers ("leerlingnummer 123456", "onderwijsnummer"). */
const rule: Rule = {
  meta: {
    id: 'leerlingnummer',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '002 C.1',
    description: 'Student numbers and education numbers, in context.',
    messages: {
      nummer: 'Dit lijkt een leerling- of onderwijsnummer. Daarmee kan iemand bij gegevens van school.',
    },
  },
  check(doc, _context, report) {
    if (!doc.hasDigit) return;
    for (const match of doc.text.matchAll(NUMBER)) {
      const before = doc.text.slice(Math.max(0, match.index - 45), match.index);
      if (!precededBy(doc, match.index, NUMBER_WORDS, 5) && !SPLIT_NUMBER_WORD.test(before)) continue;
      report({ messageId: 'nummer', start: match.index, end: match.index + match[0].length });
    }
  },
};
export default rule;

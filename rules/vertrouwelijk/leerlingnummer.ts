import data from '../data/vertrouwelijk.json';
import type { Rule } from '../types';
import { precededBy } from './context-words';

const NUMBER_WORDS = new Set(data.studentNumberWords);
const NUMBER = /(?<![\w-])\d{5,10}(?![\w-])/g;

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
      if (!precededBy(doc, match.index, NUMBER_WORDS, 3)) continue;
      report({ messageId: 'nummer', start: match.index, end: match.index + match[0].length });
    }
  },
};
export default rule;

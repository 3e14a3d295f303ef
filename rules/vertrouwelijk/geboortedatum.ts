import data from '../data/vertrouwelijk.json';
import type { Rule } from '../types';
import { precededBy } from './context-words';

const BIRTH_WORDS = new Set(data.birthWords);
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
/** A full date with a year: 12-03-2010, 12/3/2010, 12 maart 2010. */
const DATE = new RegExp(String.raw`(?<![\d/-])(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|\d{1,2}\s+(?:${MONTHS})\.?\s+(?:19|20)\d{2})(?![\d])`, 'gi');

/** Dates of birth: a full date near "geboren", "geb.", "geboortedatum", "verjaardag". */
const rule: Rule = {
  meta: {
    id: 'geboortedatum',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '004 §1.3',
    description: 'A full date of birth, in context (geboren op, geb., geboortedatum).',
    messages: {
      geboren: 'Dit lijkt een geboortedatum. Met naam en geboortedatum kan iemand zich voor een ander uitgeven.',
    },
  },
  check(doc, _context, report) {
    if (!doc.hasDigit) return;
    for (const match of doc.text.matchAll(DATE)) {
      if (!precededBy(doc, match.index, BIRTH_WORDS, 4)) continue;
      report({ messageId: 'geboren', start: match.index, end: match.index + match[0].length });
    }
  },
};
export default rule;

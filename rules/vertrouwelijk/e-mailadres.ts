import data from '../data/vertrouwelijk.json';
import type { Rule } from '../types';
import { reportContactDetail } from './context-words';

const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w-])/g;
const OWN = new Set(data.ownMarkers);

/** E-mail addresses: someone else's is personal data; one's own is a reminder. */
const rule: Rule = {
  meta: {
    id: 'e-mailadres',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '004 §1.3',
    description: 'E-mail addresses; the writer\'s own ("mail me op") only as a reminder.',
    messages: {
      eigen: 'Je deelt je eigen e-mailadres. Iedereen die dit ziet, kan je dan mailen.',
      ander: 'Dit lijkt een e-mailadres. Deel het adres van iemand anders alleen als diegene dat goed vindt.',
    },
  },
  check(doc, _context, report) {
    if (!doc.text.includes('@')) return;
    for (const match of doc.text.matchAll(EMAIL)) {
      reportContactDetail(doc, match.index, match.index + match[0].length, OWN, report);
    }
  },
};
export default rule;

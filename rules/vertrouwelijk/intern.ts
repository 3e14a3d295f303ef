import data from '../data/vertrouwelijk.json';
import { PhraseSet } from '../phrases';
import type { Rule } from '../types';

const INTERNAL = new PhraseSet(data.internalPhrases);
const STAFF_MATTERS = new PhraseSet(data.staffMatters);

/** Internal school matters: "vertrouwelijk", "niet doorsturen", and staff matters (reorganisatie, salaris, notulen). */
const rule: Rule = {
  meta: {
    id: 'intern',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '001 medewerkers',
    description: 'Internal or confidential school matters; staff matters only count for staff, where they are serious.',
    messages: {
      intern: 'Dit lijkt vertrouwelijke of interne informatie. Wat intern is, hoort niet online.',
      personeel: 'Dit gaat over interne zaken van de school ({onderwerp}). Daar laat je je online niet over uit.',
    },
  },
  check(doc, context, report) {
    const staff = context.role === 'medewerker';
    for (const match of INTERNAL.find(doc)) {
      report({ messageId: 'intern', start: match.start, end: match.end, severity: staff ? 'ernstig' : 'waarschuwing' });
    }
    if (!staff) return;
    for (const match of STAFF_MATTERS.find(doc)) {
      report({
        messageId: 'personeel',
        start: match.start,
        end: match.end,
        severity: 'ernstig',
        data: { onderwerp: doc.text.slice(match.start, match.end) },
      });
    }
  },
};
export default rule;

import type { Rule } from '../types';

/** @handle as the three sites allow it; not an e-mail address (letters right before the @). */
const MENTION = /(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)/g;

const rule: Rule = {
  meta: {
    id: 'vermelding',
    category: 'personen',
    severity: 'info',
    protocolRef: '001 §2.2',
    description: '@mentions and tags of other people.',
    messages: {
      vermelding: 'Je noemt @{naam}. Vindt diegene het goed dat je over hem of haar schrijft?',
    },
  },
  check(doc, context, report) {
    if (!doc.text.includes('@')) return;
    for (const match of doc.text.matchAll(MENTION)) {
      report({
        messageId: 'vermelding',
        start: match.index,
        end: match.index + match[0].length,
        severity: context.role === 'medewerker' ? 'waarschuwing' : 'info',
        data: { naam: match[1]! },
      });
    }
  },
};
export default rule;

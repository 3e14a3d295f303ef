import type { Rule } from '../types';
import { personReferences } from './names';

const rule: Rule = {
  meta: {
    id: 'vermelding',
    category: 'personen',
    severity: 'info',
    protocolRef: '001 §2.2',
    description: '@mentions and tags of other people.',
    messages: {
      vermelding: 'Je noemt {naam}. Vindt diegene het goed dat je over hem of haar schrijft?',
      samen: 'Je noemt {naam} samen met iets kwetsends of iets privés. Dat kan diegene echt schaden.',
    },
    seriousWith: { categories: ['belediging'], ruleIds: ['gevoelige-feiten'], messageId: 'samen' },
  },
  check(doc, context, report) {
    if (!doc.text.includes('@')) return;
    for (const reference of personReferences(doc, context.school)) {
      if (reference.kind !== 'vermelding') continue;
      report({
        messageId: 'vermelding',
        start: reference.start,
        end: reference.end,
        severity: context.role === 'medewerker' ? 'waarschuwing' : 'info',
        data: { naam: doc.text.slice(reference.start, reference.end) },
      });
    }
  },
};
export default rule;

import type { Rule } from '../types';
import { personReferences } from './names';

/** A school title followed by a name: "meneer Jansen", "juf Sanne", "mevrouw van der Berg". */
const rule: Rule = {
  meta: {
    id: 'aanspreekvorm',
    category: 'personen',
    severity: 'info',
    protocolRef: '001 §2.2',
    description: 'Teachers and staff named with a title (meneer, mevrouw, juf, meester, dhr., mentor + name).',
    messages: {
      naam: 'Je noemt {naam} bij naam. Vindt diegene het goed dat dit online komt?',
      samen: 'Je noemt {naam} samen met iets kwetsends of iets privés. Dat kan diegene echt schaden.',
    },
    seriousWith: { categories: ['belediging'], ruleIds: ['gevoelige-feiten'], messageId: 'samen' },
  },
  check(doc, context, report) {
    for (const reference of personReferences(doc, context.school)) {
      if (reference.kind !== 'titel') continue;
      report({
        messageId: 'naam',
        start: reference.start,
        end: reference.end,
        severity: context.role === 'medewerker' ? 'waarschuwing' : 'info',
        data: { naam: doc.text.slice(reference.start, reference.end) },
      });
    }
  },
};
export default rule;

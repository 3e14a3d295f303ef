import type { Rule } from '../types';
import { reportReferences } from './names';

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
    reportReferences(doc, context, report, 'titel', 'naam');
  },
};
export default rule;

import type { Rule } from '../types';
import { reportReferences } from './names';

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
    reportReferences(doc, context, report, 'vermelding', 'vermelding');
  },
};
export default rule;

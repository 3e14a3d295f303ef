import rule from '../../../rules/vertrouwelijk/geboortedatum';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['De toets is op 12-03-2026', 'Geboren in 2010, dus ik word 16', 'Schoolreis 3 juni 2026'],
  invalid: [
    { text: 'Lisa is geboren op 12-03-2010', found: [{ fragment: '12-03-2010', messageId: 'geboren' }] },
    { text: 'geb. 3 maart 2009 in Ede', found: [{ fragment: '3 maart 2009', messageId: 'geboren' }] },
    { text: 'mijn geboortedatum: 1/4/2011', found: [{ fragment: '1/4/2011', messageId: 'geboren' }] },
  ],
});

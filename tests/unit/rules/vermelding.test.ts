import scheldwoorden from '../../../rules/belediging/scheldwoorden';
import rule from '../../../rules/personen/vermelding';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['Mail naar info@school.nl', 'We zien elkaar @ de kantine? nee', 'Geen namen hier'],
  invalid: [
    { text: 'haha @lisa_2008 kijk dit', found: [{ fragment: '@lisa_2008', messageId: 'vermelding', severity: 'info' }] },
    { text: '@daan.jansen en @mo', found: [{ fragment: '@daan.jansen', messageId: 'vermelding' }, { fragment: '@mo', messageId: 'vermelding' }] },
    { text: 'Zie @jan', role: 'medewerker', found: [{ fragment: '@jan', messageId: 'vermelding', severity: 'waarschuwing' }] },
    { text: '@daan is een sukkel', alongside: [scheldwoorden], found: [{ fragment: '@daan', messageId: 'samen', severity: 'ernstig' }] },
  ],
});

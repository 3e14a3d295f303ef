import rule from '../../../rules/personen/vermelding';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['Mail naar info@school.nl', 'We zien elkaar @ de kantine? nee', 'Geen namen hier'],
  invalid: [
    { text: 'haha @lisa_2008 kijk dit', found: [{ fragment: '@lisa_2008', severity: 'info' }] },
    { text: '@daan.jansen en @mo', found: ['@daan.jansen', '@mo'] },
    { text: 'Zie @jan', role: 'medewerker', found: [{ fragment: '@jan', severity: 'waarschuwing' }] },
  ],
});

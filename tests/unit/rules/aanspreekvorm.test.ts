import scheldwoorden from '../../../rules/belediging/scheldwoorden';
import rule from '../../../rules/personen/aanspreekvorm';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'De juf is ziek vandaag',
    'Meneer zei dat we vrij zijn',
    'Onze juf Engels is de beste',
    'Mijn mentor is heel aardig',
  ],
  invalid: [
    { text: 'meneer Jansen gaf weer huiswerk', found: [{ fragment: 'meneer Jansen', messageId: 'naam', severity: 'info' }] },
    { text: 'juf Sanne is jarig!', found: [{ fragment: 'juf Sanne', messageId: 'naam' }] },
    { text: 'Mevrouw van der Berg was boos', found: [{ fragment: 'Mevrouw van der Berg', messageId: 'naam' }] },
    { text: 'gesprek met dhr. De Vries', found: [{ fragment: 'dhr. De Vries', messageId: 'naam' }] },
    { text: 'Meester Ali en juf Fatima', found: [{ fragment: 'Meester Ali', messageId: 'naam' }, { fragment: 'juf Fatima', messageId: 'naam' }] },
    { text: 'mentor Peter zei het', role: 'medewerker', found: [{ fragment: 'mentor Peter', messageId: 'naam', severity: 'waarschuwing' }] },
    { text: 'meneer Jansen is een sukkel', alongside: [scheldwoorden], found: [{ fragment: 'meneer Jansen', messageId: 'samen', severity: 'ernstig' }] },
  ],
});

import scheldwoorden from '../../../rules/belediging/scheldwoorden';
import rule from '../../../rules/personen/aanspreekvorm';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'De juf is ziek vandaag',
    'Meneer zei dat we vrij zijn',
    'Onze juf Engels is de beste',
    'Mijn mentor is heel aardig',
    // English.
    'I miss the summer holidays already',
    'The teacher said we can go home early',
    'Miss you guys so much',
  ],
  invalid: [
    { text: 'meneer Jansen gaf weer huiswerk', found: [{ fragment: 'meneer Jansen', messageId: 'naam', severity: 'info' }] },
    { text: 'juf Sanne is jarig!', found: [{ fragment: 'juf Sanne', messageId: 'naam' }] },
    { text: 'Mevrouw van der Berg was boos', found: [{ fragment: 'Mevrouw van der Berg', messageId: 'naam' }] },
    { text: 'gesprek met dhr. De Vries', found: [{ fragment: 'dhr. De Vries', messageId: 'naam' }] },
    { text: 'Meester Ali en juf Fatima', found: [{ fragment: 'Meester Ali', messageId: 'naam' }, { fragment: 'juf Fatima', messageId: 'naam' }] },
    { text: 'mentor Peter zei het', role: 'medewerker', found: [{ fragment: 'mentor Peter', messageId: 'naam', severity: 'waarschuwing' }] },
    { text: 'Mrs. de Vries says the trip money is due on Friday', found: [{ fragment: 'Mrs. de Vries', messageId: 'naam' }] },
    { text: 'Thank you Ms Okafor for the lesson', found: [{ fragment: 'Ms Okafor', messageId: 'naam' }] },
    { text: 'Miss Jansen gave us extra homework again', found: [{ fragment: 'Miss Jansen', messageId: 'naam' }] },
    { text: 'our teacher Bakker is off today', found: [{ fragment: 'teacher Bakker', messageId: 'naam' }] },
    { text: 'meneer Jansen is een sukkel', alongside: [scheldwoorden], found: [{ fragment: 'meneer Jansen', messageId: 'samen', severity: 'ernstig' }] },
  ],
});

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
    { text: 'meneer Jansen gaf weer huiswerk', found: [{ fragment: 'meneer Jansen', severity: 'info' }] },
    { text: 'juf Sanne is jarig!', found: ['juf Sanne'] },
    { text: 'Mevrouw van der Berg was boos', found: ['Mevrouw van der Berg'] },
    { text: 'gesprek met dhr. De Vries', found: ['dhr. De Vries'] },
    { text: 'Meester Ali en juf Fatima', found: ['Meester Ali', 'juf Fatima'] },
    { text: 'mentor Peter zei het', role: 'medewerker', found: [{ fragment: 'mentor Peter', severity: 'waarschuwing' }] },
  ],
});

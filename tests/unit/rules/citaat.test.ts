import rule from '../../../rules/personen/citaat';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Volgens mij is het morgen vrij',
    'volgens het weerbericht gaat het regenen',
    'Ik zei nog: neem een jas mee',
    'Ze zeggen dat het morgen sneeuwt',
    'Zoals het spreekwoord zegt: wie niet waagt, wie niet wint',
    'Wat zei je?',
    'Zeg dat maar tegen je moeder',
    'Ik vroeg of we vrij waren',
  ],
  invalid: [
    { text: 'Meneer Jansen zei dat hij gaat stoppen', found: [{ fragment: 'Meneer Jansen zei', severity: 'info' }] },
    { text: '"Jullie zijn de slechtste klas ooit", zei de juf', found: ['"Jullie zijn de slechtste klas ooit", zei de juf'] },
    { text: 'volgens Daan is de toets verplaatst', found: ['volgens Daan'] },
    { text: 'Volgens de mentor komt er een nieuwe rector', found: ['Volgens de mentor'] },
    { text: 'mijn mentor zei: "jij haalt het nooit"', found: ['mentor zei: "jij haalt het nooit"'] },
    { text: 'Sanne appte dat ze verliefd is op Sem', role: 'medewerker', found: [{ fragment: 'Sanne appte', severity: 'waarschuwing' }] },
  ],
});

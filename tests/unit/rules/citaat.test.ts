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
    { text: 'Meneer Jansen zei dat hij gaat stoppen', found: [{ fragment: 'Meneer Jansen zei', messageId: 'citaat', severity: 'info' }] },
    { text: '"Jullie zijn de slechtste klas ooit", zei de juf', found: [{ fragment: '"Jullie zijn de slechtste klas ooit", zei de juf', messageId: 'citaat' }] },
    { text: 'volgens Daan is de toets verplaatst', found: [{ fragment: 'volgens Daan', messageId: 'citaat' }] },
    { text: 'Volgens de mentor komt er een nieuwe rector', found: [{ fragment: 'Volgens de mentor', messageId: 'citaat' }] },
    { text: 'mijn mentor zei: "jij haalt het nooit"', found: [{ fragment: 'mentor zei: "jij haalt het nooit"', messageId: 'citaat' }] },
    { text: 'Sanne appte dat ze verliefd is op Sem', role: 'medewerker', found: [{ fragment: 'Sanne appte', messageId: 'citaat', severity: 'waarschuwing' }] },
  ],
});

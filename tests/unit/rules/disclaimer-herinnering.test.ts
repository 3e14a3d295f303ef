import rule from '../../../rules/disclaimer/disclaimer-herinnering';
import { testRule } from './rule-tester';

const school = { name: 'Het Streek', disclaimerText: 'Dit bericht plaats ik op persoonlijke titel.' };

testRule(rule, {
  valid: [
    { text: 'Wat een mooie toetsweek gehad met mijn klas!', role: 'leerling' },
    { text: 'Mooie wandeling gemaakt vandaag', role: 'medewerker', school },
    { text: 'Trots op mijn leerlingen! (op persoonlijke titel)', role: 'medewerker', school },
    { text: 'Trots op mijn klas. Dit bericht plaats ik op persoonlijke titel.', role: 'medewerker', school },
    { text: 'Lerarentekort is een probleem. Mijn eigen mening, niet die van mijn werkgever.', role: 'medewerker' },
  ],
  invalid: [
    { text: 'Trots op mijn leerlingen vandaag!', role: 'medewerker', school, found: [{ fragment: 'leerlingen', messageId: 'herinnering' }] },
    { text: 'Het Streek organiseert weer een open dag', role: 'medewerker', school, found: [{ fragment: 'Het Streek', messageId: 'herinnering' }] },
    { text: 'Wat een werkdruk deze week in het onderwijs', role: 'medewerker', found: [{ fragment: 'werkdruk', messageId: 'herinnering' }] },
  ],
});

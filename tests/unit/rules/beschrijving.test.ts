import scheldwoorden from '../../../rules/belediging/scheldwoorden';
import rule from '../../../rules/personen/beschrijving';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'De leerlingen uit 2B gaan op excursie',
    'Wie heeft mijn jas gezien?',
    'Een meisje is een kind, zei de juf bij biologie',
    'De jongen met de bal scoorde in de film',
    'Ik zit in 3B',
    'Het nieuwe rooster voor klas 2A staat online',
    'Die nieuwe jas van mij is super warm',
  ],
  invalid: [
    { text: 'dat meisje uit 2B met die gele jas', found: [{ fragment: 'dat meisje uit 2B met die gele jas', messageId: 'beschrijving', severity: 'info' }] },
    { text: 'die jongen uit 3C doet zo raar', found: [{ fragment: 'die jongen uit 3C', messageId: 'beschrijving' }] },
    { text: 'Die gast met die rode pet uit onze klas', found: [{ fragment: 'Die gast met die rode pet uit onze klas', messageId: 'beschrijving' }] },
    { text: 'de nieuwe stagiair bij gym met die beugel', found: [{ fragment: 'de nieuwe stagiair bij gym met die beugel', messageId: 'beschrijving' }] },
    { text: 'die brugger met dat accent lol', found: [{ fragment: 'die brugger met dat accent', messageId: 'beschrijving' }] },
    { text: 'Dat meisje van 4havo heeft iets gezegd', role: 'medewerker', found: [{ fragment: 'Dat meisje van 4havo', messageId: 'beschrijving', severity: 'waarschuwing' }] },
    { text: 'die jongen uit 3C is een sukkel', alongside: [scheldwoorden], found: [{ fragment: 'die jongen uit 3C', messageId: 'samen', severity: 'ernstig' }] },
  ],
});

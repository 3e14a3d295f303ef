import rule from '../../../rules/vertrouwelijk/toetslek';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Ik heb de toets goed gemaakt!',
    'Wie wil samen leren voor het proefwerk?',
    'De antwoorden van de huiswerkopdracht staan in de methode',
    'Succes met je examen morgen',
  ],
  invalid: [
    { text: 'wie heeft de antwoorden van het proefwerk?', found: [{ fragment: 'heeft de antwoorden', messageId: 'lek', severity: 'waarschuwing' }] },
    { text: 'stuur me de toetsvragen van bio', found: [{ fragment: 'stuur me de toetsvragen', messageId: 'lek' }] },
    { text: 'de SE vragen zijn gelekt', found: [{ fragment: 'SE vragen zijn gelekt', messageId: 'lek' }] },
    { text: 'ik heb het antwoordmodel van de toets', role: 'medewerker', found: [{ fragment: 'heb het antwoordmodel', messageId: 'lek', severity: 'ernstig' }] },
  ],
});

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
    { text: 'wie heeft de antwoorden van het proefwerk?', found: [{ fragment: 'heeft de antwoorden', severity: 'waarschuwing' }] },
    { text: 'stuur me de toetsvragen van bio', found: ['stuur me de toetsvragen'] },
    { text: 'de SE vragen zijn gelekt', found: ['SE vragen zijn gelekt'] },
    { text: 'ik heb het antwoordmodel van de toets', role: 'medewerker', found: [{ fragment: 'heb het antwoordmodel', severity: 'ernstig' }] },
  ],
});

import rule from '../../../rules/ocr/toets-foto';
import { testImageTextRule } from './rule-tester';

testImageTextRule(rule, {
  valid: [
    { name: 'a recipe with numbered steps', sketch: 'Pannenkoeken\n1. Doe de bloem in een kom\n2. Voeg melk toe\n3. Bak ze in de pan' },
    { name: 'a sentence about a test', sketch: 'Morgen hebben we een toets,\nsucces allemaal!' },
    { name: 'English "so" with numbers', sketch: 'so we went home\n1. first\n2. second' },
    { name: 'a news item about exams', sketch: 'Examens beginnen maandag\nRuim 200.000 leerlingen doen mee.' },
  ],
  invalid: [
    {
      name: 'a test paper with numbered questions',
      sketch: 'Proefwerk geschiedenis H3\nNaam: Klas:\n1. Noem twee oorzaken van de Opstand. (2p)\n2. Wie was Willem van Oranje? (1p)\n3. Leg uit wat de Beeldenstorm was. (3p)',
      found: [{ messageId: 'toets', severity: 'waarschuwing' }],
    },
    {
      name: 'vraag 1, vraag 2, vraag 3',
      sketch: 'Vraag 1\nBereken x.\nVraag 2\nBereken y.\nVraag 3\nTeken de grafiek.',
      found: [{ messageId: 'toets' }],
    },
    {
      name: 'an SO with points',
      sketch: 'SO biologie\na) Wat is een cel? 2p\nb) Noem drie organellen. 3p',
      found: [{ messageId: 'toets' }],
    },
    {
      name: 'staff sharing a test',
      role: 'medewerker',
      sketch: 'Toets Engels\n1. Translate: de hond\n2. Translate: het huis',
      found: [{ messageId: 'toets', severity: 'ernstig' }],
    },
  ],
});

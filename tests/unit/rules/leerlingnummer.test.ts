import rule from '../../../rules/vertrouwelijk/leerlingnummer';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['We hebben 12345 stappen gelopen', 'Mijn leerlingnummer ben ik kwijt', 'Lokaal 204 is dicht'],
  invalid: [
    { text: 'mijn leerlingnummer is 456123', found: ['456123'] },
    { text: 'onderwijsnummer: 123456782', found: ['123456782'] },
    { text: 'llnr 20231234 graag invullen', found: ['20231234'] },
  ],
});

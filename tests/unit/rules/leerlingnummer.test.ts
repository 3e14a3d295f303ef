import rule from '../../../rules/vertrouwelijk/leerlingnummer';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['We hebben 12345 stappen gelopen', 'Mijn leerlingnummer ben ik kwijt', 'Lokaal 204 is dicht'],
  invalid: [
    { text: 'mijn leerlingnummer is 456123', found: [{ fragment: '456123', messageId: 'nummer' }] },
    { text: 'onderwijsnummer: 123456782', found: [{ fragment: '123456782', messageId: 'nummer' }] },
    { text: 'llnr 20231234 graag invullen', found: [{ fragment: '20231234', messageId: 'nummer' }] },
  ],
});

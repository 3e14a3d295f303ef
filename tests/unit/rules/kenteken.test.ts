import rule from '../../../rules/vertrouwelijk/kenteken';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['We wonnen met 12-3', 'Datum: 12-12-12', 'Lokaal B-204 is dicht', 'ik ben 16-17-18 jaar haha'],
  invalid: [
    { text: 'Zijn auto heeft kenteken 12-ABC-3', found: [{ fragment: '12-ABC-3', messageId: 'kenteken' }] },
    { text: 'die scooter AB-123-C rijdt altijd te hard', found: [{ fragment: 'AB-123-C', messageId: 'kenteken' }] },
    { text: 'GZ-07-NP stond voor school', found: [{ fragment: 'GZ-07-NP', messageId: 'kenteken' }] },
    { text: 'oude auto 36-HF-89', found: [{ fragment: '36-HF-89', messageId: 'kenteken' }] },
  ],
});

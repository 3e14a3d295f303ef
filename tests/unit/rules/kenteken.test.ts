import rule from '../../../rules/vertrouwelijk/kenteken';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['We wonnen met 12-3', 'Datum: 12-12-12', 'Lokaal B-204 is dicht', 'ik ben 16-17-18 jaar haha'],
  invalid: [
    { text: 'Zijn auto heeft kenteken 12-ABC-3', found: ['12-ABC-3'] },
    { text: 'die scooter AB-123-C rijdt altijd te hard', found: ['AB-123-C'] },
    { text: 'GZ-07-NP stond voor school', found: ['GZ-07-NP'] },
    { text: 'oude auto 36-HF-89', found: ['36-HF-89'] },
  ],
});

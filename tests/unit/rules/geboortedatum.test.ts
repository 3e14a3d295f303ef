import rule from '../../../rules/vertrouwelijk/geboortedatum';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['De toets is op 12-03-2026', 'Geboren in 2010, dus ik word 16', 'Schoolreis 3 juni 2026'],
  invalid: [
    { text: 'Lisa is geboren op 12-03-2010', found: ['12-03-2010'] },
    { text: 'geb. 3 maart 2009 in Ede', found: ['3 maart 2009'] },
    { text: 'mijn geboortedatum: 1/4/2011', found: ['1/4/2011'] },
  ],
});

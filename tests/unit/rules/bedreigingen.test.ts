import rule from '../../../rules/belediging/bedreigingen';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['Kyshan komt ook', 'Ga je mee naar de film?', 'Ik maak je huiswerk niet voor je'],
  invalid: [
    { text: 'kys', found: [{ fragment: 'kys', severity: 'ernstig' }] },
    { text: 'ga dood', found: ['ga dood'] },
    { text: 'ik maak je af morgen', found: ['ik maak je af'] },
    { text: 'ga toch dood man', found: ['ga toch dood'] },
  ],
});

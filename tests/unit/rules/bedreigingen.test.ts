import rule from '../../../rules/belediging/bedreigingen';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Kyshan komt ook',
    'Ga je mee naar de film?',
    'Ik maak je huiswerk niet voor je',
    'Ik ga dood van de hitte vandaag',
    'Neem een mes mee voor de taart!',
    'Ik ga je vinden bij verstoppertje haha',
    'Je gaat eraan wennen, aan de nieuwe school',
  ],
  invalid: [
    { text: 'kys', found: [{ fragment: 'kys', severity: 'ernstig' }] },
    { text: 'ga dood', found: ['ga dood'] },
    { text: 'ik maak je af morgen', found: ['ik maak je af'] },
    { text: 'ga toch dood man', found: ['ga toch dood'] },
    { text: 'ik weet waar jij woont', found: ['ik weet waar jij'] },
    { text: 'ik neem morgen een mes mee naar school', found: ['mes'] },
    { text: 'kom buiten dan steek ik je', found: ['steek ik je'] },
    { text: 'spring maar van een brug', found: ['spring maar van'] },
  ],
});

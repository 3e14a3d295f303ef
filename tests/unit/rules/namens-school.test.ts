import rule from '../../../rules/logo/namens-school';
import { testRule } from './rule-tester';

const school = { name: 'Clusius College', aliases: ['CCC'] };

testRule(rule, {
  valid: [
    { text: 'Ik zit op het Clusius College en vind het leuk', school },
    { text: 'Morgen is er geen school', school },
    { text: 'Namens de klas: bedankt juf!', school },
    { text: 'Dit plaats ik op persoonlijke titel, niet namens het Clusius College.', school },
    { text: 'Namens het Clusius College: open dag zaterdag!', school: { ...school, isOfficialAccount: true } },
  ],
  invalid: [
    { text: 'Namens het Clusius College: morgen vrij!', school, found: ['Namens het Clusius College'] },
    { text: 'namens de school wensen we iedereen succes', found: ['namens de school'] },
    { text: 'Wij als CCC vinden dit onzin', school, found: ['Wij als CCC'] },
    { text: 'Het Clusius College maakt bekend dat de lessen uitvallen', school, found: ['Clusius College maakt bekend'] },
    { text: 'Officieel standpunt: onze school doet niet mee', found: ['Officieel standpunt'] },
  ],
});

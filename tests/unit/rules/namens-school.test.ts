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
    { text: 'Namens het Clusius College: morgen vrij!', school, found: [{ fragment: 'Namens het Clusius College', messageId: 'namens' }] },
    { text: 'namens de school wensen we iedereen succes', found: [{ fragment: 'namens de school', messageId: 'namens' }] },
    { text: 'Wij als CCC vinden dit onzin', school, found: [{ fragment: 'Wij als CCC', messageId: 'namens' }] },
    { text: 'Het Clusius College maakt bekend dat de lessen uitvallen', school, found: [{ fragment: 'Clusius College maakt bekend', messageId: 'namens' }] },
    { text: 'Officieel standpunt: onze school doet niet mee', found: [{ fragment: 'Officieel standpunt', messageId: 'officieel' }] },
  ],
});

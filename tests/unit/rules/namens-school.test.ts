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
    // English.
    { text: 'I go to Clusius College and I love it', school },
    { text: 'Posting this in a personal capacity, not on behalf of Clusius College.', school },
    { text: 'On behalf of our class: thank you Miss!', school },
  ],
  invalid: [
    { text: 'Namens het Clusius College: morgen vrij!', school, found: [{ fragment: 'Namens het Clusius College', messageId: 'namens' }] },
    { text: 'namens de school wensen we iedereen succes', found: [{ fragment: 'namens de school', messageId: 'namens' }] },
    { text: 'Wij als CCC vinden dit onzin', school, found: [{ fragment: 'Wij als CCC', messageId: 'namens' }] },
    { text: 'Het Clusius College maakt bekend dat de lessen uitvallen', school, found: [{ fragment: 'Clusius College maakt bekend', messageId: 'namens' }] },
    { text: 'Officieel standpunt: onze school doet niet mee', found: [{ fragment: 'Officieel standpunt', messageId: 'officieel' }] },
    // English.
    { text: 'On behalf of Clusius College: no lessons tomorrow!', school, found: [{ fragment: 'On behalf of Clusius College', messageId: 'namens' }] },
    { text: 'we at CCC think this is nonsense', school, found: [{ fragment: 'we at CCC', messageId: 'namens' }] },
    { text: 'on behalf of the school we wish everyone good luck', found: [{ fragment: 'on behalf of the school', messageId: 'namens' }] },
    { text: 'Clusius College announces that the trip is cancelled', school, found: [{ fragment: 'Clusius College announces', messageId: 'namens' }] },
    { text: 'Official statement: our school will not take part', found: [{ fragment: 'Official statement', messageId: 'officieel' }] },
  ],
});

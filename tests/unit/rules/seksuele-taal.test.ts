import rule from '../../../rules/belediging/seksuele-taal';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'We gaan naar de bioscoop',
    'Ik heb een nieuwe pijp voor opa gekocht',
    'Het boek gaat over liefde',
    // A surprise kept from a parent; a no overridden by a parent, about a visit.
    'niks tegen je moeder zeggen, het is een verrassing voor haar verjaardag',
    'je gaat mee naar oma, of je wil of niet',
  ],
  invalid: [
    // A secret kept from parents beside an age or a private chat: grooming; a no overridden when someone is approached.
    { text: 'je bent best volwassen voor je leeftijd, zullen we ff privé chatten? niks tegen je ouders zeggen', found: [{ fragment: 'niks tegen je ouders zeggen', messageId: 'intimidatie' }] },
    { text: 'nee is geen antwoord schat, ik vraag het morgen gewoon weer', found: [{ fragment: 'nee is geen antwoord', messageId: 'intimidatie' }] },
    { text: 'ga lekker neuken', found: [{ fragment: 'neuken', messageId: 'woord' }] },
    { text: 'jij bent een kontneuker', found: [{ fragment: 'kontneuker', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'geitenneuker', found: [{ fragment: 'geitenneuker', messageId: 'woord' }] },
    { text: 'stuur eens nudes', found: [{ fragment: 'nudes', messageId: 'intimidatie', severity: 'ernstig' }] },
  ],
});

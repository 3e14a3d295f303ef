import rule from '../../../rules/belediging/seksuele-taal';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['We gaan naar de bioscoop', 'Ik heb een nieuwe pijp voor opa gekocht', 'Het boek gaat over liefde'],
  invalid: [
    { text: 'ga lekker neuken', found: [{ fragment: 'neuken', messageId: 'woord' }] },
    { text: 'jij bent een kontneuker', found: [{ fragment: 'kontneuker', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'geitenneuker', found: [{ fragment: 'geitenneuker', messageId: 'woord' }] },
    { text: 'stuur eens nudes', found: [{ fragment: 'nudes', messageId: 'intimidatie', severity: 'ernstig' }] },
  ],
});

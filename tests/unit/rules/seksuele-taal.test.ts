import rule from '../../../rules/belediging/seksuele-taal';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['We gaan naar de bioscoop', 'Ik heb een nieuwe pijp voor opa gekocht', 'Het boek gaat over liefde'],
  invalid: [
    { text: 'ga lekker neuken', found: ['neuken'] },
    { text: 'jij bent een kontneuker', found: [{ fragment: 'kontneuker', severity: 'ernstig' }] },
    { text: 'geitenneuker', found: ['geitenneuker'] },
  ],
});

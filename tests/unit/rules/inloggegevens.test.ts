import rule from '../../../rules/vertrouwelijk/inloggegevens';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Ik ben mijn wachtwoord vergeten, wie kan helpen?',
    'Deel nooit je wachtwoord met iemand',
    'Mijn pincode is veranderd',
    'Wat is de code van de wifi-opdracht voor informatica? Die van de les bedoel ik',
    'Teams doet het weer niet',
  ],
  invalid: [
    { text: 'mijn wachtwoord is zomer2024!', found: [{ fragment: 'wachtwoord is zomer2024!', severity: 'ernstig' }] },
    { text: 'magister ww: Lisa1234', found: ['ww: Lisa1234'] },
    { text: 'inlogcode Somtoday is ab12cd34', found: ['inlogcode Somtoday is ab12cd34'] },
    { text: 'pincode 4821 van mijn pas', found: ['pincode 4821'] },
    { text: 'password = hunter22', found: ['password = hunter22'] },
  ],
});

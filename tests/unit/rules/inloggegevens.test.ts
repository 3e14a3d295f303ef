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
    { text: 'mijn wachtwoord is zomer2024!', found: [{ fragment: 'wachtwoord is zomer2024!', messageId: 'wachtwoord', severity: 'ernstig' }] },
    { text: 'magister ww: Lisa1234', found: [{ fragment: 'ww: Lisa1234', messageId: 'school' }] },
    { text: 'inlogcode Somtoday is ab12cd34', found: [{ fragment: 'inlogcode Somtoday is ab12cd34', messageId: 'school' }] },
    { text: 'pincode 4821 van mijn pas', found: [{ fragment: 'pincode 4821', messageId: 'wachtwoord' }] },
    { text: 'password = hunter22', found: [{ fragment: 'password = hunter22', messageId: 'wachtwoord' }] },
  ],
});

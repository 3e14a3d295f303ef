import rule from '../../../rules/vertrouwelijk/intern';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Ik vertrouw jou wel hoor',
    'Vertrouwen is belangrijk in een team',
    'Er komt een reorganisatie van mijn kamer haha',
    { text: 'Onze school krijgt een nieuwe aula', role: 'medewerker' },
  ],
  invalid: [
    { text: 'Vertrouwelijk: de uitslag van de verkiezing', found: [{ fragment: 'Vertrouwelijk', messageId: 'intern', severity: 'waarschuwing' }] },
    { text: 'niet doorsturen hoor!', found: [{ fragment: 'niet doorsturen', messageId: 'intern' }] },
    { text: 'Morgen horen we meer over de reorganisatie', role: 'medewerker', found: [{ fragment: 'reorganisatie', messageId: 'personeel', severity: 'ernstig' }] },
    { text: 'Uit de notulen van de personeelsvergadering', role: 'medewerker', found: [{ fragment: 'notulen', messageId: 'personeel' }, { fragment: 'personeelsvergadering', messageId: 'personeel' }] },
  ],
});

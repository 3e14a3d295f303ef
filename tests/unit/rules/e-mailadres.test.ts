import rule from '../../../rules/vertrouwelijk/e-mailadres';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['Mail de school via de website', 'We zien elkaar @ het plein', 'haha @daan kijk dit'],
  invalid: [
    { text: 'mail lisa op lisa.jansen2009@gmail.com', found: [{ fragment: 'lisa.jansen2009@gmail.com', messageId: 'ander', severity: 'waarschuwing' }] },
    { text: 'mail me: tim_de_vries@hotmail.nl', found: [{ fragment: 'tim_de_vries@hotmail.nl', messageId: 'eigen', severity: 'info' }] },
    { text: 'Het adres van meneer is j.bakker@school.nl.', found: [{ fragment: 'j.bakker@school.nl', messageId: 'ander' }] },
  ],
});

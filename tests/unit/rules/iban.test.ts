import rule, { isValidIban } from '../../../rules/vertrouwelijk/iban';
import { expect, it } from 'vitest';
import { testRule } from './rule-tester';

it('checks mod-97 and the country length', () => {
  expect(isValidIban('NL91ABNA0417164300')).toBe(true);
  expect(isValidIban('NL92ABNA0417164300')).toBe(false);
  expect(isValidIban('BE68539007547034')).toBe(true);
  expect(isValidIban('DE89370400440532013000')).toBe(true);
  expect(isValidIban('NL91ABNA04171643000')).toBe(false);
});

testRule(rule, {
  valid: [
    'Mijn rekening is NL92 ABNA 0417 1643 00',
    'Het lokaal is NL12 op de kaart',
    'Wifi-code: AB12CDEF34567890',
    'Wij zijn klas 4B en wonnen met 12-3',
  ],
  invalid: [
    { text: 'Maak het over naar NL91 ABNA 0417 1643 00 aub', found: [{ fragment: 'NL91 ABNA 0417 1643 00', messageId: 'iban' }] },
    { text: 'iban: nl91abna0417164300', found: [{ fragment: 'nl91abna0417164300', messageId: 'iban' }] },
    { text: 'Belgisch: BE68 5390 0754 7034, Duits: DE89 3704 0044 0532 0130 00', found: [{ fragment: 'BE68 5390 0754 7034', messageId: 'iban' }, { fragment: 'DE89 3704 0044 0532 0130 00', messageId: 'iban' }] },
    { text: 'NL91ABNA0417164300.', found: [{ fragment: 'NL91ABNA0417164300', messageId: 'iban' }] },
  ],
});

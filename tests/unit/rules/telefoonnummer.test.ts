import rule, { nationalForm } from '../../../rules/vertrouwelijk/telefoonnummer';
import { expect, it } from 'vitest';
import { testRule } from './rule-tester';

it('brings every notation to the national form', () => {
  expect(nationalForm('+31 6 12345678')).toBe('0612345678');
  expect(nationalForm('0031612345678')).toBe('0612345678');
  expect(nationalForm('+31 (0)6-12345678')).toBe('0612345678');
  expect(nationalForm('010-1234567')).toBe('0101234567');
});

testRule(rule, {
  valid: [
    'Bel bij nood altijd 112',
    'De klantenservice: 0800-1234567 of 0900-1234567',
    'We winnen met 2-1 om 10.30 uur',
    'Datum: 01-02-2024',
    'Bestelnummer 06123456',
    'Het kost 12,50 euro',
  ],
  invalid: [
    { text: 'Bel Lisa op 06-12345678', found: [{ fragment: '06-12345678', messageId: 'ander', severity: 'waarschuwing' }] },
    { text: 'app me: 06 1234 5678', found: [{ fragment: '06 1234 5678', messageId: 'eigen', severity: 'info' }] },
    { text: 'mijn nummer is +31 6 12345678', found: [{ fragment: '+31 6 12345678', messageId: 'eigen', severity: 'info' }] },
    { text: 'zijn nummer: 0031612345678', found: [{ fragment: '0031612345678', messageId: 'ander' }] },
    { text: 'oma: 010-1234567', found: [{ fragment: '010-1234567', messageId: 'ander' }] },
    { text: 'thuis 020 123 4567', found: [{ fragment: '020 123 4567', messageId: 'ander' }] },
    { text: 'nummer van Daan +31 (0)6-12345678', found: [{ fragment: '+31 (0)6-12345678', messageId: 'ander' }] },
  ],
});

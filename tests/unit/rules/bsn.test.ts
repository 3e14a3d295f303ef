import rule, { passesElfproef } from '../../../rules/vertrouwelijk/bsn';
import { expect, it } from 'vitest';
import { testRule } from './rule-tester';

it('computes the elfproef', () => {
  expect(passesElfproef('111222333')).toBe(true);
  expect(passesElfproef('123456782')).toBe(true);
  expect(passesElfproef('123456789')).toBe(false);
  expect(passesElfproef('000000000')).toBe(false);
});

testRule(rule, {
  valid: [
    'Mijn BSN is 123456789',
    'De kaartjes kosten 111222333 euro? Nee hoor, 12 euro.',
    'We wonnen met 3-1 en het was 10.30 uur',
    'Ik heb 1112223334 punten in dat spel',
    'Bel 06-12345678 als je mee wilt',
    'Het was in 2024 en we waren met 25 leerlingen',
    'Ordernummer 12345678 is verzonden',
  ],
  invalid: [
    { text: 'Mijn BSN is 111222333', found: [{ fragment: '111222333', messageId: 'bsn', severity: 'ernstig' }] },
    { text: 'bsn: 111.222.333 graag invullen', found: [{ fragment: '111.222.333', messageId: 'bsn', severity: 'ernstig' }] },
    { text: 'zijn burgerservicenummer is 1112.22.333', found: [{ fragment: '1112.22.333', messageId: 'bsn' }] },
    { text: 'nummer 111 222 333 voor het formulier', found: [{ fragment: '111 222 333', messageId: 'bsn', severity: 'waarschuwing' }] },
    { text: 'sofinummer 12345672', found: [{ fragment: '12345672', messageId: 'bsn' }] },
    { text: 'Hier: 123456782.', found: [{ fragment: '123456782', messageId: 'bsn' }] },
  ],
});

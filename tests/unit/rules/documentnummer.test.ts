import fc from 'fast-check';
import { expect, it } from 'vitest';
import { check, createContext } from '../../../rules/engine';
import rule from '../../../rules/vertrouwelijk/documentnummer';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Mijn paspoort is verlopen, ik moet een nieuwe aanvragen',
    'Ordernummer AB1234567 is verzonden',
    'Kortingscode NX4KF29L1 werkt niet meer',
    "my passport number? no way I'm posting that",
    'Paspoort en ticket mee, vlucht KL1023 om 9:40',
    // The letter O is not used in the first two places, and a number has nine characters.
    'paspoortnummer: NO4KF29L1',
    'Mijn documentnummer is AB12345',
    'Kenteken XX-99-XX, en neem je paspoort mee',
    // A lower-case word with a digit after it is a password, not a document number.
    'my passport password1 lol',
  ],
  invalid: [
    { text: 'mijn paspoortnummer is NX4KF29L1', found: [{ fragment: 'NX4KF29L1', messageId: 'nummer', severity: 'ernstig' }] },
    { text: 'Documentnummer: SPECI2014', found: [{ fragment: 'SPECI2014', messageId: 'nummer' }] },
    { text: 'ID-kaart van mijn broer: IR5T83KP7, hij weet het niet', found: [{ fragment: 'IR5T83KP7', messageId: 'nummer' }] },
    { text: 'mijn paspoort: bn7rt2kx4', found: [{ fragment: 'bn7rt2kx4', messageId: 'nummer' }] },
    { text: 'ID number for the trip form is XR9BB4D21', found: [{ fragment: 'XR9BB4D21', messageId: 'nummer' }] },
    {
      text: "here's a pic of my passport for the trip registration 📷 number NX4KF29L1",
      found: [{ fragment: 'NX4KF29L1', messageId: 'nummer' }],
    },
    // The letter O is never used: typed in a number it is a zero.
    { text: 'paspoortnummer NX4KF29LO', found: [{ fragment: 'NX4KF29LO', messageId: 'nummer' }] },
  ],
});

/** A document number as the state issues them: two letters, six letters or digits, one digit; never the letter O. */
const LETTERS = 'ABCDEFGHIJKLMNPQRSTUVWXYZ';
const letter = fc.constantFrom(...LETTERS);
const letterOrDigit = fc.constantFrom(...LETTERS, ...'0123456789');
const digit = fc.constantFrom(...'0123456789');
const documentNumber = fc
  .tuple(fc.array(letter, { minLength: 2, maxLength: 2 }), fc.array(letterOrDigit, { minLength: 6, maxLength: 6 }), digit)
  .map(([first, middle, last]) => [...first, ...middle, last].join(''));
const settings = { seed: 20261130, numRuns: 200 };
const documentFindings = (text: string) => check(text, createContext({}), [rule]);

it('finds every well-formed number after a document word (fast-check)', () => {
  fc.assert(
    fc.property(documentNumber, fc.constantFrom('paspoortnummer:', 'mijn ID-kaart', 'passport number', 'documentnummer is'), (number, words) => {
      const text = `${words} ${number}`;
      expect(documentFindings(text).map((finding) => text.slice(finding.start, finding.end))).toEqual([number]);
    }),
    settings,
  );
});

it('stays quiet on the same numbers without a document word (fast-check)', () => {
  fc.assert(
    fc.property(documentNumber, fc.constantFrom('bestelnummer', 'code:', 'order', 'kenteken'), (number, words) => {
      expect(documentFindings(`${words} ${number}`)).toEqual([]);
    }),
    settings,
  );
});

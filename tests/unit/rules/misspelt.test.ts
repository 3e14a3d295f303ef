import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_MISSPELT_LETTERS, misspeltVariants } from '../../../rules/belediging/grammar/misspelt';

const reversed = (word: string) => [...word].reverse().join('');
const withoutVowels = (word: string) => word.replace(/[aeiouy]/g, '');

describe('misspelt variants of an attack word', () => {
  it('leaves out one letter (the last only in longer words) or swaps two neighbours, never the first letter', () => {
    expect(misspeltVariants('sukkel')).toContain('sukkl');
    expect(misspeltVariants('ongedierte')).toContain('ongediert');
    expect(misspeltVariants('walgelijk')).toContain('walgeljik');
    expect(misspeltVariants('marokkanen')).toContain('mraokkanen');
    expect(misspeltVariants('ratten')).not.toContain('ratte');
    expect(misspeltVariants('apen')).toEqual([]);
    // Five letters: swapped, and backwards.
    expect(misspeltVariants('joden')).toEqual(['jdoen', 'joedn', 'jodne', 'nedoj']);
  });

  it('hides words on purpose: backwards, and without vowels when four letters or more are left', () => {
    expect(misspeltVariants('vermoord')).toContain('droomrev');
    expect(misspeltVariants('vermoord')).toContain('vrmrd');
    expect(misspeltVariants('sukkel')).toContain('skkl');
    // "joden" without vowels keeps three letters: too few to know it by.
    expect(misspeltVariants('joden')).not.toContain('jdn');
  });

  it('property: only short words give none; each variant is a slip (one letter shorter or a swap, first letter kept), the word backwards or its consonants; never the word itself; linear count', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,40}$/), (word) => {
        const variants = misspeltVariants(word);
        if (word.length < MIN_MISSPELT_LETTERS - 1) {
          expect(variants).toEqual([]);
          return;
        }
        expect(variants.length).toBeLessThanOrEqual(2 * word.length + 2);
        for (const variant of variants) {
          expect(variant).not.toBe(word);
          if (variant === reversed(word) || variant === withoutVowels(word)) continue;
          if (word.length < MIN_MISSPELT_LETTERS) expect(variant.length).toBe(word.length);
          expect([word.length - 1, word.length]).toContain(variant.length);
          expect(variant[0]).toBe(word[0]);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

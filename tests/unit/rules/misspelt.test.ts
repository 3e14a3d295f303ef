import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_MISSPELT_LETTERS, misspeltVariants } from '../../../rules/belediging/grammar/misspelt';

describe('misspelt variants of an attack word', () => {
  it('leaves out one letter (the last only in longer words) or swaps two neighbours, never the first letter', () => {
    expect(misspeltVariants('sukkel')).toContain('sukkl');
    expect(misspeltVariants('ongedierte')).toContain('ongediert');
    expect(misspeltVariants('walgelijk')).toContain('walgeljik');
    expect(misspeltVariants('marokkanen')).toContain('mraokkanen');
    expect(misspeltVariants('ratten')).not.toContain('ratte');
    expect(misspeltVariants('sukkel').every((variant) => variant.startsWith('s'))).toBe(true);
    expect(misspeltVariants('apen')).toEqual([]);
    // Five letters: swapped only.
    expect(misspeltVariants('joden')).toEqual(['jdoen', 'joedn', 'jodne']);
  });

  it('property: only short words give none; each variant is one letter shorter or a swap, never the word itself; linear count', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,40}$/), (word) => {
        const variants = misspeltVariants(word);
        if (word.length < MIN_MISSPELT_LETTERS - 1) {
          expect(variants).toEqual([]);
          return;
        }
        if (word.length < MIN_MISSPELT_LETTERS) expect(variants.every((variant) => variant.length === word.length)).toBe(true);
        expect(variants.length).toBeLessThanOrEqual(2 * word.length);
        for (const variant of variants) {
          expect(variant).not.toBe(word);
          expect([word.length - 1, word.length]).toContain(variant.length);
          expect(variant[0]).toBe(word[0]);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

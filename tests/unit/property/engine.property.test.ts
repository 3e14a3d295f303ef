import fc from 'fast-check';
import { describe, it } from 'vitest';
import { properties } from '../../property/engine-properties';

// A fixed seed and bounded runs: the same cases on every run. `npm run fuzz -- --runs N` goes wider.
const settings = { seed: 20261130, numRuns: 300 };

describe('the engine on any input (fast-check)', () => {
  it('never throws and reports spans inside the text, on grapheme boundaries', () => {
    fc.assert(properties.neverThrows, settings);
  });
  it('gives the same findings whatever was checked before', () => {
    fc.assert(properties.noMemory, { ...settings, numRuns: 100 });
  });
  it('still catches a caught phrase in every evasion form, anywhere in a post', () => {
    fc.assert(properties.evasionsCaught, settings);
  });
  it('finds the same in a long post checked in pieces as checked at once', async () => {
    await fc.assert(properties.slicesAgree, { ...settings, numRuns: 10 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInSteps, decodeTextInSteps, frontCode, frontCodeText, frontDecode, frontDecodeText } from '../../rules/front-coding';
import { TextDocument } from '../../rules/document';
import { finished, lazilyInSteps, warmUpWhile, type WarmUpStep } from '../../rules/lazy';
import { PhraseSet } from '../../rules/phrases';

/** A build of `pieces` pieces that counts how often it was started. */
function counted(pieces: number) {
  let starts = 0;
  const value = lazilyInSteps(function* () {
    starts++;
    let sum = 0;
    for (let i = 0; i < pieces; i++) {
      sum += i;
      yield;
    }
    return sum;
  });
  return { value, starts: () => starts };
}

describe('values built in pieces (rules/lazy.ts)', () => {
  it('built piece by piece while time is left, or at once when asked for; the same value, built once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (pieces, budgets) => {
        const { value, starts } = counted(pieces);
        for (const budget of budgets) {
          let left = budget;
          value.buildWhile(() => left-- > 0);
        }
        expect(value()).toBe(Array.from({ length: pieces }, (_, i) => i).reduce((a, b) => a + b, 0));
        expect(value.buildWhile(() => false)).toBe(true);
        expect(starts()).toBe(1);
      }),
    );
  });

  it('with no time left, one piece is built per call', () => {
    const { value } = counted(3);
    expect([value.buildWhile(() => false), value.buildWhile(() => false), value.buildWhile(() => false), value.buildWhile(() => false)]).toEqual([false, false, false, true]);
  });

  it('a build that throws starts over on the next ask', () => {
    let attempts = 0;
    const value = lazilyInSteps(function* () {
      attempts++;
      yield;
      if (attempts === 1) throw new Error('first attempt fails');
      return 'built';
    });
    expect(() => value()).toThrow('first attempt fails');
    expect(value()).toBe('built');
  });

  it('warm-up steps run in order while time is left; a stepped one stops halfway; one that throws is told and passed over', () => {
    const ran: string[] = [];
    const errors: unknown[] = [];
    const { value } = counted(4);
    const steps: WarmUpStep[] = [() => ran.push('a'), value, () => { throw new Error('broken'); }, () => ran.push('d')];
    let left = 2;
    let done = warmUpWhile(steps, 0, () => left-- > 0, (error) => errors.push(error));
    expect(ran).toEqual(['a']);
    expect(done).toBe(1);
    done = warmUpWhile(steps, done, () => true, (error) => errors.push(error));
    expect(done).toBe(4);
    expect(ran).toEqual(['a', 'd']);
    expect(errors).toHaveLength(1);
    expect(value()).toBe(6);
  });
});

describe('front coding decoded in pieces', () => {
  it('gives the same words as at once, for any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 3000 }), (words) => {
        const coded = frontCode(words);
        expect([...finished(decodeInSteps(coded))]).toEqual([...frontDecode(coded)]);
        expect([...frontDecode(coded)].sort()).toEqual([...new Set(words)].sort());
      }),
      { numRuns: 30 },
    );
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9' ]{1,12}$/), { maxLength: 3000 }), (words) => {
        const coded = frontCodeText(words);
        expect(finished(decodeTextInSteps(coded))).toEqual(frontDecodeText(coded));
        expect(frontDecodeText(coded)).toEqual([...new Set(words)].sort());
      }),
      { numRuns: 30 },
    );
  });
});

describe('phrase sets built in pieces (rules/phrases.ts)', () => {
  it('a text read while a set is half built still finds every phrase of it, and the same as a set built at once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('de', 'kat', 'hond', 'loopt', 'weg', 'snel', 'mooi'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 5 }), (phrases, piecesFirst) => {
        // Thousands of filler phrases, so that the build has pauses both while indexing and while joining.
        const words = [...phrases.map((phrase) => phrase.join(' ')), ...Array.from({ length: 4500 }, (_, i) => `vul${i}`)];
        const text = 'de kat loopt snel weg, de mooi hond loopt mooi weg en de kat';
        const atOnce = new PhraseSet(words).find(new TextDocument(text));
        const inPieces = new PhraseSet(words);
        const building = inPieces.prepareInSteps();
        for (let piece = 0; piece < piecesFirst; piece++) building.next();
        // Another set reads the text now, which indexes it for all sets with this one half built: it must not trust those starts.
        const doc = new TextDocument(text);
        new PhraseSet(['kat']).find(doc);
        expect(inPieces.find(doc)).toEqual(atOnce);
      }),
      { numRuns: 20 },
    );
  });
});

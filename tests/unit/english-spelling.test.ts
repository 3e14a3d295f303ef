import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../rules/english/in-node';
import { gluedEnglish, mendSpelling, type EnglishWord } from '../../rules/english/spelling';

/** A small stand-in for the classes' words: what the mender may mend into. */
const ATTACK = new Set(['hate', 'despise', 'disgusting', 'savages', 'vermin', 'terrorists', 'cockroaches', 'muslims', 'are', 'filth', 'kill', 'all', 'turks', 'stupid', 'faggot', 'subhuman', 'you', 'people']);
const KNOWN = { has: (word: string) => ATTACK.has(word) };

/** The words of a sentence as the English reading holds them: lower case, letters only, with offsets. */
function wordsOf(text: string): EnglishWord[] {
  return [...text.matchAll(/[A-Za-z]+/g)].map((match) => ({ w: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length, name: false, brk: false, demonym: false }));
}
const typedIn = (text: string) => (word: EnglishWord) => text.slice(word.start, word.end).toLowerCase();
const mended = (text: string) => mendSpelling(wordsOf(text), KNOWN, ATTACK, typedIn(text)).map((word) => word.w).join(' ');

describe('English words typed to hide them, read back', () => {
  const table: Array<[typed: string, read: string]> = [
    // Letters typed apart, a space inside a word.
    ['they are s a v a g e s', 'they are savages'],
    ['muslims are dis gusting', 'muslims are disgusting'],
    ['i ha te you', 'i hate you'],
    ['they are ter rorists', 'they are terrorists'],
    // No spaces between the words of a sentence, or between two words of attack.
    ['muslimsarefilth everyone knows', 'muslims are filth everyone knows'],
    ['killallturks', 'kill all turks'],
    ['shut up you stupidfaggot', 'shut up you stupid faggot'],
    // A letter dropped, added or swapped.
    ['they are disgustng', 'they are disgusting'],
    ['i despies you', 'i despise you'],
    ['they are cokcroaches', 'they are cockroaches'],
    ['they are verrmin', 'they are vermin'],
    // An English word is left as it is, however close to a word of attack: a hat, a haste, ease.
    ['nice hat', 'nice hat'],
    ['take it with ease', 'take it with ease'],
    ['what a mess', 'what a mess'],
    // Two English words are no word cut in two, unless a short half makes a long word of attack with the other.
    ['we are all here', 'we are all here'],
    ['the rapist was caught', 'the rapist was caught'],
    ['they are sub human', 'they are subhuman'],
  ];
  it.each(table)('%s → %s', (typed, read) => {
    expect(mended(typed)).toBe(read);
  });

  it('keeps names as typed', () => {
    const words = wordsOf('Omra is here');
    words[0]!.name = true;
    expect(mendSpelling(words, KNOWN, ATTACK, typedIn('Omra is here'))[0]!.w).toBe('omra');
  });

  it('property: words stay in order, each within what was typed, and a long run costs linear time', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        const words = wordsOf(text);
        const out = mendSpelling(words, KNOWN, ATTACK, typedIn(text));
        let previous = 0;
        for (const word of out) {
          expect(word.start).toBeGreaterThanOrEqual(previous);
          expect(word.end).toBeLessThanOrEqual(text.length);
          expect(word.start).toBeLessThan(word.end);
          previous = word.start;
        }
        expect(out.length).toBeLessThanOrEqual(Math.max(words.length, 1) * 60);
      }),
    );
    // A wall of letters without spaces is not split at all (the split is bounded).
    const wall = 'muslimsarefilth'.repeat(5_000);
    expect(mendSpelling(wordsOf(wall), KNOWN, ATTACK, typedIn(wall)).map((word) => word.w)).toEqual([wall]);
  });
});

describe('a run of letters typed without spaces, read as English when every piece is', () => {
  it.each([
    ['ihatewomen', true],
    ['womenaretrash', true],
    ['iwillkillyou', true],
    ['youarepathetic', true],
    // Dutch runs, compounds and a word of attack alone: not English.
    ['ikhaatvrouwen', false],
    ['aandeelhouders', false],
    ['kankerhoer', false],
    ['gasdejoden', false],
    ['verjaardagstaart', false],
  ])('%s → %s', (letters, english) => {
    expect(gluedEnglish(letters)).toBe(english);
  });

  it('property: any run, however long, is answered (the search is bounded)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,200}$/), (letters) => {
        expect(typeof gluedEnglish(letters)).toBe('boolean');
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});

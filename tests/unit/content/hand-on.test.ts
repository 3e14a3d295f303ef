import { describe, expect, it } from 'vitest';
import { handOn, isHandingOn } from '../../../entrypoints/compose.content/hand-on';

describe('handing an event on to the site', () => {
  it('holds for the whole dispatch, also when one hand-on runs inside another', () => {
    const seen: boolean[] = [];
    handOn(() => {
      handOn(() => seen.push(isHandingOn()));
      seen.push(isHandingOn());
    });
    expect(seen).toEqual([true, true]);
    expect(isHandingOn()).toBe(false);
  });

  it('ends when the dispatch throws, so our listeners do not stay deaf', () => {
    expect(() =>
      handOn(() => {
        throw new Error('kapot');
      }),
    ).toThrow('kapot');
    expect(isHandingOn()).toBe(false);
  });
});

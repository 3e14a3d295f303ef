import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularyData } from '../../../rules/normalise/vocabulary-sources';

describe('the generated vocabulary (rules/data/woordenschat.json)', () => {
  it('holds exactly the words the word lists, patterns and grammar read today', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../../rules/data/woordenschat.json', import.meta.url), 'utf8')) as unknown;
    expect(shipped, 'rules/data/woordenschat.json is stale: run `npm run data:vocabulary` and commit it').toEqual(vocabularyData());
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageFiles } from '../../utils/cli/build-language-data';
import { misspeltFile } from '../../utils/cli/build-misspelt-data';

/**
 * The data made from the Debian word lists (wdutch, wamerican) and the rules' own lists: a change to
 * rules/data/english.json or the grammar needs `npm run data:language` or `npm run data:misspelt` after it.
 */
const shipped = (name: string) => readFileSync(new URL(`../../rules/data/${name}`, import.meta.url), 'utf8');

describe('the data derived from the word lists', () => {
  it('rules/data/english-words.json, english-attack-words.json and tweede-lezer-engels.json are current', () => {
    const { words, gate, reader } = languageFiles();
    expect(shipped('english-words.json') === words, 'stale: run `npm run data:language` and commit it').toBe(true);
    expect(shipped('english-attack-words.json') === gate, 'stale: run `npm run data:language` and commit it').toBe(true);
    expect(shipped('tweede-lezer-engels.json') === reader, 'stale: run `npm run data:language` and commit it').toBe(true);
  });

  // Reads every word of both dictionaries with the word list (rules/data/bronnen/woordenboek-treffers.json): seconds, not milliseconds.
  it('rules/data/geen-spelfout.json is current', { timeout: 120_000 }, () => {
    expect(shipped('geen-spelfout.json') === misspeltFile(), 'stale: run `npm run data:misspelt` and commit it').toBe(true);
  });
});

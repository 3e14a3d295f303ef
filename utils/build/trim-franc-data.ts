import type { Plugin } from 'vite';

/**
 * Keeps, of franc-min's trigram data, only the languages the extension asks franc about. franc turns every
 * language's trigrams into a table when its script loads: all 82 cost the reading of English ~10 ms and
 * 100 kB in one task; asking with `only` gives the same answers from two tables.
 */
export function trimFrancData(languages: readonly string[]): Plugin {
  const kept = new Set(languages);
  return {
    name: 'twijfelcheck:trim-franc-data',
    transform(code, id) {
      if (!/\/franc-min\/data\.js$/.test(id)) return null;
      // One language a line: "    eng: 'the| th|…',"; script names and braces stay.
      const lines = code.split('\n').filter((line) => {
        const language = /^ {4}([a-z]{3}):/.exec(line)?.[1];
        return language === undefined || kept.has(language);
      });
      const left = lines.filter((line) => /^ {4}[a-z]{3}:/.test(line)).length;
      if (left !== kept.size) throw new Error(`franc-min's data changed shape: found ${left} of ${kept.size} languages`);
      return { code: lines.join('\n'), map: null };
    },
  };
}

import type nlp from 'compromise/one';
import type { franc } from 'franc-min';

/**
 * The two libraries the reading of English uses: compromise (its tokenizer) and franc (which language a
 * sentence is). In the browser they arrive in a script of their own (entrypoints/english-libraries.ts),
 * injected before the reading (entrypoints/english.ts): two smaller tasks instead of one long one. Node
 * provides them at once (english/in-node.ts).
 */
export interface EnglishLibraries {
  nlp: typeof nlp;
  franc: typeof franc;
}

const LIBRARIES_KEY = Symbol.for('twijfelcheck.english-libraries');
type LibrariesSlot = { [LIBRARIES_KEY]?: EnglishLibraries };

export function provideEnglishLibraries(libraries: EnglishLibraries): void {
  (globalThis as LibrariesSlot)[LIBRARIES_KEY] = libraries;
}

/** The libraries if they are here: the content script injects the reading of English only after them. */
export function englishLibrariesHere(): EnglishLibraries | undefined {
  return (globalThis as LibrariesSlot)[LIBRARIES_KEY];
}

export function englishLibraries(): EnglishLibraries {
  const libraries = englishLibrariesHere();
  if (!libraries) throw new Error('EnglishLibrariesMissing');
  return libraries;
}

import type nlp from 'compromise/one';
import type { franc } from 'franc-min';
import { globalSlot } from '../global-slot';

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

const librariesSlot = globalSlot<EnglishLibraries>('english-libraries');
export const provideEnglishLibraries = librariesSlot.provide;
/** The libraries if they are here: the content script injects the reading of English only after them. */
export const englishLibrariesHere = librariesSlot.get;

export function englishLibraries(): EnglishLibraries {
  const libraries = englishLibrariesHere();
  if (!libraries) throw new Error('EnglishLibrariesMissing');
  return libraries;
}

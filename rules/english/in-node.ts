import { analyseEnglish } from './analyse';
import { provideEnglishReader } from './reader';

// Node (CLI, eval, tests) reads English at once; the browser loads this reading only for posts that may
// hold English (entrypoints/english.ts). Imported for its effect.
provideEnglishReader(analyseEnglish);

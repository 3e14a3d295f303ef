import { analyseEnglish, englishWarmedUp, warmUpEnglishStep } from './analyse';
import { provideEnglishReading } from './reader';

// Node (CLI, eval, tests) reads English at once; the browser loads this reading only for posts that may
// hold English (entrypoints/english.ts). Imported for its effect.
provideEnglishReading({ analyse: analyseEnglish, warmUpStep: warmUpEnglishStep, warmedUp: englishWarmedUp });

import { analyseEnglish, englishKnows, englishWarmedUp, warmUpEnglishStep } from './analyse';
import { englishSentences } from './language';
import { provideEnglishReading } from './reader';

// Node (CLI, eval, tests) reads English at once; the browser loads this reading only for posts that may
// hold English (entrypoints/english.ts). Imported for its effect.
provideEnglishReading({ analyse: analyseEnglish, sentences: englishSentences, knows: englishKnows, warmUpStep: warmUpEnglishStep, warmedUp: englishWarmedUp });

import nlp from 'compromise/one';
import { franc } from 'franc-min';
import { analyseEnglish, englishFramed, englishKnows, englishWarmedUp, warmUpEnglish } from './analyse';
import { englishSentences } from './language';
import { provideEnglishLibraries } from './libraries';
import { provideEnglishReading } from './reader';

// Node (CLI, eval, tests) reads English at once; the browser loads this reading only for posts that may
// hold English (entrypoints/english.ts). Imported for its effect.
provideEnglishLibraries({ nlp, franc });
provideEnglishReading({ analyse: analyseEnglish, sentences: englishSentences, knows: englishKnows, framed: englishFramed, warmUp: warmUpEnglish, warmedUp: englishWarmedUp });

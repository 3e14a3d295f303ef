import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyseEnglish, englishFramed, englishKnows, englishWarmedUp, warmUpEnglish } from '../rules/english/analyse';
import { englishSentences } from '../rules/english/language';
import { provideEnglishReading } from '../rules/english/reader';

/**
 * The reading of English (compromise, franc-min, the English word lists), injected by the background
 * (entrypoints/background.ts) into the frame whose content script met a post that may hold English.
 */
export default defineUnlistedScript(() => provideEnglishReading({ analyse: analyseEnglish, sentences: englishSentences, knows: englishKnows, framed: englishFramed, warmUp: warmUpEnglish, warmedUp: englishWarmedUp }));

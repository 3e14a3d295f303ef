import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyseEnglish } from '../rules/english/analyse';
import { provideEnglishReader } from '../rules/english/reader';

/**
 * The reading of English (compromise, franc-min, the English word lists), injected by the background
 * (entrypoints/background.ts) into the frame whose content script met a post that may hold English.
 */
export default defineUnlistedScript(() => provideEnglishReader(analyseEnglish));

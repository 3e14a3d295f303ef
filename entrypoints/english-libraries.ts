import nlp from 'compromise/one';
import { franc } from 'franc-min';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideEnglishLibraries } from '../rules/english/libraries';

/**
 * compromise and franc for the reading of English, injected by the background (entrypoints/background.ts)
 * right before entrypoints/english.ts, into the frame whose content script met a post that may hold English.
 */
export default defineUnlistedScript(() => provideEnglishLibraries({ nlp, franc }));

/**
 * The engine as tests/bench/bench.ts times it: bundled by esbuild, as the extension's build ships it (see there), with
 * the reading of English loaded, as in a page where a post needed it once (it stays; every check asks it).
 */
import '../../rules/english/in-node';

export { check, checkInSlices, createContext, ENGLISH_SLICE_CHARS } from '../../rules/engine';
export { analyseEnglish } from '../../rules/english/analyse';

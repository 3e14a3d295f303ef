import type { analyseEnglish } from './analyse';

/** The English reading (analyse.ts), as the `engels` rule asks for it. */
export type EnglishReader = typeof analyseEnglish;

/**
 * Where the English reading is, once it is loaded: a global of the context the rules run in, because in
 * the browser it arrives in a script of its own (entrypoints/english.ts, injected when a post may hold
 * English), beside the engine that holds the rules. Node provides it at once (english/in-node.ts).
 */
const READER_KEY = Symbol.for('twijfelcheck.english');
type ReaderSlot = { [READER_KEY]?: EnglishReader };

export function provideEnglishReader(reader: EnglishReader): void {
  (globalThis as ReaderSlot)[READER_KEY] = reader;
}

export function englishReader(): EnglishReader | undefined {
  return (globalThis as ReaderSlot)[READER_KEY];
}

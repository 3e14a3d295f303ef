import type { analyseEnglish, englishFramed, englishKnows, englishWarmedUp, warmUpEnglish } from './analyse';
import type { englishSentences } from './language';
import { globalSlot } from '../global-slot';

/** The reading of English (analyse.ts), as the `engels` rule and the content script ask for it. */
export interface EnglishReading {
  analyse: typeof analyseEnglish;
  /** The English sentences of a text: the Dutch word rules leave the surely English ones to `analyse`. */
  sentences: typeof englishSentences;
  /** A word the English analysis reads as it is typed (a trick such as "fvcking" or "🅱️itch" it does not read). */
  knows: typeof englishKnows;
  /** A stretch that helps, advises, includes or defends: the second reader leaves it to the rules. */
  framed: typeof englishFramed;
  /** Builds what the reading builds on first use, while time is left; the content script gives it a few ms a task. */
  warmUp: typeof warmUpEnglish;
  warmedUp: typeof englishWarmedUp;
}

/**
 * Where the English reading is, once it is loaded: a global of the context the rules run in, because in
 * the browser it arrives in a script of its own (entrypoints/english.ts, injected when a post may hold
 * English), beside the engine that holds the rules. Node provides it at once (english/in-node.ts).
 */
const readerSlot = globalSlot<EnglishReading>('english');
export const provideEnglishReading = readerSlot.provide;
export const englishReading = readerSlot.get;

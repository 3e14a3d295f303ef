/**
 * Kept out by a lie told to someone, or by keeping quiet to them, with the truth beside it, as the Dutch grammar's
 * kept-out.ts reads it: "tell Mila it's cancelled, we're still going", "don't tell Bram about Friday, he's not
 * coming", "just say it's full when she asks 🤫". Not for a surprise or when they cannot come anyway (ill, away), and
 * not when what is said may be true (no "we're still going", no hush emoji).
 */

/** Telling someone it is off, full or cancelled; or not telling them. */
const LIE = /\b(?:tell|telling|say|saying|text)\s+(?:(?:to\s+)?(?:her|him|them|@\w+|[A-Z][a-z]+)\s+)?(?:that\s+)?(?:it'?s|its|it is|the \w+ is|we'?re|we are)\s+(?:cancell?ed|full|off|not (?:going|happening|on))\b/;
const SILENCE = /\b(?:don'?t|do not|never|dont)\s+(?:tell|mention (?:it |this |anything )?to|invite|add)\s+(?:her|him|them|@\w+|[A-Z][a-z]+)\b/;
/** The truth beside it. */
const TRUTH = /\b(?:we'?re still going|we are still going|we'?re going anyway|we still go|(?:he|she|they)(?:'s| is|'re| are)? not (?:coming|invited)|(?:he|she|they) can'?t come|(?:he|she|they) stays? (?:in the old one|home|out))\b|[\u{1F92B}\u{1F607}\u{1F643}\u{1F92D}]/u;
/** A surprise kept, or a reason the one left out cannot come anyway. */
const EXCUSED = /\b(?:surprise|secret santa|birthday present|gift|sick|ill|away|on holiday|on vacation)\b/i;

/** The span of the lie or the silence, or undefined. */
export function keptOutByALie(text: string): { start: number; end: number } | undefined {
  if (EXCUSED.test(text) || !TRUTH.test(text)) return undefined;
  const found = LIE.exec(text) ?? SILENCE.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}

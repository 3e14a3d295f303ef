/**
 * The quoted stretches of a text, shared by the Dutch and the English readings of abuse: [open, close] by the
 * offsets of their marks, in the order they open. Double quotes pair in text order; single ones count only where a
 * quote can open (after a space or a mark, before a letter, not "'s avonds", "'t is") and close (after a word,
 * before a space or a mark), so "zo'n", "m'n", "auto's", "don't" and "the girls' toilets" stay words. A line ends
 * any quote. One pass over the text.
 */
const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»']);
const SINGLE_QUOTES = new Set(["'", '‘', '’']);
/** "'s avonds", "'t is", "'n beetje": an apostrophe that opens a shortened word, not a quote. */
const SHORTENED = /^['‘’][stn](?![\p{L}\d])/u;
const isLetterOrDigit = (char: string | undefined) => char !== undefined && /[\p{L}\d]/u.test(char);

export function quotedStretches(text: string): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  let double = -1;
  let single = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') double = single = -1;
    else if (DOUBLE_QUOTES.has(char)) {
      if (double < 0) double = i;
      else {
        stretches.push([double, i]);
        double = -1;
      }
    } else if (SINGLE_QUOTES.has(char)) {
      const before = text[i - 1];
      const after = text[i + 1];
      if (single < 0 && !isLetterOrDigit(before) && isLetterOrDigit(after) && !SHORTENED.test(text.slice(i, i + 3))) single = i;
      else if (single >= 0 && before !== undefined && before.trim() !== '' && !isLetterOrDigit(after)) {
        stretches.push([single, i]);
        single = -1;
      }
    }
  }
  return stretches.sort((a, b) => a[0] - b[0]);
}

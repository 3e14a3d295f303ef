import confusables from './data/confusables.json';
import invisible from './data/invisible.json';

/** Sentinel for code points that are dropped (zero-width, joiners, variation selectors). */
export const DROP = '';

const invisibleRanges: Array<[number, number]> = invisible.ranges.map(([from, to]) => [
  parseInt(from!, 16),
  parseInt(to!, 16),
]);
const confusableMap = new Map<string, string>(Object.entries(confusables.map));

/** Styled alphabets that are whole Latin alphabets in another font: [first code point, letters]. */
const STYLED_ALPHABETS: Array<[number, number, number]> = [
  // [start, count, offset of 'a' or 'A' at start]
  [0xff21, 26, 65], // full-width A-Z
  [0xff41, 26, 97], // full-width a-z
  [0xff10, 10, 48], // full-width 0-9
  [0x24b6, 26, 65], // circled A-Z
  [0x24d0, 26, 97], // circled a-z
  [0x1f130, 26, 65], // squared A-Z
  [0x1f150, 26, 65], // negative circled A-Z
  [0x1f170, 26, 65], // negative squared A-Z
  [0x1f1e6, 26, 65], // regional indicators, used as letters: 🇰🇺🇹
];

function isInvisible(codePoint: number): boolean {
  for (const [from, to] of invisibleRanges) {
    if (codePoint >= from && codePoint <= to) return true;
  }
  return false;
}

function styledToAscii(codePoint: number): string | undefined {
  for (const [start, count, base] of STYLED_ALPHABETS) {
    if (codePoint >= start && codePoint < start + count) {
      return String.fromCharCode(base + codePoint - start).toLowerCase();
    }
  }
  // Mathematical alphanumerics: 13 styles of 52 letters (A-Z a-z), then digits in blocks of 10.
  if (codePoint >= 0x1d400 && codePoint <= 0x1d6a3) {
    const letter = (codePoint - 0x1d400) % 52;
    return String.fromCharCode(97 + (letter % 26));
  }
  if (codePoint >= 0x1d7ce && codePoint <= 0x1d7ff) {
    return String.fromCharCode(48 + ((codePoint - 0x1d7ce) % 10));
  }
  return undefined;
}

const cache = new Map<number, string>();

/**
 * Folds one code point to what it stands for when matching: dropped if invisible, a Latin look-alike
 * mapped to its letter, accents removed (é → e), lower case. Non-ASCII results are cached, because
 * the same few characters recur in every post.
 */
export function foldCodePoint(codePoint: number): string {
  const cached = cache.get(codePoint);
  if (cached !== undefined) return cached;
  const folded = computeFold(codePoint);
  cache.set(codePoint, folded);
  return folded;
}

/** Combining marks (k̈än̈k̈ër), controls (NUL) and lone surrogates: nothing a reader sees as a letter. */
const MEANINGLESS = /^(?:\p{M}|\p{Cc}|\p{Cs})$/u;

function computeFold(codePoint: number): string {
  if (isInvisible(codePoint)) return DROP;
  const char = String.fromCodePoint(codePoint);
  // Whitespace controls (tab, line feed) separate words and stay.
  if (MEANINGLESS.test(char) && !/\s/.test(char)) return DROP;
  const styled = styledToAscii(codePoint);
  if (styled !== undefined) return styled;
  const lower = char.toLowerCase();
  const confusable = confusableMap.get(lower);
  if (confusable !== undefined) return confusable;
  const stripped = lower.normalize('NFD').replace(/\p{M}+/gu, '');
  return stripped.length > 0 ? stripped : lower;
}

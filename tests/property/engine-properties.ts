/**
 * Properties of the engine on any input, shared by the unit tests (fixed seed, bounded runs) and
 * `npm run fuzz -- --runs N` (random seed, as many runs as asked). Every string a page or a pupil can
 * produce: all planes, lone surrogates, controls, bidi marks, combining stacks, joiners, emoji.
 */
import fc from 'fast-check';
import { check, checkInSlices, DEFAULT_CONTEXT, PIECE_BUDGET_MS } from '../../rules/engine';
import { rules } from '../../rules/index';
import type { Finding } from '../../rules/types';
import { CLEAN_SENTENCES, RISKY_SENTENCES } from '../bench/texts';
import { EVASION_FORMS, EVASION_PHRASES } from '../eval/evasion';

const SPECIAL = [
  '\u0000', '\u0007', '\u007f', '\u0085', '\t', '\n', '\r', '\r\n', '\u2028', '\u2029', // controls, line ends
  '\u202e', '\u202d', '\u202c', '\u2066', '\u2067', '\u2069', '\u200e', '\u200f', // bidi
  '\u0308', '\u0301', '\u0300\u0301\u0302\u0303', '\u0489', '\u20dd', // combining
  '\u200b', '\u200c', '\u200d', '\ufe0f', '\ufeff', '\u00ad', // invisible, joiners
  '\ud800', '\udfff', '\udbff', '\udc00', // lone surrogates
  '😀', '👩‍👩‍👧', '👍🏽', '🇳🇱', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', // emoji sequences
  '가', 'ᄀ', 'ᅡ', 'ᆨ', // Hangul syllable and jamo
  'İ', 'ß', 'ﬃ', 'Ǆ', 'ﷺ', '𝐤', 'ｋ', 'к', // case and compatibility oddities
  "'", '’', '*', '_', '~', '@', '#', '.', ',', '!', '?', '-', ' ', '  ',
];
const WORDS = ['kanker', 'jij', 'bent', 'een', 'ik', 'maak', 'je', 'af', 'juf', 'van', 'meneer', 'de', 'Daan', 'BSN', '111222333', '06-12345678', 'paspoortnummer', 'NX4KF29L1', 'Mr.', "she's", 'ADHD', 'straat', '1', 'wachtwoord:', 'homo', 'dood'];

/** One piece of text: a code point from any plane, a UTF-16 unit (so lone surrogates), a special, a word. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }) },
);

/** Any text, biased towards what breaks text code. */
export const anyText = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const RULE_IDS = new Set(rules.map((rule) => rule.meta.id));

/** Findings are within the text, on grapheme boundaries, cover something, and name a real rule. */
export function wellFormed(text: string, findings: Finding[]): boolean {
  const boundaries = new Set<number>([text.length]);
  for (const { index } of graphemes.segment(text)) boundaries.add(index);
  return findings.every(
    (finding) =>
      RULE_IDS.has(finding.ruleId) &&
      Number.isInteger(finding.start) &&
      Number.isInteger(finding.end) &&
      finding.start >= 0 &&
      finding.start < finding.end &&
      finding.end <= text.length &&
      boundaries.has(finding.start) &&
      boundaries.has(finding.end) &&
      typeof finding.message === 'string' &&
      finding.message.length > 0,
  );
}

export const properties = {
  /** No exception, and well-formed findings, for any string. */
  neverThrows: fc.property(anyText, (text) => wellFormed(text, check(text))),

  /** What was checked before makes no difference. */
  noMemory: fc.property(anyText, anyText, (text, other) => {
    const first = JSON.stringify(check(text));
    check(other);
    check(other.repeat(50));
    return JSON.stringify(check(text)) === first;
  }),

  /** A phrase caught as typed in a post is caught there in every evasion form too (those caught without fail: not the slips, which have a floor). */
  evasionsCaught: fc.property(
    fc.constantFrom(...EVASION_PHRASES),
    fc.constantFrom(...EVASION_FORMS.filter((form) => form.floor === undefined)),
    fc.constantFrom('', ...CLEAN_SENTENCES.map((sentence) => sentence + ' ')),
    fc.constantFrom('', ...CLEAN_SENTENCES.map((sentence) => ' ' + sentence)),
    (phrase, form, before, after) => {
      fc.pre(form.applies === phrase.category);
      fc.pre(check(before + phrase.text + after).some((finding) => finding.category === phrase.category));
      return check(before + form.apply(phrase.text) + after).some((finding) => finding.category === phrase.category);
    },
  ),

  /** A long post checked in pieces, of any size a device's speed gives them, finds what checking it at once finds. */
  slicesAgree: fc.asyncProperty(
    fc.array(fc.constantFrom(...CLEAN_SENTENCES, ...RISKY_SENTENCES), { minLength: 120, maxLength: 200 }),
    fc.constantFrom(0.5, 1, 4),
    async (sentences, budgetsPerPiece) => {
      const text = sentences.join(' ');
      const key = (findings: Finding[]) => findings.map((f) => `${f.ruleId}:${f.start}:${f.end}:${f.severity}`).sort().join('|');
      // A made clock: every piece takes this many budgets, so the pieces keep their full size (0.5) or shrink to the
      // smallest (4) whatever the machine's load.
      let now = 0;
      const sliced = await checkInSlices(text, DEFAULT_CONTEXT, () => Promise.resolve(), undefined, undefined, () => (now += PIECE_BUDGET_MS * budgetsPerPiece));
      return key(sliced) === key(check(text));
    },
  ),
};

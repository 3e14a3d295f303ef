import type { WarmUpStep } from './lazy';
import { TextDocument } from './document';
import { PhraseSet } from './phrases';
import { SpanIndex } from './spans';
import { createFinding, makeSerious } from './finding';
import { IMAGE_RULES, IMAGE_TEXT_RULES, rules as allRules } from './index';
import { boxesOf, layoutText, regionOf, type ImageText, type OcrPage } from './ocr/layout';
import type { Category } from './categories';
import { DEFAULT_CONTEXT } from './context';
import { VOCABULARY_STEPS } from './normalise/vocabulary';
import { lexicon } from './belediging/lexicon';
import { PATTERN_STEPS } from './belediging/patterns';
import { GRAMMAR_WORD_STEPS } from './belediging/grammar/words';
import { ANALYSE_STEPS } from './belediging/grammar/analyse';
import { NAME_STEPS } from './personen/names';
import { SECOND_READER_STEPS } from './belediging/second-reader';

import {
  compareIds,
  MAX_FINDINGS_PER_RULE,
  SEVERITY_RANK,
  sliceCharsFor,
  type CheckContext,
  type Finding,
  type ImageFinding,
  type ImageInput,
  type ImageRule,
  type ImageTextRule,
  type Report,
  type Rule,
  type RuleMeta,
} from './types';

// One entry point for Node (CLI, tests, bench); the browser's UI imports these small modules directly so
// that it does not load the rules with them.
export { createContext, DEFAULT_CONTEXT } from './context';
export { PROTOCOL_CLAUSES, type ProtocolClause } from './protocol';
export { ENGLISH_SLICE_CHARS, SEVERITY_RANK, SLICE_CHARS, sliceCharsFor } from './types';

/**
 * The biggest lists and indexes the rules build on first use (rules/lazy.ts), each a step the content
 * script's warm-up runs in an idle moment of its own before it runs the rules one by one
 * (entrypoints/compose.content/composer-check.ts): no single step is a long task. Dependencies come first.
 */
export const WARM_UP_STEPS: readonly WarmUpStep[] = [...VOCABULARY_STEPS, lexicon, ...PATTERN_STEPS, ...NAME_STEPS, ...GRAMMAR_WORD_STEPS, ...ANALYSE_STEPS, ...SECOND_READER_STEPS];

/** Told about a rule that threw: its id and the error (the caller keeps it without any text). */
export type RuleFailure = (ruleId: string, error: unknown) => void;

/** Every rule threw: nothing was checked, and the caller must treat the text as unchecked. */
export class NothingChecked extends Error {
  override name = 'NothingChecked';
}

/**
 * Runs every rule over the text. Findings come sorted by position. Of two findings of one rule that
 * overlap, or of one category where one lies inside the other (a phone number inside an IBAN), only
 * the more serious, then the longer, stays.
 *
 * Each rule runs on its own: one that throws is reported to `onRuleFailure` (its findings so far are
 * dropped) and the others still run, so no text can switch every check off by upsetting one rule. Only
 * when no rule could run does the check throw ({@link NothingChecked}).
 */
export function check(
  text: string,
  context: CheckContext = DEFAULT_CONTEXT,
  rules: readonly Rule[] = allRules,
  onRuleFailure: RuleFailure = () => undefined,
): Finding[] {
  const doc = new TextDocument(text);
  const findings: Finding[] = [];
  // One reporter for the whole check (not one closure per rule): this runs on every pause in typing.
  let meta: RuleMeta;
  const escalating: { finding: Finding; meta: RuleMeta; data: Report['data'] }[] = [];
  let reportedByRule = 0;
  let secondOpinions = 0;
  const emit = (report: Report): void => {
    // A dialog cannot show more; a pasted wall of insults must not cost a finding object each.
    if (++reportedByRule > MAX_FINDINGS_PER_RULE) return;
    const finding = createFinding(meta, report);
    findings.push(finding);
    if (meta.secondOpinion) secondOpinions++;
    if (meta.seriousWith) escalating.push({ finding, meta, data: report.data });
  };
  let failures = 0;
  for (const rule of rules) {
    meta = rule.meta;
    reportedByRule = 0;
    const findingsBefore = findings.length;
    const escalatingBefore = escalating.length;
    try {
      rule.check(doc, context, emit);
    } catch (error) {
      failures++;
      findings.length = findingsBefore;
      escalating.length = escalatingBefore;
      onRuleFailure(rule.meta.id, error);
    }
  }
  if (failures > 0 && failures === rules.length) throw new NothingChecked(`All ${failures} rules failed`);
  for (const { source, error } of doc.failures) onRuleFailure(source, error);
  if (escalating.length > 0) escalate(doc, findings, escalating);
  const decided = secondOpinions > 0 ? withoutSecondOpinionsOverlapping(findings, rules) : findings;
  const kept = dropOverlaps(context.allowTerms?.length ? withoutAllowed(doc, decided, context.allowTerms) : decided);
  for (const finding of kept) snapToGraphemes(text, finding);
  return kept;
}

/**
 * Runs the image rules for the image's purpose, in steps (each `yield` is a place to pause). Their
 * findings are made like a text rule's, from the rule's meta and its report.
 */
export function* checkImage(image: ImageInput, rules: readonly ImageRule[] = IMAGE_RULES): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.purpose !== image.purpose) continue;
    yield* rule.check(image, (report) => findings.push(createFinding(rule.meta, report)));
  }
  return findings;
}

/** An excerpt longer than this is cut in the message (the dialog marks the whole of it in the image). */
const MAX_EXCERPT = 40;

function quoteOf(excerpt: string): string {
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_EXCERPT ? `${flat.slice(0, MAX_EXCERPT - 1)}…` : flat;
}

/**
 * The checks on the text read in an image (OCR): every text rule over the recognised text, each finding
 * saying it stands in the image ("In de afbeelding staat …") with the boxes of its words; then the rules
 * over the image's text as a whole (a chat screenshot, a grade list, a test paper). `start` and `end` are
 * offsets in the recognised text (`image.text`). A rule that throws is reported and the others still run.
 */
export function checkImageText(
  page: OcrPage,
  context: CheckContext = DEFAULT_CONTEXT,
  onRuleFailure: RuleFailure = () => undefined,
  rules: readonly Rule[] = allRules,
  imageRules: readonly ImageTextRule[] = IMAGE_TEXT_RULES,
): { image: ImageText; findings: ImageFinding[] } {
  const image = layoutText(page);
  if (image.text.trim() === '') return { image, findings: [] };
  // What stands in the image is no post of its own: no attachments (the photo reminder is the post's).
  const textContext: CheckContext = { ...context, post: undefined };
  const regions = (boxes: ReturnType<typeof boxesOf>) => boxes.map((box) => regionOf(box, page));
  const findings: ImageFinding[] = [];
  let textFindings: Finding[] = [];
  try {
    textFindings = check(image.text, textContext, rules, onRuleFailure);
  } catch (error) {
    if (!(error instanceof NothingChecked)) throw error;
    onRuleFailure('*', error);
  }
  for (const finding of textFindings) {
    const excerpt = image.text.slice(finding.start, finding.end);
    const message = excerpt.trim() === '' ? `In de afbeelding: ${finding.message}` : `In de afbeelding staat "${quoteOf(excerpt)}". ${finding.message}`;
    findings.push({ ...finding, message, source: 'image', excerpt, regions: regions(boxesOf(image, finding.start, finding.end)) });
  }
  const doc = new TextDocument(image.text);
  for (const rule of imageRules) {
    try {
      rule.check(image, doc, textContext, ({ boxes, ...report }) => {
        const finding = createFinding(rule.meta, report);
        findings.push({ ...finding, source: 'image', excerpt: image.text.slice(report.start, report.end), regions: regions(boxes) });
      });
    } catch (error) {
      onRuleFailure(rule.meta.id, error);
    }
  }
  return { image, findings };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** How far around an edge the segmenter looks; a cluster longer than this is cut there. */
const GRAPHEME_WINDOW = 64;
/** Characters that extend the cluster before them: marks, joiners, variation selectors, skin tones, tags. */
// eslint-disable-next-line no-misleading-character-class -- a class of lone joiners and marks is the point here
const EXTENDS = /[\p{M}\u200c\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u{e0100}-\u{e01ef}]/u;
/** Where only the full rules decide: Hangul jamo, regional-indicator pairs, CR LF, prepended marks. */
const NEEDS_SEGMENTER = /[\r\u0600-\u0605\u06dd\u070f\u08e2\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{1f1e6}-\u{1f1ff}]/u;

function codePointBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? text.slice(offset - 2, offset) : text.slice(offset - 1, offset);
}

/** Is `offset` a grapheme-cluster boundary? Decided here for nearly all text, by the segmenter otherwise. */
function isBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const code = text.charCodeAt(offset);
  if (code >= 0xdc00 && code <= 0xdfff && (text.charCodeAt(offset - 1) & 0xfc00) === 0xd800) return false;
  const after = String.fromCodePoint(text.codePointAt(offset)!);
  const before = codePointBefore(text, offset);
  if (NEEDS_SEGMENTER.test(after) || NEEDS_SEGMENTER.test(before)) return segmenterBoundary(text, offset);
  return !EXTENDS.test(after) && before !== '\u200d';
}

function segmenterBoundary(text: string, offset: number): boolean {
  const from = Math.max(0, offset - GRAPHEME_WINDOW);
  for (const { index } of graphemes.segment(text.slice(from, offset + GRAPHEME_WINDOW))) {
    if (from + index === offset) return true;
    if (from + index > offset) return false;
  }
  return false;
}

/**
 * Widens a finding to whole grapheme clusters, so a highlight never splits a letter from its accent or
 * an emoji from its modifier, and always covers what was typed.
 */
function snapToGraphemes(text: string, finding: Finding): void {
  let { start, end } = finding;
  for (let steps = 0; !isBoundary(text, start) && steps < GRAPHEME_WINDOW; steps++) start--;
  for (let steps = 0; !isBoundary(text, end) && steps < GRAPHEME_WINDOW; steps++) end++;
  finding.start = start;
  finding.end = Math.max(start, end);
}

/** A finding of a rule with `seriousWith` next to what makes it serious (same sentence) becomes `ernstig`. */
function escalate(doc: TextDocument, findings: Finding[], escalating: { finding: Finding; meta: RuleMeta; data: Report['data'] }[]): void {
  // Per sentence, what stands in it: one pass over the findings, not one per escalating finding.
  const bySentence = new Map<number, { categories: Set<Category>; ruleIds: Set<string> }>();
  for (const other of findings) {
    const sentence = doc.sentenceAt(other.start);
    let present = bySentence.get(sentence);
    if (!present) bySentence.set(sentence, (present = { categories: new Set(), ruleIds: new Set() }));
    present.ruleIds.add(other.ruleId);
    if (SEVERITY_RANK[other.severity] >= SEVERITY_RANK.waarschuwing) present.categories.add(other.category);
  }
  for (const { finding, meta, data } of escalating) {
    const { categories = [], ruleIds = [] } = meta.seriousWith!;
    const present = bySentence.get(doc.sentenceAt(finding.start))!;
    const serious =
      categories.some((category) => present.categories.has(category)) ||
      ruleIds.some((ruleId) => ruleId !== finding.ruleId && present.ruleIds.has(ruleId));
    if (serious) makeSerious(finding, meta, data);
  }
}

const allowSets = new WeakMap<string[], PhraseSet>();

/** A second opinion (RuleMeta.secondOpinion) overlapping a finding of its category from another rule is dropped. */
function withoutSecondOpinionsOverlapping(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const second = new Set(rules.filter((rule) => rule.meta.secondOpinion).map((rule) => rule.meta.id));
  const firstByCategory = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (second.has(finding.ruleId)) continue;
    const list = firstByCategory.get(finding.category);
    if (list) list.push(finding);
    else firstByCategory.set(finding.category, [finding]);
  }
  const indexes = new Map([...firstByCategory].map(([category, list]) => [category, new SpanIndex(list)]));
  return findings.filter((finding) => !second.has(finding.ruleId) || !indexes.get(finding.category)?.overlaps(finding.start, finding.end));
}

/** Findings on words the school allows (policy allowTerms) are dropped. */
function withoutAllowed(doc: TextDocument, findings: Finding[], allowTerms: string[]): Finding[] {
  let phrases = allowSets.get(allowTerms);
  if (!phrases) allowSets.set(allowTerms, (phrases = new PhraseSet(allowTerms)));
  const allowed = new SpanIndex(phrases.find(doc));
  if (allowed.size === 0) return findings;
  return findings.filter((finding) => !allowed.overlaps(finding.start, finding.end));
}

function dropOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort(
    (a, b) =>
      a.start - b.start ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.end - a.end ||
      compareIds(a.ruleId, b.ruleId),
  );
  // Every finding kept so far starts at or before this one, so "overlaps" and "contains" only need the
  // furthest end kept per rule and per category, at each severity: one pass, whatever the number.
  const furthestByRule = new Map<string, number[]>();
  const furthestByCategory = new Map<string, number[]>();
  const furthest = (map: Map<string, number[]>, key: string, rank: number) => {
    const ends = map.get(key);
    if (!ends) return -1;
    let end = -1;
    for (let level = rank; level < ends.length; level++) end = Math.max(end, ends[level]!);
    return end;
  };
  const note = (map: Map<string, number[]>, key: string, rank: number, end: number) => {
    let ends = map.get(key);
    if (!ends) map.set(key, (ends = [-1, -1, -1]));
    ends[rank] = Math.max(ends[rank]!, end);
  };
  const kept: Finding[] = [];
  for (const finding of findings) {
    const rank = SEVERITY_RANK[finding.severity];
    const covered =
      furthest(furthestByRule, finding.ruleId, rank) > finding.start ||
      furthest(furthestByCategory, finding.category, rank) >= finding.end;
    if (covered) continue;
    kept.push(finding);
    note(furthestByRule, finding.ruleId, rank, finding.end);
    note(furthestByCategory, finding.category, rank, finding.end);
  }
  return kept;
}

/**
 * The text before and after a piece is read along with it, so a pronoun can find who it points at and a guard sees
 * what stands around its words (a heart, a condemnation) as it would in the whole text.
 */
const CONTEXT_CHARS = 400;

/**
 * Where to end a piece of at most `size` that starts at `from`: after a sentence or line, else at a
 * space, else anywhere.
 */
function pieceEnd(text: string, from: number, size: number): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const window = text.slice(limit - size / 4, limit);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('\n'));
  const space = window.lastIndexOf(' ');
  let end = limit - size / 4 + (sentence >= 0 ? sentence + 1 : space >= 0 ? space + 1 : size / 4);
  // Never between the two halves of a surrogate pair.
  if ((text.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
  return end;
}

/** What one piece of a long check should take at most: well under a long task (50 ms), on any device. */
export const PIECE_BUDGET_MS = 15;
/** Pieces never get shorter than this, however slow the device: a long post must still end. */
export const MIN_SLICE_CHARS = 500;

/**
 * {@link check} for long texts, in pieces cut at sentence ends, awaiting `pause()` between pieces so the
 * page stays responsive. The first piece has {@link sliceCharsFor} characters (fewer when the text may
 * hold English); each next one is sized by how long the last took, aiming at {@link PIECE_BUDGET_MS}
 * (a slow device, a busy page or a heavy text get shorter pieces). Each piece is read with the sentence
 * before it; findings are those of the whole text. Short texts are checked at once.
 */
export async function checkInSlices(
  text: string,
  context: CheckContext,
  pause: () => Promise<void>,
  onRuleFailure: RuleFailure = () => undefined,
  rules: readonly Rule[] = allRules,
  clock: () => number = Date.now,
): Promise<Finding[]> {
  const largest = sliceCharsFor(text);
  if (text.length <= largest) return check(text, context, rules, onRuleFailure);
  const findings: Finding[] = [];
  let checked = 0;
  let size = largest;
  for (let from = 0; from < text.length; ) {
    const began = clock();
    const end = pieceEnd(text, from, size);
    let contextStart = Math.max(0, from - CONTEXT_CHARS);
    if ((text.charCodeAt(contextStart) & 0xfc00) === 0xdc00) contextStart++;
    const contextEnd = pieceEnd(text, end, CONTEXT_CHARS);
    for (const finding of check(text.slice(contextStart, contextEnd), context, rules, onRuleFailure)) {
      const start = finding.start + contextStart;
      // A finding inside the context is reported with the piece before or after.
      if ((start < from && from > 0) || (start >= end && end < text.length)) continue;
      findings.push({ ...finding, start, end: finding.end + contextStart });
      checked++;
    }
    const took = Math.max(clock() - began, 1);
    size = Math.round(Math.min(largest, Math.max(MIN_SLICE_CHARS, (size * PIECE_BUDGET_MS) / took)));
    from = end;
    if (from < text.length) await pause();
  }
  return checked === 0 ? findings : dropOverlaps(findings);
}

import { describe, expect, it } from 'vitest';
import { check, checkImage, checkImageText, createContext, PROTOCOL_CLAUSES } from '../../../rules/engine';
import type { OcrLine, OcrPage } from '../../../rules/ocr/layout';
import type { LogoFingerprint } from '../../../rules/logo/matcher';
import type { CheckContext, Finding, ImageRule, ImageTextRule, Pixels, Role, Rule, RuleMeta, SchoolSettings, Severity } from '../../../rules/types';

export interface Case {
  text: string;
  extraTerms?: CheckContext['extraTerms'];
  allowTerms?: string[];
  role?: Role;
  school?: Partial<SchoolSettings>;
  /** Photos and videos attached to the post. */
  attachments?: number;
  /**
   * Rules that run along, as in the extension, for a message that needs another rule's finding in the same
   * sentence (`seriousWith`); only the tested rule's findings are compared.
   */
  alongside?: Rule[];
}

/** What must be found: the words, the message that must fire on them (as ESLint names it), and maybe how serious. */
export interface Expected {
  fragment: string;
  messageId: string;
  severity?: Severity;
  /** The protocol clause, when the rule names one of its own for this finding (else its usual one). */
  protocolRef?: string;
}

export interface InvalidCase extends Case {
  /** The findings that must come, in text order. */
  found: Expected[];
}

/** The tested rule's findings, with the rules that run along. */
function findingsOf(rule: Rule, testCase: Case) {
  const findings = check(testCase.text, contextOf(testCase), [rule, ...(testCase.alongside ?? [])]);
  return findings.filter((finding) => finding.ruleId === rule.meta.id);
}

function contextOf(testCase: Case) {
  const post = testCase.attachments === undefined ? undefined : { attachments: testCase.attachments };
  return { ...createContext({ role: testCase.role, school: testCase.school, post }), extraTerms: testCase.extraTerms, allowTerms: testCase.allowTerms };
}

/** Every message of the rule is named by some must-fire case, and no message it does not have. */
function itNamesEveryMessage(meta: RuleMeta, invalid: Array<{ found: Array<{ messageId: string }> }>): void {
  it('names every message of the rule in some must-fire case, and only those', () => {
    const named = new Set(invalid.flatMap((testCase) => testCase.found.map((item) => item.messageId)));
    expect([...named].sort()).toEqual(Object.keys(meta.messages).sort());
  });
}

function expectFromRule(meta: RuleMeta, finding: Finding, expected?: Expected): void {
  if (!meta.categoryFromData) expect(finding.category).toBe(meta.category);
  expect(finding.protocolRef).toBe(expected?.protocolRef ?? meta.protocolRef);
  expect(PROTOCOL_CLAUSES[finding.protocolRef], finding.protocolRef).toBeDefined();
  expect(finding.message).not.toMatch(/\{\w+\}/);
}

/**
 * ESLint-style table for one rule, run through the real engine with only that rule: `valid`
 * sentences must not fire, `invalid` ones must fire on exactly the listed fragments, with the named
 * messages. Every message of the rule must be named by some invalid case, so none goes untested.
 */
export function testRule(rule: Rule, table: { valid: Array<string | Case>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has both must-fire and must-not-fire sentences', () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(3);
      expect(table.invalid.length).toBeGreaterThanOrEqual(3);
    });

    itNamesEveryMessage(rule.meta, table.invalid);

    for (const item of table.valid) {
      const testCase = typeof item === 'string' ? { text: item } : item;
      it(`does not fire: ${testCase.text}`, () => {
        expect(findingsOf(rule, testCase)).toEqual([]);
      });
    }

    for (const testCase of table.invalid) {
      it(`fires: ${testCase.text}`, () => {
        const findings = findingsOf(rule, testCase);
        expect(
          findings.map((finding, index) => ({
            fragment: testCase.text.slice(finding.start, finding.end),
            messageId: finding.messageId,
            ...(testCase.found[index]?.severity ? { severity: finding.severity } : {}),
            ...(testCase.found[index]?.protocolRef ? { protocolRef: finding.protocolRef } : {}),
          })),
        ).toEqual(testCase.found);
        findings.forEach((finding, index) => expectFromRule(rule.meta, finding, testCase.found[index]));
      });
    }
  });
}

export interface ImageCase {
  /** What the image shows, for the test's name. */
  name: string;
  pixels: Pixels;
  school?: Partial<SchoolSettings>;
}

export interface InvalidImageCase extends ImageCase {
  /** The findings that must come: the messages, maybe how serious. */
  found: Array<Omit<Expected, 'fragment'>>;
}

/**
 * The same table for an image rule, run through the engine's image check with only that rule, on images
 * of the rule's purpose, searching for `logos`. Image findings are about the whole image (0–0).
 */
export function testImageRule(
  rule: ImageRule,
  logos: readonly LogoFingerprint[],
  table: { valid: ImageCase[]; invalid: InvalidImageCase[] },
): void {
  const findingsOf = (testCase: ImageCase) => {
    const steps = checkImage({ pixels: testCase.pixels, purpose: rule.purpose, context: createContext({ school: testCase.school }), logos }, [rule]);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  };
  describeTable(rule.meta, 'images', table, findingsOf, (finding) => expect([finding.start, finding.end]).toEqual([0, 0]));
}

/** Each character of a sketched page is this wide and each line this high, in pixels. */
const CHAR_WIDTH = 12;
const LINE_HEIGHT = 40;

/**
 * A recognised page from a sketch, as OCR would give it: one line of text per line of the sketch, its
 * leading spaces as its indent, an empty line between paragraphs (chat bubbles, blocks), every word read
 * with confidence 95 unless it is written `~word` (read with confidence 20: noise).
 */
export function pageOf(sketch: string, width = 1080): OcrPage {
  const lines: OcrLine[] = [];
  let paragraph = 0;
  sketch.split('\n').forEach((raw, row) => {
    if (raw.trim() === '') {
      paragraph++;
      return;
    }
    const y0 = row * LINE_HEIGHT;
    const words = [...raw.matchAll(/\S+/g)].map((match) => {
      const noise = match[0].startsWith('~');
      const x0 = match.index * CHAR_WIDTH;
      return {
        text: noise ? match[0].slice(1) : match[0],
        confidence: noise ? 20 : 95,
        box: { x0, y0, x1: x0 + match[0].length * CHAR_WIDTH, y1: y0 + LINE_HEIGHT - 8 },
      };
    });
    const box = { x0: words[0]!.box.x0, y0, x1: words[words.length - 1]!.box.x1, y1: y0 + LINE_HEIGHT - 8 };
    lines.push({ words, box, paragraph });
  });
  return { width, height: Math.max(1, sketch.split('\n').length * LINE_HEIGHT), lines };
}

export interface ImageTextCase {
  /** What the image shows, for the test's name. */
  name: string;
  /** The page as {@link pageOf} reads a sketch. */
  sketch: string;
  role?: Role;
}

/**
 * The same table for a rule over an image's text as a whole, run through the engine's image-text check with
 * only that rule (no text rules): `valid` pages must not fire, `invalid` ones must give the listed messages.
 */
export function testImageTextRule(
  rule: ImageTextRule,
  table: { valid: ImageTextCase[]; invalid: Array<ImageTextCase & { found: Array<Omit<Expected, 'fragment'>> }> },
): void {
  const findingsOf = (testCase: ImageTextCase) => checkImageText(pageOf(testCase.sketch), createContext({ role: testCase.role }), undefined, [], [rule]).findings;
  describeTable(rule.meta, 'pages', table, findingsOf, (finding) => {
    expect(finding.source).toBe('image');
    expect(finding.regions.length).toBeGreaterThan(0);
  });
}

/**
 * The table of an image rule, run: enough cases each way, every message named, the valid ones quiet, the
 * invalid ones giving their messages in order, each finding made from the rule's meta and passing `expectEach`.
 */
function describeTable<Case extends { name: string }, F extends Finding>(
  meta: RuleMeta,
  things: string,
  table: { valid: Case[]; invalid: Array<Case & { found: Array<Omit<Expected, 'fragment'>> }> },
  findingsOf: (testCase: Case) => F[],
  expectEach: (finding: F) => void,
): void {
  describe(meta.id, () => {
    it(`has both must-fire and must-not-fire ${things}`, () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(3);
      expect(table.invalid.length).toBeGreaterThanOrEqual(3);
    });

    itNamesEveryMessage(meta, table.invalid);

    for (const testCase of table.valid) {
      it(`does not fire: ${testCase.name}`, () => {
        expect(findingsOf(testCase)).toEqual([]);
      });
    }

    for (const testCase of table.invalid) {
      it(`fires: ${testCase.name}`, () => {
        const findings = findingsOf(testCase);
        expect(
          findings.map((finding, index) => ({
            messageId: finding.messageId,
            ...(testCase.found[index]?.severity ? { severity: finding.severity } : {}),
            ...(testCase.found[index]?.protocolRef ? { protocolRef: finding.protocolRef } : {}),
          })),
        ).toEqual(testCase.found);
        for (const finding of findings) {
          expectFromRule(meta, finding);
          expectEach(finding);
        }
      });
    }
  });
}

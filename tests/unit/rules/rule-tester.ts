import { describe, expect, it } from 'vitest';
import { check, createContext } from '../../../rules/engine';
import type { CheckContext, Role, Rule, SchoolSettings, Severity } from '../../../rules/types';

export interface Case {
  text: string;
  extraTerms?: CheckContext['extraTerms'];
  allowTerms?: string[];
  role?: Role;
  school?: Partial<SchoolSettings>;
  /** Photos and videos attached to the post. */
  attachments?: number;
}

export interface InvalidCase extends Case {
  /** The fragments that must be found, in text order, each optionally with its severity. */
  found: Array<string | { fragment: string; severity: Severity }>;
}

function contextOf(testCase: Case) {
  const post = testCase.attachments === undefined ? undefined : { attachments: testCase.attachments };
  return { ...createContext({ role: testCase.role, school: testCase.school, post }), extraTerms: testCase.extraTerms, allowTerms: testCase.allowTerms };
}

/**
 * ESLint-style table for one rule, run through the real engine with only that rule: `valid`
 * sentences must not fire, `invalid` ones must fire on exactly the listed fragments.
 */
export function testRule(rule: Rule, table: { valid: Array<string | Case>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has both must-fire and must-not-fire sentences', () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(3);
      expect(table.invalid.length).toBeGreaterThanOrEqual(3);
    });

    for (const item of table.valid) {
      const testCase = typeof item === 'string' ? { text: item } : item;
      it(`does not fire: ${testCase.text}`, () => {
        expect(check(testCase.text, contextOf(testCase), [rule])).toEqual([]);
      });
    }

    for (const testCase of table.invalid) {
      it(`fires: ${testCase.text}`, () => {
        const findings = check(testCase.text, contextOf(testCase), [rule]);
        const expected = testCase.found.map((item) => (typeof item === 'string' ? { fragment: item } : item));
        expect(findings.map((finding) => testCase.text.slice(finding.start, finding.end))).toEqual(
          expected.map((item) => item.fragment),
        );
        expected.forEach((item, index) => {
          if ('severity' in item) expect(findings[index]!.severity).toBe(item.severity);
        });
        for (const finding of findings) {
          expect(finding.ruleId).toBe(rule.meta.id);
          if (!rule.meta.categoryFromData) expect(finding.category).toBe(rule.meta.category);
          expect(finding.protocolRef).toBe(rule.meta.protocolRef);
          expect(finding.message).not.toMatch(/\{\w+\}/);
        }
      });
    }
  });
}

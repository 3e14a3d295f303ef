import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_CLAUSES } from '../../../rules/engine';
import { ALL_RULE_METAS, IMAGE_RULES, IMAGE_TEXT_RULES, rules } from '../../../rules/index';
import type { RuleMeta } from '../../../rules/types';

const ruleModules = import.meta.glob<{ default?: { meta?: RuleMeta } }>('../../../rules/*/*.ts', { eager: true });

describe('the rule registry', () => {
  const ids = ALL_RULE_METAS.map((meta) => meta.id);

  it('keeps text and image rules sorted by id, with no duplicate ids', () => {
    for (const list of [rules, IMAGE_RULES, IMAGE_TEXT_RULES]) {
      const listed = list.map((rule) => rule.meta.id);
      expect(listed).toEqual([...listed].sort());
    }
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every rule module, text or image, and each module is named after its rule id', () => {
    const modules = Object.entries(ruleModules).filter(([, module]) => module.default?.meta);
    expect(modules.map(([, module]) => module.default!.meta!.id).sort()).toEqual(ids);
    for (const [path, module] of modules) expect(path.endsWith(`/${module.default!.meta!.id}.ts`)).toBe(true);
  });

  for (const meta of ALL_RULE_METAS) {
    it(`${meta.id}: has a test table, a known protocol clause, messages and a description`, () => {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(new URL(`./${meta.id}.test.ts`, import.meta.url))).toBe(true);
      expect(PROTOCOL_CLAUSES[meta.protocolRef], meta.protocolRef).toBeDefined();
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      for (const message of Object.values(meta.messages)) {
        expect(message.length).toBeGreaterThan(10);
        // B1: short sentences.
        for (const sentence of message.split(/[.?!]\s/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(20);
      }
      expect(meta.description.length).toBeGreaterThan(10);
    });
  }
});

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ALL_RULE_METAS } from '../../rules/index';
import { markdownRuleTable, withRuleTable, type RuleListing } from '../../utils/cli/rule-list';

it('README.md has the rule table of the registry, as `npm run docs:rules` makes it', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(readme, 'The rule table in README.md is stale: run `npm run docs:rules`').toBe(withRuleTable(readme));
  for (const meta of ALL_RULE_METAS) expect(readme).toContain(`| \`${meta.id}\` |`);
});

it('keeps a description with a pipe in its cell', () => {
  const rule: RuleListing = { id: 'x', category: 'logo', severity: 'info', protocolRef: '?', description: 'a | b', messages: {} };
  expect(markdownRuleTable([rule]).split('\n')[2]).toBe('| `x` | logo | info | ? | a \\| b |');
});

/**
 * `npm run docs:rules`: writes the table of every rule (from the registry, rules/index.ts) into README.md,
 * between `<!-- rules:start -->` and `<!-- rules:end -->`. A unit test fails when the table is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRuleTable } from './rule-list';

const README = new URL('../../README.md', import.meta.url);

const readme = readFileSync(README, 'utf8');
const updated = withRuleTable(readme);
if (updated !== readme) writeFileSync(README, updated);
console.log(updated === readme ? 'README.md: de regeltabel klopt al.' : 'README.md: regeltabel bijgewerkt.');

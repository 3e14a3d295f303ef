import { PROTOCOL_CLAUSES } from '../../rules/engine';
import { ALL_RULE_METAS } from '../../rules/index';
import type { Category } from '../../rules/categories';
import type { RuleMeta, Severity } from '../../rules/types';

/** One rule as `--list-rules` and the README's table show it. */
export interface RuleListing {
  id: string;
  category: Category;
  severity: Severity;
  protocolRef: string;
  /** The clause the rule rests on, when rules/data/protocol-clauses.json has it. */
  protocol?: { school: string; title: string };
  description: string;
  messages: Record<string, string>;
}

/** Every rule, text and image, sorted by id, from the registry. */
export function listRules(metas: readonly RuleMeta[] = ALL_RULE_METAS): RuleListing[] {
  return metas.map((meta) => {
    const clause = PROTOCOL_CLAUSES[meta.protocolRef];
    return {
      id: meta.id,
      category: meta.category,
      severity: meta.severity,
      protocolRef: meta.protocolRef,
      ...(clause ? { protocol: { school: clause.school, title: clause.title } } : {}),
      description: meta.description,
      messages: meta.messages,
    };
  });
}

/** "Clusius College, 000 §8 (Niet doen)", or only the reference when the clause is unknown. */
export function protocolLabel(rule: RuleListing): string {
  return rule.protocol ? `${rule.protocol.school}, ${rule.protocolRef} (${rule.protocol.title})` : rule.protocolRef;
}

/** A table for a terminal: one rule per line, columns padded. */
export function formatRuleTable(listing: RuleListing[]): string {
  const rows = [
    ['regel', 'categorie', 'ernst', 'protocol', 'beschrijving'],
    ...listing.map((rule) => [rule.id, rule.category, rule.severity, protocolLabel(rule), rule.description]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '))
    .join('\n');
}

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

/** The README's rule table in Markdown. */
export function markdownRuleTable(listing: RuleListing[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| regel | categorie | ernst | protocolartikel | beschrijving |',
    '| --- | --- | --- | --- | --- |',
    ...listing.map((rule) =>
      `| \`${rule.id}\` | ${rule.category} | ${rule.severity} | ${cell(protocolLabel(rule))} | ${cell(rule.description)} |`,
    ),
  ].join('\n');
}

/** The README with the table between its markers made anew from the registry. */
export function withRuleTable(readme: string, listing: RuleListing[] = listRules()): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start === -1 || end < start) throw new Error(`README.md needs ${RULES_START} and ${RULES_END}, in that order`);
  return `${readme.slice(0, start + RULES_START.length)}\n${markdownRuleTable(listing)}\n${readme.slice(end)}`;
}

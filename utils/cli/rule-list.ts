import { PROTOCOL_CLAUSES } from '../../rules/engine';
import { ALL_RULE_METAS } from '../../rules/index';
import type { Category, RuleMeta, Severity } from '../../rules/types';

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

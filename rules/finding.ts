import type { Finding, Report, RuleMeta } from './types';

function fill(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}

/**
 * The one way a report becomes a finding, for text and image rules alike: the rule's meta gives id,
 * the usual protocol clause and the message by id; the report gives where, what fills the placeholders
 * and maybe a clause of its own.
 */
export function createFinding(meta: RuleMeta, report: Report): Finding {
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${meta.id} has no message "${report.messageId}"`);
  return {
    ruleId: meta.id,
    category: report.category ?? meta.category,
    severity: report.severity ?? meta.severity,
    start: report.start,
    end: report.end,
    messageId: report.messageId,
    message: fill(template, report.data),
    protocolRef: report.protocolRef ?? meta.protocolRef,
  };
}

/** The same finding, now `ernstig` with the rule's serious message (`meta.seriousWith`). */
export function makeSerious(finding: Finding, meta: RuleMeta, data: Report['data']): void {
  const { messageId } = meta.seriousWith!;
  finding.severity = 'ernstig';
  finding.messageId = messageId;
  finding.message = createFinding(meta, { messageId, start: finding.start, end: finding.end, data }).message;
}

import { TextDocument } from './document';
import { PhraseSet } from './phrases';
import { rules as allRules } from './index';
import clauses from './data/protocol-clauses.json';
import type { CheckContext, Finding, Report, Rule, RuleMeta, SchoolSettings, Severity } from './types';

export const DEFAULT_SCHOOL: SchoolSettings = {
  name: '',
  aliases: [],
  disclaimerText: '',
  isOfficialAccount: false,
};

export const DEFAULT_CONTEXT: CheckContext = { role: 'leerling', school: DEFAULT_SCHOOL };

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, waarschuwing: 1, ernstig: 2 };

export type ProtocolClause = { school: string; title: string; quote: string };
export const PROTOCOL_CLAUSES: Record<string, ProtocolClause> = clauses.clauses;

function fill(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}

/** Builds a full context from a partial one (CLI flags, settings) on top of the defaults. */
export function createContext(
  partial: {
    role?: CheckContext['role'];
    school?: { [K in keyof SchoolSettings]?: SchoolSettings[K] | undefined };
    post?: CheckContext['post'];
  } = {},
): CheckContext {
  const school = { ...DEFAULT_SCHOOL };
  for (const [key, value] of Object.entries(partial.school ?? {})) {
    if (value !== undefined) Object.assign(school, { [key]: value });
  }
  const context: CheckContext = { role: partial.role ?? DEFAULT_CONTEXT.role, school };
  if (partial.post) context.post = partial.post;
  return context;
}

/**
 * Runs every rule over the text. Findings come sorted by position. Of two findings of one rule that
 * overlap, or of one category where one lies inside the other (a phone number inside an IBAN), only
 * the more serious, then the longer, stays.
 */
export function check(text: string, context: CheckContext = DEFAULT_CONTEXT, rules: readonly Rule[] = allRules): Finding[] {
  const doc = new TextDocument(text);
  const findings: Finding[] = [];
  // One reporter for the whole check (not one closure per rule): this runs on every pause in typing.
  let meta: RuleMeta;
  const escalating: { finding: Finding; meta: RuleMeta; data: Report['data'] }[] = [];
  const emit = (report: Report): void => {
    const template = meta.messages[report.messageId];
    if (template === undefined) throw new Error(`Rule ${meta.id} has no message "${report.messageId}"`);
    const finding: Finding = {
      ruleId: meta.id,
      category: report.category ?? meta.category,
      severity: report.severity ?? meta.severity,
      start: report.start,
      end: report.end,
      message: fill(template, report.data),
      protocolRef: meta.protocolRef,
    };
    findings.push(finding);
    if (meta.seriousWith) escalating.push({ finding, meta, data: report.data });
  };
  for (const rule of rules) {
    meta = rule.meta;
    rule.check(doc, context, emit);
  }
  if (escalating.length > 0) escalate(doc, findings, escalating);
  return dropOverlaps(context.allowTerms?.length ? withoutAllowed(doc, findings, context.allowTerms) : findings);
}

/** A finding of a rule with `seriousWith` next to what makes it serious (same sentence) becomes `ernstig`. */
function escalate(doc: TextDocument, findings: Finding[], escalating: { finding: Finding; meta: RuleMeta; data: Report['data'] }[]): void {
  for (const { finding, meta, data } of escalating) {
    const { categories = [], ruleIds = [], messageId } = meta.seriousWith!;
    const sentence = doc.sentenceAt(finding.start);
    const serious = findings.some(
      (other) =>
        other.ruleId !== finding.ruleId &&
        ((categories.includes(other.category) && SEVERITY_RANK[other.severity] >= SEVERITY_RANK.waarschuwing) ||
          ruleIds.includes(other.ruleId)) &&
        doc.sentenceAt(other.start) === sentence,
    );
    if (!serious) continue;
    finding.severity = 'ernstig';
    finding.message = fill(meta.messages[messageId]!, data);
  }
}

const allowSets = new WeakMap<string[], PhraseSet>();

/** Findings on words the school allows (policy allowTerms) are dropped. */
function withoutAllowed(doc: TextDocument, findings: Finding[], allowTerms: string[]): Finding[] {
  let phrases = allowSets.get(allowTerms);
  if (!phrases) allowSets.set(allowTerms, (phrases = new PhraseSet(allowTerms)));
  const allowed = phrases.find(doc);
  if (allowed.length === 0) return findings;
  return findings.filter(
    (finding) => !allowed.some((span) => span.start < finding.end && finding.start < span.end),
  );
}

function dropOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort(
    (a, b) =>
      a.start - b.start ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.end - a.end ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const kept: Finding[] = [];
  for (const finding of findings) {
    const covered = kept.some(
      (other) =>
        SEVERITY_RANK[other.severity] >= SEVERITY_RANK[finding.severity] &&
        (other.ruleId === finding.ruleId
          ? other.start < finding.end && finding.start < other.end
          : other.category === finding.category && other.start <= finding.start && finding.end <= other.end),
    );
    if (!covered) kept.push(finding);
  }
  return kept;
}

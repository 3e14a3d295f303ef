import { check, SEVERITY_RANK } from '../../rules/engine';
import type { CheckContext, Finding } from '../../rules/types';
import { applyCategories, type Policy } from '../../utils/policy';
import { attachmentsOf } from './attachments';

/**
 * Findings for one composer: its text, its attachments and what the image checks found in them, as the
 * school's policy wants them (categories off, info-only or blocking).
 */
export function checkComposer(
  text: string,
  editors: Element[],
  context: CheckContext,
  policy: Policy,
): { findings: Finding[]; blocked: boolean; imagesPending?: Promise<unknown> } {
  const attachments = attachmentsOf(editors);
  if (text.trim() === '' && attachments.count === 0) return { findings: [], blocked: false };
  const findings = check(text, { ...context, post: { attachments: attachments.count } });
  const all = attachments.imageFindings.length > 0 ? [...findings, ...attachments.imageFindings] : findings;
  return { ...applyCategories(all, policy), imagesPending: attachments.pending };
}

/** Findings below a warning are listed in the dialog but do not open it on their own. */
export function needsDialog(findings: Finding[]): boolean {
  return findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.waarschuwing);
}

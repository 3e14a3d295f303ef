import { check, checkInSlices, SEVERITY_RANK, SLICE_CHARS } from '../../rules/engine';
import type { CheckContext, Finding } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import { applyCategories, type Policy } from '../../utils/policy';
import { attachmentsOf } from './attachments';

export interface ComposerCheck {
  findings: Finding[];
  blocked: boolean;
  imagesPending?: Promise<unknown>;
}

/** A rule that threw is kept in the local log by its id (never the text); the other rules ran. */
const logRuleFailure = (ruleId: string, error: unknown) => recordError('regel', error, ruleId);

/** Hands the page's thread back between pieces of a long check. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Too long to check within one task: {@link checkComposerInSlices} checks it in pieces. */
export function needsSlicing(text: string): boolean {
  return text.length > SLICE_CHARS;
}

/**
 * Findings for one composer: its text, its attachments and what the image checks found in them, as the
 * school's policy wants them (categories off, info-only or blocking).
 */
export function checkComposer(text: string, editors: Element[], context: CheckContext, policy: Policy): ComposerCheck {
  const attachments = attachmentsOf(editors);
  if (text.trim() === '' && attachments.count === 0) return { findings: [], blocked: false };
  const findings = check(text, { ...context, post: { attachments: attachments.count } }, undefined, logRuleFailure);
  return withAttachments(findings, attachments, policy);
}

/** {@link checkComposer} for long texts: the same findings, in pieces that keep the page responsive. */
export async function checkComposerInSlices(text: string, editors: Element[], context: CheckContext, policy: Policy): Promise<ComposerCheck> {
  const attachments = attachmentsOf(editors);
  const findings = await checkInSlices(text, { ...context, post: { attachments: attachments.count } }, pause, logRuleFailure);
  return withAttachments(findings, attachments, policy);
}

function withAttachments(findings: Finding[], attachments: ReturnType<typeof attachmentsOf>, policy: Policy): ComposerCheck {
  const all = attachments.imageFindings.length > 0 ? [...findings, ...attachments.imageFindings] : findings;
  return { ...applyCategories(all, policy), imagesPending: attachments.pending };
}

/** Findings below a warning are listed in the dialog but do not open it on their own. */
export function needsDialog(findings: Finding[]): boolean {
  return findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.waarschuwing);
}

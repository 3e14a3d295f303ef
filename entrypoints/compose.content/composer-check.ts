import { check } from '../../rules/engine';
import type { CheckContext, Finding } from '../../rules/types';
import { attachmentsOf } from './attachments';

/** Findings for one composer: its text, its attachments, and what the image checks found in them. */
export function checkComposer(text: string, editors: Element[], context: CheckContext): Finding[] {
  const attachments = attachmentsOf(editors);
  if (text.trim() === '' && attachments.count === 0) return [];
  const findings = check(text, { ...context, post: { attachments: attachments.count } });
  return attachments.imageFindings.length > 0 ? [...findings, ...attachments.imageFindings] : findings;
}

import { SEVERITY_RANK } from '../rules/engine';
import type { Finding } from '../rules/types';
import type { Translate } from './TwijfelDialog';

export interface HintBadgeProps {
  findings: Finding[];
  t: Translate;
  onOpen(): void;
}

/** The small count near the compose box; amber once something is worth a warning. */
export function HintBadge({ findings, t, onOpen }: HintBadgeProps) {
  const warning = findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.waarschuwing);
  return (
    <button
      type="button"
      class={warning ? 'badge warning' : 'badge'}
      aria-label={t('hintLabel', [String(findings.length)])}
      title={t('hintLabel', [String(findings.length)])}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      {findings.length}
    </button>
  );
}

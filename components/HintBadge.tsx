import type { Translate } from './TwijfelDialog';

export interface HintBadgeProps {
  /** How many things were noticed so far. */
  count: number;
  /** Amber: something the dialog would stop a post for. */
  warning: boolean;
  t: Translate;
  onOpen(): void;
}

/** The small count near the compose box. */
export function HintBadge({ count, warning, t, onOpen }: HintBadgeProps) {
  return (
    <button
      type="button"
      class={warning ? 'badge warning' : 'badge'}
      aria-label={t('hintLabel', [String(count)])}
      title={t('hintLabel', [String(count)])}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      {count}
    </button>
  );
}

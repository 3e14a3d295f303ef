import type { Translate } from './TwijfelDialog';

export interface HintBadgeProps {
  /** How many things were noticed so far. */
  count: number;
  /** Amber: something the dialog would stop a post for. */
  warning: boolean;
  /** An attached image is still being read: "afbeelding wordt gelezen…". */
  reading?: boolean;
  t: Translate;
  onOpen(): void;
}

/** The small count near the compose box. */
export function HintBadge({ count, warning, reading = false, t, onOpen }: HintBadgeProps) {
  const label = [count > 0 && t('hintLabel', [String(count)]), reading && t('hintReading')].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      class={`badge${warning ? ' warning' : ''}${reading ? ' reading' : ''}`}
      aria-label={label}
      aria-busy={reading}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      {count > 0 ? count : '…'}
    </button>
  );
}

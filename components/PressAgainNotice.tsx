import type { Translate } from './TwijfelDialog';

export interface PressAgainNoticeProps {
  t: Translate;
  onClose(): void;
}

/**
 * Said in place when a post we handed on to the site did not go out (the site ignores events it did not get
 * from the user): the user's own next press goes straight through.
 */
export function PressAgainNotice({ t, onClose }: PressAgainNoticeProps) {
  return (
    <div class="notice" role="status">
      <p>{t('pressAgain')}</p>
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onClose}>
        {t('pressAgainClose')}
      </button>
    </div>
  );
}

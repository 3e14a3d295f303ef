import type { Translate } from './TwijfelDialog';

export interface NoticeProps {
  message: string;
  t: Translate;
  onClose(): void;
}

/** A short message in place, read out by screen readers, that the user can close. */
export function Notice({ message, t, onClose }: NoticeProps) {
  return (
    <div class="notice" role="status">
      <p>{message}</p>
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onClose}>
        {t('noticeClose')}
      </button>
    </div>
  );
}

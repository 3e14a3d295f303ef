import { isLessonTime, type Policy } from '../../utils/policy';

/** The lesson-time reminder comes at most once in this period (one lesson), so it stays gentle. */
const LESSON_REMINDER_MS = 45 * 60_000;

/**
 * Pupils posting during the school's lesson times get one gentle reminder per lesson. The returned
 * function says whether this post gets it (and, if so, notes that it came).
 */
export function lessonReminder(policy: () => Policy): () => boolean {
  let remindedAt = -Infinity;
  return () => {
    const current = policy();
    if (current.role !== 'leerling' || current.lessonTimes.length === 0) return false;
    if (Date.now() - remindedAt < LESSON_REMINDER_MS || !isLessonTime(current.lessonTimes, new Date())) return false;
    remindedAt = Date.now();
    return true;
  };
}

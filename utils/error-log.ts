import { browser } from 'wxt/browser';

export interface LoggedError {
  time: string;
  /** Which part of the extension failed, e.g. "submit" or "dialog". */
  where: string;
  name: string;
  /** The rule that failed, when one rule did (the others still ran). */
  rule?: string;
  /** Function names and code positions only: never a message, which could quote the user's text. */
  frames: string[];
}

const KEY = 'errorLog';
const MAX_ENTRIES = 50;
const MAX_FRAMES = 8;

/** Code positions from a stack trace, without the error message. */
export function stackFrames(error: unknown): string[] {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  return stack
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at ') || /^[\w$.<>]*@/.test(line))
    .slice(0, MAX_FRAMES);
}

/**
 * Keeps an error locally, for the options page. Never throws and never sends anything: a failure
 * to log must not become a failure to post.
 */
export function recordError(where: string, error: unknown, rule?: string): void {
  try {
    const entry: LoggedError = {
      time: new Date().toISOString(),
      where,
      name: error instanceof Error ? error.name : typeof error,
      frames: stackFrames(error),
    };
    if (rule) entry.rule = rule;
    void browser.storage.local
      .get(KEY)
      .then((stored) => {
        const log = Array.isArray(stored[KEY]) ? (stored[KEY] as LoggedError[]) : [];
        return browser.storage.local.set({ [KEY]: [...log, entry].slice(-MAX_ENTRIES) });
      })
      .catch(() => undefined);
  } catch {
    // Logging is best effort.
  }
}

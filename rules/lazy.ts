/**
 * A value built on first use and kept: `const index = lazily(() => buildIndex()); … index().get(word)`.
 * Loading the engine then costs almost nothing; each word list or index is built when a rule first needs
 * it (or when the content script warms the engine up in idle time, one rule at a time).
 */
export function lazily<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/** A value built in pieces by {@link lazilyInSteps}: asked for, it is finished at once. */
export interface SteppedLazy<T> {
  (): T;
  /** Goes on building while `timeLeft()`; true once the value is built. */
  buildWhile(timeLeft: () => boolean): boolean;
}

/**
 * {@link lazily} for a value that takes long to build: `build` is a generator that yields between pieces of
 * work of a few milliseconds each. The warm-up builds it across idle moments ({@link warmUpWhile}); a rule that
 * needs it before then finishes it in one go. A build that throws starts over on the next ask.
 */
export function lazilyInSteps<T>(build: () => Generator<void, T, void>): SteppedLazy<T> {
  let generator: Generator<void, T, void> | undefined;
  let built = false;
  let value: T;
  const advance = (timeLeft: () => boolean): boolean => {
    generator ??= build();
    try {
      for (;;) {
        const next = generator.next();
        if (next.done) {
          value = next.value;
          built = true;
          generator = undefined;
          return true;
        }
        if (!timeLeft()) return false;
      }
    } catch (error) {
      generator = undefined;
      throw error;
    }
  };
  const get = (() => {
    if (!built) advance(() => true);
    return value;
  }) as SteppedLazy<T>;
  get.buildWhile = (timeLeft) => built || advance(timeLeft);
  return get;
}

/** One step of a warm-up: a value built on first use (plain or in pieces), or any small piece of work. */
export type WarmUpStep = (() => unknown) | SteppedLazy<unknown>;

/**
 * Runs `steps` from index `done` on while `timeLeft()`: plain steps whole, stepped ones piece by piece (one may
 * stop halfway and go on next time). A step that throws is told to `onError` and passed over. Returns how many
 * steps are done.
 */
export function warmUpWhile(steps: readonly WarmUpStep[], done: number, timeLeft: () => boolean, onError: (error: unknown) => void = rethrow): number {
  let index = done;
  while (index < steps.length && timeLeft()) {
    const step = steps[index]!;
    try {
      if (!('buildWhile' in step)) step();
      else if (!step.buildWhile(timeLeft)) return index;
    } catch (error) {
      onError(error);
    }
    index++;
  }
  return index;
}

const rethrow = (error: unknown) => {
  throw error;
};

/** True on every `count`-th call: `const pause = every(256); for (…) { …; if (pause()) yield; }`. */
export function every(count: number): () => boolean {
  let calls = 0;
  return () => ++calls % count === 0;
}

/** A generator's value, built in one go. */
export function finished<T>(generator: Generator<void, T, void>): T {
  for (;;) {
    const next = generator.next();
    if (next.done) return next.value;
  }
}

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

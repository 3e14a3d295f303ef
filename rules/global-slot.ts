/**
 * A value that scripts of one JavaScript world share: the content script, the engine and the reading of English
 * arrive as separate scripts into the extension's isolated world (which the page cannot see), so they meet under
 * a global symbol, `twijfelcheck.<name>`.
 */
export interface GlobalSlot<T> {
  provide(value: T): void;
  /** The value if it is here yet. */
  get(): T | undefined;
}

export function globalSlot<T>(name: string): GlobalSlot<T> {
  const key = Symbol.for(`twijfelcheck.${name}`);
  const world = globalThis as Record<symbol, T | undefined>;
  return {
    provide: (value) => {
      world[key] = value;
    },
    get: () => world[key],
  };
}

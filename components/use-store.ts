import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/**
 * A zustand store's state in a Preact component, re-rendered when the selected part changes. Written
 * with Preact's own hooks: zustand's `useStore` pulls in the React compatibility layer (6 kB in the
 * content script) for the same thing.
 */
export function useStoreState<T, S>(store: StoreApi<T>, select: (state: T) => S): S {
  const [selected, setSelected] = useState(() => select(store.getState()));
  useEffect(() => {
    setSelected(() => select(store.getState()));
    return store.subscribe((state) => setSelected(() => select(state)));
  }, [store]);
  return selected;
}

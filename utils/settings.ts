import { browser } from 'wxt/browser';
import { mergePolicy, type Policy, type PolicyReport } from './policy';

export interface LoadedPolicy {
  policy: Policy;
  report: PolicyReport;
}

/**
 * Reads the school's managed policy. Without one (or where the browser has no managed area) the
 * defaults hold; a value that fails the schema keeps its default and is reported.
 */
export async function loadPolicy(): Promise<LoadedPolicy> {
  try {
    return mergePolicy(await browser.storage.managed.get());
  } catch {
    return mergePolicy(undefined);
  }
}

/** Calls back with the new policy whenever the school changes it (no restart needed). */
export function onPolicyChange(callback: (loaded: LoadedPolicy) => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void loadPolicy().then(callback);
  });
}

export type Counters = Partial<Record<string, number>>;
const COUNTERS_KEY = 'counters';

/** Counts, per category, how often the dialog showed something. Only numbers, never text. */
export async function countFindings(categories: Iterable<string>): Promise<void> {
  const stored = (await browser.storage.local.get(COUNTERS_KEY))[COUNTERS_KEY] as Counters | undefined;
  const counters: Counters = { ...stored };
  for (const category of new Set(categories)) counters[category] = (counters[category] ?? 0) + 1;
  await browser.storage.local.set({ [COUNTERS_KEY]: counters });
}

export async function readCounters(): Promise<Counters> {
  return ((await browser.storage.local.get(COUNTERS_KEY))[COUNTERS_KEY] as Counters | undefined) ?? {};
}

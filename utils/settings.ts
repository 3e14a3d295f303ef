import { browser } from 'wxt/browser';
import { recordError } from './error-log';
import { mergePolicy, type Policy, type PolicyReport } from './policy';

export interface LoadedPolicy {
  policy: Policy;
  report: PolicyReport;
}

/** The browser's managed area as it is; undefined where there is none (Firefox without policies throws). */
async function readManaged(): Promise<Record<string, unknown> | undefined> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

/**
 * Reads the school's managed policy. Without one (or where the browser has no managed area) the
 * defaults hold; a value that fails the schema keeps its default and is reported.
 */
export async function loadPolicy(): Promise<LoadedPolicy> {
  return mergePolicy(await readManaged());
}

/** The managed area as last read, kept locally: see {@link watchPolicy}. */
export const POLICY_COPY_KEY = 'managedPolicyCopy';

/**
 * Calls back with the school's policy: at once with the copy kept from the last read, then with what the
 * browser's managed area holds now, and again whenever the school changes it. Right after the browser starts,
 * its first read of the managed area can take seconds (Chromium's policy service starts late); without the
 * copy, every post made in that time would wait. The copy is only a head start: the managed area, once read,
 * always wins and renews the copy. Resolves when a policy (copy or fresh) has been applied.
 */
export function watchPolicy(apply: (loaded: LoadedPolicy) => void): Promise<void> {
  let fresh = false;
  const kept = browser.storage.local.get(POLICY_COPY_KEY).then((items) => items[POLICY_COPY_KEY] as Record<string, unknown> | undefined);
  const managed = readManaged().then((raw) => {
    fresh = true;
    apply(mergePolicy(raw));
    // Written only when it changed: every page of the sites reads the policy.
    const now = raw ?? {};
    kept
      .catch(() => undefined)
      .then((copy) => (JSON.stringify(copy) === JSON.stringify(now) ? undefined : browser.storage.local.set({ [POLICY_COPY_KEY]: now })))
      .catch((error) => recordError('settings', error));
  });
  const copy = kept.then((raw) => {
    if (!raw) return managed;
    if (!fresh) apply(mergePolicy(raw));
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void loadPolicy().then(apply);
  });
  return Promise.race([managed, copy.catch(() => managed)]);
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

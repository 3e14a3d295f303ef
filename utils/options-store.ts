import { createStore } from 'zustand/vanilla';
import { browser } from 'wxt/browser';
import type { LoggedError } from './error-log';
import { readHealth, type Health } from './health';
import type { Policy, PolicyReport } from './policy';
import { mergePolicy } from './policy';
import { loadPolicy, readCounters, type Counters } from './settings';

export interface OptionsState {
  loaded: boolean;
  policy: Policy;
  report: PolicyReport;
  errors: LoggedError[];
  counters: Counters;
  health: Health;
  load(): Promise<void>;
}

/** What the options page and popup show; read from managed and local storage, never written to policy. */
export const optionsStore = createStore<OptionsState>((set) => ({
  loaded: false,
  ...mergePolicy(undefined),
  errors: [],
  counters: {},
  health: {},
  async load() {
    const [{ policy, report }, stored, counters, health] = await Promise.all([
      loadPolicy(),
      browser.storage.local.get('errorLog'),
      readCounters(),
      readHealth(),
    ]);
    set({ loaded: true, policy, report, counters, health, errors: (stored.errorLog as LoggedError[] | undefined) ?? [] });
  },
}));

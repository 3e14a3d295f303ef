import { browser } from 'wxt/browser';
import { createContext } from '../rules/engine';
import type { CheckContext, Role } from '../rules/types';

/** What the school sets through managed policy; every key optional, each falls back on its own. */
export interface ManagedSettings {
  role?: unknown;
  schoolName?: unknown;
  schoolAliases?: unknown;
  disclaimerText?: unknown;
}

const isRole = (value: unknown): value is Role => value === 'leerling' || value === 'medewerker';
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asStrings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;

/** The check context from policy values, key by key; a value of the wrong type is ignored. */
export function contextFromSettings(settings: ManagedSettings): CheckContext {
  return createContext({
    role: isRole(settings.role) ? settings.role : undefined,
    school: {
      name: asString(settings.schoolName),
      aliases: asStrings(settings.schoolAliases),
      disclaimerText: asString(settings.disclaimerText),
    },
  });
}

/** Reads managed policy; without one (or where the browser has no managed area) the defaults hold. */
export async function loadContext(): Promise<CheckContext> {
  try {
    return contextFromSettings((await browser.storage.managed.get()) as ManagedSettings);
  } catch {
    return createContext();
  }
}

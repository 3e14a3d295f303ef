import type { CheckContext, SchoolSettings } from './types';

export const DEFAULT_SCHOOL: SchoolSettings = {
  name: '',
  aliases: [],
  disclaimerText: '',
  isOfficialAccount: false,
};

export const DEFAULT_CONTEXT: CheckContext = { role: 'leerling', school: DEFAULT_SCHOOL };

/** Builds a full context from a partial one (CLI flags, settings) on top of the defaults. */
export function createContext(
  partial: {
    role?: CheckContext['role'];
    school?: { [K in keyof SchoolSettings]?: SchoolSettings[K] | undefined };
    post?: CheckContext['post'];
  } = {},
): CheckContext {
  const school = { ...DEFAULT_SCHOOL };
  for (const [key, value] of Object.entries(partial.school ?? {})) {
    if (value !== undefined) Object.assign(school, { [key]: value });
  }
  const context: CheckContext = { role: partial.role ?? DEFAULT_CONTEXT.role, school };
  if (partial.post) context.post = partial.post;
  return context;
}

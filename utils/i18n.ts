import en from '../public/_locales/en/messages.json';
import nl from '../public/_locales/nl/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export type Locale = 'nl' | 'en';
const CATALOGUES: Record<Locale, Messages> = { nl: nl as Messages, en: en as Messages };

/**
 * The first of the user's languages that we speak, Dutch otherwise. Read from the browser's language
 * list rather than chrome.i18n, which headless and kiosk browsers pin to en-US.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'nl';
}

/**
 * Looks up a UI string in public/_locales, filling $NAME$ placeholders like chrome.i18n.getMessage. One
 * pass with a function, so what is filled in (school names, policy text) is never read as a pattern:
 * `$&`, `$'` or a `$CLAUSE$` inside a school's text stays as it is.
 */
export function translator(locale: Locale): (key: string, substitutions?: string[]) => string {
  const lookUp = (messages: Messages, key: string) => (Object.hasOwn(messages, key) ? messages[key] : undefined);
  return (key, substitutions = []) => {
    const entry = lookUp(CATALOGUES[locale], key) ?? lookUp(CATALOGUES.nl, key);
    if (!entry) return key;
    const placeholders = entry.placeholders ?? {};
    return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
      const placeholder = Object.hasOwn(placeholders, name.toLowerCase()) ? placeholders[name.toLowerCase()] : undefined;
      return placeholder ? (substitutions[Number(placeholder.content.slice(1)) - 1] ?? '') : whole;
    });
  };
}

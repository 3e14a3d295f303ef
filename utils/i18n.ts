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

/** Looks up a UI string in public/_locales, filling $1, $2 … like chrome.i18n.getMessage. */
export function translator(locale: Locale): (key: string, substitutions?: string[]) => string {
  const messages = CATALOGUES[locale];
  return (key, substitutions = []) => {
    const entry = messages[key] ?? (nl as Messages)[key];
    if (!entry) return key;
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
      const index = Number(content.slice(1)) - 1;
      text = text.replaceAll(`$${name.toUpperCase()}$`, substitutions[index] ?? '');
    }
    return text;
  };
}

import { PhraseSet } from '../phrases';
import { CATEGORIES, type Category } from '../categories';
import type { Rule } from '../types';

const compiled = new WeakMap<string[], PhraseSet>();

function phrasesOf(terms: string[]): PhraseSet {
  let phrases = compiled.get(terms);
  if (!phrases) compiled.set(terms, (phrases = new PhraseSet(terms)));
  return phrases;
}

/** One message per category: a school can list words under any category, and each must say something. */
const MESSAGES: Record<Category, string> = {
  vertrouwelijk: 'Je school heeft gevraagd hierover niets te delen. Weet je zeker dat dit online mag?',
  belediging: 'Je school vindt dit woord kwetsend. Kies liever andere woorden.',
  personen: 'Je school vraagt om voorzichtig te zijn met deze naam. Heb je toestemming?',
  logo: 'Je school vraagt om dit niet te gebruiken. Alleen de school zelf spreekt namens de school.',
  disclaimer: 'Je school vraagt je bij dit onderwerp te zeggen dat je op persoonlijke titel schrijft.',
};

/** The school's own words per category (policy extraTerms): a project name, a secret, a nickname. */
const rule: Rule = {
  meta: {
    id: 'eigen-woorden',
    category: 'vertrouwelijk',
    categoryFromData: true,
    severity: 'waarschuwing',
    protocolRef: '000 §6',
    description: "Words the school configured per category; each finding takes the category it was listed under.",
    messages: MESSAGES,
  },
  check(doc, context, report) {
    // The list, not extraTerms' own keys: a stray key never reaches the report without a message.
    for (const category of CATEGORIES) {
      const terms = context.extraTerms?.[category];
      if (!terms || terms.length === 0) continue;
      for (const match of phrasesOf(terms).find(doc)) {
        report({ messageId: category, category, start: match.start, end: match.end });
      }
    }
  },
};
export default rule;

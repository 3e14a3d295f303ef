import data from './data/school.json';
import type { TextDocument } from './document';
import { PhraseSet, type PhraseMatch } from './phrases';
import type { SchoolSettings } from './types';

const compiled = new Map<string, PhraseSet>();
const keys = new WeakMap<SchoolSettings, string>();

/** One string per distinct setting, computed once per settings object (check runs on every keystroke). */
function keyOf(school: SchoolSettings): string {
  let key = keys.get(school);
  if (key === undefined) {
    key = [school.name, ...school.aliases].filter((name) => name.trim().length > 0).join('\u0000');
    keys.set(school, key);
  }
  return key;
}

/** The school's names and aliases plus the general ones ("onze school"), compiled once per setting. */
function schoolPhrases(school: SchoolSettings): PhraseSet {
  const key = keyOf(school);
  let phrases = compiled.get(key);
  if (!phrases) {
    const names = [school.name, ...school.aliases].filter((name) => name.trim().length > 0);
    phrases = new PhraseSet([...names, ...data.genericSchool]);
    compiled.set(key, phrases);
  }
  return phrases;
}

/** Where the post names the school: its configured names, or the school in general. */
export function schoolMentions(doc: TextDocument, school: SchoolSettings): PhraseMatch[] {
  return doc.shared(`school-mentions:${keyOf(school)}`, () =>
    schoolPhrases(school).find(doc),
  );
}

/** The name to show in a message: the configured one, or "de school". */
export function schoolLabel(school: SchoolSettings): string {
  return school.name.trim() || 'de school';
}

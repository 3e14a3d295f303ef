import type { TextDocument } from '../document';
import type { Severity } from '../types';

const SECOND_PERSON = new Set(['je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'ge', 'gij', 'jy', 'jai', 'jahh']);
const SELF_REFERENCE = [['ik', 'ben'], ['ben', 'ik'], ['voel', 'me'], ['ik', 'was'], ['was', 'ik']];
const WINDOW_BEFORE = 4;
const WINDOW_AFTER = 3;

/** Aimed at someone: a second-person word or an @mention close to the words at tokens [first, last]. */
export function isTargeted(doc: TextDocument, first: number, last: number): boolean {
  const tokens = doc.tokens;
  const from = Math.max(0, first - WINDOW_BEFORE);
  const to = Math.min(tokens.length - 1, last + WINDOW_AFTER);
  for (let i = from; i <= to; i++) {
    if (i >= first && i <= last) continue;
    const token = tokens[i]!;
    if (SECOND_PERSON.has(token.skeleton)) return true;
    if (token.start > 0 && doc.text.charCodeAt(token.start - 1) === 64 /* @ */) return true;
  }
  return false;
}

/** "ik ben zo'n sukkel": mild words the writer says about themself. */
export function isSelfReference(doc: TextDocument, first: number): boolean {
  const tokens = doc.tokens;
  const from = Math.max(0, first - WINDOW_BEFORE);
  for (let i = from; i < first - 1; i++) {
    const a = tokens[i]!.skeleton;
    const b = tokens[i + 1]!.skeleton;
    if (SELF_REFERENCE.some(([x, y]) => a === x && b === y)) return true;
  }
  return false;
}

const ORDER: Severity[] = ['info', 'waarschuwing', 'ernstig'];

export function raise(severity: Severity): Severity {
  return ORDER[Math.min(ORDER.length - 1, ORDER.indexOf(severity) + 1)]!;
}

import data from '../data/iban-lengths.json';
import type { Rule } from '../types';

const LENGTHS = new Map<string, number>(Object.entries(data.lengths));
/** Country code, check digits, then letters and digits in any grouping of spaces. */
const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])/g;

/** ISO 7064 mod 97-10, computed piecewise so long numbers never leave the safe-integer range. */
export function isValidIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (LENGTHS.get(iban.slice(0, 2)) !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

const rule: Rule = {
  meta: {
    id: 'iban',
    category: 'vertrouwelijk',
    severity: 'ernstig',
    protocolRef: '000 §6',
    description: 'Bank account numbers (IBAN, SEPA countries) with a valid mod-97 check.',
    messages: {
      iban: 'Dit lijkt een bankrekeningnummer (IBAN). Deel dat niet openbaar.',
    },
  },
  check(doc, _context, report) {
    if (!doc.hasDigit) return;
    for (const match of doc.digitText.matchAll(CANDIDATE)) {
      // The candidate may run on into the next word; try the longest valid IBAN from its start.
      const text = match[0];
      const compactAt: number[] = [];
      let compact = '';
      for (let i = 0; i < text.length; i++) {
        if (text[i] === ' ') continue;
        compact += text[i];
        compactAt.push(i);
      }
      for (let length = Math.min(34, compact.length); length >= 15; length--) {
        if (isValidIban(compact.slice(0, length))) {
          report({ messageId: 'iban', start: match.index, end: match.index + compactAt[length - 1]! + 1 });
          break;
        }
      }
    }
  },
};
export default rule;

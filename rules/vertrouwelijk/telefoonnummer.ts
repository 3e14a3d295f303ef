import type { Rule } from '../types';
import { reportContactDetail } from './context-words';

const SEPARATOR = String.raw`(?:[ .\-]|\s-\s)?`;
/** +31 / 0031 with nine digits (and an optional "(0)"), or a national number: 0 plus nine digits. */
const CANDIDATE = new RegExp(
  String.raw`(?<![\w+])(?:(?:\+|00)31${SEPARATOR}(?:\(0\)${SEPARATOR})?[1-9](?:${SEPARATOR}\d){8}|0[1-9](?:${SEPARATOR}\d){8})(?!\d|[.,\-]\d)`,
  'g',
);
/** Free, paid and business service numbers are public, not personal. */
const PUBLIC_PREFIXES = ['08', '09'];
const OWN_WORDS = new Set(['mijn', 'me', 'mij', "m'n", 'mn', 'ons', 'onze']);

/** The number in national form (0 plus nine digits). */
export function nationalForm(written: string): string {
  const digits = written.replace(/\(0\)/, '').replace(/\D/g, '');
  if (digits.startsWith('0031')) return '0' + digits.slice(4);
  if (digits.startsWith('31') && written.trimStart().startsWith('+')) return '0' + digits.slice(2);
  return digits;
}

const rule: Rule = {
  meta: {
    id: 'telefoonnummer',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '004 §1.3',
    description: 'Dutch mobile and landline numbers in every common notation; service numbers are public.',
    messages: {
      eigen: 'Je deelt je eigen telefoonnummer. Iedereen die dit ziet, kan je dan bellen of appen.',
      ander: 'Dit lijkt een telefoonnummer. Deel het nummer van iemand anders alleen als diegene dat goed vindt.',
    },
  },
  check(doc, _context, report) {
    if (!doc.hasDigit) return;
    for (const match of doc.digitText.matchAll(CANDIDATE)) {
      const national = nationalForm(match[0]);
      if (national.length !== 10 || PUBLIC_PREFIXES.some((prefix) => national.startsWith(prefix))) continue;
      reportContactDetail(doc, match.index, match.index + match[0].length, OWN_WORDS, report);
    }
  },
};
export default rule;

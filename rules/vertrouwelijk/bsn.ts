import type { Rule } from '../types';
import { precededBy } from './context-words';

/** 9 digits, or 3-3-3 / 4-2-3 groups with one kind of separator; 8 digits only with a BSN word before. */
const CANDIDATE =
  /(?<![\d.,\-+/])(?:\d{9}|\d{8}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}\.\d{2}\.\d{3})(?![\d]|[.,\-/]\d)/g;
const BSN_WORDS = new Set(['bsn', 'burgerservicenummer', 'sofinummer', 'sofi', 'bsnnummer', 'burgerservicenr']);
/** A number that counts something is not an identifier ("111222333 euro", "€ 123456782"). */
const COUNT_AFTER = /^\s*(?:euro|eur|€|dollar|punten|keer|views|volgers|likes|km|kilometer|stuks)\b/i;
const MONEY_BEFORE = /[€$£]\s*$/;

/** The elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
export function passesElfproef(digits: string): boolean {
  if (digits.length !== 9 || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

const rule: Rule = {
  meta: {
    id: 'bsn',
    category: 'vertrouwelijk',
    severity: 'ernstig',
    protocolRef: '000 §6',
    description: 'Dutch citizen service numbers (BSN) that pass the elfproef.',
    messages: {
      bsn: 'Dit lijkt een burgerservicenummer (BSN). Dat is geheim: iemand kan er misbruik van maken.',
    },
  },
  check(doc, _context, report) {
    if (!doc.hasDigit) return;
    for (const match of doc.digitText.matchAll(CANDIDATE)) {
      const end = match.index + match[0].length;
      if (COUNT_AFTER.test(doc.text.slice(end, end + 12)) || MONEY_BEFORE.test(doc.text.slice(Math.max(0, match.index - 3), match.index))) {
        continue;
      }
      let digits = match[0].replace(/\D/g, '');
      const named = precededBy(doc, match.index, BSN_WORDS, 4);
      if (digits.length === 8) {
        if (!named) continue;
        digits = '0' + digits;
      }
      if (!passesElfproef(digits)) continue;
      report({
        messageId: 'bsn',
        start: match.index,
        end,
        severity: named ? 'ernstig' : 'waarschuwing',
      });
    }
  },
};
export default rule;

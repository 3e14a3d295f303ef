import type { Rule } from '../types';

/**
 * Dutch licence plates by their sidecodes (RDW): groups of letters and digits joined by dashes, e.g.
 * 12-ABC-3, AB-123-C, 1-ABC-23, XX-99-XX. Written with dashes only: without them a plate looks like any code.
 */
const PLATE = new RegExp(
  String.raw`(?<![\w-])(?:` +
    [
      '[A-Z]{2}-\\d{2}-\\d{2}', '\\d{2}-\\d{2}-[A-Z]{2}', '\\d{2}-[A-Z]{2}-\\d{2}', '[A-Z]{2}-\\d{2}-[A-Z]{2}',
      '[A-Z]{2}-[A-Z]{2}-\\d{2}', '\\d{2}-[A-Z]{2}-[A-Z]{2}', '\\d{2}-[A-Z]{3}-\\d', '\\d-[A-Z]{3}-\\d{2}',
      '[A-Z]{2}-\\d{3}-[A-Z]', '[A-Z]-\\d{3}-[A-Z]{2}', '[A-Z]{3}-\\d{2}-[A-Z]', '[A-Z]-\\d{2}-[A-Z]{3}',
      '\\d-[A-Z]{2}-\\d{3}', '\\d{3}-[A-Z]{2}-\\d',
    ].join('|') +
    String.raw`)(?![\w-])`,
  'g',
);
/** A plate has at least one letter and one digit group; "12-12-12" is a date. */
const HAS_LETTERS = /[A-Z]/;

const rule: Rule = {
  meta: {
    id: 'kenteken',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '004 §1.3',
    description: 'Dutch licence plates (all sidecodes, written with dashes, in capitals).',
    messages: {
      kenteken: 'Dit lijkt een kenteken. Daarmee is iemands auto, en soms iemand zelf, te vinden.',
    },
  },
  check(doc, _context, report) {
    if (!doc.hasDigit || !doc.text.includes('-')) return;
    for (const match of doc.text.matchAll(PLATE)) {
      if (!HAS_LETTERS.test(match[0])) continue;
      report({ messageId: 'kenteken', start: match.index, end: match.index + match[0].length });
    }
  },
};
export default rule;

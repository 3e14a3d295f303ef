import data from '../data/vertrouwelijk.json';
import type { Rule } from '../types';
import { SpanIndex } from '../spans';
import { reportContactDetail } from './context-words';

/**
 * Postcode: capitals with or without a space (1234 AB), small letters only written together (1234ab), so a
 * year and a word ("2024 en") is no postcode; SA, SD and SS are not issued. An optional house number follows.
 */
const POSTCODE = /(?<![\w-])[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?:\s+\d{1,5}(?:\s?[a-zA-Z](?![a-zA-Z]))?)?(?![\w-])/g;
const SUFFIXES = data.streetSuffixes.join('|');
/**
 * A street name ending in a Dutch street word, then a house number: "Dorpsstraat 12", "Van Goghlaan 3a".
 * At least two letters before the street word, so "weg 2" ("ik ben weg 2 dagen") is no address. A match
 * starts only where a word starts (an apostrophe counts as inside a word) and a name is at most 40
 * characters, so a long run of letters and apostrophes is tried once, not once per position.
 */
const STREET = new RegExp(
  String.raw`(?<![\p{L}\d'-])(?:[A-Z][\p{L}'-]{0,40}\s){0,2}[\p{L}'-]{2,40}(?:${SUFFIXES})\s+\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:-\d{1,4})?(?!\d)`,
  'gu',
);
/** Cheap test first: a street word right before a number, anywhere. Only then the full pattern runs. */
const STREET_HINT = new RegExp(String.raw`(?:${SUFFIXES})\s+\d`, 'i');
const POSTCODE_HINT = /\d{4} ?[A-Za-z]{2}/;
const OWN = new Set(data.ownMarkers.concat(['woon', 'wonen', 'adres']));
const PUBLIC = /^(?:school|lokaal|locatie|vestiging|ingang)\b/i;

/** Postcodes and street addresses with a house number. */
const rule: Rule = {
  meta: {
    id: 'adres',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '004 §1.3',
    description: 'Dutch postcodes and street addresses with a house number; one\'s own as a reminder.',
    messages: {
      eigen: 'Je deelt je eigen adres. Iedereen die dit ziet, weet dan waar je woont.',
      ander: 'Dit lijkt een adres. Deel het adres van iemand anders niet zonder toestemming.',
    },
  },
  check(doc, _context, report) {
    if (!doc.hasDigit) return;
    // Matches of one pattern never overlap each other; a postcode inside a street address is skipped.
    const streets: Array<{ start: number; end: number }> = [];
    if (STREET_HINT.test(doc.text)) {
      for (const match of doc.text.matchAll(STREET)) {
        if (PUBLIC.test(match[0])) continue;
        const span = { start: match.index, end: match.index + match[0].length };
        streets.push(span);
        reportContactDetail(doc, span.start, span.end, OWN, report);
      }
    }
    if (!POSTCODE_HINT.test(doc.text)) return;
    const taken = new SpanIndex(streets);
    for (const match of doc.text.matchAll(POSTCODE)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.overlaps(start, end) || PUBLIC.test(match[0])) continue;
      reportContactDetail(doc, start, end, OWN, report);
    }
  },
};
export default rule;

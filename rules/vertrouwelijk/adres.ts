import data from '../data/vertrouwelijk.json';
import type { Rule } from '../types';
import { reportContactDetail } from './context-words';

/**
 * Postcode: capitals with or without a space (1234 AB), small letters only written together (1234ab), so a
 * year and a word ("2024 en") is no postcode; SA, SD and SS are not issued. An optional house number follows.
 */
const POSTCODE = /(?<![\w-])[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?:\s+\d{1,5}(?:\s?[a-zA-Z](?![a-zA-Z]))?)?(?![\w-])/g;
const SUFFIXES = data.streetSuffixes.join('|');
/**
 * A street name ending in a Dutch street word, then a house number: "Dorpsstraat 12", "Van Goghlaan 3a".
 * At least two letters before the street word, so "weg 2" ("ik ben weg 2 dagen") is no address.
 */
const STREET = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:[A-Z][\p{L}'-]*\s){0,2}[\p{L}'-]{2,}(?:${SUFFIXES})\s+\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:-\d{1,4})?(?!\d)`,
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
    const spans: Array<[number, number]> = [];
    const patterns = [STREET_HINT.test(doc.text) && STREET, POSTCODE_HINT.test(doc.text) && POSTCODE];
    for (const pattern of patterns) {
      if (!pattern) continue;
      for (const match of doc.text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (spans.some(([from, to]) => start < to && from < end)) continue;
        if (PUBLIC.test(match[0])) continue;
        spans.push([start, end]);
        reportContactDetail(doc, start, end, OWN, report);
      }
    }
  },
};
export default rule;

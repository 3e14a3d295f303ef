import data from '../data/vertrouwelijk.json';
import { PhraseSet } from '../phrases';
import type { Rule } from '../types';

/**
 * A Dutch passport or identity-card number (documentnummer, since 2014): two letters, six letters or digits,
 * then a digit. The letter O is never used: typed in the last seven places it is a zero, in the first two it
 * makes the code something else.
 */
const CANDIDATE = /(?<![\p{L}\p{N}])[A-NP-Za-np-z]{2}[A-Za-z0-9]{6}[0-9Oo](?![\p{L}\p{N}])/gu;
/** Eight letters and a digit, not in capitals as the document prints them: a word with a digit ("password1"). */
const TYPED_WORD = /^[a-z]{8}/i;
const DOCUMENT_WORDS = new PhraseSet(data.documentWords);
/** The document word stands among this many words before the number ("my passport for the trip, number …"). */
const WINDOW = 8;

/** Passport and ID-card numbers after a word for the document ("paspoortnummer", "ID-kaart", "passport number"). */
const rule: Rule = {
  meta: {
    id: 'documentnummer',
    category: 'vertrouwelijk',
    severity: 'ernstig',
    protocolRef: '000 §6',
    description: 'Dutch passport and identity-card numbers, after a word for the document.',
    messages: {
      nummer: 'Dit lijkt het nummer van een paspoort of ID-kaart. Deel het niet: daarmee kan iemand zich voor een ander uitgeven.',
    },
  },
  check(doc, _context, report) {
    if (!doc.hasDigit) return;
    let documentWordEnds: number[] | undefined;
    for (const match of doc.text.matchAll(CANDIDATE)) {
      const number = match[0];
      if (TYPED_WORD.test(number) && number !== number.toUpperCase()) continue;
      // Without a document word the shape is any code (orders, discounts), so the words are looked up only now.
      documentWordEnds ??= DOCUMENT_WORDS.find(doc).map((found) => found.lastToken);
      const before = doc.tokenBefore(match.index);
      if (!documentWordEnds.some((end) => end <= before && before - end < WINDOW)) continue;
      report({ messageId: 'nummer', start: match.index, end: match.index + number.length });
    }
  },
};
export default rule;

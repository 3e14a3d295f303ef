import data from '../data/personen.json';
import { PhraseSet } from '../phrases';
import type { Rule } from '../types';

const DETERMINERS = new Set(data.determiners);
const PEOPLE = new Set(data.describedPeople);
/** The same words for the shared phrase index: most texts have none, and then the rule stops at once. */
const PEOPLE_INDEX = new PhraseSet(data.describedPeople);
const GROUP_PREPOSITIONS = new Set(data.groupPrepositions);
const GROUP_WORDS = new Set(data.groupWords);
const FEATURE_PREPOSITIONS = new Set(data.featurePrepositions);
const FEATURES = new Set(data.features);
const CLASS_CODE = /^(?:[1-6][a-h]\d?|[1-6](?:havo|vwo|vmbo|mavo|gym|tl|kb|bb|h|v|m))$/;
const MAX_ADJECTIVES = 3;
const FEATURE_REACH = 5;

/**
 * Someone described so that classmates know who it is, without a name: a person word with a class
 * ("die jongen uit 2B") or a visible feature ("dat meisje met die gele jas").
 */
const rule: Rule = {
  meta: {
    id: 'beschrijving',
    category: 'personen',
    severity: 'info',
    protocolRef: '001 §2.2',
    description: 'Identifying descriptions without a name: a person word with a class or a visible feature.',
    messages: {
      beschrijving: 'Iedereen weet wie je bedoelt met "{wie}". Vindt diegene het goed dat je over hem of haar schrijft?',
      samen: 'Je beschrijft iemand ("{wie}") en schrijft iets kwetsends of iets privés over diegene. Dat kan diegene echt schaden.',
    },
    seriousWith: { categories: ['belediging'], ruleIds: ['gevoelige-feiten'], messageId: 'samen' },
  },
  check(doc, context, report) {
    const tokens = doc.tokens;
    if (PEOPLE_INDEX.find(doc).length === 0) return;
    for (let i = 0; i < tokens.length; i++) {
      if (!DETERMINERS.has(tokens[i]!.folded)) continue;
      let noun = i + 1;
      // Only words between determiner and person ("die rare jongen"); another determiner starts over.
      while (noun < tokens.length && noun - i <= MAX_ADJECTIVES && !PEOPLE.has(tokens[noun]!.folded) && !DETERMINERS.has(tokens[noun]!.folded) && !GROUP_PREPOSITIONS.has(tokens[noun]!.folded)) noun++;
      if (noun >= tokens.length || !PEOPLE.has(tokens[noun]!.folded)) continue;
      const sentence = doc.sentenceAt(tokens[noun]!.start);
      let end = -1;
      for (let k = noun + 1; k < Math.min(tokens.length, noun + 1 + 2 * FEATURE_REACH); k++) {
        if (doc.sentenceAt(tokens[k]!.start) !== sentence) break;
        const word = tokens[k]!.folded;
        const previous = tokens[k - 1]!.folded;
        const afterGroupWord = GROUP_PREPOSITIONS.has(previous) || GROUP_PREPOSITIONS.has(tokens[k - 2]?.folded ?? '');
        if ((CLASS_CODE.test(word) || GROUP_WORDS.has(word)) && afterGroupWord) {
          end = k + (word === 'klas' && CLASS_CODE.test(tokens[k + 1]?.folded ?? '') ? 1 : 0);
        } else if (FEATURES.has(word) && tokens.slice(Math.max(noun + 1, k - FEATURE_REACH), k).some((token) => FEATURE_PREPOSITIONS.has(token.folded))) {
          end = k;
        }
      }
      if (end < 0) continue;
      const start = tokens[i]!.start;
      report({
        messageId: 'beschrijving',
        start,
        end: tokens[end]!.end,
        severity: context.role === 'medewerker' ? 'waarschuwing' : 'info',
        data: { wie: doc.text.slice(start, tokens[end]!.end) },
      });
      i = end;
    }
  },
};
export default rule;

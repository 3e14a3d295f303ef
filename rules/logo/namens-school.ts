import data from '../data/school.json';
import { PhraseSet } from '../phrases';
import { schoolLabel, schoolMentions } from '../school-names';
import type { Rule } from '../types';

const BEFORE = new PhraseSet(data.speakForBefore);
const AFTER = new PhraseSet(data.speakForAfter);
const ANYWHERE = new PhraseSet(data.speakForAnywhere);
const ARTICLES = new Set(['de', 'het', 'onze', 'ons', 'the', 'our']);
/** "niet namens de school", "not on behalf of": the disclaimer itself, not speaking for the school. */
const NEGATIONS = new Set(['niet', 'nooit', 'geen', 'not', 'never']);

/** Speaking for the school: "namens <school>", "<school> maakt bekend", "wij als school", "on behalf of <school>". */
const rule: Rule = {
  meta: {
    id: 'namens-school',
    category: 'logo',
    severity: 'waarschuwing',
    protocolRef: '000 §2',
    description: 'Text that speaks for the school, unless the account is one of the school\'s own.',
    messages: {
      namens:
        'Het lijkt alsof je namens {school} spreekt. Dat doet alleen de school zelf. Schrijf liever vanuit jezelf.',
      officieel:
        'Dit klinkt als een officieel bericht van {school}. Alleen de school zelf plaatst officiële berichten.',
    },
  },
  check(doc, context, report) {
    if (context.school.isOfficialAccount) return;
    const mentions = schoolMentions(doc, context.school);
    if (mentions.length === 0) return;
    const tokens = doc.tokens;
    const data = { school: schoolLabel(context.school) };
    for (const mention of mentions) {
      let first = mention.firstToken;
      while (first > 0 && ARTICLES.has(tokens[first - 1]!.skeleton)) first--;
      const before = BEFORE.lengthEndingBefore(doc, first);
      const after = before > 0 ? 0 : AFTER.lengthStartingAt(doc, mention.lastToken + 1);
      const negated = before > 0 && first - before > 0 && NEGATIONS.has(tokens[first - before - 1]!.folded);
      if (before > 0 && negated) continue;
      if (before > 0) {
        report({ messageId: 'namens', start: tokens[first - before]!.start, end: mention.end, data });
      } else if (after > 0) {
        report({ messageId: 'namens', start: mention.start, end: tokens[mention.lastToken + after]!.end, data });
      }
    }
    for (const official of ANYWHERE.find(doc)) {
      report({ messageId: 'officieel', start: official.start, end: official.end, data });
    }
  },
};
export default rule;

import data from '../data/school.json';
import { normalise } from '../normalise/pipeline';
import { PhraseSet } from '../phrases';
import { schoolLabel, schoolMentions } from '../school-names';
import type { TextDocument } from '../document';
import type { Rule } from '../types';

const SCHOOL_LIFE = new PhraseSet(data.schoolLife);
const DISCLAIMERS = new PhraseSet(data.disclaimerPhrases);
const foldedDisclaimers = new Map<string, string>();

function hasConfiguredDisclaimer(doc: TextDocument, disclaimerText: string): boolean {
  if (!disclaimerText.trim()) return false;
  let wanted = foldedDisclaimers.get(disclaimerText);
  if (wanted === undefined) {
    wanted = normalise(disclaimerText).tokens.map((token) => token.folded).join(' ');
    foldedDisclaimers.set(disclaimerText, wanted);
  }
  return wanted.length > 0 && doc.tokens.map((token) => token.folded).join(' ').includes(wanted);
}

/** Staff writing about school get a reminder to say they post "op persoonlijke titel". */
const rule: Rule = {
  meta: {
    id: 'disclaimer-herinnering',
    category: 'disclaimer',
    severity: 'waarschuwing',
    protocolRef: '004 §1.4',
    description: 'Staff posts about the school or school life without a personal-title disclaimer.',
    messages: {
      herinnering:
        'Je schrijft over school. Zet erbij dat je dit op persoonlijke titel plaatst, en niet namens {school}.',
    },
  },
  check(doc, context, report) {
    if (context.role !== 'medewerker' || context.school.isOfficialAccount) return;
    const mention = schoolMentions(doc, context.school)[0] ?? SCHOOL_LIFE.find(doc)[0];
    if (!mention) return;
    if (DISCLAIMERS.find(doc).length > 0) return;
    if (hasConfiguredDisclaimer(doc, context.school.disclaimerText)) return;
    report({
      messageId: 'herinnering',
      start: mention.start,
      end: mention.end,
      data: { school: schoolLabel(context.school) },
    });
  },
};
export default rule;

import data from '../data/school.json';
import { PhraseSet } from '../phrases';
import type { Rule } from '../types';

const SCHOOL_SITUATIONS = new PhraseSet(data.schoolSituations);
const PERSON_REFERENCE = /(?<![\w@.])@\w/;

/**
 * Photos and videos: "Staan er mensen op? Heb je hun toestemming?" A reminder on every attachment;
 * a warning when the post shows a school situation, names someone, or comes from staff.
 */
const rule: Rule = {
  meta: {
    id: 'foto-toestemming',
    category: 'personen',
    severity: 'info',
    protocolRef: '002 A.6',
    description: 'A consent reminder for attached photos and videos; firmer for school situations and staff.',
    messages: {
      foto: 'Staan er mensen op je foto of video? Heb je hun toestemming om die te delen?',
      school: 'Dit lijkt een foto of video van school. Heeft iedereen die erop staat toestemming gegeven?',
    },
  },
  check(doc, context, report) {
    const attachments = context.post?.attachments ?? 0;
    if (attachments === 0) return;
    const situation = SCHOOL_SITUATIONS.find(doc)[0];
    const firm = !!situation || PERSON_REFERENCE.test(doc.text) || context.role === 'medewerker';
    report({
      messageId: situation ? 'school' : 'foto',
      start: situation?.start ?? 0,
      end: situation?.end ?? 0,
      severity: firm ? 'waarschuwing' : 'info',
    });
  },
};
export default rule;

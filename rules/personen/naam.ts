import data from '../data/aanspreekvormen.json';
import type { Rule } from '../types';
import { personReferences } from './names';

/** Words that show a staff member is writing about a pupil. */
const PUPIL_CONTEXT = new Set(data.pupilContext);
const CLASS_CODE = /^[1-6](?:[a-h]\d?|havo|vwo|vmbo|mavo|gym|tl|kb|bb)$/;

/**
 * Person names: first names from the name data (lower case only when the name is not also a word),
 * first name + surname with tussenvoegsels, and known surnames. Public figures, brands, places, days,
 * months and the school's own name are not people here.
 */
const rule: Rule = {
  meta: {
    id: 'naam',
    category: 'personen',
    severity: 'info',
    protocolRef: '001 §2.2',
    description: 'Names of people (first names, first name + surname, known surnames); staff naming a pupil is serious.',
    messages: {
      naam: 'Je noemt {naam}. Vindt diegene het goed dat dit online komt?',
      medewerker: 'Je noemt {naam}. Heeft diegene toestemming gegeven om online genoemd te worden?',
      leerling: 'Noem je hier een leerling ({naam})? Zet geen namen van leerlingen online zonder toestemming.',
      samen: 'Je noemt {naam} samen met iets kwetsends of iets privés. Dat kan diegene echt schaden.',
    },
    seriousWith: { categories: ['belediging'], ruleIds: ['gevoelige-feiten'], messageId: 'samen' },
  },
  check(doc, context, report) {
    const names = personReferences(doc, context.school).filter((reference) => reference.kind === 'naam');
    if (names.length === 0) return;
    const aboutPupils =
      context.role === 'medewerker' &&
      doc.tokens.some((token) => PUPIL_CONTEXT.has(token.folded) || CLASS_CODE.test(token.folded));
    for (const name of names) {
      const messageId = context.role === 'leerling' ? 'naam' : aboutPupils ? 'leerling' : 'medewerker';
      report({
        messageId,
        start: name.start,
        end: name.end,
        severity: context.role === 'leerling' ? 'info' : aboutPupils ? 'ernstig' : 'waarschuwing',
        data: { naam: doc.text.slice(name.start, name.end) },
      });
    }
  },
};
export default rule;

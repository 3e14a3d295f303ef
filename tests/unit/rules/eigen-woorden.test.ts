import { expect, it } from 'vitest';
import { check, createContext } from '../../../rules/engine';
import rule from '../../../rules/school/eigen-woorden';
import { testRule } from './rule-tester';

const extraTerms = {
  vertrouwelijk: ['Project Zwaluw', 'fusie'],
  belediging: ['brugpieper'],
  personen: ['de conciërge'],
  logo: ['onze huisstijl'],
  disclaimer: ['open avond'],
};

testRule(rule, {
  valid: [
    'Wie gaat er mee naar de film?',
    { text: 'Een zwaluw in de lente', extraTerms },
    { text: 'Project Zwaluw start morgen' },
    { text: 'haha brugpiepers', extraTerms },
  ],
  invalid: [
    { text: 'Morgen start Project Zwaluw!', extraTerms, found: [{ fragment: 'Project Zwaluw', messageId: 'vertrouwelijk' }] },
    { text: 'Hoor je dat van de fusie?', extraTerms, found: [{ fragment: 'fusie', messageId: 'vertrouwelijk' }] },
    { text: 'jij brugpieper', extraTerms, found: [{ fragment: 'brugpieper', messageId: 'belediging' }] },
    { text: 'de conciërge was weer chagrijnig', extraTerms, found: [{ fragment: 'de conciërge', messageId: 'personen' }] },
    { text: 'Kijk, onze huisstijl op mijn shirt', extraTerms, found: [{ fragment: 'onze huisstijl', messageId: 'logo' }] },
    { text: 'Kom naar de open avond!', extraTerms, found: [{ fragment: 'open avond', messageId: 'disclaimer' }] },
  ],
});

it('takes each finding\'s category from the list it is in', () => {
  const context = { ...createContext(), extraTerms };
  expect(check('fusie en brugpieper', context, [rule]).map((finding) => finding.category)).toEqual(['vertrouwelijk', 'belediging']);
});

it('allowTerms silence any rule on those words', () => {
  const context = { ...createContext(), allowTerms: ['Kuttekoven', 'Kanker Kampioenen'] };
  expect(check('Op kamp in Kuttekoven met de Kanker Kampioenen', context)).toEqual([]);
  expect(check('kanker saai', context).map((finding) => finding.ruleId)).toEqual(['vloeken']);
});

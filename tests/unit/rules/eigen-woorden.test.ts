import { expect, it } from 'vitest';
import schema from '../../../public/managed-schema.json';
import { check, createContext } from '../../../rules/engine';
import rule from '../../../rules/school/eigen-woorden';
import { contextFromPolicy, mergePolicy } from '../../../utils/policy';
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

it('every category a school can list words under gives a finding with its own message', () => {
  for (const category of Object.keys(schema.properties.extraTerms.properties)) {
    const { policy, report } = mergePolicy({ extraTerms: { [category]: ['Project Zwaluw'] } });
    expect(report.issues).toEqual([]);
    const [finding, ...rest] = check('Morgen start Project Zwaluw', contextFromPolicy(policy), [rule]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ category, message: rule.meta.messages[category] });
    expect(finding!.message).not.toBe('');
  }
});

it('allowTerms silence any rule on those words', () => {
  const context = { ...createContext(), allowTerms: ['Kuttekoven', 'Kanker Kampioenen'] };
  expect(check('Op kamp in Kuttekoven met de Kanker Kampioenen', context)).toEqual([]);
  expect(check('kanker saai', context).map((finding) => finding.ruleId)).toEqual(['vloeken']);
});

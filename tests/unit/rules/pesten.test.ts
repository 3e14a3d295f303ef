import rule from '../../../rules/belediging/pesten';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Niemand vindt toetsen leuk, toch?',
    'Iedereen vindt jou leuk, echt waar',
    'Welkom in de groep!',
    'Like als je ook naar de open dag komt',
    'Jij hoort bij ons team voor de quiz!',
  ],
  invalid: [
    { text: 'niemand vindt jou leuk', found: [{ fragment: 'niemand vindt jou', severity: 'ernstig' }] },
    { text: 'ga van onze groep af', found: ['ga van onze groep'] },
    { text: 'wie haat Daan ook? like', found: ['wie haat Daan ook'] },
    { text: 'jij hoort er niet bij en dat weet je', found: ['jij hoort er niet bij'] },
    { text: 'die dikke van 2A haha', found: ['die dikke'] },
    { text: 'we hebben een nieuwe groepsapp gemaakt zonder jou haha', found: ['zonder jou'] },
  ],
});

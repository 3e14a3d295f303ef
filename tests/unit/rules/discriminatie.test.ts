import rule from '../../../rules/belediging/discriminatie';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Mijn oom is homo en trouwt volgende maand',
    'Je moet die melding niet negeren',
    'Hoera, we hebben gewonnen!',
    'Het licht bleef maar flikkeren',
  ],
  invalid: [
    { text: 'vieze kankerhomo', found: [{ fragment: 'kankerhomo', severity: 'ernstig' }] },
    { text: 'wat een hoer', found: [{ fragment: 'hoer', severity: 'ernstig' }] },
    { text: 'h0er', found: ['h0er'] },
    { text: 'f l i k k e r', found: ['f l i k k e r'] },
    { text: 'die spleetoog van 3B', found: ['spleetoog'] },
  ],
});

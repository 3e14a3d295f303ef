import rule from '../../../rules/belediging/discriminatie';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Mijn oom is homo en trouwt volgende maand',
    'Je moet die melding niet negeren',
    'Hoera, we hebben gewonnen!',
    'Het licht bleef maar flikkeren',
    'Ik negeer die berichten gewoon',
    'Homo\'s en lesbiennes verdienen dezelfde rechten',
    'Moslims vasten tijdens de ramadan',
    'Homo\'s zijn niet ziek, iedereen is welkom',
  ],
  invalid: [
    { text: 'vieze kankerhomo', found: [{ fragment: 'kankerhomo', severity: 'ernstig' }] },
    { text: 'wat een hoer', found: [{ fragment: 'hoer', severity: 'ernstig' }] },
    { text: 'h0er', found: ['h0er'] },
    { text: 'f l i k k e r', found: ['f l i k k e r'] },
    { text: 'die spleetoog van 3B', found: ['spleetoog'] },
    { text: 'moslims zijn allemaal terroristen', found: ['moslims zijn allemaal terroristen'] },
    { text: 'ik haat joden', found: ['haat joden'] },
    { text: 'Die vluchtelingen. Het zijn toch allemaal ratten', found: ['Het zijn toch allemaal ratten'] },
    { text: 'vrouwen horen in de keuken', found: ['vrouwen horen in de keuken'] },
  ],
});

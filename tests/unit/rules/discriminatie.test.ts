import rule from '../../../rules/belediging/discriminatie';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    // Who someone is, affirmed: no slur.
    'jij bent homo en dat is helemaal prima',
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
    { text: 'vieze kankerhomo', found: [{ fragment: 'kankerhomo', messageId: 'woord', severity: 'ernstig' }] },
    { text: 'wat een hoer', found: [{ fragment: 'hoer', messageId: 'woord', severity: 'ernstig' }] },
    { text: 'h0er', found: [{ fragment: 'h0er', messageId: 'woord' }] },
    { text: 'f l i k k e r', found: [{ fragment: 'f l i k k e r', messageId: 'woord' }] },
    { text: 'die spleetoog van 3B', found: [{ fragment: 'spleetoog', messageId: 'gericht' }] },
    { text: 'moslims zijn allemaal terroristen', found: [{ fragment: 'moslims zijn allemaal terroristen', messageId: 'haatGroep' }] },
    { text: 'ik haat joden', found: [{ fragment: 'haat joden', messageId: 'haatGroep' }] },
    { text: 'Die vluchtelingen. Het zijn toch allemaal ratten', found: [{ fragment: 'Het zijn toch allemaal ratten', messageId: 'ontmenselijking' }] },
    { text: 'vrouwen horen in de keuken', found: [{ fragment: 'vrouwen horen in de keuken', messageId: 'buitensluitenGroep' }] },
  ],
});

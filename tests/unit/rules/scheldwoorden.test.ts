import rule from '../../../rules/belediging/scheldwoorden';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'ik ben zo\'n sukkel, tas vergeten',
    'Wat een leuke klas zijn jullie',
    'De eikels vallen van de eik',
    'Ik vind maandag echt stom',
    'Die film was ziek goed',
  ],
  invalid: [
    { text: 'jij bent een sukkel', found: [{ fragment: 'sukkel', severity: 'ernstig' }] },
    { text: 'wat een klootzak', found: [{ fragment: 'klootzak', severity: 'waarschuwing' }] },
    { text: '@sanne dikzak', found: [{ fragment: 'dikzak', severity: 'ernstig' }] },
    { text: 'kankerlijer', found: ['kankerlijer'] },
    { text: 'd1kz4k', found: ['d1kz4k'] },
    { text: 'you dumbass', found: ['dumbass'] },
  ],
});

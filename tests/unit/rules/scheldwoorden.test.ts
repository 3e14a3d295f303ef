import rule from '../../../rules/belediging/scheldwoorden';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'ik ben zo\'n sukkel, tas vergeten',
    'Wat een leuke klas zijn jullie',
    'De eikels vallen van de eik',
    'Ik vind maandag echt stom',
    'Die film was ziek goed',
    'Je bent geen loser, je bent gewoon nieuw hier',
    'We hebben een aap gezien in de dierentuin',
    "Stop met mensen 'mongool' noemen, dat is kwetsend",
    'Wat ben jij slim zeg',
  ],
  invalid: [
    { text: 'jij bent een sukkel', found: [{ fragment: 'sukkel', severity: 'ernstig' }] },
    { text: 'wat ben jij waardeloos zeg', found: [{ fragment: 'jij waardeloos', severity: 'waarschuwing' }] },
    { text: 'jullie zijn allemaal idioten', found: [{ fragment: 'idioten', severity: 'ernstig' }] },
    { text: 'dikke koe', found: ['koe'] },
    { text: 'wat een klootzk', found: ['klootzk'] },
    { text: 'die mongool uit 2B', found: [{ fragment: 'mongool', severity: 'ernstig' }] },
    { text: 'jij met je lelijke kop', found: ['jij met je lelijke kop'] },
    { text: 'wat een klootzak', found: [{ fragment: 'klootzak', severity: 'waarschuwing' }] },
    { text: '@sanne dikzak', found: [{ fragment: 'dikzak', severity: 'ernstig' }] },
    { text: 'kankerlijer', found: ['kankerlijer'] },
    { text: 'd1kz4k', found: ['d1kz4k'] },
    { text: 'you dumbass', found: ['dumbass'] },
  ],
});

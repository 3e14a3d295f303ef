import rule from '../../../rules/ocr/screenshot-gesprek';
import { testImageTextRule } from './rule-tester';

testImageTextRule(rule, {
  valid: [
    { name: 'a timetable (times first)', sketch: 'Rooster 2B\n08:30 Wiskunde\n09:20 Engels\n10:30 Biologie\n11:20 Gym' },
    { name: 'opening hours (ranges)', sketch: 'Openingstijden\nMaandag 09:00 - 17:00\nDinsdag 09:00 - 17:00\nWoensdag 9:00 tot 12:00' },
    { name: 'a news article', sketch: 'Nieuwe sporthal geopend\n\nDe gemeente opende vandaag de nieuwe\nsporthal aan de Dorpsstraat. Wethouder\nJansen knipte het lint door.' },
    { name: 'one time without chat words', sketch: 'Boodschappen\nmelk\nbrood\nkaas 12:30' },
    { name: 'times read as noise', sketch: 'Vakantie!\n~14:02\nStrand\n~14:03\nZon' },
  ],
  invalid: [
    {
      name: 'a phone chat with times under the bubbles',
      sketch: 'Klas 2B\n\nDaan\nHee wie heeft het nummer van Fleur?\n14:02\n\n                    Ja: 06-12345678\n                    14:03 ✓✓',
      found: [{ messageId: 'gesprek', severity: 'waarschuwing' }],
    },
    {
      name: 'a desktop chat with name and time on one line',
      sketch: 'Sanne 21:14\nkomen jullie morgen?\n\nBram 21:15\nja ik neem chips mee\n\nNoor 21:17\nik ook',
      found: [{ messageId: 'gesprek' }],
    },
    {
      name: 'one time with a chat word',
      sketch: 'Fleur\nonline\nzie je morgen\n22:41',
      found: [{ messageId: 'gesprek' }],
    },
    {
      name: 'English times',
      sketch: 'Mila\nare you coming\n2:15 PM\n\n           yes!\n           2:16 PM',
      found: [{ messageId: 'gesprek' }],
    },
  ],
});

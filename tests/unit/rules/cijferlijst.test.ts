import rule from '../../../rules/ocr/cijferlijst';
import { testImageTextRule } from './rule-tester';

testImageTextRule(rule, {
  valid: [
    { name: 'a menu with prices', sketch: 'Menu\nFriet 3,50\nKroket 2,75\nCola 2,50\nFrikandel 2,25' },
    { name: 'a menu in euros', sketch: 'Kantine\nTosti € 2\nSoep € 3\nBroodje € 4\nAppel € 1' },
    { name: 'rows of words with numbers but no names and no heading', sketch: 'Route\nAfslag 3\nRotonde 2\nBrug 1\nKruispunt 4' },
    { name: 'two rows only', sketch: 'Cijfers\nDaan 7,5\nFleur 8' },
    { name: 'a list of names without grades', sketch: 'Klassenlijst\nDaan de Vries\nFleur Jansen\nBram Bakker\nNoor Visser' },
  ],
  invalid: [
    {
      name: 'names with grades under a heading',
      sketch: 'Cijferlijst wiskunde 3B\nNaam Cijfer\nDe Vries, D. 5,4\nJansen, F. 7,8\nBakker, B. 6,1\nVisser, N. 8,9',
      found: [{ messageId: 'cijfers', severity: 'ernstig' }],
    },
    {
      name: 'first names with grades, no heading',
      sketch: 'Daan 7,5\nFleur 8\nBram 4,9\nNoor 6,6',
      found: [{ messageId: 'cijfers' }],
    },
    {
      name: 'a Magister screenshot with several grades per row',
      sketch: 'Magister\nSanne Bos 6,5 7,0 5,8\nLotte Smit 8,1 7,7 9,0\nMilan de Jong 4,2 5,5 6,0',
      found: [{ messageId: 'cijfers' }],
    },
  ],
});

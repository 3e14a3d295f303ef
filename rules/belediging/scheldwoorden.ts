import { lexiconRule } from './lexicon-rule';

/** Insults and personal attacks, including body shaming and English insults mixed into Dutch. */
export default lexiconRule('scheldwoord', {
  id: 'scheldwoorden',
  category: 'belediging',
  severity: 'waarschuwing',
  protocolRef: '002 A.10',
  description: 'Insults and names for people; firmer when aimed at someone, silent on mild self-mockery.',
  messages: {
    mild: 'Dit woord kan iemand kwetsen, ook als je het als grap bedoelt.',
    woord: 'Hier staat een scheldwoord. Dat kan iemand pijn doen.',
    gericht: 'Je scheldt iemand uit. Dat voelt als pesten, ook online.',
    negatief: 'Dit is kwetsend over iemand. Zeg het liever anders, of niet.',
  },
});

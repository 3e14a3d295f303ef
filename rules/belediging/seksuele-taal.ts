import { lexiconRule } from './lexicon-rule';

/** Sexual or obscene words, most harmful when about or aimed at someone. */
export default lexiconRule('seksueel', {
  id: 'seksuele-taal',
  category: 'belediging',
  severity: 'waarschuwing',
  protocolRef: '000 §8',
  description: 'Sexual or obscene words; serious when aimed at someone.',
  messages: {
    woord: 'Hier staat een seksueel of grof woord. Dat hoort niet in een bericht over school.',
    gericht: 'Je schrijft iets seksueels over of tegen iemand. Dat kan heel kwetsend zijn.',
    intimidatie: 'Dit is seksuele intimidatie: aandringen na een nee, opmerkingen over iemands lichaam of dreigen met foto’s. Dat maakt iemand bang en kan strafbaar zijn.',
  },
});

import { lexiconRule } from './lexicon-rule';

/** Bullying and exclusion: "niemand vindt jou leuk", "ga van onze groep af", "wie haat X ook? like". */
export default lexiconRule('pesten', {
  id: 'pesten',
  category: 'belediging',
  severity: 'waarschuwing',
  protocolRef: '000 §3',
  description: 'Bullying and exclusion: telling someone nobody likes them, pushing them out of a group, belittling dressed as praise, calling others to join in against someone.',
  messages: {
    woord: 'Dit kan voelen als pesten of buitensluiten. Dat doet veel pijn, ook online.',
    gericht: 'Dit is pesten: je sluit iemand buiten of maakt iemand klein. Dat doet veel pijn.',
    buitensluiten: 'Dit sluit iemand buiten. Zo staat iemand er alleen voor; dat is pesten.',
    haatPersoon: 'Je zegt dat je iemand haat. Dat kan diegene flink raken.',
    bodyshaming: 'Je lacht iemand uit om zijn of haar lichaam. Dat doet pijn.',
    vernederen: 'Je vertelt iets over iemand door aan iedereen. Dat kan diegene diep raken, en wat rondgaat krijg je niet meer terug.',
    kleineren: 'Dit maakt iemand klein, ook al klinkt het als een compliment of een grapje. Dat kan diegene raken.',
    minachting: 'Je laat merken dat je iemand niks waard vindt. Dat maakt iemand klein en doet pijn.',
    oproep: 'Je vraagt anderen om mee te doen tegen iemand. Met z\'n allen pesten doet nog meer pijn.',
    stalken: 'Je houdt iemand in de gaten of blijft contact zoeken terwijl diegene dat niet wil. Dat maakt iemand bang.',
  },
});

import { lexiconRule } from './lexicon-rule';

/** Threats and incitement to self-harm (kys, ga dood, ik maak je af). */
export default lexiconRule(
  'bedreiging',
  {
    id: 'bedreigingen',
    category: 'belediging',
    severity: 'ernstig',
    protocolRef: '002 A.10',
    description: 'Threats and telling someone to die or hurt themself; always serious.',
    messages: {
      woord: 'Dit klinkt als een bedreiging. Ook als grap kan dit iemand bang maken.',
      gericht: 'Dit is een bedreiging tegen iemand. Dat maakt mensen bang en kan strafbaar zijn.',
      dreigen: 'Dit is een bedreiging. Ook als grap maakt dit iemand bang, en het kan strafbaar zijn.',
      dreigenGroep: 'Dit is een bedreiging tegen een groep mensen. Dat is ernstig en kan strafbaar zijn.',
      doodswens: 'Je wenst iemand dood, ziek of gewond, of zet iemand aan om zichzelf pijn te doen. Dat kan veel schade doen.',
      impliciet: 'Dit klinkt als een verborgen dreiging. Zo maak je iemand bang.',
    },
  },
  'ernstig',
);

import { lexiconRule } from './lexicon-rule';

/** Slurs against groups: racist, antisemitic, homophobic, transphobic, sexist and ableist words. */
export default lexiconRule(
  'discriminatie',
  {
    id: 'discriminatie',
    category: 'belediging',
    severity: 'ernstig',
    protocolRef: '001 leerlingen',
    description: 'Slurs against groups of people; always serious.',
    messages: {
      woord: 'Dit woord kwetst een groep mensen. Het is discriminerend.',
      gericht: 'Je gebruikt een discriminerend woord tegen iemand. Dat is kwetsend en kan strafbaar zijn.',
      haatGroep: 'Dit zegt iets haatdragends over een groep mensen. Dat is discriminatie.',
      ontmenselijking: 'Je vergelijkt mensen met dieren, vuil of een ziekte. Dat is kwetsend en discriminerend.',
      buitensluitenGroep: 'Dit sluit een groep mensen buiten. Dat is discriminatie.',
    },
  },
  'ernstig',
);

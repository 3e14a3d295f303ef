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
      mild: 'Dit woord kwetst een groep mensen.',
      woord: 'Dit woord kwetst een groep mensen. Het is discriminerend.',
      gericht: 'Je gebruikt een discriminerend woord tegen iemand. Dat is kwetsend en kan strafbaar zijn.',
    },
  },
  'ernstig',
);

import type { Attack } from '../english/analyse';
import { englishReading } from '../english/reader';
import type { Rule, Severity } from '../types';

/**
 * How serious each kind of abuse is, and the protocol clause about it: the clause the Dutch rule for the
 * same kind rests on (bedreigingen and scheldwoorden, discriminatie, pesten, seksuele-taal, vloeken).
 */
const BY_ATTACK: Record<Attack, { severity: Severity; protocolRef: string }> = {
  dreigen: { severity: 'ernstig', protocolRef: '002 A.10' },
  dreigenGroep: { severity: 'ernstig', protocolRef: '001 leerlingen' },
  doodswens: { severity: 'ernstig', protocolRef: '002 A.10' },
  haatGroep: { severity: 'ernstig', protocolRef: '001 leerlingen' },
  ontmenselijking: { severity: 'ernstig', protocolRef: '001 leerlingen' },
  seksueel: { severity: 'ernstig', protocolRef: '000 §8' },
  buitensluiten: { severity: 'waarschuwing', protocolRef: '000 §3' },
  vernederen: { severity: 'waarschuwing', protocolRef: '000 §3' },
  kleineren: { severity: 'waarschuwing', protocolRef: '000 §3' },
  oproep: { severity: 'ernstig', protocolRef: '000 §3' },
  uitschelden: { severity: 'waarschuwing', protocolRef: '002 A.10' },
  lichaam: { severity: 'waarschuwing', protocolRef: '002 A.10' },
  minachting: { severity: 'waarschuwing', protocolRef: '000 §3' },
  stalken: { severity: 'ernstig', protocolRef: '000 §3' },
  vloeken: { severity: 'waarschuwing', protocolRef: '001 leerlingen' },
};

/**
 * English abuse (rules/english/): threats, death wishes, hate against groups, exclusion, sexual
 * harassment, insults and body shaming, read per clause as target × attack, only in the sentences that
 * read as English. The reading itself (compromise, franc-min, the English word lists) is not in the
 * engine: it comes when a post may hold English (english/reader.ts); until then this rule finds nothing,
 * and the content script waits for it before deciding on such a post.
 */
const engels: Rule = {
  meta: {
    id: 'engels',
    category: 'belediging',
    severity: 'waarschuwing',
    protocolRef: '002 A.10',
    description: 'English threats, death wishes, hate and slurs, exclusion, humiliation, calls to pile on, stalking, sexual harassment, insults, body shaming and swearing, per clause (target × attack).',
    messages: {
      dreigen: 'Dit leest als een dreiging (in het Engels). Dreigen kan iemand echt bang maken.',
      dreigenGroep: 'Dit leest als een dreiging tegen een groep mensen (in het Engels). Dat is ernstig.',
      doodswens: 'Dit leest als iemand dood wensen (in het Engels). Dat kan veel pijn doen.',
      haatGroep: 'Dit leest als haat tegen een groep mensen (in het Engels). Dat is discriminatie.',
      ontmenselijking: 'Dit vergelijkt mensen met dieren of vuil (in het Engels). Dat is kwetsend.',
      buitensluiten: 'Dit leest als iemand buitensluiten (in het Engels). Dat is pesten.',
      vernederen: 'Dit leest als iemand vernederen of iets van iemand rondsturen (in het Engels). Dat kan diegene diep raken.',
      kleineren: 'Dit maakt iemand klein (in het Engels), ook al klinkt het als een grapje of een compliment. Dat kan diegene raken.',
      oproep: 'Dit leest als anderen vragen om mee te doen tegen iemand (in het Engels). Met z\'n allen pesten doet nog meer pijn.',
      seksueel: 'Dit leest als seksuele intimidatie (in het Engels). Dat mag niet.',
      uitschelden: 'Dit leest als uitschelden (in het Engels). Dat kan iemand echt kwetsen.',
      lichaam: 'Dit leest als iemand uitlachen om het lichaam (in het Engels). Dat doet pijn.',
      minachting: 'Dit laat merken dat je iemand niks waard vindt (in het Engels). Dat maakt iemand klein en doet pijn.',
      stalken: 'Dit leest als iemand in de gaten houden of blijven lastigvallen (in het Engels). Dat maakt iemand bang.',
      vloeken: 'Dit leest als vloeken (in het Engels). Dat past niet in een bericht.',
    },
  },
  check(doc, _context, report) {
    const reading = englishReading();
    if (!reading) return;
    for (const finding of reading.analyse(doc.text)) {
      report({ messageId: finding.attack, start: finding.start, end: finding.end, ...BY_ATTACK[finding.attack] });
    }
  },
};

export default engels;

import rule from '../../../rules/belediging/vloeken';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Het kankeronderzoek van KWF Kankerbestrijding is belangrijk',
    'Mijn opa heeft kanker, duim voor hem',
    'Ze is overleden aan kanker',
    'Ik hang mijn kleren in de klerenkast',
    'We gaan naar Kuttekoven op schoolreis',
    'Je moet de tering naar de nering zetten',
    'Wie wil er een poke bowl halen?',
    'Dit is echt een vette dag geweest',
    'Hij is genezen van kanker, zo blij!',
    'Tyfus is een ziekte die je via vies water krijgt',
    'Het anker van de boot',
    'Met kerst vieren we dat Jezus geboren is',
    "Waarom zeggen mensen altijd 'kanker' als scheldwoord? Dat is zo erg voor zieken",
  ],
  invalid: [
    { text: 'kanker wat is dit saai', found: [{ fragment: 'kanker', severity: 'waarschuwing' }] },
    { text: 'wat een teringzooi hier', found: ['teringzooi'] },
    { text: 'K4NK3RRR irritant', found: ['K4NK3RRR'] },
    { text: 'k a n k e r zeg', found: ['k a n k e r'] },
    { text: 'k.u.t school', found: ['k.u.t'] },
    { text: 'kk saai dit', found: ['kk'] },
    { text: 'kan\u200Bker', found: ['kan\u200Bker'] },
    { text: 'кanker (met Russische k)', found: ['кanker'] },
    { text: 'krijg de tering jij', found: [{ fragment: 'krijg de tering', severity: 'ernstig' }] },
    { text: 'godverdomme wat koud', found: ['godverdomme'] },
    { text: 'klotejong', found: ['klotejong'] },
    { text: 'k*nker saai', found: ['k*nker'] },
    { text: 'kakner irritant', found: ['kakner'] },
    { text: 'jezus wat een les', found: ['jezus wat'] },
    { text: 'jijbentkanker', found: ['kanker'] },
    { text: 'Deze app is echt kut geworden', found: ['kut'] },
  ],
});

import rule from '../../../rules/belediging/vloeken';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Het kankeronderzoek van KWF Kankerbestrijding is belangrijk',
    'Mijn opa heeft kanker, duim voor hem',
    'Ze is overleden aan kanker',
    // Real words with a curse inside them (rules/data/bronnen/woordenboek-treffers.json): "we tering", "kanker"+"kliniek".
    'We fietsen langs de wetering naar school',
    'De teistering van de storm was erg',
    'Ze werkt in een kankerkliniek in Amsterdam',
    'Ik hang mijn kleren in de klerenkast',
    'We gaan naar Kuttekoven op schoolreis',
    'Je moet de tering naar de nering zetten',
    'Wie wil er een poke bowl halen?',
    'Dit is echt een vette dag geweest',
    'Hij is genezen van kanker, zo blij!',
    'mijn broer heeft leukemie gehad en is nu al 5 jaar kankervrij 🎉',
    'Tyfus is een ziekte die je via vies water krijgt',
    'Het anker van de boot',
    // Backwards only for longer words that are no word themselves: "regen" is rain.
    'Ik haat regen op de fiets',
    '***** sterren voor deze film',
    'Met kerst vieren we dat Jezus geboren is',
    "Waarom zeggen mensen altijd 'kanker' als scheldwoord? Dat is zo erg voor zieken",
    // Backwards, short curses start many words ("werkstuk", "teruggekregen"): only long ones count.
    'ik haat dit werkstuk, het hoofdstuk over het toneelstuk',
    'toets teruggekregen, het regent alweer',
    // Abbreviations without vowels that are no curse.
    'brb ff mn wrk doen',
  ],
  invalid: [
    { text: 'kanker wat is dit saai', found: [{ fragment: 'kanker', messageId: 'woord', severity: 'waarschuwing' }] },
    { text: 'wat een teringzooi hier', found: [{ fragment: 'teringzooi', messageId: 'woord' }] },
    { text: 'K4NK3RRR irritant', found: [{ fragment: 'K4NK3RRR', messageId: 'woord' }] },
    { text: 'k a n k e r zeg', found: [{ fragment: 'k a n k e r', messageId: 'woord' }] },
    { text: 'k.u.t school', found: [{ fragment: 'k.u.t', messageId: 'woord' }] },
    { text: 'kk saai dit', found: [{ fragment: 'kk', messageId: 'woord' }] },
    { text: 'kan\u200Bker', found: [{ fragment: 'kan\u200Bker', messageId: 'woord' }] },
    { text: 'кanker (met Russische k)', found: [{ fragment: 'кanker', messageId: 'woord' }] },
    { text: 'krijg de tering jij', found: [{ fragment: 'krijg de tering', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'godverdomme wat koud', found: [{ fragment: 'godverdomme', messageId: 'woord' }] },
    { text: 'klotejong', found: [{ fragment: 'klotejong', messageId: 'woord' }] },
    { text: 'k*nker saai', found: [{ fragment: 'k*nker', messageId: 'woord' }] },
    { text: 'kakner irritant', found: [{ fragment: 'kakner', messageId: 'woord' }] },
    // Typed backwards; several letters masked in a row.
    { text: 'reknak saai', found: [{ fragment: 'reknak', messageId: 'woord' }] },
    { text: 'godverd***e wat koud', found: [{ fragment: 'godverd***e', messageId: 'woord' }] },
    // A compound on a long curse typed backwards; a curse without its vowels; one written after other words.
    { text: 'rejilgniret', found: [{ fragment: 'rejilgniret', messageId: 'woord' }] },
    { text: 'knkr saai', found: [{ fragment: 'knkr', messageId: 'woord' }] },
    { text: 'godgloeiendegodverdomme', found: [{ fragment: 'godgloeiendegodverdomme', messageId: 'woord' }] },
    { text: 'jezus wat een les', found: [{ fragment: 'jezus wat', messageId: 'woord' }] },
    { text: 'jijbentkanker', found: [{ fragment: 'kanker', messageId: 'gericht' }] },
    { text: 'Deze app is echt kut geworden', found: [{ fragment: 'kut', messageId: 'woord' }] },
    { text: 'verdomme wat koud', found: [{ fragment: 'verdomme', messageId: 'mild', severity: 'info' }] },
  ],
});

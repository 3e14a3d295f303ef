import rule from '../../../rules/belediging/scheldwoorden';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'ik ben zo\'n sukkel, tas vergeten',
    // The writer about themself, as English posts write it.
    "i'm such an idiot lol",
    'I am such a loser haha',
    'Wat een leuke klas zijn jullie',
    'De eikels vallen van de eik',
    // "-del" and "-tang" make mostly things ("topmodel", "bundel", "middel"): no heads of made insults.
    'jij bent echt een topmodel',
    'jij bent een bundel energie',
    'jullie zijn allemaal krullenkoppen',
    // Adjectives shaped like "-erd", "-aard", "-vent" insults; every positive adjective of Pattern's lexicon is checked so.
    'Jij bent echt zo zelfverzekerd!',
    'wat ben jij fervent zeg',
    // Real words that look like an insult (rules/data/bronnen/woordenboek-treffers.json): "teven"+s, "lijer", "loser".
    'Tevens wil ik u bedanken voor uw inzet',
    'Ik ben nu veel blijer dan vorig jaar',
    'dat was een uitglijer van de keeper',
    'Deze broek zit lossere dan de vorige',
    'Ik vind maandag echt stom',
    'Die film was ziek goed',
    'Je bent geen loser, je bent gewoon nieuw hier',
    'We hebben een aap gezien in de dierentuin',
    "Stop met mensen 'mongool' noemen, dat is kwetsend",
    'Wat ben jij slim zeg',
    'hij heeft een spastische verlamming',
    // A subculture spoken of is no one called a name.
    'Incels zijn een gevaarlijke online subcultuur, zei de mentor in de les over sociale media.',
    // The writer names themself for what they just did.
    'Ik heb mijn sleutels weer thuis laten liggen, zo\'n sukkel',
  ],
  invalid: [
    // Names the list now holds: "incel" said of someone, the Flemish "zageman" (a whiner, mild).
    { text: 'die incel uit 4B blijft maar reageren', found: [{ fragment: 'incel', messageId: 'gericht' }] },
    { text: 'Ge zijt ne zageman.', found: [{ fragment: 'zageman', messageId: 'gericht' }] },
    // Made insults on a scornful head, also new ones and plurals ("stoepslet", "zeurkoppen", "wreedaard").
    { text: 'jij bent een stoepslet', found: [{ fragment: 'jij bent een stoepslet', messageId: 'negatief' }] },
    { text: 'jullie zijn allemaal zeurkoppen', found: [{ fragment: 'jullie zijn allemaal zeurkoppen', messageId: 'negatief' }] },
    // Among friends, with a heart or "ik mis je": a mild name is noted, it opens no dialog (a slur still does).
    { text: 'haha jij idioot, ik mis je nu al ❤️', found: [{ fragment: 'idioot', messageId: 'gericht', severity: 'info' }] },
    { text: 'jij bent echt de slechtste in mario kart maar je bent wel mijn favoriete teammaatje', found: [{ fragment: 'jij bent echt de slechtste', messageId: 'negatief', severity: 'info' }] },
    // Care shown beside the name: something done for them, gladness for them, a "maar" that turns to praise.
    { text: 'sufkop je bent je gymtas weer vergeten, ik breng hem straks wel even', found: [{ fragment: 'sufkop', messageId: 'gericht', severity: 'info' }] },
    { text: 'jij sukkel, je hebt de wedstrijd gewonnen? ik ben zo blij voor je', found: [{ fragment: 'sukkel', messageId: 'gericht', severity: 'info' }] },
    { text: 'je bent een kluns maar je hebt me vandaag echt gered', found: [{ fragment: 'je bent een kluns', messageId: 'negatief', severity: 'info' }] },
    // A name claimed as one's own, "dankjewel schat", "kom maar bij mij slapen": fond, noted only.
    { text: 'haha je bent echt een sukkel dat je je sleutels weer kwijt bent. maar wel mijn sukkel', found: [{ fragment: 'sukkel', messageId: 'gericht', severity: 'info' }, { fragment: 'sukkel', messageId: 'woord', severity: 'info' }] },
    { text: 'stomme koe, je hebt mijn verjaardag toch onthouden 😭 dankjewel schat', found: [{ fragment: 'koe', messageId: 'gericht', severity: 'info' }] },
    // Praise for the one teased ("jij bent zelf mooi", "de grappigste") or a heart of any colour: fond, noted only.
    { text: 'idioot, waarom ben jij zo grappig, ik lag onder de tafel bij bio', found: [{ fragment: 'idioot', messageId: 'gericht', severity: 'info' }] },
    { text: 'gast je bent echt een clown en zonder jou zou ik me zo vervelen 💛', found: [{ fragment: 'clown', messageId: 'gericht', severity: 'info' }] },
    // Praise that mocks, denies or compares is none: "knap hoor", "je denkt dat je grappig bent", "interessanter dan jij".
    { text: 'jij sukkel, knap hoor, weer een 2', found: [{ fragment: 'sukkel', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'jij denkt dat je grappig bent maar je bent gewoon een sukkel', found: [{ fragment: 'sukkel', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'jij bent een sukkel, mijn hond is slimmer dan jij', found: [{ fragment: 'sukkel', messageId: 'gericht', severity: 'ernstig' }, { fragment: 'hond is slimmer dan jij', messageId: 'negatief', severity: 'waarschuwing' }] },
    { text: 'ik ben klaar met deze idioot', found: [{ fragment: 'idioot', messageId: 'woord' }] },
    { text: 'wat een mafkees', found: [{ fragment: 'mafkees', messageId: 'mild', severity: 'info' }] },
    { text: 'jij bent een sukkel', found: [{ fragment: 'sukkel', messageId: 'gericht', severity: 'ernstig' }] },
    // The listed word and the grammar's reading of it: one finding, not two.
    { text: 'jij varken', found: [{ fragment: 'varken', messageId: 'gericht' }] },
    { text: 'wat ben jij waardeloos zeg', found: [{ fragment: 'jij waardeloos', messageId: 'negatief', severity: 'waarschuwing' }] },
    { text: 'jullie zijn allemaal idioten', found: [{ fragment: 'idioten', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'dikke koe', found: [{ fragment: 'koe', messageId: 'woord' }] },
    { text: 'wat een klootzk', found: [{ fragment: 'klootzk', messageId: 'woord' }] },
    { text: 'die mongool uit 2B', found: [{ fragment: 'mongool', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'jij met je lelijke kop', found: [{ fragment: 'jij met je lelijke kop', messageId: 'gericht' }] },
    { text: 'wat een klootzak', found: [{ fragment: 'klootzak', messageId: 'woord', severity: 'waarschuwing' }] },
    { text: '@sanne dikzak', found: [{ fragment: 'dikzak', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'kankerlijer', found: [{ fragment: 'kankerlijer', messageId: 'woord' }] },
    { text: 'de spastenbus komt eraan', found: [{ fragment: 'spastenbus', messageId: 'woord' }] },
    { text: 'd1kz4k', found: [{ fragment: 'd1kz4k', messageId: 'woord' }] },
    { text: 'you dumbass', found: [{ fragment: 'dumbass', messageId: 'woord' }] },
  ],
});

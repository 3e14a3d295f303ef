import rule from '../../../rules/belediging/pesten';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Niemand vindt toetsen leuk, toch?',
    'Iedereen vindt jou leuk, echt waar',
    'Welkom in de groep!',
    'Like als je ook naar de open dag komt',
    'Jij hoort bij ons team voor de quiz!',
    'lisa is jarig vandaag, zeg het door en feliciteer haar',
    'we verzamelen om 8 uur bij het station, zeg het door aan Tim',
    'zeg het niet door, het is een geheim van tim',
    'wie wil de foto van de klassenreis zien? staat in de groep',
    'zet de foto van het schoolfeest op insta, zo mooi',
    'mag ik de video van jou op tiktok zetten?',
    'zet de foto van ons team die wint op insta',
    // A call to many that harms no one, or condemns the pile-on.
    'iedereen spam de chat met memes, het is vrijdag!!',
    'laten we de eindbaas allemaal tegelijk spammen',
    "stop met het spammen van haar dm's, dat is gewoon pesten",
    'iedereen blokkeer dat spamaccount',
    'iedereen: negeer de meldingen van de app',
    // Showing, shame and someone, but not all three as one act of making someone a laughing stock.
    'mijn zusje heeft luizen, ik ben zo bang dat ik ze ook krijg',
    'iemand heeft een filmpje van mij gedeeld terwijl ik huilde, wat moet ik doen?',
    'kijk hoe mooi Lisa zingt op de musical, deel het!',
    'niet doorsturen hoor, hij zat echt te huilen',
    'deel allemaal de actie van Mila voor de voedselbank 💛',
    'kijk dat kapsel van Jesse 💀 love you man',
  ],
  invalid: [
    { text: 'daan denkt echt dat ie populair is 🤡', found: [{ fragment: 'denkt echt dat ie populair', messageId: 'kleineren', severity: 'waarschuwing' }] },
    // Among friends, said fondly: noted only.
    { text: 'mijn beste vriend denkt dat hij kan dansen, zo lief', found: [{ fragment: 'denkt dat hij kan dansen', messageId: 'kleineren', severity: 'info' }] },
    { text: "jullie allemaal: spam zijn dm's vol tot hij zijn account weghaalt", found: [{ fragment: 'spam', messageId: 'oproep', severity: 'ernstig' }] },
    { text: 'laten we haar morgen allemaal uitlachen in de kantine', found: [{ fragment: 'uitlachen', messageId: 'oproep' }] },
    { text: "comment allemaal 'lelijk' onder haar nieuwe post", found: [{ fragment: 'comment allemaal', messageId: 'oproep' }] },
    { text: 'blokkeer hem allemaal', found: [{ fragment: 'blokkeer', messageId: 'oproep' }] },
    { text: 'niemand vindt jou leuk', found: [{ fragment: 'niemand vindt jou', messageId: 'buitensluiten', severity: 'ernstig' }] },
    { text: 'like als je Sanne ook irritant vindt', found: [{ fragment: 'like als je Sanne ook irritant', messageId: 'gericht', severity: 'ernstig' }] },
    { text: 'ga van onze groep af', found: [{ fragment: 'ga van onze groep', messageId: 'buitensluiten' }] },
    { text: 'wie haat Daan ook? like', found: [{ fragment: 'wie haat Daan ook', messageId: 'buitensluiten' }] },
    { text: 'jij hoort er niet bij en dat weet je', found: [{ fragment: 'jij hoort er niet bij', messageId: 'buitensluiten' }] },
    { text: 'like als hij ook stom is', found: [{ fragment: 'like als hij ook stom', messageId: 'woord', severity: 'waarschuwing' }] },
    { text: 'ik heb een bloedhekel aan jou', found: [{ fragment: 'bloedhekel aan jou', messageId: 'haatPersoon' }] },
    { text: 'die dikke van 2A haha', found: [{ fragment: 'die dikke', messageId: 'bodyshaming' }] },
    { text: 'we hebben een nieuwe groepsapp gemaakt zonder jou haha', found: [{ fragment: 'zonder jou', messageId: 'buitensluiten' }] },
    { text: 'wist je dat sara haar moeder eten haalt bij de voedselbank? zeg het maar door', found: [{ fragment: 'zeg het maar door', messageId: 'vernederen' }] },
    { text: 'iedereen weet nu dat je op joris bent, ik heb het in de klassenapp gezet haha', found: [{ fragment: 'iedereen weet nu', messageId: 'vernederen' }] },
    // Someone's picture or private words spread, offered or ordered spread.
    { text: 'zet die video van mo die huilt bij wiskunde op tiktok', found: [{ fragment: 'video', messageId: 'vernederen' }] },
    { text: 'wie wil de screenshot zien van wat emma naar tim stuurde 😂😂 dm mij', found: [{ fragment: 'screenshot', messageId: 'vernederen' }] },
    // Someone shown where others see it, in what shames them: any words for the three.
    { text: 'kijk hoe Noah struikelt op het podium, zet het in de groep', found: [{ fragment: 'kijk', messageId: 'vernederen' }] },
    { text: 'ik heb een foto van zijn luizen gemaakt, gaat vanavond rond', found: [{ fragment: 'foto', messageId: 'vernederen' }] },
    { text: 'heb gefilmd hoe meester Jan in slaap gevallen is, morgen 500 views', found: [{ fragment: 'views', messageId: 'vernederen' }] },
  ],
});

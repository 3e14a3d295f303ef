import rule from '../../../rules/belediging/pesten';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    // Putting things away or switching them off with the class is no shutting out.
    'we gaan met de klas de lampen uitzetten',
    'na de les gaan we met de klas de lokalen opruimen en de spullen opbergen',
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
    // Someone, something that may shame and showing, but no one made a laughing stock: each guard of exposure.ts.
    'ze hebben gefilmd hoe ik huilde en nu gaat het rond, wat moet ik doen?',
    'er staat een filmpje van mij op insta waarop Tim huilt, kijk maar',
    'kijk, niet doorsturen hoor, hij zat echt te huilen',
    'Kijk, er zijn steeds meer gezinnen die naar de voedselbank moeten. Deel dit en help mee!',
    'Sanne is opgenomen in het ziekenhuis, ze is van de trap gevallen. Wie wil een kaartje sturen?',
    'Jesse, de training van vanavond valt uit, zeg het door!',
    'kijk mijn broertje is in slaap gevallen met zijn knuffel 😂',
    'Duimen voor Noah, morgen heeft hij rijexamen! Deel dit',
    'Lisa huilde van geluk bij haar diploma, kijk maar op mijn story 💛',
    'mag ik de video van Tim die struikelt in de groep zetten? hij vindt het zelf grappig',
    'ik kijk elke avond hoe hij huilt in die serie, zo sad',
    // Whoever is in touch with someone gets something good, or may not leave yet.
    'Wie met hem praat is ook welkom',
    'Wie Sanne helpt met verhuizen krijgt ook pizza',
    'Wie Daan helpt mag ook niet zomaar weg, eerst opruimen',
    // A reason beside a "mag niet mee…": a doctor, a cast, an age, a missing form; a thing not needed.
    'Jij mag vandaag niet meefietsen van de dokter, denk aan je enkel',
    'Je mag helaas niet mee op kamp zonder toestemmingsformulier',
    'Wie met Lisa in het groepje zit hoeft zelf geen rekenmachine mee te nemen',
  ],
  invalid: [
    { text: 'als je Tess nog volgt ben je net zo erg', found: [{ fragment: 'Tess', messageId: 'buitensluiten' }] },
    { text: 'wie Noor nog appt is ook af', found: [{ fragment: 'Noor', messageId: 'buitensluiten' }] },
    // Whoever stays in touch with someone is out too (shunned-by-contact.ts).
    { text: 'wie nog met Fleur appt ligt er zelf ook uit', found: [{ fragment: 'Fleur appt ligt', messageId: 'buitensluiten' }] },
    { text: 'Iedereen die hem volgt is net zo erg', found: [{ fragment: 'hem', messageId: 'buitensluiten' }] },
    { text: 'wie Jayden nog uitnodigt hoeft zelf ook niet meer te komen', found: [{ fragment: 'Jayden', messageId: 'buitensluiten' }] },
    // Regard withheld from one person (grammar/regard.ts).
    { text: 'ik heb echt nul respect voor jou', found: [{ fragment: 'respect voor jou', messageId: 'minachting', severity: 'waarschuwing' }] },
    { text: 'daan denkt echt dat ie populair is 🤡', found: [{ fragment: 'denkt echt dat ie populair', messageId: 'kleineren', severity: 'waarschuwing' }] },
    // Among friends, said fondly: noted only.
    { text: 'mijn beste vriend denkt dat hij kan dansen, zo lief', found: [{ fragment: 'denkt dat hij kan dansen', messageId: 'kleineren', severity: 'info' }] },
    { text: "jullie allemaal: spam zijn dm's vol tot hij zijn account weghaalt", found: [{ fragment: 'spam', messageId: 'oproep', severity: 'ernstig' }] },
    { text: 'laten we haar morgen allemaal uitlachen in de kantine', found: [{ fragment: 'uitlachen', messageId: 'oproep' }] },
    // Stalking: a routine known and spelled out to the one watched.
    { text: 'Ik weet dat je elke maandag om vier uur uit de muziekschool komt. Tot maandag.', found: [{ fragment: 'Ik weet dat je elke maandag om vier uur uit de muziekschool komt', messageId: 'stalken', severity: 'ernstig' }] },
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
    { text: 'haha Noah zat te huilen bij gym, staat nu op mijn story 😂', found: [{ fragment: 'op mijn story', messageId: 'vernederen' }] },
    { text: 'ik heb een foto van zijn luizen gemaakt, gaat vanavond rond', found: [{ fragment: 'foto', messageId: 'vernederen' }] },
    { text: 'heb gefilmd hoe meester Jan zat te kwijlen in de les, morgen 500 views', found: [{ fragment: 'gefilmd', messageId: 'vernederen' }] },
  ],
});

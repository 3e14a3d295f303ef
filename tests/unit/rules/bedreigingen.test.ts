import rule from '../../../rules/belediging/bedreigingen';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Kyshan komt ook',
    'Ga je mee naar de film?',
    'Ik maak je huiswerk niet voor je',
    'Ik ga dood van de hitte vandaag',
    'Neem een mes mee voor de taart!',
    'Ik ga je vinden bij verstoppertje haha',
    'Je gaat eraan wennen, aan de nieuwe school',
    // "rustig aan doen" is taking it easy, not "iemand iets aandoen".
    'als je ongesteld bent mag je het bij gym rustig aan doen',
    // "ik vind je wel …" judges and "ik zie je wel …" sees or says goodbye; the veiled threats end there.
    'ik vind je wel aardig eigenlijk',
    'ik zie je wel kijken in de gang hihi 🙈',
    'ik zie je nog wel morgen',
    'Ik zie je wel in de pauze!',
    'Zaterdag gaan we met mijn broertje de oude kast slopen',
    // A real compound stays whole: no "hals sla ga der", no "in pak actie" (rules/data/geen-spelfout.json, heleWoorden).
    'bij biologie zagen we dat de halsslagader door je nek loopt',
    'morgen helpen jullie bij de inpakactie voor de voedselbank',
    // The class one goes with is company, not the one it is done to (every verb of Pattern's list was tried so).
    'We gaan morgen met de klas de oude schuur slopen',
    'we gaan met de klas pakken voor het kamp',
    'we gaan met de hele klas de oude schuur slopen voor het project',
    'ik ga naar de Dirk voor boodschappen, wie wil er iets?',
    'ik vecht met mijn broer om de afstandsbediening haha',
    'we gaan vechten tegen de klimaatverandering',
    // A friend's exaggeration over a small thing done once more, laughed at.
    'ik vermoord je als je nog 1x mijn chips opeet 😂',
    'fam als je weer zingt in de bus gooi ik je eruit hahaha',
    // Plainly English: the English analysis owns these (tests/unit/rules/engels.test.ts).
    'i will kill you',
    '@daan i know where you live',
    // A deadly place named, but as a warning, the writer's own fun, or plain travel; letting plants be; where animals belong.
    'Ga niet op de rails staan, levensgevaarlijk',
    'We springen van het dak in het zwembad',
    'Sta om acht uur voor de bus klaar',
    'Ik laat de planten maar verdrinken',
    'Dieren horen in de dierentuin, niet in je huis',
    'Laat ze maar spelen',
    // Fire put out or not lit, a fire in the news, care that someone never has to walk alone, tips to never lose again.
    'De brandweer zette het vuur uit',
    'Wie heeft de moskee in brand gestoken? Vreselijk',
    'Ik zorg ervoor dat je nooit meer alleen hoeft te lopen',
    'Ik zorg dat je nooit meer kan verliezen met deze tips',
    // A match named in a compound, or the return match.
    'Morgen op de hockeyveld ga je eraan, ik heb getraind 😂',
    'Bij de klassenquiz maken we jullie helemaal af',
    'Wacht maar tot de return, dan winnen we van jullie',
    // From a review of this session's readings: a pet's cage, a game of paintball, a court case about arson.
    'Onze konijnen horen eigenlijk in een groter hok',
    'Zaterdag paintballen, ik ga jullie allemaal neerschieten 😂',
    'De rechter gaf de man die een azc in brand probeerde te steken vijf jaar cel.',
  ],
  invalid: [
    // The same readings said otherwise: an order before "maar", a question that pushes, a verb of setting fire, a call.
    { text: 'Sanne ga jij maar lekker voor de tram staan', found: [{ fragment: 'voor de tram', messageId: 'doodswens' }] },
    { text: 'waarom spring je niet gewoon van het dak', found: [{ fragment: 'van het dak', messageId: 'doodswens' }] },
    { text: 'we fikken zijn scooter af', found: [{ fragment: 'fikken zijn scooter', messageId: 'dreigen' }] },
    { text: 'die moskee moet in de fik', found: [{ fragment: 'moskee moet in de fik', messageId: 'dreigenGroep' }] },
    // Arson on someone's things or a group's place, and maiming promised (harm-planned.ts).
    { text: 'ik zet je fiets in de fik', found: [{ fragment: 'zet je fiets in de fik', messageId: 'dreigen' }] },
    { text: 'we steken die synagoge in brand', found: [{ fragment: 'steken die synagoge in brand', messageId: 'dreigenGroep' }] },
    { text: 'Ik zorg ervoor dat Bram nooit meer kan fietsen', found: [{ fragment: 'zorg ervoor dat Bram nooit meer kan fietsen', messageId: 'dreigen' }] },
    // Pushing towards death by a means named, composed: a deadly place, going there, an order or advice (lethal-means.ts).
    { text: 'Stap lekker voor een vrachtwagen, Sem', found: [{ fragment: 'voor een vrachtwagen', messageId: 'doodswens' }] },
    { text: 'Jij moet maar van het dak springen', found: [{ fragment: 'van het dak springen', messageId: 'doodswens' }] },
    { text: 'Moslims kunnen beter zelfmoord plegen', found: [{ fragment: 'zelfmoord', messageId: 'dreigenGroep' }] },
    // Letting someone die, gladly; a group said to belong in a cage.
    { text: 'Laat hem maar creperen', found: [{ fragment: 'creperen', messageId: 'doodswens' }] },
    { text: 'Laat die Polen lekker verrekken', found: [{ fragment: 'Polen lekker verrekken', messageId: 'dreigenGroep' }] },
    { text: "Homo's horen in een kooi", found: [{ fragment: "Homo's horen in een kooi", messageId: 'dreigenGroep' }] },
    { text: 'kys', found: [{ fragment: 'kys', messageId: 'doodswens', severity: 'ernstig' }] },
    { text: 'kill jezelf', found: [{ fragment: 'kill jezelf', messageId: 'woord' }] },
    { text: '@daan kill jezelf', found: [{ fragment: 'kill jezelf', messageId: 'gericht' }] },
    { text: 'ga dood', found: [{ fragment: 'ga dood', messageId: 'doodswens' }] },
    { text: 'ik maak je af morgen', found: [{ fragment: 'ik maak je af', messageId: 'dreigen' }] },
    { text: 'ga toch dood man', found: [{ fragment: 'ga toch dood', messageId: 'doodswens' }] },
    { text: 'ik weet waar jij woont', found: [{ fragment: 'ik weet waar jij', messageId: 'impliciet' }] },
    { text: 'ik neem morgen een mes mee naar school', found: [{ fragment: 'mes', messageId: 'impliciet' }] },
    { text: 'wij gaan die Surinamers allemaal in elkaar trappen', found: [{ fragment: 'Surinamers allemaal in elkaar trappen', messageId: 'dreigenGroep' }] },
    { text: 'kom buiten dan steek ik je', found: [{ fragment: 'steek ik je', messageId: 'dreigen' }] },
    // Without laughter, or with a knife or a gun, it stays a threat.
    { text: 'ik sla je als je nog 1x naar me kijkt', found: [{ fragment: 'sla je', messageId: 'dreigen' }] },
    { text: 'ik steek je neer als je nog 1x naar me kijkt 😂', found: [{ fragment: 'ik steek je neer', messageId: 'dreigen' }] },
    // The writer as subject makes "je" before "wat" or "nog" the one threatened, not a way of speaking ("weet je wat").
    { text: 'ik ga je wat aandoen', found: [{ fragment: 'je wat aandoen', messageId: 'dreigen' }] },
    // With the class as company, the one named after it is still the target.
    { text: 'we gaan met de hele klas die gast in elkaar slaan', found: [{ fragment: 'gast in elkaar slaan', messageId: 'dreigen' }] },
    { text: 'ik krijg je toch wel', found: [{ fragment: 'ik krijg je toch wel', messageId: 'impliciet' }] },
    { text: 'ik vind je wel, na school', found: [{ fragment: 'ik vind je wel', messageId: 'impliciet' }] },
    { text: 'ik vind je wel buiten', found: [{ fragment: 'ik vind je wel', messageId: 'impliciet' }] },
    // Julia is a pupil, not the play: "Romeo en Julia" makes a story only as the title.
    { text: 'ik maak Julia morgen af', found: [{ fragment: 'maak Julia', messageId: 'dreigen' }] },
    // A pupil named like a shop or a figure is a pupil when attacked, not "bij de Dirk".
    { text: 'ik maak Dirk morgen af', found: [{ fragment: 'maak Dirk', messageId: 'dreigen' }] },
    // A fight planned, the opponent after "met" (the class "vechten_met").
    { text: 'ik ga na school met de jongens van 2b vechten', found: [{ fragment: 'jongens van 2b vechten', messageId: 'dreigen' }] },
    { text: 'ik ga met hem afrekenen', found: [{ fragment: 'hem afrekenen', messageId: 'dreigen' }] },
    { text: 'spring maar van een brug', found: [{ fragment: 'spring maar van een brug', messageId: 'doodswens' }] },
  ],
});

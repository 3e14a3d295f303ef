import { describe, expect, it } from 'vitest';
import { TextDocument } from '../../../rules/document';
import { check } from '../../../rules/engine';
import { wakesGrammar } from '../../../rules/belediging/grammar/analyse';
import { CLEAN_SENTENCES, textOf } from '../../bench/texts';
import { rules } from '../../../rules/index';

/**
 * The grammar of insults, hate and threats (rules/belediging/grammar/), per phenomenon: which rule and
 * which of its messages fires, and the harmless sentences of the same shape that must stay quiet.
 * Written from the phenomena, not copied from a corpus.
 */
type Fires = [text: string, ruleId: string, messageId: string];

const PHENOMENA: Record<string, { fires: Fires[]; quiet: string[] }> = {
  'haat (gevoel)': {
    fires: [
      ['Ik haat die Turken echt', 'discriminatie', 'haatGroep'],
      ['ik walg van al die asielzoekers hier', 'discriminatie', 'haatGroep'],
      ['Ik kan die nieuwe gast echt niet uitstaan', 'pesten', 'haatPersoon'],
      ['ik heb een bloedhekel aan jou', 'pesten', 'haatPersoon'],
      ['Christenen? Ik heb er een hekel aan', 'discriminatie', 'haatGroep'],
      // "daar" and "ervan" point back at the group named just before, in a clause of feeling.
      ['Vluchtelingen? Daar word ik misselijk van', 'discriminatie', 'haatGroep'],
      ['homo\'s die zoenen, ik kots ervan', 'discriminatie', 'haatGroep'],
      ['Joden staan me gewoon tegen', 'discriminatie', 'haatGroep'],
      // Hate as a noun held by the writer.
      ['ik voel echt haat voor die Marokkanen', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'Ik haat deze stomme toets',
      'ik haat maandagen',
      'ik haat je niet, ik was gewoon boos',
      'Mijn fiets? Ik haat hem, altijd lek',
      // Hate as a noun, spoken of; "daar" pointing at a problem to solve.
      'Er is zoveel haat tegen moslims online, dat moet stoppen',
      'Transgenders krijgen veel haat over zich heen, daar moeten we iets aan doen',
      // A group spoken about by a noun is not what the clause attacks.
      'Grappen over Antillianen zijn gewoon niet grappig',
      'Geweld tegen vluchtelingen is nooit goed te praten',
      'Polen zijn niet minder slim dan wij',
    ],
  },
  'negatieve eigenschap': {
    fires: [
      ['er komt een bloedbad, alle moslims worden vermoord', 'bedreigingen', 'dreigenGroep'],
      // The noun after a negative adjective in the predicate is the group itself, not a thing.
      ['Die Roemenen zijn luie werkers', 'discriminatie', 'haatGroep'],
      // A good quality denied of a whole group, in any word order.
      ['Surinamers zijn gewoon niet te vertrouwen', 'discriminatie', 'haatGroep'],
      ['ik vind moslims minder beschaafd', 'discriminatie', 'haatGroep'],
      ['Ik denk dat vrouwen niet zo intelligent zijn', 'discriminatie', 'haatGroep'],
      // A group spoken about is named, so "ze" in the next sentence points at it.
      ['Ik zag een docu over Roemenen. Ze zijn allemaal dieven', 'discriminatie', 'haatGroep'],
      ['Waarom zijn Polen altijd zo lui?', 'discriminatie', 'haatGroep'],
      ['Ik vind moslims gewoon achterlijk', 'discriminatie', 'haatGroep'],
      ['vrouwen zijn dommer dan mannen, feit', 'discriminatie', 'haatGroep'],
      ['Jij bent echt waardeloos', 'scheldwoorden', 'negatief'],
      ['Daan is een achterbakse slang', 'scheldwoorden', 'negatief'],
      ['Marokkanen stelen alles', 'discriminatie', 'haatGroep'],
      // A group put down without an insult: "typisch", praise limited to a group, "niks tegen …, maar", a skill denied with stress.
      ["typisch zo'n Turk, altijd te laat", 'discriminatie', 'haatGroep'],
      ['dat is typisch joods', 'discriminatie', 'haatGroep'],
      ['jij spreekt best goed Nederlands voor een Marokkaan', 'discriminatie', 'haatGroep'],
      ['knap hoor, voor een meisje', 'discriminatie', 'haatGroep'],
      ['slim voor iemand uit jouw cultuur', 'discriminatie', 'haatGroep'],
      ["ik heb niks tegen homo's maar ze moeten het niet zo laten zien", 'discriminatie', 'haatGroep'],
      ['meisjes kunnen nou eenmaal niet rekenen', 'discriminatie', 'haatGroep'],
      // Too something to do a thing; kept from a place; conspiracy.
      ['moslims zijn te primitief om hier te wonen', 'discriminatie', 'haatGroep'],
      ['meisjes horen niet op een voetbalveld', 'discriminatie', 'haatGroep'],
      // Told as someone else's words but agreed with, or the writer's own words, or asking who agrees.
      ['mijn oom zegt dat Polen lui zijn en hij heeft gelijk', 'discriminatie', 'haatGroep'],
      ['ik zeg gewoon dat Polen lui zijn', 'discriminatie', 'haatGroep'],
      ['wie vindt er nog meer dat transgenders psychisch ziek zijn?', 'discriminatie', 'haatGroep'],
      ['ik vind dat migranten hier niet thuishoren', 'discriminatie', 'haatGroep'],
      ['die Chinezen hebben alles in handen', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'Die Roemenen zijn harde werkers',
      'Dit is een waardeloze toets',
      'Polen zijn niet lui, mijn buurman werkt keihard',
      'Ik vind niet dat moslims anders zijn',
      'wat een vies lekkere taart',
      'Dit water is vies',
      'je bent gek haha',
      'typisch Nederlands weer vandaag, regen regen regen',
      "typisch zo'n maandag",
      'vluchtelingen kunnen niet terug naar hun land vanwege de oorlog',
      // History remembered: a massacre named by its place, "nooit vergeten" (a bloodbath promised to a group fires).
      'het bloedbad van srebrenica, 8000 mannen en jongens vermoord. we mogen het nooit vergeten',
      'knap hoor, voor een eerste keer',
      'voor een beginner speel je echt goed',
      "ik heb niks tegen homo's, mijn broer is zelf gay",
      'kinderen zijn te jong om te stemmen',
      'telefoons horen niet in de klas',
      'je hoort niet op je telefoon te zitten in de les',
      'de regering heeft te veel macht volgens mij',
    ],
  },
  ontmenselijking: {
    fires: [
      ['Vluchtelingen zijn ongedierte', 'discriminatie', 'ontmenselijking'],
      // Called vermin right after "jij", or "jullie" with a word of scorn; "jullie zijn vee".
      ['jij vuile kakkerlak', 'scheldwoorden', 'negatief'],
      ['jullie smerige ratten', 'scheldwoorden', 'negatief'],
      ['jullie van de praktijkschool zijn vee', 'scheldwoorden', 'negatief'],
      // A short word of attack typed with letters doubled is still met.
      ['Polen zijn allemaal aaapen', 'discriminatie', 'ontmenselijking'],
      ['die Roemenen zijn net ratten', 'discriminatie', 'ontmenselijking'],
      ['Ik ken veel Afghanen. Het zijn allemaal parasieten', 'discriminatie', 'ontmenselijking'],
      // Any animal said to be what a group is, or like.
      ['Turken zijn gewoon geiten', 'discriminatie', 'ontmenselijking'],
      ['moslims gedragen zich als hyena\'s', 'discriminatie', 'ontmenselijking'],
      ['Polen zijn net een stelletje eenden', 'discriminatie', 'ontmenselijking'],
    ],
    quiet: [
      'Marokkanen zijn dol op katten',
      'Nederlanders zijn gek op paarden',
      'Vrouwen zijn geen koeien',
      'Vluchtelingen zijn geen ongedierte', 'je bent een beest op het veld', 'jullie zijn beesten, wat een wedstrijd', 'In de docu zie je hoe ratten overleven', 'ik ben ziekk vandaag, blijf thuis'],
  },
  'impliciete discriminatie: vorm zonder scheldwoord': {
    fires: [
      // A group breeding like animals, holding the media, not to be born; a group adjective before "jongeren".
      ['die Turken fokken als konijnen', 'discriminatie', 'ontmenselijking'],
      ['joden hebben de media in handen', 'discriminatie', 'haatGroep'],
      ['gehandicapten zouden niet geboren moeten worden', 'discriminatie', 'buitensluitenGroep'],
      ['Marokkaanse jongeren zijn ratten', 'discriminatie', 'ontmenselijking'],
      ['voor een marokkaan ben je eigenlijk best eerlijk', 'discriminatie', 'haatGroep'],
      ['vrouwen horen gwn niet achter het stuur', 'discriminatie', 'haatGroep'],
      ['turken zijn altijd te laat en laten het werk aan anderen', 'discriminatie', 'haatGroep'],
      ['moslims moet je gwn niet vertrouwen', 'discriminatie', 'haatGroep'],
      ['trans is gwn een tiktok trend', 'discriminatie', 'haatGroep'],
      ['jij bent geen echte marokkaan als je geen arabisch spreekt', 'discriminatie', 'haatGroep'],
      // A group accepted on a condition; a group said to be handed everything.
      ['lesbiennes zijn oké hoor, zolang ze het maar binnenshuis houden', 'discriminatie', 'haatGroep'],
      ['die asielzoekers krijgen gewoon alles gratis', 'discriminatie', 'haatGroep'],
      // A group to be put apart (demanded, not told as a fact); a skill denied with "toch"; less able by nature; a time bomb.
      ['Die Polen op school doen raar. Zet ze gewoon in een aparte klas', 'discriminatie', 'haatGroep'],
      ['dove kinderen horen op een speciale school', 'discriminatie', 'haatGroep'],
      ['meisjes kunnen toch niet voetballen', 'discriminatie', 'haatGroep'],
      ['Surinamers kunnen gewoon minder goed rekenen', 'discriminatie', 'haatGroep'],
      ['joden zijn een tikkende tijdbom', 'discriminatie', 'ontmenselijking'],
    ],
    quiet: [
      'de coach wil ons zien als een roedel wolven',
      'onze konijnen fokken als gekken dit voorjaar',
      'die uitgever heeft de media in handen',
      'de jongeren van de jeugdclub zijn geweldig',
      'Surinamers zijn echt niet altijd te laat, dat is onzin.',
      'mijn oma is prima zolang ze haar pillen neemt',
      'vluchtelingen krijgen geen gratis huis, dat is een fabel',
      'de winnaars krijgen alles gratis',
      'autistische kinderen hebben soms een eigen klas met minder prikkels',
      'we moeten een eigen klas hebben voor het project',
      'voor een beginner ben je best goed',
      'transgenders bestaan al eeuwen, het is geen trend',
      'die bus is altijd te laat',
      'mijn marokkaanse buren zijn altijd vriendelijk',
    ],
  },
  'iemand uit een groep in een rol, met afkeer': {
    fires: [
      ['Een Afghaan als buurman? Dan verhuis ik meteen', 'discriminatie', 'haatGroep'],
      ['een homo als trainer? echt niet', 'discriminatie', 'haatGroep'],
      ['Een Pool als collega? Nee dank je', 'discriminatie', 'haatGroep'],
      ['Een vrouw als baas? Succes ermee', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'Een Turk als buurman? Leuk, dan eten we vaker samen',
      'Een vrouw als baas? Ja, mijn moeder is baas van een groot bedrijf',
      'Een Marokkaan als burgemeester? Rotterdam heeft er al jaren een',
      'Ik had een Surinamer als mentor, echt een toffe vent',
    ],
  },
  'buitensluiten: zonder jou, niet bij ons': {
    fires: [
      ['we gaan naar de bios zonder jou en ik zet het in mn story', 'pesten', 'buitensluiten'],
      ['wie nog met lotte praat hoort ook niet meer bij ons, simpel', 'pesten', 'buitensluiten'],
      ['sorry jij past niet bij onze vibe', 'pesten', 'buitensluiten'],
    ],
    quiet: ['we hebben met de klas besloten dat we niet meer meedoen met dat gedoe tegen kevin', 'we beginnen vast zonder jou want je bent ziek, beterschap', 'die jas past niet bij onze schooluniform', 'jij hoort gewoon bij ons, wat anderen ook zeggen'],
  },
  'spreektaal en Vlaams gelezen als het standaardwoord': {
    fires: [
      ['gij hoort nie bij ons groepje', 'pesten', 'buitensluiten'],
      ['ze hoort er nie bij, zeg da maar tegen iedereen', 'pesten', 'buitensluiten'],
    ],
    quiet: ['ik kan nie komen morgen, sorry', 'da is nie erg, volgende keer beter', 'de zon schijnt, zo nice'],
  },
  'kleineren zonder scheldwoord: denkt dat hij iets is, lof voor iemand zoals jij, lof teruggenomen': {
    fires: [
      ['bro denkt dat ie kan zingen 😭', 'pesten', 'kleineren'],
      ['Kevin denkt echt dat hij een rapper is', 'pesten', 'kleineren'],
      ['mooi voor iemand zoals jij eigenlijk', 'pesten', 'kleineren'],
      ['niet slecht voor jouw doen', 'pesten', 'kleineren'],
      ['Leuk dat je je best doet Noor, echt. Jammer dat het nooit ergens op lijkt.', 'pesten', 'kleineren'],
    ],
    // The writer's own guess, a plan, a pity about a thing, a gift doubted among friends.
    quiet: [
      'ik denk dat hij ziek is',
      'Mooie presentatie, jammer dat de beamer het niet deed',
      'Leuk dat je er was! Jammer dat het zo vroeg afgelopen was',
      'zo blij voor je, echt verdiend',
      'mijn hond denkt dat hij een mens is en eerlijk gezegd ik ook',
    ],
  },
  'bekwaamheid en waarde ontzegd zonder scheldwoord: nooit snappen, te moeilijk voor jou, hoe ooit, wie denk jij, lucht, weggestuurd': {
    fires: [
      ['jij snapt het toch nooit', 'pesten', 'kleineren'],
      ['dat gaat jou nooit lukken joh', 'pesten', 'kleineren'],
      ['hij leert het ook nooit', 'pesten', 'kleineren'],
      ['van jou komt echt nooit iets terecht', 'pesten', 'kleineren'],
      ['laat maar, dit is veel te moeilijk voor jou', 'pesten', 'kleineren'],
      ['dat gaat ver boven je pet', 'pesten', 'kleineren'],
      ['hoe ben jij ooit overgegaan naar de 3e', 'pesten', 'kleineren'],
      ['kan jij überhaupt wel lezen?', 'pesten', 'kleineren'],
      ['snap jij eigenlijk wel iets van wiskunde', 'pesten', 'kleineren'],
      ['zelfs mijn broertje van 6 kan dat beter', 'pesten', 'kleineren'],
      ['ga lekker huilen bij je moeder', 'pesten', 'kleineren'],
      ['kruip maar weer terug in je hoekje', 'pesten', 'kleineren'],
      ['doe maar niet zo belangrijk', 'pesten', 'kleineren'],
      ['wie denk jij wel dat je bent', 'pesten', 'minachting'],
      ['wie ben jij om mij te vertellen wat ik moet doen', 'pesten', 'minachting'],
      ['je bent lucht voor ons', 'pesten', 'minachting'],
      ['jij stelt echt niks voor', 'pesten', 'minachting'],
      // Failure foretold, spoiling as a habit, not even able; a person set beside a gift with a mock.
      ['dat red jij nooit', 'pesten', 'kleineren'],
      ['hij gaat zijn diploma nooit halen', 'pesten', 'kleineren'],
      ['jij wordt nooit een echte voetballer', 'pesten', 'kleineren'],
      ['laat mij het maar doen, jij verpest het toch weer', 'pesten', 'kleineren'],
      ['meneer Visser snapt zijn eigen vak niet eens', 'pesten', 'kleineren'],
      ['hoe wil je dan ooit een baan vinden?', 'pesten', 'kleineren'],
      ['denk jij nou echt dat jij geneeskunde gaat doen?', 'pesten', 'kleineren'],
      ['jij en rekenen, dat gaat nooit samenkomen', 'pesten', 'kleineren'],
      // What is someone's dismissed, no one needing them, sent elsewhere or back to their own place.
      ['jouw gevoelens zijn hier niet relevant', 'pesten', 'minachting'],
      ['jouw mening telt niet', 'pesten', 'minachting'],
      ['jij telt niet mee in deze klas', 'pesten', 'minachting'],
      ['bro loop door, niemand heeft je hier nodig', 'pesten', 'minachting'],
      ['ga maar ergens anders zitten klagen', 'pesten', 'kleineren'],
      ['stuur hem maar terug naar zijn eigen klas', 'pesten', 'buitensluiten'],
      // Not even, still not, "laat staan"; no say, nobody asked, indifference to what someone thinks; praise made small by a lack.
      ['@mika_vdb je kan niet eens een tent opzetten', 'pesten', 'kleineren'],
      ['Jij kan nog geen opstelling van vijf man onthouden, laat staan een heel team leiden.', 'pesten', 'kleineren'],
      ['ssst. niemand heeft je iets gevraagd', 'pesten', 'minachting'],
      ['het boeit me niet wat jij vindt', 'pesten', 'minachting'],
      // Having nothing to say is no report of someone's words ("zeggen" frames a sentence as reported only when words are passed on).
      ['Mevrouw, u hoeft niet naar Ilse te luisteren, die heeft toch nooit iets zinnigs te zeggen.', 'pesten', 'minachting'],
      ['daar heb jij niks over te zeggen', 'pesten', 'minachting'],
      // In a match too: ability is denied most of all there, to the one addressed or named.
      ['jij haalt de finish niet eens', 'pesten', 'kleineren'],
      ['@lina je mening over voetbal telt niet', 'pesten', 'minachting'],
      ['kan je het ergens anders vertellen?', 'pesten', 'kleineren'],
      ['Je spreekt al best goed voor iemand die nooit luistert.', 'pesten', 'kleineren'],
      // A group, as a rule; one of a group who could not know; a group said to lack a skill.
      ['vluchtelingen snappen onze regels toch niet', 'discriminatie', 'haatGroep'],
      ["Homo's kunnen niet voetballen, iedereen weet dat", 'discriminatie', 'haatGroep'],
      ['Antillianen kunnen niet met geld omgaan, dus geef de kas maar aan iemand anders.', 'discriminatie', 'haatGroep'],
      ['wat weet een Marokkaan nou van goed Nederlands', 'discriminatie', 'haatGroep'],
    ],
    // The writer of themself or their own family, "je" as anyone, not yet, a kind question, praise, a thing, comfort.
    quiet: [
      'ik snap er echt niks van haha',
      'dat gaat ons nooit lukken voor vrijdag',
      'als je niet oefent leer je het nooit',
      'mijn broertje leert het ook nooit haha',
      'je leert nooit uit',
      'hij heeft nog nooit een onvoldoende gehaald, knap',
      'deze toets was te moeilijk voor mij',
      'is dit niet te moeilijk voor je? ik help je graag',
      'hoe ben jij ooit zo goed geworden in gitaar?',
      'zelfs mijn broertje van 6 kan beter tekenen dan ik',
      'zelfs ik snap het nu, dus jij lukt het ook!',
      'wie ben jij eigenlijk, superster 😍',
      'je bent niks vergeten hoor, alles zit in je tas',
      'dat stelt niks voor, gewoon een klein schrammetje',
      'je kan altijd huilen bij je moeder uit, dat lucht op',
      'kruip lekker terug in je bed, je bent ziek',
      'doe niet zo moeilijk, het komt goed',
      'wat weet jij eigenlijk van Marokko? vertel eens',
      'jij wordt nooit boos, echt knap',
      'hij haalt nooit een onvoldoende',
      'ik ga het nooit halen',
      'de regen verpest het weer',
      'hij kan niet eens lopen na zijn ongeluk',
      'dat weten zijn ouders nog niet eens, dus zeg niks',
      'heb je nog iets nodig?',
      'hoe moet je ooit een huis kopen tegenwoordig',
      'denk je echt dat het morgen regent?',
      'we gaan terug naar onze eigen klas',
      'jij en ik, haha wat een dag',
      'Happy 15th aan de grootste kletskous! Jij kan nog geen twee minuten stil zijn. De leraren zijn gek op je',
      'ik heb niks te zeggen, sorry',
      'heb jij nog iets te zeggen?',
      'het boeit me niet wat de anderen zeggen, jij bent top',
      'ik snap het nog steeds niet haha',
      'je kan daar niet eens parkeren',
      'statushouders kunnen nog geen Nederlands, ze zijn net hier',
      'goed gedaan voor iemand die net begonnen is',
      'meisjes kunnen net zo goed voetballen als jongens',
      'asielzoekers kunnen hier niet werken zonder vergunning',
      'wij chinezen kunnen echt niet zacht praten haha',
      // The other side in a game, "they" with a plural verb.
      'we maken ze af zaterdag, ze snappen er niks van haha',
      'jullie gaan het nooit halen tegen ons 😎',
      'die keeper snapt toch niks van buitenspel',
    ],
  },
  'kleineren door een vergelijking, ontkende lof, als een kleuter, schamen in iemands plaats': {
    fires: [
      ['zelfs mijn opa van 80 kan beter typen dan jij', 'scheldwoorden', 'negatief'],
      ['mijn kat danst nog beter dan Jesse', 'scheldwoorden', 'negatief'],
      // Even a six-year-old beats you: a put-down, laughed or not.
      ['zelfs mijn broertje weet meer van voetbal dan jij haha en hij is 6', 'scheldwoorden', 'negatief'],
      ['een peuter had dit beter getekend', 'pesten', 'kleineren'],
      ['jij fietst slechter dan mijn oma', 'scheldwoorden', 'negatief'],
      // An age makes the joke; a teacher is "u".
      ['mijn oma van 90 heeft meer volgers dan jij', 'scheldwoorden', 'negatief'],
      ['mijn zusje van 4 kan beter rekenen dan jij', 'scheldwoorden', 'negatief'],
      ['meneer, mijn hamster legt breuken beter uit dan u', 'scheldwoorden', 'negatief'],
      // "dan wat jij …", an inflected comparative, an age in words, a grandparent who "still" does better.
      ['mijn nichtje van 6 zingt beter dan wat jij op de musical liet horen', 'scheldwoorden', 'negatief'],
      ['je kleine zusje van zeven maakt mooiere tekeningen dan jij', 'scheldwoorden', 'negatief'],
      ['mijn opa loopt nog sneller dan jij rent', 'scheldwoorden', 'negatief'],
      ['je huilt als een baby om een 5', 'pesten', 'kleineren'],
      ['jij bent net een kleuter, altijd gelijk willen hebben', 'pesten', 'kleineren'],
      ['je bent echt niet de slimste hè', 'pesten', 'kleineren'],
      ['hij is niet zo snugger, dat weet iedereen', 'pesten', 'kleineren'],
      ['jij bent de minst grappige persoon die ik ken', 'pesten', 'kleineren'],
      ['ik zou me kapot schamen als ik jouw rapport had', 'pesten', 'kleineren'],
      ['niemand neemt jou serieus', 'pesten', 'buitensluiten'],
      ['niemand luistert naar jou, dus stop maar', 'pesten', 'buitensluiten'],
    ],
    // Comparing oneself, praise, a thing that is better than expected, sleeping like a baby, a kind "niet dom".
    quiet: [
      'mijn zusje tekent beter dan ik',
      'je bent slimmer dan je denkt',
      'mijn hond is slimmer dan je zou denken',
      'zelfs mijn oma vond jouw tekening mooi',
      'ik slaap als een baby na die training',
      'je slaapt als een baby 😴',
      'je bent niet dom, je moet alleen oefenen',
      'ik ben niet de slimste maar ik werk hard',
      'dat was niet slim van me',
      'niemand neemt het je kwalijk',
      'niemand luistert naar die saaie podcast',
      'ik zou me schamen als ik zoiets zei',
      'de kleuters van groep 2 zongen mooier dan ooit',
      'mijn opa loopt nog steeds elke dag tien kilometer, sneller dan ik',
      'mijn zusje van zeven zingt mooier dan wat ik ooit heb gehoord',
      'mijn broertje van 5 is sneller dan jij denkt',
      'mijn oma van 90 is nog fitter dan ik',
      'mijn oma van 90 woont dichter bij school dan jij',
      'mijn zusje van 4 is groter dan haar vriendinnetje',
      'u legt het beter uit dan mijn vorige docent',
      'zelfs Messi mist weleens, jij speelt echt goed',
    ],
  },
  'een gewoonte uitgespeld met een zacht slot, een filmpje gedeeld zonder "ik", niemand die antwoordt': {
    fires: [
      ['Je loopt elke vrijdag om zes uur door het park naar je bushalte. Goed om te weten.', 'bedreigingen', 'impliciet'],
      ['Je zus zet haar fiets elke ochtend om half acht bij de halte. Pas er maar goed op.', 'bedreigingen', 'impliciet'],
      // The one addressed, their own habit spelled out: no thing of theirs needed.
      ['Jij zwemt toch elke woensdag om zes uur in De Vijfhoek? Goed om te weten.', 'bedreigingen', 'impliciet'],
      ['je traint elke donderdag tot negen uur he, goed om te weten 🙂', 'bedreigingen', 'impliciet'],
      ['Jij fietst altijd om half zes langs de vaart naar huis toch? Handig om te weten.', 'bedreigingen', 'impliciet'],
      ['heb dat filmpje van Mila die struikelt in de klassenapp gezet 😂', 'pesten', 'vernederen'],
      ['niemand geeft Daan antwoord vandaag, afgesproken', 'pesten', 'buitensluiten'],
    ],
    // A pet or a bike praised, a tip without a habit, a club's hours, a group photo, a question nobody answers.
    quiet: [
      'Wat een lief konijn! Pas er goed op hoor',
      'Je nieuwe fiets staat bij de halte, pas er goed op want daar worden veel fietsen gestolen',
      'We trainen elke dinsdag om zeven uur bij de club, goed om te weten voor de nieuwe leden',
      // The habit known to plan something with it, or to join in.
      'Je hebt elke woensdag om zes uur zwemles toch? Goed om te weten, dan plannen we het feestje op donderdag.',
      'Jij zwemt elke woensdag om zes uur? Goed om te weten, ik ga ook!',
      'Je kunt elke dinsdag om vier uur huiswerkbegeleiding krijgen. Handig om te weten!',
      'heb de foto van onze klas in de groep gezet, wat een leuke dag',
      'niemand geeft antwoord op mijn vraag over het huiswerk',
      // Holding back is no company refused, also when the particle is found as the word of company.
      'De jongens van JO15 zijn kampioen!!! niemand hield ze tegen',
    ],
  },
  'buitensluiten zonder het woord: niet in de groep, als lucht, ergens anders zoeken, weggaan als iemand komt': {
    fires: [
      ['we maken een nieuwe groepsapp voor de klassenavond, Noor zit er niet in', 'pesten', 'buitensluiten'],
      ['vanaf morgen doen we gewoon alsof ze lucht is', 'pesten', 'buitensluiten'],
      ['jij zoekt maar andere vrienden, wij zijn klaar met je', 'pesten', 'buitensluiten'],
      ['als Sander naar ons tafeltje komt gaan we allemaal weg', 'pesten', 'buitensluiten'],
    ],
    // An idiom, a wish to be unseen, advice to a victim, leaving with grandpa.
    quiet: [
      'het zit er dit jaar niet in voor ons team',
      'ik doe alsof ik lucht ben als de juf een vrijwilliger zoekt haha',
      'als ze zo doen, zoek dan andere vrienden, jij verdient beter',
      'als opa komt gaan we weg naar het strand',
    ],
  },
  'straf of vernedering als norm: voor een groep elke straf, voor één persoon alleen vernedering die verdiend heet': {
    fires: [
      ['Transgenders zouden gewoon ontslagen moeten worden', 'bedreigingen', 'dreigenGroep'],
      ['asielzoekers moeten uit hun huis gezet worden, allemaal', 'bedreigingen', 'dreigenGroep'],
      ['jij verdient het om elke dag uitgelachen te worden', 'bedreigingen', 'dreigen'],
    ],
    // Justice talk about one person, a protection denied, how exclusion happens spoken of.
    quiet: [
      'die inbreker moet gewoon gestraft worden',
      'Vluchtelingen mogen niet zomaar teruggestuurd worden',
      'we moeten praten over hoe dove leerlingen buitengesloten worden',
      'niemand verdient het om gepest te worden',
    ],
  },
  'een bewering genoemd om haar af te wijzen, zonder aanhalingstekens': {
    // Taken up as true, or with a call to agree, the claim is the writer's own.
    fires: [
      ['het idee dat moslims terroristen zijn klopt gewoon', 'discriminatie', 'haatGroep'],
      ['tag iedereen die vindt dat Sem een loser is', 'scheldwoorden', 'gericht'],
    ],
    quiet: [
      'Mensen die roepen dat moslims terroristen zijn, weten niet waar ze het over hebben',
      'het vooroordeel dat Polen dieven zijn moet de wereld uit',
      'stop met zeggen dat meisjes dom zijn',
      'wie homo\'s met zieken vergelijkt, heeft les nodig',
      // Told not to say it; hate towards a group spoken of as a noun.
      'Zeg nooit tegen iemand dat hij een vieze Turk is.',
      'Je mag nooit zeggen dat moslims tuig zijn.',
      'Haat tegen homo\'s is verschrikkelijk.',
    ],
  },
  'verhuld dreigen: wraak beloofd, een spijt over wat van jou is, wat er met je spullen gebeurt': {
    fires: [
      ['Dit laat ik niet zomaar gaan, Bas. Wij vergeten niks.', 'bedreigingen', 'impliciet'],
      ['Zonde als je scooter morgen in de sloot ligt', 'bedreigingen', 'impliciet'],
      ['Klik maar bij de mentor, dan zie je wel wat er met je fiets gebeurt', 'bedreigingen', 'impliciet'],
      ['We komen vanavond even langs, en niet voor de gezelligheid', 'bedreigingen', 'impliciet'],
      ['Als ik jou was zou ik niet meer alleen naar huis fietsen', 'bedreigingen', 'impliciet'],
      // Stock phrases of menace, and "we komen je halen" after a condition (the verb before its subject).
      ['je weet niet met wie je te maken hebt, vraag maar rond', 'bedreigingen', 'impliciet'],
      ['je dagen zijn geteld', 'bedreigingen', 'impliciet'],
      ['morgen half 4 bij het hek. als je er niet bent komen we je wel halen', 'bedreigingen', 'impliciet'],
    ],
    // Sympathy after it happened, a deadline explained, forgetting things, tea.
    quiet: [
      'jammer als je fiets gestolen is, wil je de mijne lenen?',
      'Je weet wat er gebeurt als je de deadline mist: dan krijg je een 1. Dus lever het op tijd in!',
      'ik ben je jas vergeten, wij vergeten altijd alles haha',
      'kom je zaterdag thee drinken bij oma?',
      'morgen komen we je halen voor het feest!',
      'als je trein vertraging heeft komen we je wel halen bij het station',
    ],
  },
  'seksuele intimidatie: een aanspreking die later in de zin wie bedoelt, een nee die niet telt, druk om te sturen': {
    fires: [
      ['Lekker stuk, wat vraag je voor een nachtje?', 'seksuele-taal', 'intimidatie'],
      ['Ik wil je echt een keer in mijn bed, Sara', 'seksuele-taal', 'intimidatie'],
      ['kom je vanavond naar mijn kamer? ik stop niet als je nee zegt', 'seksuele-taal', 'intimidatie'],
      ['Lotte kreeg hem ook, stuur mij ook zo\'n foto, niet zo moeilijk', 'seksuele-taal', 'intimidatie'],
    ],
    // Lying ill in bed, an outing without pressure, saying no respected.
    quiet: [
      'ik lig ziek in mijn bed, kun je mijn huiswerk brengen?',
      'doe niet zo moeilijk, kom gewoon mee naar de film',
      'je zei nee en dat is helemaal oké, dan gaan we gewoon met z\'n allen',
    ],
  },
  'het lichaam afkraken met verbogen woorden: kale, schele, dwergje, en kaler dan je opa': {
    fires: [
      ['kijk naar die schele ogen van Tom haha', 'pesten', 'bodyshaming'],
      ['jij met je kale kop, niemand wil naast je zitten', 'pesten', 'bodyshaming'],
      ['over twee jaar ben jij kaler dan mijn opa', 'scheldwoorden', 'negatief'],
    ],
    quiet: ['mijn opa is kaal en draagt dat met trots', 'de kale bomen in de winter zijn mooi', 'mijn broertje is kleiner dan mijn oma'],
  },
  'mening met een disclaimer, en een oordeel aan het eind van de zin': {
    fires: [
      ['Ik ben niet racistisch, maar zwarten kunnen nou eenmaal niet met vrijheid omgaan', 'discriminatie', 'haatGroep'],
      ['Nigerianen zijn oplichters, dat is geen racisme maar de waarheid', 'discriminatie', 'haatGroep'],
      ['mag ik zeggen dat ik lesbiennes smerig vind', 'discriminatie', 'haatGroep'],
      ['ik vind homo\'s gewoon gestoord sorry', 'discriminatie', 'haatGroep'],
    ],
    // Condemnation still condemns; reporting to a mentor reports.
    quiet: ['wij accepteren geen racisme, ook niet als je zegt dat marokkanen dieven zijn', 'Hij zei dat ik een vieze homo ben, dat is gewoon racisme', 'ik zeg tegen de mentor dat ze me een aap noemen'],
  },
  'een recht of een plek ontzegd aan een groep, als eis': {
    fires: [
      ['moslims mogen hier helemaal niet wonen', 'discriminatie', 'haatGroep'],
      ['gehandicapten zouden geen kinderen mogen krijgen', 'discriminatie', 'haatGroep'],
      ['doven mogen van mij geen rijbewijs hebben', 'discriminatie', 'haatGroep'],
      ['Syriërs verdienen geen uitkering', 'discriminatie', 'haatGroep'],
      ['Geef asielzoekers geen huis, laat ze maar buiten slapen', 'discriminatie', 'haatGroep'],
      ['lesbiennes mogen niet trouwen, dat hoort gewoon niet', 'discriminatie', 'haatGroep'],
      ['Waarom mogen Turken eigenlijk nog stemmen?', 'discriminatie', 'haatGroep'],
    ],
    // A rule as it is, a right of the past, a right granted, earning.
    quiet: ['asielzoekers mogen het eerste half jaar niet werken', 'vrouwen mochten vroeger niet stemmen', "homo's mogen gewoon trouwen", 'Vrouwen verdienen nog steeds minder geld dan mannen', 'Waarom mogen vluchtelingen niet werken? Dat snap ik niet'],
  },
  'de slot-n weggelaten, en een naamwoord in het andere getal': {
    fires: [
      ['moslims zijn terroriste allemaal', 'discriminatie', 'haatGroep'],
      ['zwarte mense zijn allemaal boeven', 'discriminatie', 'haatGroep'],
      ['Molukkers zijn relschoppers en probleemgevallen', 'discriminatie', 'haatGroep'],
      ['ouderen zijn een blok aan het been van de jeugd', 'discriminatie', 'haatGroep'],
    ],
    // A plural that is another word ("kwalen", "pannenkoeken"), real animals in the plural, a word that only looks cut short.
    quiet: ['ik heb veel kwalen de laatste tijd', 'zijn ouders halen ons op voor pannenkoeken', 'de olifanten waren zo schattig vandaag', 'die grote mense van het theater waren geweldig'],
  },
  'tussen aanhalingstekens genoemd, met eigen woorden van de schrijver ernaast': {
    fires: [
      ['Mijn mening: "marokkanen zijn dieven" en dat blijft zo', 'discriminatie', 'haatGroep'],
      ['"Turken zijn uitschot"', 'discriminatie', 'ontmenselijking'],
      ["'t is gewoon zo: Polen zijn parasieten", 'discriminatie', 'ontmenselijking'],
    ],
    quiet: [
      'Ik weiger "Turken zijn uitschot" te delen, ook al lacht de hele groep erom.',
      'Iemand spoot "dood aan joden" op de muur van de sporthal, de gemeente haalt het vandaag weg.',
      "Op de bushalte hing een sticker met 'Roemenen zijn ongedierte', ik heb hem eraf gekrabd.",
    ],
  },
  'normatief: een groep gestraft, verbannen of gesteriliseerd; een ding als lijdend voorwerp is geen doelwit': {
    fires: [
      ['Turken zouden gesteriliseerd moeten worden', 'bedreigingen', 'dreigenGroep'],
      ['die vluchtelingen moeten ze gewoon uithongeren', 'bedreigingen', 'dreigenGroep'],
    ],
    quiet: ['ze moeten de instrumenten steriliseren voor de operatie', 'de dierenarts gaat onze kat morgen steriliseren'],
  },
  'vriendschap: iemand missen, iemand beschermen, haat als grap tussen vrienden': {
    fires: [
      // Not laughed at, or armed: a threat.
      ['ik vermoord je als je mijn chips pakt', 'bedreigingen', 'dreigen'],
      ['ik steek je neer als je mijn chips pakt 😂', 'bedreigingen', 'dreigen'],
      // Telling on someone is no small stake; a wink is no laugh.
      ['ik maak je af als je iets verklapt aan de mentor 😉', 'bedreigingen', 'dreigen'],
      ['we gaan zonder jou naar de bios, ik zet het in mn story', 'pesten', 'buitensluiten'],
      ['als hij morgen naar buiten komt slaan we hem in elkaar', 'bedreigingen', 'dreigen'],
    ],
    quiet: [
      // A small thing at stake, laughed at: a friend's exaggeration.
      'ik vermoord je als je de verrassing verklapt 😂',
      'ik maak je af als je mijn chips opeet 😭',
      'wat moet ik volgend jaar zonder jou op een andere school 😭',
      'zonder jou was de brugklas echt saai geweest',
      'als iemand je iets aandoet sta ik er als eerste',
    ],
  },
  'een bevel over het lichaam: over gewicht altijd, over wassen of sporten alleen met een opmerking over het lichaam': {
    fires: [
      ['jij met je vette haar, douche eens', 'pesten', 'bodyshaming'],
      ['eet eens minder joh', 'pesten', 'bodyshaming'],
    ],
    quiet: ['ga douchen, het is al laat', 'ga eens sporten, is gezond joh', 'stop met eten, we gaan'],
  },
  'alledaagse woorden van aanval: dingen, dieren, ophalen, zorg': {
    fires: [
      ['ik wacht je op na school', 'bedreigingen', 'dreigen'],
      ['ik haat de juf', 'pesten', 'haatPersoon'],
      ['ik vermoord je als je dat nog een keer doet', 'bedreigingen', 'dreigen'],
      ['hij gaat jou haten', 'pesten', 'haatPersoon'],
      ['mijn buurjongen is zo dik', 'pesten', 'bodyshaming'],
      ['Turkse mensen zijn lui', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'kan je me opwachten bij de uitgang van de bioscoop?',
      // The writer as the one it is done to: a compliment or a joke about oneself, no attack.
      'jouw outfits vermoorden me elke keer, zo stijlvol',
      'jij vermoordt me echt met die grappen',
      'sinterklaasgedicht voor mn broer geschreven, hij gaat me haten',
      'papa haat de nieuwe afstandsbediening zei hij net',
      'Carnaval! Alaaf, en pas goed op jezelf, en op elkaar',
      'Ik heb je adres in Google Maps gezet, welk huisnummer was het ook alweer?',
      'De porties bij dat Griekse restaurant zijn zo dik dat je er twee dagen van kan eten.',
      'mijn sokken stinken zo erg na de training',
      'Mijn zoon groeit zo snel, zijn voeten zijn al groter dan die van zijn vader',
      'Ik hou van Turkse bruiloften, de muziek, het eten, alles!',
      'elke dag een uur lopen met de hond',
      'ik werk in de stal bij de boer, die varkens zijn echt lief',
      'ik wacht je op bij het station om 8 uur',
    ],
  },
  'een groep weggestuurd, meer herkomstgroepen, sport en steun': {
    fires: [
      ['stuur die syriers terug', 'discriminatie', 'buitensluitenGroep'],
      ['zet al die asielzoekers op een boot', 'discriminatie', 'buitensluitenGroep'],
      ['oekraïners zijn allemaal dieven', 'discriminatie', 'haatGroep'],
      ['dove mensen zijn net huisdieren', 'discriminatie', 'ontmenselijking'],
      ['ik ben klaar met al die buitenlanders op onze school', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'we sturen de vluchtelingen een kaartje terug',
      'ik heb een russische buurvrouw, heel aardig',
      'volgende week de derby, we gaan ze afmaken op hun eigen veld. supporters welkom!!',
      'jij gaat eraan zaterdag met het klaverjassen bij oma',
      'die jongens wachten je elke dag op. we moeten hulp vragen',
      'als iemand je pest, zeg het tegen een mentor. wij helpen je echt',
      'Ik zoek een net pak voor de bruiloft van mijn broer.',
      'onze rat Pip heeft vandaag een cracker gestolen',
    ],
  },
  'verhulde dreiging uit losse tekens over het hele bericht: gevolgd en gezien, een onheilspellend slot, niemand die beschermt, anderen die komen': {
    fires: [
      // Someone's habits or things spelled out, and a sign that it is meant, in the next sentence.
      ['Je loopt elke woensdag om half zes langs de vijver. Interessant.', 'bedreigingen', 'impliciet'],
      ['zag je vanmiddag om 16:10 bij de halte staan, rode jas, witte tas. tot snel 🙂', 'bedreigingen', 'impliciet'],
      ['Jouw broertje fietst altijd in zijn eentje naar de bieb he. Kleine wereld.', 'bedreigingen', 'impliciet'],
      ['je moeder haalt je altijd om vijf uur op toch? heb ik opgeschreven', 'bedreigingen', 'impliciet'],
      ['Je telefoon is nu nog heel. Geniet ervan zolang het kan.', 'bedreigingen', 'impliciet'],
      // Nobody there to protect, with a sign or a habit.
      ['Na de toetsweek zijn er geen leraren meer die op je letten. Tel maar af.', 'bedreigingen', 'impliciet'],
      ['De conciërge gaat om vier uur naar huis. Ik niet, Joris 🙂', 'bedreigingen', 'impliciet'],
      ['Je denkt dat je veilig bent achter je scherm. Tot maandag, Joris.', 'bedreigingen', 'impliciet'],
      ['Vrijdag na de training praten we verder, jij en ik, zonder trainers erbij.', 'bedreigingen', 'impliciet'],
      // Others who will come, with what they know or a sign.
      ['Mijn neven willen je heel graag leren kennen. Ze weten al in welke straat je woont.', 'bedreigingen', 'impliciet'],
      ['ik ken iemand die jou kent. meer zeg ik niet.', 'bedreigingen', 'impliciet'],
      ['Nog vier dagen, @sem. Je weet zelf wel waarom ⏳', 'bedreigingen', 'impliciet'],
    ],
    // The same signs with a plan, a kindness, a reason, a party, or told of.
    quiet: [
      'Je loopt elke woensdag om half zes langs de vijver? Dan loop ik voortaan mee, gezellig!',
      'zag je vanmiddag om 16:10 bij de halte staan, je was je tas vergeten! tot morgen 🙂',
      'Jouw broertje fietst altijd in zijn eentje naar de bieb, kleine wereld, ik zie hem daar elke week en hij is zo lief',
      'Na de toetsweek zijn er geen lessen meer. Tel maar af, nog vijf dagen tot de vakantie!',
      'Mijn neven willen je heel graag leren kennen, ze komen zaterdag naar je verjaardag.',
      'De conciërge gaat om vier uur naar huis, dus haal je fiets voor die tijd uit de stalling.',
      'Tot maandag Joris, succes met je presentatie!',
      'ik ken iemand die jou kent, kleine wereld haha. ze zegt dat je heel aardig bent',
      'Ik vergeet nooit wat je voor me deed toen ik ziek was ❤️',
      'Binnenkort zien we elkaar weer, ik heb er zin in',
      'Interessant dat je elke woensdag zwemt, ik ook!',
      'je moeder haalt je om vijf uur op, heb ik opgeschreven zodat je het niet vergeet',
      'Nog vier dagen tot de musical, @sem! Je weet zelf wel hoe goed je bent ⏳',
      'Mijn broers hebben je foto gezien en vinden hem prachtig. Succes maandag!',
      'De scheids was er niet, dus we hebben zonder scheids gespeeld en gewonnen.',
      'Geniet nog maar van je vakantie, maandag begint school weer 😅',
      'Zonder leraren erbij is het schoolreisje echt minder leuk',
      'Iemand stuurde me: "ik weet waar je woont, tot snel". Wat moet ik doen?',
    ],
  },
  'buitengesloten door een leugen of door te zwijgen, met de waarheid ernaast': {
    fires: [
      ['zeg maar tegen Sanne dat het feest niet doorgaat, wij gaan gewoon', 'pesten', 'buitensluiten'],
      ['niks tegen Bram zeggen over zaterdag he, die hoeft niet mee', 'pesten', 'buitensluiten'],
      ['zeggen we tegen haar gewoon dat het vol is? 🤫', 'pesten', 'buitensluiten'],
    ],
    // What is said may be true, another way there, a surprise, an arrangement, or told by the one left out.
    quiet: [
      'zeg tegen Sanne dat het feest niet doorgaat, het regent te hard',
      'kun je tegen Lisa zeggen dat de bus vol is? we gaan gewoon met de fiets',
      'niks tegen Bram zeggen over zaterdag, het is een verrassing!',
      'zeg tegen oma dat we om 6 uur gaan',
      'Sanne zei tegen mij dat het feest niet doorging, maar ze gingen gewoon. Ik voel me buitengesloten',
    ],
  },
  'gevraagd waarom iemand er nog is': {
    fires: [
      ['waarom zit jij eigenlijk nog in deze groep', 'pesten', 'buitensluiten'],
      ['wat doe jij hier nog', 'pesten', 'buitensluiten'],
      ['waarom zit zij nog in de app', 'pesten', 'buitensluiten'],
    ],
    // Asked after someone (awake, late, ill), not yet there, or somewhere else.
    quiet: [
      'waarom ben je nog wakker',
      'wat doe jij hier nog zo laat, ga naar huis, je bent ziek',
      'waarom zit jij nog in de klas, de bel is al gegaan',
      'waarom zit je nog niet in de groep? ik voeg je toe',
    ],
  },
  'verhulde dreiging als vaste wending': {
    fires: [
      // Someone's family or things and their habit or a night soon, then a mild closing line.
      ['je zus fietst toch altijd alleen naar huis? gewoon ff vragen', 'bedreigingen', 'impliciet'],
      ['je opa laat de hond toch altijd om negen uur uit? ik zou het maar niet erger maken', 'bedreigingen', 'impliciet'],
      ['wacht maar. je zal het merken.', 'bedreigingen', 'impliciet'],
      ['gaat je heel veel kosten dit. en niet in geld', 'bedreigingen', 'impliciet'],
      ['heb je je ramen al verzekerd? vraag ik gewoon voor een vriend', 'bedreigingen', 'impliciet'],
    ],
    quiet: [
      'je zus staat elke dinsdag bij de bushalte, zeg je dat ik haar mis? doe de groeten',
      'zet je fiets morgen maar binnen als je slim bent, het gaat stormen',
      'probeer die nieuwe pizza, je zal het merken, echt heerlijk',
      'die nieuwe telefoon gaat je veel kosten hoor',
      'het kan zomaar gaan regenen vandaag',
      'doe je fietslampje aan, er kan zomaar iets gebeuren in het donker',
    ],
  },
  'doodswensen als vraag en als beeld': {
    fires: [
      ['wanneer ga je nou eindelijk dood, we wachten al zo lang', 'bedreigingen', 'doodswens'],
      ['ga een gat graven en erin liggen', 'bedreigingen', 'doodswens'],
      ['de dag dat jij sterft is de beste dag van mijn leven', 'bedreigingen', 'doodswens'],
    ],
    quiet: ['wanneer ga je dood volgens die app? haha mijn oma wordt 100', 'haal jezelf weg van het raam, het is glad buiten'],
  },
  'bodyshaming: een lelijk genoemd lichaam als uitroep of van een ander': {
    fires: [
      ['wat een olifantenbenen in die legging', 'pesten', 'bodyshaming'],
      ['lol die vetrollen op de zwemles foto', 'pesten', 'bodyshaming'],
    ],
    quiet: ['wat een dikke kus!', 'wat een lelijk weer vandaag', 'die nieuwe tassen van dat merk zijn afzichtelijk, wie koopt dat'],
  },
  'bodyshaming: een lichaamsdeel vergeleken': {
    fires: [
      ['je tanden staan alle kanten op, net een kerkhof na een storm', 'pesten', 'bodyshaming'],
      ['meneer de boer heeft een buik alsof hij zwanger is van een drieling', 'pesten', 'bodyshaming'],
      ['die puist op je kin is groter dan je toekomst', 'pesten', 'bodyshaming'],
    ],
    quiet: ['je haar zit net een beetje anders vandaag, leuk', 'mijn buik voelt alsof ik een olifant heb gegeten', 'je ogen zijn groter dan je maag haha, je krijgt het nooit op'],
  },
  'een oordeel los na een groep': {
    fires: [
      ["homo's, zo vies", 'discriminatie', 'haatGroep'],
      ['hij is vast gay denk ik, ranzig', 'discriminatie', 'haatGroep'],
      ['ze is lesbisch, bah', 'discriminatie', 'haatGroep'],
      ["twee homo's die zoenen in de gang, gadver", 'discriminatie', 'haatGroep'],
    ],
    quiet: ['ze is Turks, heel aardig', 'mijn vriendin is Marokkaans en super lief', 'er zat een spin in mijn bed, bah', 'de kantine had weer spruitjes, bah', "homo's, zo leuk dat ze er zijn op de Pride"],
  },
  'een groep mijden': {
    fires: [
      ['Sinds er Antillianen in de straat wonen doen we de deur twee keer op slot', 'discriminatie', 'haatGroep'],
      ['Er komen steeds meer Polen in onze wijk, wij gaan verhuizen', 'discriminatie', 'haatGroep'],
      ['Als die Somaliërs in de bus zitten, hou ik mijn tas goed vast', 'discriminatie', 'haatGroep'],
      ['Nu zitten er ook al Roemenen op de camping. Volgend jaar gaan we wel ergens anders heen', 'discriminatie', 'haatGroep'],
      ['Zigeuners in het dorp? Ik zou mijn fiets maar op slot zetten', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'We verhuizen naar een wijk met veel Surinamers, gezellig',
      'Mijn Marokkaanse vriendin en ik gaan samen verhuizen',
      'Sinds er Polen naast ons wonen, eten we vaker pierogi',
      'Nu we verhuizen krijgen we Turkse buren',
      'Sinds er is ingebroken doen we de deur op slot',
      'Er wonen Syriërs in onze straat en we gaan echt niet verhuizen, het is hier fijn',
      'De Turken in onze straat verhuizen volgende maand, jammer',
    ],
  },
  'directe dreiging': {
    fires: [
      ['vanavond die polen in de flat ff aanpakken, wie komt', 'bedreigingen', 'dreigenGroep'],
      // How it will be done, with a plan, is no mere topic.
      ['ik denk na over hoe ik je ga slopen', 'bedreigingen', 'dreigen'],
      ['ik trap je in elkaar op die trap', 'bedreigingen', 'dreigen'],
      // Someone named by what they do (a swimmer, a cook, a news reader) is someone.
      ['ik sla die zwemmer in elkaar', 'bedreigingen', 'dreigen'],
      ['ik ga die kok slaan', 'bedreigingen', 'dreigen'],
      // Someone of the match as the target of real violence: no game talk.
      ['ik ga die scheidsrechter slaan na de wedstrijd', 'bedreigingen', 'dreigen'],
      ['ik zou die keeper willen wurgen', 'bedreigingen', 'dreigen'],
      ['ik ga je levend villen', 'bedreigingen', 'dreigen'],
      // "knock-out" is how it is done, not a round of a tournament.
      ['na school sla ik je knock out', 'bedreigingen', 'dreigen'],
      // A negation inside the condition denies the condition, not the threat.
      ['als je niet stopt sla ik je', 'bedreigingen', 'dreigen'],
      ['als je je mond niet houdt breek ik je kaak', 'bedreigingen', 'dreigen'],
      // A place where it happens is not what "hem" points at.
      ['morgen 12:30 achter de gymzaal, we gaan hem slopen', 'bedreigingen', 'dreigen'],
      // Calling others to violence: "wie helpt", "kan iemand", "laten we".
      ['wie helpt me morgen om jesse in elkaar te slaan na school', 'bedreigingen', 'dreigen'],
      ['kan iemand die homo uit de 5e ff op zn bek slaan', 'bedreigingen', 'dreigenGroep'],
      ['wanneer gaan we die trans persoon uit de 6e ff aanpakken', 'bedreigingen', 'dreigenGroep'],
      // A pronoun is a thing only after a noun that it can point at ("het adres" would be "het").
      ['ik heb het adres, we gaan hem in elkaar trappen', 'bedreigingen', 'dreigen'],
      ['ik snij je gezicht open', 'bedreigingen', 'dreigen'],
      ['morgen in de pauze gaan we jou slopen', 'bedreigingen', 'dreigen'],
      ['ik ga je morgen na school in elkaar slaan', 'bedreigingen', 'dreigen'],
      // Naming someone in a condition is no report of abuse ("noemt" also reports a slur elsewhere).
      ['ik wurg je als je nog één keer mijn naam noemt', 'bedreigingen', 'dreigen'],
      // Someone's things destroyed: a threat to them.
      ['dan brand ik je scooter af', 'bedreigingen', 'dreigen'],
      ['ik steek je banden lek', 'bedreigingen', 'dreigen'],
      ['Die mentor ga ik nog eens keihard op zijn bek slaan', 'bedreigingen', 'dreigen'],
      ['wij gaan die Surinamers allemaal in elkaar trappen', 'bedreigingen', 'dreigenGroep'],
      ['ik steek hem morgen neer als hij nog één keer praat', 'bedreigingen', 'dreigen'],
      ['ik breek je benen', 'bedreigingen', 'dreigen'],
    ],
    quiet: [
      'de zwemmer won goud',
      'de kok maakt soep',
      'we slopen die keeper zaterdag',
      'judo-examen gehaald, ik mocht mijn trainer op de mat gooien',
      'ik ga je vermoorden met fifa',
      'onze keeper sloeg de bal weg',
      'we slaan ze knock-out in de finale',
      'de knock-out fase begint morgen',
      'ik sla je niet als je stopt',
      'We praten met de kinderen over hoe woorden pijn kunnen doen.',
      // After "die", like after "de", the word is the noun: the stairs, not a kick.
      'hahaha je viel echt van die trap en stond op alsof er niks gebeurd was',
      'pak hem in de eerste bocht, dan win je de race',
      'we leerden over srebrenica, waar duizenden mannen en jongens zijn vermoord',
      'wie helpt me met mijn huiswerk',
      'de gemeente gaat de overlast aanpakken',
      'mijn fiets? ik trap hem in elkaar',
      'ik snij de taart open',
      'ik ga je slopen in fifa vanavond',
      'ik ga dit tentamen slopen',
      // "de trap" is the stairs, "minder" only less.
      'de lift is kapot en Milan met zijn krukken moet steeds de trap op',
      'sem heeft eindelijk zijn rijbewijs, de straten zijn nu minder veilig',
      'de vandalen hebben gisteren een bushokje vernield',
      'mijn fiets is vernield, balen','ik ga je kapotmaken in Fortnite', 'ik sla die les over', 'schiet op man', 'we hebben ze afgemaakt in de finale', 'In de film dreigt hij haar te vermoorden'],
  },
  'normatieve dreiging': {
    fires: [
      ['Homo’s moeten opgesloten worden', 'bedreigingen', 'dreigenGroep'],
      ['die leraar verdient een pak slaag', 'bedreigingen', 'dreigen'],
      ['dood aan alle joden', 'bedreigingen', 'dreigenGroep'],
      ['Statushouders horen in een kamp', 'bedreigingen', 'dreigenGroep'],
      // Passive and wished forms: persecuted, got rid of, better off dead.
      ['Joden mogen wat mij betreft vervolgd worden', 'bedreigingen', 'dreigenGroep'],
      ['Het zou beter zijn als alle homo\'s dood waren', 'bedreigingen', 'dreigenGroep'],
      ['Surinamers moeten gewoon weggewerkt worden', 'discriminatie', 'buitensluitenGroep'],
      ['ik ga je echt pijn doen', 'bedreigingen', 'dreigen'],
    ],
    quiet: ['De dief moet opgesloten worden zei de rechter', 'die zombies moet je in hun kop schieten', 'mijn knie doet pijn na de training', 'Mijn oma komt uit Turkije en mijn opa uit Nederland'],
  },
  'impliciete dreiging': {
    fires: [
      // What will happen left unsaid; spared only because others were there.
      ['als je nog 1 keer naar de mentor gaat dan weet je wat er gebeurt', 'bedreigingen', 'impliciet'],
      ['ga zo door en je zal zien wat er met je gebeurt', 'bedreigingen', 'impliciet'],
      ['je hebt geluk dat er vandaag leraren op het plein stonden', 'bedreigingen', 'impliciet'],
      ['je mag blij zijn dat je vrienden erbij waren', 'bedreigingen', 'impliciet'],
      ['ik weet waar je woont, pas maar op', 'bedreigingen', 'impliciet'],
      // Telling on the writer, punished: a condition on telling and a consequence that menaces.
      ['als je naar de mentor gaat weet ik je wel te vinden', 'bedreigingen', 'impliciet'],
      ['als je het doorvertelt, heb je een probleem', 'bedreigingen', 'impliciet'],
      ['als jij me verraadt kom ik na school bij je langs', 'bedreigingen', 'impliciet'],
      // Threatening idioms: bleeding, teeth on the street, a life not safe, getting it.
      ['je gaat bloeden broer', 'bedreigingen', 'impliciet'],
      ['dan ben je je leven niet zeker', 'bedreigingen', 'impliciet'],
      ['nog één woord en je tanden liggen op straat', 'bedreigingen', 'impliciet'],
      ['je bent er geweest', 'bedreigingen', 'impliciet'],
      ['geniet nog maar van je laatste week', 'bedreigingen', 'impliciet'],
      ['ik neem morgen een mes mee naar school', 'bedreigingen', 'impliciet'],
      ['hou je mond anders gebeurt er wat', 'bedreigingen', 'impliciet'],
      ['je gaat dit nog heel erg berouwen', 'bedreigingen', 'impliciet'],
      ['let maar goed op je zusje', 'bedreigingen', 'impliciet'],
      ['dit is nog niet voorbij tussen ons', 'bedreigingen', 'impliciet'],
      // By shape: knowing someone's private details, harm as the outcome of a condition, a sinister closing line.
      ['ik ken jouw rooster, dinsdag ben je om drie uur uit toch', 'bedreigingen', 'impliciet'],
      ['ik weet welk raam van jou is', 'bedreigingen', 'impliciet'],
      ['nog één keer en je ligt in het ziekenhuis', 'bedreigingen', 'impliciet'],
      ['zeg het nog een keer en je ziet je telefoon nooit meer terug', 'bedreigingen', 'impliciet'],
      ['als je naar de mentor gaat ben je klaar', 'bedreigingen', 'impliciet'],
      ['mevrouw Smit rijdt in die grijze Polo, kenteken eindigt op 42. gewoon even zeggen.', 'bedreigingen', 'impliciet'],
    ],
    quiet: [
      'ik weet niet wat er gebeurt als je je wachtwoord vergeet',
      'weet jij wat er morgen gebeurt bij gym?',
      'je hebt geluk dat je ouders je zo steunen',
      'je mag blij zijn dat je ouders er altijd voor je zijn',
      'ik ben blij dat mijn vrienden erbij waren',
      'als je het aan je mentor vertelt, helpt ze je echt',
      'als je het de juf vertelt krijg je vast een sticker',
      'ik ken jouw rooster niet, stuur je het even?',
      'we weten hoe laat de bus gaat, om 8 uur',
      'ik weet welk raam van het lokaal open kan',
      'nog één keer en dan heb ik mijn diploma!',
      'als je naar de mentor gaat ben je sneller klaar',
      'gewoon dat je het weet: morgen is er geen school',
      'als je de deadline mist ben je klaar, dan krijg je een 1',
      'ik weet waar je woont, ik breng je cadeau',
      'wacht maar tot na school, dan krijg je je verjaardagscadeau',
      'neem een mes mee voor de taart',
      'let op je zusje bij het oversteken',
      'je gaat het verschil merken met de nieuwe laptop',
    ],
  },
  'doodswens en zelfbeschadiging': {
    fires: [
      // The infinitive after "ga" with its particle, a fall with no getting up, the worst disease, where the tracks are.
      ['ga jij maar van de flat af springen', 'bedreigingen', 'doodswens'],
      ['ik hoop dat je van je fiets valt en nooit meer opstaat', 'bedreigingen', 'doodswens'],
      ['ik wens jou de ergste ziekte toe', 'bedreigingen', 'doodswens'],
      ['zo zielig ben je, je weet waar het spoor is', 'bedreigingen', 'doodswens'],
      // A phrase with "je" meets "jij" and "jou" too.
      ['waarom leef jij eigenlijk nog', 'bedreigingen', 'doodswens'],
      ['jij verdient het niet om te leven', 'bedreigingen', 'doodswens'],
      ['zelfs je hond zou je niet missen', 'bedreigingen', 'doodswens'],
      ['je kan beter niet meer bestaan', 'bedreigingen', 'doodswens'],
      ['als jij doodgaat geef ik een feestje', 'bedreigingen', 'doodswens'],
      // Dying said gently is still dying wished.
      ['ik bid elke avond dat je niet meer wakker wordt', 'bedreigingen', 'doodswens'],
      ['iedereen zou blij zijn als je er niet meer was', 'bedreigingen', 'doodswens'],
      ['je moeder had je moeten laten weghalen', 'bedreigingen', 'doodswens'],
      // Dying as an order addresses someone without naming them.
      ['sterf gewoon man', 'bedreigingen', 'doodswens'],
      ['verdrink in de gracht, stuk vuil', 'bedreigingen', 'doodswens'],
      ['je zou zelfmoord moeten plegen na zo\'n filmpje', 'bedreigingen', 'doodswens'],
      ['ga dood', 'bedreigingen', 'doodswens'],
      ['ik hoop dat je onder een trein komt', 'bedreigingen', 'doodswens'],
      ['niemand zal je missen', 'bedreigingen', 'doodswens'],
      ['ik wens die Syriërs allemaal de tyfus', 'bedreigingen', 'dreigenGroep'],
    ],
    quiet: [
      'ik hoop dat opa snel beter wordt',
      'hij viel en stond nooit meer op, zo sneu, rip',
      'je weet waar het station is toch?',
      'je kan beter morgen komen, dan is er plek',
      'ik ga je missen als je verhuist',
      'ik hoop dat opa niet meer wakker wordt van het lawaai',
      'ik hoop dat de baby vannacht niet meer wakker wordt voor zes uur',
      'mijn opa is vorig jaar overleden, ik mis hem',
      'sterf niet in de laatste ronde haha',
      'verdrink niet he, het water is diep',
      'hij pleegde zelfmoord in het boek, best heftig','ik ga dood van het lachen', 'ik ga letterlijk dood als ik moet presenteren', 'mijn opa heeft kanker, ik hoop dat hij beter wordt'],
  },
  'letsel toegewenst: blind, verlamd, in coma, een langzame dood': {
    fires: [
      // Harm short of death wished, deserved or ordered is a wish of harm all the same.
      ['ik hoop echt dat je blind wordt', 'bedreigingen', 'doodswens'],
      ['jij verdient het om verlamd te raken na wat je deed', 'bedreigingen', 'doodswens'],
      ['ik hoop dat die gast in coma raakt', 'bedreigingen', 'doodswens'],
      ['mag je van mij je nek breken op die scooter', 'bedreigingen', 'doodswens'],
      ['ik gun jou de dood', 'bedreigingen', 'doodswens'],
      ['ik wens je een langzame dood', 'bedreigingen', 'doodswens'],
      ['brand maar af met je hele familie', 'bedreigingen', 'doodswens'],
      ['rot maar lekker weg op je kamer', 'bedreigingen', 'doodswens'],
      ['snijd jezelf maar, niemand let toch op je', 'bedreigingen', 'doodswens'],
      ['waarom snijd je jezelf niet gewoon in je polsen', 'bedreigingen', 'doodswens'],
      ['ik gun jou alle ziektes ter wereld', 'bedreigingen', 'doodswens'],
      ['had jij maar nooit bestaan', 'bedreigingen', 'doodswens'],
      ['de klas is echt een betere plek zonder jou', 'bedreigingen', 'doodswens'],
      ['rot in hell Noor', 'bedreigingen', 'doodswens'],
      ['brand in de hel met je stomme vriendjes', 'bedreigingen', 'doodswens'],
      ['ik hoop dat je blind word', 'bedreigingen', 'doodswens'],
      ['ik hoop dat je blind gaat worden', 'bedreigingen', 'doodswens'],
      ['je had nooit moeten bestaan', 'bedreigingen', 'doodswens'],
      ['ik wou dat je nooit bestond', 'bedreigingen', 'doodswens'],
    ],
    quiet: [
      'ik wens jullie veel sterkte na de dood van opa',
      'gecondoleerd, ik wens je veel kracht na de dood van je vader',
      'ik gun je het allerbeste voor je examen',
      'ik hoop dat je niet ziek wordt van die pizza',
      'mijn oma is blind geworden, zo verdrietig',
      'ik hoop dat opa niet in coma raakt na de operatie',
      'je wordt nog blind van al dat gamen haha',
      'ik hoop dat mijn buurjongen weer kan lopen, hij is verlamd geraakt',
      'de zomer is een betere tijd om te verhuizen',
      'ik gun je alle geluk van de wereld',
      'had ik maar nooit die appjes gestuurd',
      // A wish denied is the opposite wish.
      'ik hoop niet dat je doodgaat, je bent mijn beste vriend',
      'ik hoop echt niet dat je ziek wordt van die pizza',
    ],
  },
  'ontkende veralgemening, lof voor een groep, vrienden die overdrijven': {
    fires: [
      // The same shapes, meant.
      ['alle Polen zijn dieven', 'discriminatie', 'haatGroep'],
      ['Surinamers zijn altijd zo lui', 'discriminatie', 'haatGroep'],
      ['als je mijn zusje nog 1x aanraakt steek ik je neer 😂', 'bedreigingen', 'dreigen'],
      ['ik ga je wurgen als je jarig bent', 'bedreigingen', 'dreigen'],
    ],
    quiet: [
      // A generalisation denied ("niet alle", "lang niet elke") is counter-speech.
      'niet alle Polen zijn dieven, net zoals niet alle Nederlanders gierig zijn',
      'niet alle Polen zijn dieven, de meeste zijn wel eerlijk en hard werkend',
      'niet alle moslims zijn terroristen, veel zijn gewoon aardige buren',
      'lang niet elke moslim is streng gelovig hoor',
      // Praise of a whole group is no put-down.
      'waarom zijn Turkse oma\'s altijd zo gastvrij, ik kom daar nooit met lege handen weg',
      'Surinamers zijn altijd zo gezellig op verjaardagen',
      // A threat over the writer's own thing, laughed at, is a friend's exaggeration.
      'als je mijn laatste kaassoufflé opeet ben je echt dood 😤😂',
      'als jij mijn powerbank weer leent zonder te vragen vermoord ik je 😂',
      // Love as the weapon.
      'ik ga je knuffelen tot je stikt, met al mijn liefde ❤️',
      'ik ga je wurgen met mijn liefde als je jarig bent ❤️',
      // Nobody missing a thing is everyone included.
      'ik stuur de link naar de hele klas zodat niemand de deadline mist',
    ],
  },
  'woorden die vaak voorkomen: groepen, wapens, scheldnamen voor armoede': {
    fires: [
      ['hindoestanen zijn allemaal gierig', 'discriminatie', 'haatGroep'],
      ['ik haat die hindostanen', 'discriminatie', 'haatGroep'],
      ['die gelukszoekers moeten gewoon terug', 'discriminatie', 'buitensluitenGroep'],
      ['ga terug naar marokko jij', 'pesten', 'buitensluiten'],
      ['morgen neem ik mijn luchtbuks mee voor die gast', 'bedreigingen', 'impliciet'],
      ['ik neem een hakbijl mee naar school', 'bedreigingen', 'impliciet'],
      ['jij bent gewoon een bedelaar', 'scheldwoorden', 'negatief'],
      ['wat een zielenpoot ben jij', 'scheldwoorden', 'negatief'],
    ],
    quiet: [
      'mijn buurvrouw is hindoestaans en kookt de lekkerste roti',
      'ik voel me zo\'n armoedzaaier met mijn oude telefoon haha',
      'bij handvaardigheid gebruiken we een zaag en een hamer',
      'de zwerver bij het station kreeg soep van onze klas',
      'jullie moeten terug naar het lokaal, de pauze is voorbij',
      'ga maar terug naar je plek, Daan',
      'de boeken moeten terug naar de bieb voor vrijdag',
    ],
  },
  'iets van jou als volgende, iemand weten te vinden': {
    fires: [
      // Someone's pet, relative or things named as next, said last; someone and theirs known how to find.
      ['één woord tegen de mentor en je konijn is de volgende', 'bedreigingen', 'impliciet'],
      ['pas op wat je zegt, jouw kleine zusje is de volgende hoor', 'bedreigingen', 'impliciet'],
      ['eerst je fiets, je scooter is de volgende', 'bedreigingen', 'impliciet'],
      ['als je dit doorvertelt weet ik jou en je ouders te vinden', 'bedreigingen', 'impliciet'],
      ['wij weten jullie echt wel te vinden', 'bedreigingen', 'impliciet'],
    ],
    quiet: [
      'jouw groep is de volgende die presenteert',
      'wie is de volgende? jouw broertje toch?',
      'je zusje is de volgende op de lijst voor de musical',
      'ik weet de weg naar de sporthal wel te vinden',
      'jou weet ik altijd te vinden als ik hulp nodig heb',
    ],
  },
  'een groep niet gewild, alleen ergens goed voor, rechten die ze niet zouden moeten hebben': {
    fires: [
      ['ik wil geen moslim als leraar', 'discriminatie', 'haatGroep'],
      ['wij willen geen Polen in onze straat', 'discriminatie', 'haatGroep'],
      ['Roemenen zijn alleen goed voor het zware werk', 'discriminatie', 'haatGroep'],
      ['Vrouwen zouden eigenlijk geen stemrecht moeten hebben', 'discriminatie', 'haatGroep'],
      ['homo\'s moeten niet mogen trouwen', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'ik wil geen moslimterrorist als leraar, haha nee grapje, onze leraar is top',
      'ik wil geen taart als toetje, maar ijs',
      'mijn oma is alleen goed voor de allerlekkerste soep',
      'vrouwen mochten vroeger niet stemmen, nu gelukkig wel',
      'asielzoekers mogen het eerste half jaar niet werken, dat is de regel',
    ],
  },
  'uit een lezing van de wijziging: wat de nieuwe vormen te breed of te smal lazen': {
    fires: [
      ['waarom ben je bang, ik ga je heus wel vermoorden', 'bedreigingen', 'dreigen'],
      ['niet alle Polen zijn dieven ik haat ze gewoon allemaal', 'discriminatie', 'haatGroep'],
      ['niet alle homo\'s zijn ziek het zijn gewoon allemaal viezeriken', 'discriminatie', 'haatGroep'],
      ['niet alle Polen zijn dieven maar de meesten wel', 'discriminatie', 'haatGroep'],
      ['ik haal een gun ze gaan allemaal dood', 'bedreigingen', 'impliciet'],
      ['ga terug naar je eigen huis in Marokko', 'pesten', 'buitensluiten'],
      ['als je mijn bff iets aandoet sla ik je dood 😂', 'bedreigingen', 'dreigen'],
      ['als je mijn allerliefste kleine zusje aanraakt sla ik je dood 😂', 'bedreigingen', 'dreigen'],
    ],
    quiet: [
      'waarom stoppen we niet gewoon met die ruzie, ik sla je niet meer',
      'ik hoop dat opa snel wakker wordt, hij ligt nu in een coma',
      'ik hoop dat de lift het doet, mijn broertje zit in een rolstoel',
      'jij moet terug om je jas te halen',
      'Daan moet terug want hij is zijn telefoon vergeten',
      'ik heb een luchtbuks gekregen voor de schietvereniging',
      'neem je peperspray mee als je \'s avonds laat fietst, lieverd',
      'ik neem mijn zwaard mee naar de LARP dit weekend',
      'we nemen een katapult mee naar het park om eikels te schieten',
    ],
  },
  buitensluiten: {
    fires: [
      ['niemand mag meer naast Fleur zitten', 'pesten', 'buitensluiten'],
      ['haal hem uit de groepsapp', 'pesten', 'buitensluiten'],
      ['we negeren haar vanaf nu', 'pesten', 'buitensluiten'],
      ['Turken horen hier niet', 'discriminatie', 'buitensluitenGroep'],
      ['ga terug naar je eigen land', 'pesten', 'buitensluiten'],
      ['geen homo’s in onze voetbalclub', 'discriminatie', 'buitensluitenGroep'],
      // Belonging denied in any word order; put out of the group; "ons toneelstuk" is no story told.
      ['als je met Fatima omgaat hoor je er ook niet meer bij', 'pesten', 'buitensluiten'],
      ['Wie haar nog uitnodigt ligt er zelf ook uit.', 'pesten', 'buitensluiten'],
      ['petitie: Jayden weg uit het voetbalteam', 'pesten', 'buitensluiten'],
      ['dat meisje doet niet mee met ons toneelstuk, die hoort er niet bij', 'pesten', 'buitensluiten'],
      // Common words ("hoort", "niet") wake the reading only beside someone: here a name.
      ['Sanne hoort er gewoon niet meer bij.', 'pesten', 'buitensluiten'],
      ['@sanne_2009 hoort er niet meer bij', 'pesten', 'buitensluiten'],
      // "meld je af" signs off; it reports no abuse, so it guards nothing.
      ['meld je maar af voor het kamp, niemand wil met jou op een kamer', 'pesten', 'buitensluiten'],
    ],
    quiet: [
      'haal me uit de groepsapp van de ouderavond',
      'Iedereen is welkom in onze groep',
      'zij mag niet mee, ze is nog geen 16',
      'iedereen hoort erbij op onze school',
      'niemand hoort er niet bij bij ons',
      'de bal ligt eruit, scheids!',
      'hij ligt eruit in de eerste ronde van het toernooi',
    ],
  },
  'seksuele intimidatie': {
    fires: [
      // Clothes, a body or a changing room looked at with an emoji of lust; a title before a lower-case name is someone.
      ['mevrouw de wit had weer zon strakke broek aan vandaag 🤤 kon me echt niet concentreren', 'seksuele-taal', 'intimidatie'],
      ['mevrouw yilmaz bukt altijd zo bij de printer, echt expres voor ons joh 🤤', 'seksuele-taal', 'intimidatie'],
      ['wat als ik je straks tegenkom in de kleedkamer na gym 😏', 'seksuele-taal', 'intimidatie'],
      ['meneer de jong is echt een lekker ding', 'seksuele-taal', 'intimidatie'],
      ['stuur eens nudes', 'seksuele-taal', 'intimidatie'],
      // A picture demanded, with spreading or a menace as the price of refusing.
      ['stuur die foto nou of je vriendje krijgt het filmpje', 'seksuele-taal', 'intimidatie'],
      ['als je geen pics stuurt zet ik die video online', 'seksuele-taal', 'intimidatie'],
      ['stuur de foto, anders zie je wel wat er gebeurt', 'seksuele-taal', 'intimidatie'],
      // Someone's picture, spread by the writer: a veiled threat, also as a question.
      ['ik deel dat filmpje van jou met de hele school', 'bedreigingen', 'impliciet'],
      ['ik heb die foto van jou nog, zal ik hem in de klassengroep zetten?', 'bedreigingen', 'impliciet'],
      ['stuur een foto zonder je shirt', 'seksuele-taal', 'intimidatie'],
      ['als je geen naaktfoto stuurt zet ik je foto in de groepsapp', 'seksuele-taal', 'intimidatie'],
      ['zij neukt met iedereen', 'seksuele-taal', 'intimidatie'],
      ['als je niet doet wat ik zeg stuur ik je foto’s naar iedereen', 'seksuele-taal', 'intimidatie'],
      // Coercion told over short sentences: a picture, a condition and spreading it.
      ["Foto's. Nu. Of ik stuur alles naar je moeder.", 'seksuele-taal', 'intimidatie'],
      ['Nog één keer nee en dat filmpje staat op insta', 'seksuele-taal', 'intimidatie'],
      // Pressure to send, blame for clothes, filming someone undressing.
      ['stuur gewoon een pic, niemand ziet het behalve ik', 'seksuele-taal', 'intimidatie'],
      ['doe niet zo preuts en stuur iets', 'seksuele-taal', 'intimidatie'],
      ["met zo'n kort rokje vraag je er toch om", 'seksuele-taal', 'intimidatie'],
      ['ik heb een foto van je gemaakt toen je je aan het omkleden was', 'seksuele-taal', 'intimidatie'],
      ['als je me vanavond geen naaktfoto stuurt, zet ik die screenshot van jou in de klassenapp', 'seksuele-taal', 'intimidatie'],
      ['die bikinifoto... stuur er nog een maar dan zonder', 'seksuele-taal', 'intimidatie'],
      ['camera aan en trek dat vest uit', 'seksuele-taal', 'intimidatie'],
      ['als je echt van me houdt stuur je het toch gewoon', 'seksuele-taal', 'intimidatie'],
      ["waarom draag je zo'n kort rokje? je vraagt er zelf om", 'seksuele-taal', 'intimidatie'],
      // Blackmail without a picture is a veiled threat.
      ['Als je niet meedoet vertel ik aan iedereen dat je verliefd op hem bent', 'bedreigingen', 'impliciet'],
      // Who will get the pictures, in any order: an audience and a verb of getting or seeing in the clause.
      ['Ik bewaar al je fotos. Als je morgen niet reageert krijgen al je volgers ze te zien', 'bedreigingen', 'impliciet'],
      ['als je me geen pic stuurt ziet je hele team die video van vorige week', 'seksuele-taal', 'intimidatie'],
      // "of" and a pointing word: the picture named in the sentence before goes round.
      ['Die video van jou heb ik nog. Stuur er nog een, of deze gaat rond in de teamapp', 'seksuele-taal', 'intimidatie'],
      // The writer keeps at someone until they give in.
      ['ik blijf je dm’en tot je me een foto geeft', 'seksuele-taal', 'intimidatie'],
      ['k blijf je snappen tot je toegeeft, blokken helpt niks', 'seksuele-taal', 'intimidatie'],
      // A no or a block from someone, and the writer going on anyway: a veiled threat.
      ['Je hebt me geblokt, maar ik maak gewoon een ander account. Je komt niet van me af.', 'bedreigingen', 'impliciet'],
      ['Je zei nee, maar ik vraag het morgen gewoon nog een keer. En overmorgen ook.', 'bedreigingen', 'impliciet'],
      ['ze heeft me geblokkeerd maar ik stop echt niet, ik vind haar wel via haar vriendinnen', 'bedreigingen', 'impliciet'],
      // Someone approached ("schatje") makes it sexual harassment.
      ['je zei nee schatje, maar ik vraag het morgen gewoon nog een keer 😘', 'seksuele-taal', 'intimidatie'],
    ],
    quiet: [
      "haha jij en je eeuwige 'ben er over 5 min' terwijl je nog in bed ligt",
      'je bent mooi zoals je bent, trek je niks aan van wat ze over je lichaam zeiden',
      'die nieuwe jurk staat je echt goed 😍',
      'nieuwe broek gekocht 👀 wat vinden jullie',
      'je ziet er goed uit in die trui 😏',
      'ik heb honger, die pizza 🤤',
      // Wearing clothes is no undressing.
      'ik wil er een dikke trui onder kunnen dragen',
      'ik deel de fotos van de schoolreis in de groepsapp',
      'ik zet je foto in de groep, je ziet er top uit!',
      'mag ik je foto delen in de groep?',
      'zal ik de foto van jou en mij op insta zetten?',
      'stuur me de foto’s van het feest',
      'Als iemand om naaktfoto’s vraagt: stuur niks en vertel het aan je mentor',
      'stuur je foto’s van de vakantie naar iedereen',
      'ik stuur het filmpje van de musical naar je moeder, ze vond het vast leuk',
      'als je geen foto stuurt kan ik je profielfoto niet maken voor het jaarboek',
      'nog één keer oefenen en dan zet ik de video online op het schoolkanaal',
      'die foto van ons in de kleedkamer na de wedstrijd is zo leuk',
      'Melding: in de kleedkamer van de gymzaal worden meisjes stiekem gefilmd. Graag actie.',
      'als je geen tijd hebt, zet het dan maar in de groepsapp',
      'als je niet komt vertel ik het aan iedereen in de klas',
      'stuur die foto zonder filter',
      'trek je jas uit, het is warm binnen',
      'camera aan voor de online les',
      'als je echt van me houdt kom je naar mijn verjaardag',
      "als je de foto's hebt, zet ze in de groep",
      // Keeping on at something of one's own, or until someone is safe, is no pressure.
      'ik blijf oefenen tot ik het kan',
      'ik blijf bellen tot je opneemt, ik wil weten of je veilig thuis bent',
      'we blijven je steunen tot je weer beter bent',
      'ik blijf vragen tot je ja zegt tegen pizza vanavond haha',
      // Giving up after a no, blocking someone oneself, a parent's no.
      'Je zei nee tegen het feest en dat is prima. Ik vraag het niet meer, beloofd.',
      'Ik heb dat spamaccount geblokt en een nieuw account gemaakt voor school.',
      'Mijn moeder zei nee tegen een hond, maar ik vraag het volgende week gewoon nog een keer 😂',
      // An audience that gets something without a picture held over anyone.
      'als je niet komt krijgt iedereen de uitnodiging morgen via de groep',
    ],
  },
  bodyshaming: {
    fires: [
      // Someone else's body part called ugly, no other target needed.
      ['omg die dikke benen in die korte broek', 'pesten', 'bodyshaming'],
      ['zijn dikke kont past niet eens op de stoel', 'pesten', 'bodyshaming'],
      ['jij bent zo dik', 'pesten', 'bodyshaming'],
      ['je lijkt wel een nijlpaard', 'pesten', 'bodyshaming'],
      ['ga eens afvallen', 'pesten', 'bodyshaming'],
      // Remarks that name their own target: an animal as a nickname, regret, what the writer would not dare.
      ['die giraf uit de brugklas stoot z’n hoofd weer', 'pesten', 'bodyshaming'],
      ['mooie foto, jammer van die tanden', 'pesten', 'bodyshaming'],
      ['met dat lijf zou ik echt geen bikini aandoen', 'pesten', 'bodyshaming'],
      ['als ik zo’n buik had zou ik niet meer naar buiten gaan', 'pesten', 'bodyshaming'],
      ['sanne heeft meer kin dan gezicht', 'pesten', 'bodyshaming'],
      ['zijn hoofd is zo rond, net een voetbal', 'pesten', 'bodyshaming'],
    ],
    quiet: [
      'mijn dikke benen doen pijn na het hardlopen',
      'de dikke buik van de zwangere juf, zo mooi',
      'we zijn dikke vrienden',
      'Dit is een lelijke trui maar hij zit lekker',
      'Je stinkt niet hoor, dat is de kantine',
      'die olifant in de dierentuin is zo groot',
      'jammer van die regen vandaag',
      'met dat weer zou ik echt geen korte broek aandoen',
      'als ik zo’n hond had zou ik elke dag wandelen',
      'met die benen kan ze zo de marathon lopen, respect',
      'ik heb meer huiswerk dan tijd',
      'de moskee werd in 2019 in brand gestoken, vreselijk',
      'laten we de muur van de kerk schilderen',
      'we gaan zondag naar de kerk',
    ],
  },
  'voornaamwoord en mening': {
    fires: [
      ['Ik heb Surinaamse buren. Ze zijn echt lui', 'discriminatie', 'haatGroep'],
      ['Ik vind dat lesbiennes ziek zijn', 'discriminatie', 'haatGroep'],
      ['Vind je niet dat al die Chinezen vies zijn?', 'discriminatie', 'haatGroep'],
      // A question that opens with its verb and holds a negation asks to agree: it denies nothing.
      ['Zijn moslims niet gewoon gevaarlijk?', 'discriminatie', 'haatGroep'],
    ],
    quiet: ['Zijn Polen niet gewoon harde werkers?', 'Ik denk niet dat Polen lui zijn', 'Transgenders zijn niet in de war', 'Veel Polen werken in de kassen', 'Ik hou van mijn Marokkaanse buren'],
  },
  'tegenspraak en verwijzing': {
    fires: [
      // The writer passing the quoted words on uses them.
      ["ik zeg het nog één keer: 'ga dood'", 'bedreigingen', 'doodswens'],
      ['ik vind dat homo’s ziek zijn', 'discriminatie', 'haatGroep'],
      ['homo’s zijn ziek, dat dachten we allemaal al', 'discriminatie', 'haatGroep'],
      // A condemnation governs the clause after it, not the writer's own words before it.
      ['Vluchtelingen zijn parasieten, ik snap niet dat iemand ze helpt', 'discriminatie', 'ontmenselijking'],
      // A report governs its own clause and what follows, not the writer's statement beside it.
      ['Mijn buurman is echt de grootste eikel van de straat, parkeert voor mijn oprit en scheldt dan ook nog terug', 'scheldwoorden', 'woord'],
      ['Ik snap niet dat mensen die influencer nog volgen, het is een nepperd', 'scheldwoorden', 'woord'],
    ],
    quiet: [
      // Quoted words passed on by others are mentioned, not used.
      "mensen die 'ga dood' sturen weten niet wat ze aanrichten",
      "die jongen die 'kys' onder elk filmpje zet is eindelijk verbannen",
      'Als iemand zegt dat vluchtelingen parasieten zijn, moet je dat melden bij je mentor',
      'Het is echt niet oké om te zeggen dat vrouwen dom zijn',
      'Racisten zeggen dat zwarte mensen lui zijn, maar dat is gewoon onzin',
      'Uitspraken als "Marokkanen zijn tuig" zijn gewoon discriminatie',
      'Ik snap niet waarom mensen denken dat homo’s ziek zijn',
      'Mijn buurvrouw is lief, ik snap niet dat mensen zeggen dat Turken lui zijn',
      'Mijn zus werd "vieze lesbo" genoemd en dat vind ik verschrikkelijk',
      'Hij noemde me een eikel en een sukkel waar de hele klas bij was',
      'sukkel, riep hij naar me op het plein',
      'Vieze homo! Dat riepen ze me na toen ik naar huis fietste.',
      "als een jongen je vraagt om naaktfoto's en dreigt ze te delen: zeg het tegen iemand die je vertrouwt",
      // A quote beside words that name it as a text seen or said is shown, whoever tells it.
      "Op de bushalte stond 'Turken zijn tuig' gekrast, ik heb het gemeld",
      "'Vrouwen zijn dom' — zulke opmerkingen wil ik hier niet meer zien.",
      'Vroeger dachten mensen dat vrouwen minder slim waren dan mannen',
      'Hij kreeg een bericht met "ik maak je af" en is naar de politie gegaan',
      // A verb of reporting abuse makes the sentence a report.
      'De rechter veroordeelde hem omdat hij zijn buurvrouw een vieze hoer had genoemd',
      'Ik heb de berichten gerapporteerd waarin hij dreigde haar huis in brand te steken',
      // Someone else's words about a group, told ("dat" after their verb of saying or thinking).
      'Mijn oom zegt altijd dat Polen lui zijn, ik schaam me dood.',
      'Ik hoorde iemand zeggen dat vluchtelingen parasieten zijn. Zo triest.',
      'Mensen die beweren dat Surinamers lui zijn, hebben nog nooit in een ziekenhuis gewerkt.',
      'Hoe kun je nou zeggen dat gehandicapten minder waard zijn?',
      'Sommige mensen denken dat Turken criminelen zijn, maar dat is een vooroordeel.',
      'Ik word er zo moe van dat Turken steeds als criminelen worden neergezet.',
      // A quoted insult in a report is no vocative.
      'Iemand schreef "apen" onder de foto van onze zwarte klasgenoot. Walgelijk, we hebben het gemeld.',
    ],
  },
  'woorden en zinsbouw die de grammatica zelf herkent': {
    fires: [
      // Attack words with a letter left out or two letters swapped, also when nothing else wakes the reading.
      ['Moslims zijn waardloos', 'discriminatie', 'haatGroep'],
      ["homo's zijn walgeljik", 'discriminatie', 'haatGroep'],
      ['Ik haat Mraokkanen', 'discriminatie', 'haatGroep'],
      ['Marokkanen zijn ongediert', 'discriminatie', 'ontmenselijking'],
      // Verb forms of attack slipped, read as the form they stand for.
      ['ik ga je vremoorden', 'bedreigingen', 'dreigen'],
      ['ik ga je ver moorden', 'bedreigingen', 'dreigen'],
      ['ik zal hem afmkaen na school', 'bedreigingen', 'dreigen'],
      ['ik vreacht vluchtelingen', 'discriminatie', 'haatGroep'],
      // A space inside a word, a space left out, masked letters.
      ['Turken zijn onge dierte', 'discriminatie', 'ontmenselijking'],
      ['ik haat mos lims', 'discriminatie', 'haatGroep'],
      ['Ikhaat homos', 'discriminatie', 'haatGroep'],
      ['vrouwen zijnwaardeloos', 'discriminatie', 'haatGroep'],
      ['vrouwen zijn waardel**s', 'discriminatie', 'haatGroep'],
      ['Tukren zijn smerig', 'discriminatie', 'haatGroep'],
      ['hmoos zijn smerig', 'discriminatie', 'haatGroep'],
      ['ikwalgvan die asielzoekers', 'discriminatie', 'haatGroep'],
      // A name made on a scornful head or suffix, not in any list.
      ['jij bent echt een zeurpiet', 'scheldwoorden', 'negatief'],
      ['Polen zijn allemaal zuiplappen', 'discriminatie', 'haatGroep'],
      // A rude order that someone "moet": silencing a group, sending it away, or one person told to shut up.
      ['vrouwen moeten gewoon hun bek houden', 'discriminatie', 'haatGroep'],
      ['die Marokkanen moeten oprotten', 'discriminatie', 'buitensluitenGroep'],
      ['jij moet je bek houden', 'scheldwoorden', 'negatief'],
      // A group and a curse in one word: hate against the group, not just a curse.
      ['stelletje kutjoden', 'discriminatie', 'haatGroep'],
      ['kankerturken', 'discriminatie', 'haatGroep'],
      ['die teringpolen ook altijd', 'discriminatie', 'haatGroep'],
      // A word for someone by what they do, as the subject of "is".
      ['De monteur bij die garage is een lapzwans', 'scheldwoorden', 'negatief'],
      // The predicate a few words from its verb.
      ['Die zanger is bovendien een verwaand mannetje', 'scheldwoorden', 'negatief'],
      // Fillers inside a phrase.
      ['waarom leef je eigenlijk nog', 'bedreigingen', 'doodswens'],
      // A school word is no game: a threat after training stays a threat.
      ['Ik wacht je op na de training en dan sla ik je verrot', 'bedreigingen', 'dreigen'],
      ['die vrouw heeft met iedereen geneukt', 'seksuele-taal', 'intimidatie'],
      // People picked out by what follows them.
      ['mensen die op die partij stemmen zijn dom', 'scheldwoorden', 'negatief'],
      // An order to hurt someone.
      ['Sla die gast in elkaar', 'bedreigingen', 'dreigen'],
      ['nou pak die gast dan', 'bedreigingen', 'dreigen'],
      ['sterf gewoon @dewi.p', 'bedreigingen', 'doodswens'],
      // "kan niet", "praat met", "stop met" are everyday words, not a condemnation of what is said.
      ['niemand praat met Fleur', 'pesten', 'buitensluiten'],
      ['stop met ademen jij', 'bedreigingen', 'doodswens'],
      // Laughing after it does not take a death wish back (a suffix must not switch a check off).
      ['ga dood lol', 'bedreigingen', 'doodswens'],
      // Loanwords on -eren in every form; "te dom om …" is about the group, not the thing after "om".
      ['mannen zouden allemaal gecastreerd moeten worden', 'bedreigingen', 'dreigenGroep'],
      ['vrouwen zijn te dom om auto te rijden', 'discriminatie', 'haatGroep'],
      // A camp makes cutting harmless, not a beating.
      ['die lesbiennes op onze camping ga ik in elkaar slaan', 'bedreigingen', 'dreigenGroep'],
      // "meer" is "more" far more often than a lake.
      ['echt niemand zou je missen als je er morgen niet meer was', 'bedreigingen', 'doodswens'],
      ['jij bent het niet waard om te leven', 'bedreigingen', 'doodswens'],
      // Someone's body with the writer's wish or a suggestive emoji.
      ['die kont van Lisa 🍑🤤', 'seksuele-taal', 'intimidatie'],
      ['die kont van Lisa, die wil ik wel voelen', 'seksuele-taal', 'intimidatie'],
      // Someone as a kind of person, put down.
      ['mensen zoals jij komen nooit verder', 'scheldwoorden', 'negatief'],
      ['mensen zoals jij verpesten alles', 'scheldwoorden', 'negatief'],
      // Veiled threats: knowing someone's route, a warning "for your own good".
      ['Die gasten lopen elke dag langs ons huis. Ik heb hun route al uitgestippeld.', 'bedreigingen', 'impliciet'],
      ['Turken kunnen beter verhuizen, voor hun eigen bestwil', 'bedreigingen', 'impliciet'],
      // A group made without someone, by us.
      ['we maken een groep zonder Lisa', 'pesten', 'buitensluiten'],
      ['kunnen we een chat hebben zonder Lisa erin', 'pesten', 'buitensluiten'],
      // Any people, when what they are called is only said of living beings.
      ['Die daklozen zijn net ratten', 'scheldwoorden', 'negatief'],
      // Sending the reader away rudely.
      ['rot op', 'scheldwoorden', 'negatief'],
      // Someone's mind put down; "die vrouw" is one person, not women.
      ['Die vrouw heeft het IQ van een kamerplant', 'scheldwoorden', 'negatief'],
      ['jij hebt echt geen hersens he', 'scheldwoorden', 'negatief'],
      ['we nemen Daan niet meer mee', 'pesten', 'buitensluiten'],
      ['Klep dicht, ouwe zeur', 'scheldwoorden', 'negatief'],
      ['Zeg, rot eens een eind op met je gezeik', 'scheldwoorden', 'negatief'],
      // People by their work or role; the one spoken of is no sign of a story ("die rechter", "die actrice").
      ['iemand moet die rechter eens flink in elkaar slaan', 'bedreigingen', 'dreigen'],
      ['die politicus verdient een kogel', 'bedreigingen', 'dreigen'],
      ['die buschauffeur is echt waardeloos', 'scheldwoorden', 'negatief'],
      ['hang die landverraders op', 'bedreigingen', 'dreigen'],
      // Letting it be done; a group's place as the target; "in dat azc" keeps its clause.
      ['Laat ze die demonstranten maar platrijden met een vrachtwagen', 'bedreigingen', 'dreigen'],
      ['moet gewoon iemand zijn die die moskee in de fik steekt', 'bedreigingen', 'dreigenGroep'],
      ['gooi een handgranaat in dat AZC en klaar', 'bedreigingen', 'dreigenGroep'],
      // Someone's body part likened, exclaimed at, or had.
      ['jij hebt oren als schotelantennes', 'pesten', 'bodyshaming'],
      ['wat een kop heb jij', 'pesten', 'bodyshaming'],
      ['wat een vetrollen heeft die gast', 'pesten', 'bodyshaming'],
      // An order in the stem, also when the stem ends in -t; a pronoun after "een muur" still points at the people.
      ['schiet hem dood', 'bedreigingen', 'dreigen'],
      ['zet die terroristen tegen een muur en schiet ze dood', 'bedreigingen', 'dreigen'],
      ['Die dealers in onze straat mogen van mij allemaal neergeschoten worden', 'bedreigingen', 'dreigen'],
      // An insult closing the sentence names the one addressed.
      ['ga lekker huilen bij je mama, zwakkeling', 'scheldwoorden', 'negatief'],
      // A kind word does not explain a veiled threat that menaces on.
      ['Ik weet waar jij woont. Mooi huis trouwens. Zou zonde zijn.', 'bedreigingen', 'impliciet'],
      ['wij komen je halen vrijdag, ik en mn neven. succes 🔪', 'bedreigingen', 'impliciet'],
    ],
    quiet: [
      // A slip that is a real word is that word: "gemeente" is no "gemeenste".
      'de gemeente bouwt woningen voor vluchtelingen',
      // Not every curse-prefixed word names a group (a city, research), and between quotes it is talked about.
      'rotterdammers zijn de beste',
      'kankeronderzoek naar Turken',
      "wie schrijft er nou 'kankerturken' op een muur?",
      'je moet je mond houden tijdens de toets',
      'we moeten het hoofd koel houden, dan winnen we',
      'mijn rugzak is een zootje',
      'ik sla die stomme wekker kapot',
      'De docent zei dat we dommer zijn dan vorig jaar',
      'mijn moeder ligt ziek in bed',
      'waarom leef je niet gezonder',
      'Mijn moeder is vorig jaar genezen verklaard en we hebben dat gevierd',
      'sla die les maar over',
      'trap die bal weg',
      'steek die kaarsjes aan voor oma',
      // A participle after a particle is not a made name ("zeikerd").
      'Vandaag eindelijk mijn profielwerkstuk ingeleverd, wat een opluchting.',
      // The writer about themself, a few words before or right after.
      'Ik ben echt de grootste sukkel van het kantoor',
      'wat een kneus ben ik',
      'Mensen die hulp nodig hebben zijn altijd welkom',
      'verrek, wat koud jij',
      'sterf je van de honger?',
      'Ik sukkel al weken met mijn enkel, kan niet trainen',
      'snij jij de taart aan voor de barbecue',
      'oma slaapt nu voor altijd, ik mis haar',
      'mijn moeder heeft pijn aan haar borsten',
      'mijn zus wil haar borsten laten verkleinen',
      'mensen zoals jij maken de wereld mooier',
      'ik ken niet zo iemand',
      'dat zien we wel, eerst de toets',
      'je weet maar nooit wat er gebeurt met het weer',
      'mijn hond had een ongelukje in de gang',
      'hier staan de adressen van alle scholen',
      'we vieren het feest zonder Lisa want ze is ziek',
      'Mijn opa is vorige maand overleden aan longkanker',
      'mijn buurman is blind en zijn geleidehond heet max',
      'onze huisdieren zijn echt lief',
      'de appel is rot op de onderkant',
      'Krijg nou wat, heb je echt een 10 gehaald?',
      "je mag nooit 'hou je bek' zeggen tegen een leraar",
      'mijn broer heeft een hoog IQ',
      'hij heeft een hersenschudding gehad, niet zo erg',
      'we nemen Daan niet mee want hij is ziek',
      'Ik mag niet meer op mijn telefoon van mijn ouders',
      // A story stays a story; illness changes a body without shaming it.
      'De rechter zei dat de dader de man in elkaar had geslagen',
      'Mijn oom is heel mager geworden door de chemo',
      'Wat een schattige baby-aap in Artis vandaag',
      'mijn broer heeft grote voeten, maat 46',
      'wat een mooie ogen heb jij',
      'ik heb een enorme kop koffie op',
      'zijn neus is gebroken bij het voetbal',
      'die invaller met die snor',
      'De nieuwe stofzuiger van dit merk is een teleurstelling',
      'Dit afval moet in de groene bak, niet in de grijze',
      'hij schiet de bal hard in het doel',
      // A slip that is a word of its own is that word; a feeling denied stays quiet.
      'de vermoorde journalist kreeg een standbeeld',
      'ik weet wat je bedoelt, ik vond de pest en cholera les ook saai',
      // You as a way of speaking; a clause about a thing borrows no one from the clause before.
      "Wist je dat homo's in Nederland sinds 2001 mogen trouwen?",
      'Zeg het alsjeblieft tegen een docent, ook als het een grap was.',
      'ik vermoord je bijna van blijdschap',
      'jongens dat petitie-ding tegen Mehmet is gewoon pesten, ik doe er niet aan mee',
      // Praise or an arrangement explains a phrase that could be a veiled threat, also from the next sentence.
      'je laatste dag op school, we gaan je missen!',
      'let maar op, morgen gaat het sneeuwen',
      'Ik weet waar je woont. Ik kom je morgen om 8 uur ophalen.',
      'wacht maar tot na school, dan gaan we samen naar de stad',
      'ik weet je te vinden hoor, ik stuur je wel een appje',
    ],
  },
  'aanval op iemand': {
    fires: [
      ['mijn buurman, die etter, wil meer huur', 'scheldwoorden', 'negatief'],
      // An insult set beside someone named before it, in apposition.
      ['mijn huisbaas, een gierige ouwe rat, hield mijn borg in', 'scheldwoorden', 'negatief'],
      ['de verkoper, een gladde gluiperd met een nepglimlach, belde weer', 'scheldwoorden', 'negatief'],
      ['afval zoals jij hoort in de container achter de kantine', 'scheldwoorden', 'negatief'],
      // The joke of a quality made currency or pain, told of the one addressed.
      ['als hersens geld waren kon jij nog geen kauwgom kopen', 'scheldwoorden', 'negatief'],
      ['Als domheid pijn deed liep jij de hele dag te janken.', 'scheldwoorden', 'negatief'],
      // A comparison lost to a thing or an animal.
      ['ik heb gesprekken met mijn koelkast gehad die interessanter waren dan met jou', 'scheldwoorden', 'negatief'],
      ['ik heb zakken aardappels gezien met meer persoonlijkheid dan jij', 'scheldwoorden', 'negatief'],
      // Someone's mind, future or say dismissed.
      ['tim jij snapt echt nooit iets he', 'scheldwoorden', 'negatief'],
      ['jij gaat later echt niks worden', 'scheldwoorden', 'negatief'],
      ['jouw mening telt gwn niet, je bent 13', 'scheldwoorden', 'negatief'],
      ['niemand vroeg om jouw mening bro', 'scheldwoorden', 'negatief'],
      ['etter, geef mijn telefoon terug', 'scheldwoorden', 'negatief'],
      // Someone's quality likened to a thing's; the one who spoils everything; why someone exists.
      ['jij hebt het charisma van een natte sok', 'scheldwoorden', 'negatief'],
      ['die leraar heeft de uitstraling van een dweil', 'scheldwoorden', 'negatief'],
      ['bilal jij verpest alles', 'scheldwoorden', 'negatief'],
      ['waarom besta jij eigenlijk', 'bedreigingen', 'doodswens'],
      // Waste said of a person is an insult (of a group it dehumanises).
      ["Zo'n junk is gewoon afval", 'scheldwoorden', 'negatief'],
      ['waarom ben jij zo dom', 'scheldwoorden', 'negatief'],
      ['die dikke van 2A haha', 'pesten', 'bodyshaming'],
      // "niemand" after the insult belongs to what follows it, and denies nothing.
      ['Die conciërge is een heks die door niemand gemogen wordt', 'scheldwoorden', 'negatief'],
      // Someone pointed at by an insult, with scorn or a group's adjective between.
      ['deze zeurpiet heeft mijn fiets gejat', 'scheldwoorden', 'negatief'],
      ['die marokkaanse etter zit weer te klieren', 'discriminatie', 'haatGroep'],
      ['met jouw verstand kom je nergens', 'scheldwoorden', 'negatief'],
      ['Als ik je zie word ik ziek, Sem', 'pesten', 'haatPersoon'],
      ['niemand zou jou missen als je weg was', 'bedreigingen', 'doodswens'],
    ],
    quiet: [
      'komt je moeder straks ook naar de ouderavond? gewoon ff vragen',
      'je fiets staat daar los, pas er goed op',
      'onze kat, een luie oude dame, slaapt de hele dag',
      'mijn opa, een lieve oude man, is jarig',
      'mensen zoals jij maken de wereld mooier',
      'als je hersens goed gebruikt haal jij die toets makkelijk',
      'deze stoel is comfortabeler dan die van jou',
      'mijn nieuwe fiets is sneller dan jij denkt',
      'ik snap er niks van, kan iemand helpen?',
      'snap jij er niks van? ik leg het wel uit',
      'dit weer boeit niemand',
      'Volgens mijn mentor ben ik lui',
      'De juf is ziek vandaag',
      'Haha jij bent gek (in de goede zin)',
      'die auto heeft de kleur van een banaan',
      'ik heb de energie van een luiaard vandaag haha',
      'de regen verpest alles',
      'mijn tas is afval',
      'zoveel haat in de reacties, ik schaam me voor die mensen',
      'De Mongolen hadden een groot rijk',
      'we praten in de mentorles over hoe dove kinderen buitengesloten worden',
      'die ezel in de kinderboerderij is zo lief',
      'ik ben zo\'n nerd, ik vind scheikunde echt leuk',
    ],
  },
  // From everyday posts (tests/corpus/alledaags/): pets, sport and idioms whose words sound like abuse.
  'dieren, sport en vaste uitdrukkingen': {
    fires: [
      ['die nieuwe jongen, hij is echt lelijk', 'pesten', 'bodyshaming'],
      ['jij hond', 'scheldwoorden', 'negatief'],
      ['je bent een hond', 'scheldwoorden', 'negatief'],
      ['Ik wacht je op na de training en dan ga ik je helemaal verrot slaan', 'bedreigingen', 'dreigen'],
      ['ik ga je morgen slopen 🥊', 'bedreigingen', 'dreigen'],
      ['ik ga je iets aandoen', 'bedreigingen', 'dreigen'],
      ['stuur pics', 'seksuele-taal', 'intimidatie'],
      ['schiet ze neer', 'bedreigingen', 'dreigen'],
      ['we gaan ze afschieten', 'bedreigingen', 'dreigen'],
      ['ik hoop dat je crepeert', 'bedreigingen', 'doodswens'],
      ['stuur een foto zonder je shirt', 'seksuele-taal', 'intimidatie'],
      // English words in a Dutch sentence, as pupils mix them: the Dutch grammar reads them as their Dutch kin.
      ["homo's zijn echt disgusting, sorry not sorry", 'discriminatie', 'haatGroep'],
      ['zwarte mensen are like monkeys, echt waar', 'discriminatie', 'ontmenselijking'],
      ['gehandicapten are a waste of money, laat ze thuis', 'discriminatie', 'ontmenselijking'],
      ['die jongetjes zijn zo dom', 'scheldwoorden', 'negatief'],
      ['je kan maar beter afscheid nemen van je familie', 'bedreigingen', 'impliciet'],
    ],
    quiet: [
      // "hij" after an animal is the animal; "je hond" followed by more is your dog.
      'de buren hebben een nieuwe puppy en hij is zo klein omg',
      'ik heb een nieuwe kat, hij is echt lelijk haha',
      'je hond is schattig',
      'jouw kat heeft honger',
      'gefeliciteerd met je nieuwe puppy!!! ik moet hem zsm zien, stuur pics',
      // "meedoen aan", "de groeten doen": not "iets aandoen".
      'doe mee aan de sponsorloop voor kinderen met kanker',
      'doe de groeten aan je moeder!',
      // A ball, a goal or a controller, and the words of the pitch, say it is sport.
      'vandaag gaan we ze afmaken, wie komt er kijken? ⚽',
      // A diminutive plural is a thing ("kluisjes"); a farewell is a threat only when told to the reader.
      'de kluisjes zijn weer veel te klein voor mijn jas',
      'de oude meneer jacobs komt vrijdag afscheid nemen, hij was 40 jaar docent',
      "ik ga morgen die keeper slopen met m'n vrije trap",
      'ik schiet hem in de kruising',
      // What others do, told ("schieten ze", plural verb, "ze" after it); hurting one another, not anyone.
      'in peaky blinders schieten ze echt iedereen neer lol, maar de sfeer is zo goed',
      "in de hongerspelen moeten kinderen elkaar doden, zo'n duister idee voor een jeugdboek",
      // A coat left behind is no undressing; an English word is no Dutch slip ("creeper", not "crepeer").
      'hey @ella.vos je hebt je jas in lokaal 12 laten liggen',
      'creeper heeft mijn hele huis opgeblazen, 3 uur werk weg',
      'dit weer is echt gross',
      'die toets was zo dumb',
    ],
  },
  'plannen, plagen en aanspreken': {
    fires: [
      // The same shapes meant as harm: a particle closing the clause, a person whose whereabouts are known, a count.
      ['ik maak je af in de pauze', 'bedreigingen', 'dreigen'],
      ['Ik weet waar die journalist woont', 'bedreigingen', 'impliciet'],
      ['ik ga ze echt een voor een afmaken', 'bedreigingen', 'dreigen'],
      ['ik zag dat je huilde, niemand mag met jou praten', 'pesten', 'buitensluiten'],
      // An opinion is no witness: the writer wants it.
      ['ik vind dat jij uit de groep moet', 'pesten', 'buitensluiten'],
      ['nieuwe groepsapp gemaakt zonder jou', 'pesten', 'buitensluiten'],
      ['jij bent zo slecht', 'scheldwoorden', 'negatief'],
      ['ik droom elke nacht van jouw lichaam', 'seksuele-taal', 'intimidatie'],
      ['jij bent een last voor iedereen', 'scheldwoorden', 'negatief'],
      // Chained up like an animal, said of a group; a bike chained is a thing kept.
      ['marokkanen moet je aan de ketting leggen', 'bedreigingen', 'dreigenGroep'],
      ['haal hem uit de groep want hij is irritant', 'pesten', 'buitensluiten'],
      ['ik kom je halen', 'bedreigingen', 'impliciet'],
      // The body or things of the one addressed harmed as the outcome of a condition, in words of its own.
      ['nog één keer zo en je neus ligt op straat', 'bedreigingen', 'impliciet'],
      ['volgende keer is je scooter gesloopt', 'bedreigingen', 'impliciet'],
      // Knowing, with a filler or preposition before the question word; consequences said in other words.
      ['we weten allang in welke klas jij zit', 'bedreigingen', 'impliciet'],
      ['straks ben jij aan de beurt', 'bedreigingen', 'impliciet'],
      ['je komt er niet heelhuids vanaf', 'bedreigingen', 'impliciet'],
      // Adults' veiled threats (batch-15), in other words: the formal "u", another way home, a short fuse.
      ['mevrouw, ik weet waar u woont', 'bedreigingen', 'impliciet'],
      ['die mentor kan beter een andere route naar huis nemen', 'bedreigingen', 'impliciet'],
      ['tegen jou: ik heb een broer met een kort lontje', 'bedreigingen', 'impliciet'],
      // Someone's body part likened to things, with no one else named.
      ['je neus is net een glijbaan', 'pesten', 'bodyshaming'],
      ['die armen lijken op twee rietjes', 'pesten', 'bodyshaming'],
      // A lesson is no story: what is wished or ordered there still counts.
      ['die meneer van wiskunde mag van mij een hartaanval krijgen in de les', 'bedreigingen', 'doodswens'],
      // Boys or girls as a group stay a group; some of them, pointed at, are people insulted.
      ['ik haat jongens', 'discriminatie', 'haatGroep'],
      ['die meiden zijn echt vieze sletten', 'discriminatie', 'woord'],
      ['jongens, jullie zijn echt sukkels', 'scheldwoorden', 'gericht'],
      // A heart does not soften a slur, a threat or a remark about someone's body.
      ['haha jij kankerlijer ❤️', 'scheldwoorden', 'gericht'],
      ['ik ga je vermoorden 😍', 'bedreigingen', 'dreigen'],
      ['je bent zo lelijk ❤️', 'pesten', 'bodyshaming'],
      // Knowing when or how someone goes home is no plan ("uur", "fietsen" are no arrangement).
      ['ik zou vanavond niet alleen naar huis fietsen als ik jou was', 'bedreigingen', 'impliciet'],
      ['we zijn omringd door sukkels', 'scheldwoorden', 'woord'],
      // Veiled threats and death wishes as Dutch says them (in other words than batch-7's).
      ['je weet niet wie mijn neven zijn, kom je vanzelf achter', 'bedreigingen', 'impliciet'],
      ['dit komt nog terug bij je', 'bedreigingen', 'impliciet'],
      ['vanaf maandag is het afgelopen met jou', 'bedreigingen', 'impliciet'],
      ['straks zie je ons niet aankomen', 'bedreigingen', 'impliciet'],
      ['ik geef een feest op je begrafenis', 'bedreigingen', 'doodswens'],
      ['ik hoop dat je bus verongelukt', 'bedreigingen', 'doodswens'],
      ['waarom maak je er geen einde aan', 'bedreigingen', 'doodswens'],
      ['stuur een foto zonder handdoek', 'seksuele-taal', 'intimidatie'],
      // A body part likened to a thing ("lijkt op een …"), spots and wrinkles as body parts.
      ['je haren lijken op een schuursponsje', 'pesten', 'bodyshaming'],
      ['haar puistjes zijn net een stippenkaart', 'pesten', 'bodyshaming'],
      // Put-downs by their frame, whatever the thing: "de menselijke versie van", "in mensvorm", "zelfs een … heeft meer …".
      ['Daan is de menselijke versie van een lekke band', 'scheldwoorden', 'negatief'],
      ['jij bent een maandagochtend in mensvorm', 'scheldwoorden', 'negatief'],
      ['zelfs een verdroogde plant heeft meer vrienden dan jij', 'scheldwoorden', 'negatief'],
      ['ik heb deurmatten gezien met meer humor dan jij', 'scheldwoorden', 'negatief'],
      ['jouw stem telt net zoveel als die van een stoel', 'scheldwoorden', 'negatief'],
      // Separable verbs of violence: "omver rijden", "van de trap duwen".
      ['ik rij je omver met mijn brommer', 'bedreigingen', 'dreigen'],
      ['ik duw je van de trap af', 'bedreigingen', 'dreigen'],
      // A whole group always so something that is no praise, or in it only for gain.
      ['Polen zijn altijd zo luid', 'discriminatie', 'haatGroep'],
      ['vrouwen die voetballen doen het alleen voor de aandacht', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      // batch-8/9 look-alikes: a preposition is no particle ("wacht maar op de trainer"), a noun after an article is no verb
      // ("dat pak"), what is known is a thing ("waar die ligt"), the one left out is told in support, a skill is no person,
      // a name claimed as one's own ("mijn sukkel") is fond.
      'teamapp: de training gaat niet door. wacht maar op het nieuwe schema van de trainer',
      'dat pak staat u goed meneer Hendriks, trouwt u vandaag ofzo?',
      'de sleutel van het kluisje? ik weet waar die ligt, ik neem hem morgen mee',
      'jongens ik weet waar dat nieuwe ijswinkeltje zit, na school ff heen?',
      '@noah.vd ik zag dat ze je uit de app hadden gegooid. wil je morgen bij ons zitten?',
      'als ze je niet uitnodigen zijn ze je vriendschap niet waard',
      'wat zouden we zonder jouw chaos moeten lol',
      'bro jij bent zo slecht in fifa dat ik me soms schuldig voel, rematch morgen?',
      'bij biologie leerden we dat je lichaam in de puberteit snel verandert',
      'heeft iemand anders ook zo\'n last van groeipijn in zijn knieën?',
      'je moet je fiets aan de ketting leggen',
      // Tidying a group app; a pick-up at a clock time; a rematch.
      'ff uit de groep gegaan, te veel meldingen',
      'moet ik je uit de groep halen? je zei dat je geen meldingen meer wilde',
      'ik kom je halen om 7 uur',
      'als je telefoon op de grond valt is je scherm kapot',
      'ik weet al waar de sleutel ligt',
      // Picking someone up ("oppakken"), needing an address for an invitation, a final.
      'ik pak je zo op bij de bieb',
      // Abuse quoted in a report by staff or parents: what appeared, what was written on a wall, who was informed.
      "Dit verscheen in de groepsapp: 'Die dikke koe moet niet meer komen.' De mentor is ingelicht.",
      "In de kleedkamer staat 'Polen zijn dieven' op de muur. Ik heb het bestuur ingelicht.",
      'Volgende week ben ik aan de beurt.',
      'ik voel me niet meer veilig op school',
      'je ogen zijn net sterren',
      'je haar is net een vogelnest, zo schattig',
      'kijk maar goed uit bij het oversteken, het is glad',
      'ik heb je adres nodig voor de uitnodiging',
      'wij gaan die lui kapotmaken op zaterdag, zaalvoetbal finale',
      'hou je ogen open, er komen vallende sterren vannacht',
      'volgende week revanche, dan pakken we ze',
      // A report to staff, what the writer sees happen, a lesson or a book retold (batch-13's long messages).
      'Juf, ik wilde even laten weten dat hij weer uitgescholden werd. Ik zie hem steeds vaker alleen staan.',
      'Goedemorgen meneer, leerlingen hebben een groep gemaakt waar hij niet in mag. Kunt u nagaan wat hier speelt?',
      'We bespraken hoe duizenden mannen werden weggevoerd en vermoord. Het werd een heftige discussie.',
      'Ik lees nu een boek waarin kinderen moeten vechten tot de dood.',
      // "plakken" is a verb of its own, not a slur missing a letter.
      'zal ik een tracker op je hoofd plakken 😂',
      // Addressed, boys and girls are the readers: "jongens, …", "ff focus jongens, …", "kom op meiden!".
      'jongens, morgen is de toets om 9 uur',
      'kom op meiden, we winnen dit!',
      'ff focus jongens, eerst de toren slopen en dan pushen naar hun base',
      // A way to meet: a concert, a platform, a call, something to bring back.
      'ik kom je halen om 7 uur, mijn vader rijdt ons naar het concert 🎶',
      'ik kom je halen, op welk perron kom je aan?',
      'ik weet waar je woont, dat huis met die grote boom? dan loop ik vanavond langs met je boek',
      'ik weet waar je vanavond bent, je moeder zei dat je bij oma eet, bel me als je terug bent',
      // The writer among them: "wij zijn …".
      'wij zijn de twee grootste sukkels van de klas en daar ben ik trots op',
      // The same words, harmless.
      'mijn opa is vorig jaar neergestort met zijn vliegtuigje, ik mis hem',
      'onthoud dit goed voor de toets: de hoofdstad is Parijs',
      'ik meld me morgen ziek, ben echt grieperig',
      'hij kwam net uit de douche toen ik belde haha',
      'we gaan hout hakken bij opa in het bos',
      'ze hebben het overleefd, wat een wonder',
      'wanneer is het afgelopen met dat gedoe in de klas',
      'Die nieuwe van wiskunde gaat veel te snel, de halve klas haakt af.',
      'ze lijkt op haar vader',
      'je haar lijkt op dat van je moeder, zo mooi',
      'je ogen lijken wel sterren ✨',
      'haar fiets is net een wrak',
      'de menselijke versie van een robot heet een cyborg',
      'zelfs in de regen fietste ze sneller dan jij',
      'ik heb films gezien met meer spanning dan deze',
      'het levende bewijs dat oefenen werkt: ze won goud',
      'ik rij je morgen naar het station',
      'ik duw je fiets wel even naar de stalling',
      'Italianen zijn altijd zo gezellig',
      'Japanners zijn altijd zo beleefd',
      'mijn vrienden zijn altijd zo lief voor me',
      'vrijwilligers doen het alleen voor de lol',
      'je bent altijd zo laat',
    ],
  },
  'raad om veilig te blijven als dreiging, en lef dat straks verdwijnt': {
    fires: [
      ['slaap vannacht maar met je raam dicht', 'bedreigingen', 'impliciet'],
      ['loop niet alleen door het park, advies', 'bedreigingen', 'impliciet'],
      ['ik zou vandaag maar niet alleen naar huis fietsen 😊', 'bedreigingen', 'impliciet'],
      ['kom maandag maar niet naar school als je slim bent', 'bedreigingen', 'impliciet'],
      ['doe je deur maar op slot vannacht 😇', 'bedreigingen', 'impliciet'],
      ['je lacht niet lang meer', 'bedreigingen', 'impliciet'],
      ['morgen ben je niet meer zo grappig', 'bedreigingen', 'impliciet'],
      ['blijf maar lachen, straks lach je niet meer', 'bedreigingen', 'impliciet'],
    ],
    // Advice with a reason or a hand, a condition, the writer's own plan; a mood or shyness that passes, a grade that will do it.
    quiet: [
      'doe je deur op slot vannacht, er zijn inbrekers in de buurt',
      'fiets vanavond niet alleen naar huis, app me maar dan fiets ik mee ❤️',
      'blijf morgen maar thuis als je nog koorts hebt',
      'slaap vannacht met je raam dicht, het gaat stormen',
      'blijf maar thuis vandaag als je je niet lekker voelt',
      'ik blijf morgen maar thuis, ben kapot',
      'na de vakantie ben je niet meer zo moe',
      'je bent niet meer zo verlegen als vroeger, echt knap',
      'morgen ben je niet meer ziek hoop ik',
      'straks lach je niet meer als je de cijfers ziet 😂',
      'ik zou vandaag maar niet alleen naar huis fietsen, het is spekglad 😬',
    ],
  },
  'opkomen voor iemand die wordt buitengesloten of bedreigd': {
    fires: [
      ['gooi Sem uit de app, niemand wil hem erin', 'pesten', 'buitensluiten'],
      ['jullie moeten hem allemaal negeren', 'pesten', 'oproep'],
      ['ik schaam me dat ik ooit met jou bevriend was', 'pesten', 'buitensluiten'],
    ],
    // The writer stands against it: will not allow it, calls it cowardly, tells them to stop, a school that will not accept it.
    quiet: [
      'ik laat niet toe dat jullie Sem uit de app gooien, hij heeft niks misdaan',
      'ik vind het laf dat jullie hem allemaal negeren',
      'we hebben gezien dat er in de klas een meisje wordt genegeerd. Dat accepteren we niet.',
      "ze moeten stoppen met Noor buitensluiten, that's not fair",
      "'ik sla je dood' naar Mo sturen is niet grappig als hij al bang is. stop ermee",
    ],
  },
  'geweld beloofd aan wie van een groep komt, en een schedel ingeslagen': {
    fires: [
      ['elke homo die bij mij in de buurt komt wordt gestoken', 'bedreigingen', 'dreigenGroep'],
      ['de volgende joodse jongen die met een keppeltje op school komt wordt in elkaar geslagen', 'bedreigingen', 'dreigenGroep'],
      ['ik ga je schedel inslaan', 'bedreigingen', 'dreigen'],
      ['ik ga de koppen van die Turken inslaan', 'bedreigingen', 'dreigenGroep'],
    ],
    // A rule of the school, a film, the police, a celebration; stocking up, a new way, lightning.
    quiet: [
      'elke leerling die te laat komt wordt naar de conrector gestuurd',
      'in de film wordt elke soldaat die vlucht doodgeschoten',
      'de volgende die mijn fiets pakt wordt aangegeven bij de politie',
      'de eerste die scoort wordt in de lucht gegooid',
      'we moeten voor het weekend nog even voorraad inslaan',
      'we gaan een andere weg inslaan met dit project',
      'ik heb chips en cola ingeslagen voor vanavond',
    ],
  },
  'de vraag hoe het voelt om de laatste te zijn, en dreigen met wat iedereen te weten komt': {
    fires: [
      ['hoe voelt het om altijd als laatste gekozen te worden bij gym, Daan?', 'pesten', 'kleineren'],
      ['hoe is het eigenlijk om altijd de reserve te zijn?', 'pesten', 'kleineren'],
      ['wil je dat de hele klas weet wat je me over je moeder vertelde?', 'bedreigingen', 'impliciet'],
    ],
    // How it feels to be done, to live abroad, the last day of school; help offered, good news told.
    quiet: [
      'hoe voelt het om eindelijk klaar te zijn met je examens?!',
      'hoe is het om in Japan te wonen?',
      'hoe voelt het om de laatste schooldag te hebben?',
      'wil je dat ik je help met je huiswerk?',
      'wil je dat iedereen weet dat je jarig bent? dan zet ik het in de groep',
    ],
  },
  'uiterlijk afgekraakt met een overdrijving, eerst afvallen voor een foto, iemand die stinkt': {
    fires: [
      ['je bent zo klein dat je in een schoenendoos past', 'pesten', 'bodyshaming'],
      ['Sem is zo bleek dat je door hem heen kijkt', 'pesten', 'bodyshaming'],
      ['ga eerst maar eens afvallen voordat je zulke selfies post', 'pesten', 'bodyshaming'],
      ['zijn adem ruikt naar oude vis', 'pesten', 'bodyshaming'],
      ['hij stinkt echt, ga eens douchen', 'pesten', 'bodyshaming'],
    ],
    // The writer of themself, a thing sized up, the writer's own plan, a thing or a good smell.
    quiet: [
      'ik ben zo moe dat ik om 8 uur al sliep',
      'ik ben zo wit dat ik al verbrand na 5 minuten zon',
      'mijn kamer is zo klein dat mijn bed er amper in past',
      "ik ga eerst sporten en dan post ik de foto's van gisteren",
      'de kantine ruikt naar friet',
      'je ruikt zo lekker, welke parfum is dat?',
      'de koekjes? ze ruiken nog naar de oven',
    ],
  },
  'stil buitensluiten: een plek die voor altijd vol is, niet meer bij ons horen, weigeren als iemand komt': {
    fires: [
      ['de bank achterin is vol. voor jou altijd vol, Sem', 'pesten', 'buitensluiten'],
      ['sorry, we zitten vol (nog plek zat, maar niet voor jou)', 'pesten', 'buitensluiten'],
      ['je bent geen onderdeel van ons groepje meer', 'pesten', 'buitensluiten'],
      ['als Noor komt ga ik niet, en de rest ook niet', 'pesten', 'buitensluiten'],
      ['jij zoekt maar een ander plekje in de kantine', 'pesten', 'buitensluiten'],
    ],
    // A bus that is full, a table full for today, room made after all, a seat kept for someone, a reason, joining in.
    quiet: [
      'de bus is altijd vol om acht uur',
      'sorry de tafel is vol, schuif je morgen aan? ❤️',
      'de zaal is vol, maar voor jou maken we plek!',
      'Plek naast mij is bezet… voor jou! Ik heb je stoel vrijgehouden 😊',
      'als jij komt ga ik niet, ik ben ziek',
      'als Tim komt ga ik ook!',
      'als het regent ga ik niet',
    ],
  },
  'seksuele intimidatie: een nee die niet telt, een gunst voor een kus, wat er onder iemands kleren zit, een foto als drukmiddel': {
    fires: [
      ['ze zei nee maar dat zeggen ze allemaal in het begin', 'seksuele-taal', 'intimidatie'],
      ['je zegt nee maar ik weet dat je het eigenlijk wel wil', 'seksuele-taal', 'intimidatie'],
      ['kom even op mijn schoot zitten, dan krijg je een voldoende', 'seksuele-taal', 'intimidatie'],
      ['wat draag je eigenlijk onder die hoodie? 😏', 'seksuele-taal', 'intimidatie'],
      ['als je niet met me afspreekt laat ik je foto aan iedereen zien', 'seksuele-taal', 'intimidatie'],
    ],
    // A no told to get help, a parent's no, a favour for help with homework, cold under a sweater.
    quiet: [
      'ik zei nee maar hij bleef vragen, wat moet ik doen?',
      'mijn moeder zei nee maar ik ga toch naar het feest',
      'help me met wiskunde dan krijg je een zak chips',
      'heb je een shirt aan onder die trui? het is koud buiten',
    ],
  },
  'iemands beeld aan iedereen getoond, met een lach erbij; een apostrof die geen citaat is': {
    fires: [
      ['Hier is het filmpje van Daan die huilt bij de mentor 💀', 'pesten', 'vernederen'],
      ["hier een screenshot van wat Noor 's nachts naar Sem stuurde 💀 lees maar", 'pesten', 'vernederen'],
      ["ik weet hoe laat jij 's avonds naar huis fietst, pas maar op", 'bedreigingen', 'impliciet'],
    ],
    // A nice video shown, a class photo shown with a heart.
    quiet: [
      'hier is de video van Daans goal!! 🔥 wat een held',
      'hier is de foto van de klas bij de musical, iedereen moet hem zien 😍',
    ],
  },
  'grooming: ouder lijken dan je leeftijd, alleen afspreken, en het geheimhouden voor je ouders': {
    fires: [
      ['Hey schoonheid, je ziet er veel ouder uit dan 14 😏 zin om een keer af te spreken, alleen wij twee? Niet tegen je ouders zeggen.', 'seksuele-taal', 'intimidatie'],
    ],
    // A sister who looks older, a surprise kept from parents.
    quiet: [
      'Mijn zusje van 14 ziet er ouder uit dan ik haha',
      'Zaterdag afspreken om het cadeau voor je moeder te kopen? Niet tegen je ouders zeggen, het is een verrassing!',
    ],
  },
  'iemand een naam toegeroepen met een smalend woord ervoor: het hele bericht, of met wie het gezegd wordt ernaast': {
    fires: [
      ['dikke walvis', 'pesten', 'bodyshaming'],
      ['domme gans', 'scheldwoorden', 'negatief'],
      ['jij luie slak', 'scheldwoorden', 'negatief'],
      ['@tijn.s dikke koe 😂', 'pesten', 'bodyshaming'],
    ],
    // A pet, the writer, a lazy cat today, a friend called with a heart, a kiss and a jumper.
    quiet: [
      'mijn luie kat ligt weer de hele dag te slapen',
      "ik ben echt zo'n domme gans",
      'wat een luie kat vandaag 😂',
      'Domme gans, je hebt je tas weer laten liggen ❤️',
      'Jij domme gans, je hebt je telefoon in de koelkast gelegd haha',
      'dikke kus',
      'lelijke trui',
    ],
  },
  'oproep om te reageren onder iemands post, iemand uit de klassengroep of het team stemmen, en zelf uit een groep gaan': {
    fires: [
      ['reageer allemaal met 🤡 op haar verhaal', 'pesten', 'oproep'],
      ["Zet allemaal 'wie?' onder Milan zijn nieuwe post, dat wordt zo grappig 😂😂", 'pesten', 'oproep'],
      ['iedereen ff 😂 onder zn post zetten', 'pesten', 'oproep'],
      ['spam allemaal clowns onder zijn selfie', 'pesten', 'oproep'],
      ['Stemmen: moet Daan uit de klassengroep? 👍 = ja 👎 = nee', 'pesten', 'buitensluiten'],
      ['Daan moet uit het team', 'pesten', 'buitensluiten'],
      // A goodbye mocks the one put out; it tidies nothing.
      ['Haal Daan uit de groep, doei 👋', 'pesten', 'buitensluiten'],
    ],
    // Hearts for a birthday, a post of the school, one's own post, a name under the mentor's post; leaving a group oneself.
    quiet: [
      'zet allemaal een hartje onder haar foto, ze is jarig ❤️',
      'reageer allemaal op de post van de school, we zijn kampioen 🎉',
      'iedereen een 😂 onder mijn post zetten pls haha',
      'Zet allemaal je naam onder de post van de mentor, dan weet hij wie er meegaat',
      'spam allemaal hartjes onder haar post, ze heeft het verdiend ❤️',
      'ik ga even uit de klassengroep, te veel berichten',
      'Sem is uit het team gestapt omdat hij verhuist',
      'Ik haal Daan uit de klassenapp, hij is verhuisd naar Groningen.',
    ],
  },
  'een wapen of een aap als emoji: een wapen met een tijd die komt of aftelt, een aap bij herkomst of huidskleur': {
    fires: [
      ['🔪 tot maandag @dex', 'bedreigingen', 'impliciet'],
      ['3... 2... 1... 🔪', 'bedreigingen', 'impliciet'],
      ['Mo uit Marokko 🐒', 'discriminatie', 'ontmenselijking'],
      ['Surinamers 🐒', 'discriminatie', 'ontmenselijking'],
      ['@sem 🐒🍌', 'discriminatie', 'ontmenselijking'],
    ],
    // A knife for cooking, a countdown to the holidays, an ape at the zoo or at oneself, racism reported, a friend called a monkey with a heart.
    quiet: [
      'Vanavond koken we met de klas, iedereen neemt een mes mee 🔪',
      'tot maandag @dex, neem je mes mee voor de kookles 🔪',
      '3 2 1 vakantieee 🎉',
      "ik ben zo'n aap vandaag 🐒",
      'we gingen naar de dierentuin, kijk die aapjes 🐒🍌',
      'Iemand zette 🐒 onder de foto van mijn zwarte vriendin. Dat is gewoon racisme, ik heb het gemeld.',
      'haha @lisa jij bent echt een aapje 🐒❤️',
      // Not letting one's head hang is no one kept out; someone left out, told to a teacher with worry.
      'Vol gas vanaf minuut één en niemand laat zijn hoofd hangen! 💪',
      'Mijn vriendin wordt steeds buitengesloten door haar groepje. Ik maak me echt zorgen, wat kan ik doen?',
    ],
  },
  'iemands privéberichten of beeld naar een publiek, zonder schaamwoord: privé van aard, of met een lach erbij': {
    fires: [
      ['zijn voicememo gaat vanavond naar de hele jaarlaag lol', 'pesten', 'vernederen'],
      ["wie wil de dm's zien die Sven naar Fleur stuurde? ik zet ze in de groep 😂", 'pesten', 'vernederen'],
      ['die brief van Noah aan Lieke hangt nu op het prikbord in de aula hahaha', 'pesten', 'vernederen'],
      ['de berichten van Daan aan zijn ex gaan nu rond in 3B 😭😭', 'pesten', 'vernederen'],
      ['dat filmpje van jou bij het zingen staat nu online, lekker lachen', 'pesten', 'vernederen'],
      ['Ik heb de chat van Iris en haar vriendje. Vanavond staat hij in mijn story.', 'pesten', 'vernederen'],
    ],
    // Shared with a heart, leave asked, the writer's own words, a letter from school, notes for a test, a goal cheered.
    quiet: [
      "ik zet de foto's van het schoolfeest in de groep, wat een avond ❤️",
      'Mag ik jouw filmpje van de musical in mijn story zetten? Je was zo goed!',
      'Ik heb mijn chat met de mentor bewaard en doorgestuurd naar mijn ouders',
      'Ik heb de brief van de directeur in de groep gezet, lees hem even',
      'ik heb jouw samenvatting in de groep gezet zodat iedereen hem kan lezen voor de toets',
      'zijn filmpje van de goal gaat rond op de hele school, wat een held',
      'haha kijk deze foto van mij toen ik 5 was',
      "hahaha de foto's van de brugklasbarbecue staan online, wat een dag",
      "Iedereen heeft toestemming gegeven, dus hier de filmpjes van de bonte avond. Kijk Sem als Sinterklaas 😂",
    ],
  },
  'stalken: iemand in de gaten houden of blijven lastigvallen, zonder één kwetsend woord': {
    fires: [
      ['ik weet dat je elke vrijdag na de training alleen naar de bus loopt, tot vrijdag', 'pesten', 'stalken'],
      ['Ik zie alles wat je post, ook wat je na een uur weer weghaalt.', 'pesten', 'stalken'],
      ['al vijftig keer geappt vandaag, waarom doe je zo moeilijk', 'pesten', 'stalken'],
      ['Je had me geblokkeerd dus nu maar een ander account, zo kom je niet van me af', 'pesten', 'stalken'],
      ['ik blijf je appen tot je ja zegt op een date', 'pesten', 'stalken'],
      ['Waarom neem je niet op? Ik weet dat je thuis bent.', 'pesten', 'stalken'],
      ['Je reageert weer niet, dus straks sta ik voor je deur.', 'pesten', 'stalken'],
      ['Je oude school opgezocht en je broer op Insta gevonden, leuk hè', 'pesten', 'stalken'],
    ],
    // Told of and asking for help, care until someone is home, a friend who joins a routine, regards to a family.
    quiet: [
      'Hij heeft me vijftig keer geappt vandaag, wat moet ik doen?',
      'Ik heb hem geblokkeerd en nu heeft hij een ander account. Ik heb het gemeld.',
      'Ik blijf je bellen tot je thuis bent, laat even weten als je binnen bent ❤️',
      'Ik weet dat je elke vrijdag traint, zullen we samen gaan?',
      'Ik zag je vanochtend in de sportschool, goed bezig!',
      'Ik heb je drie keer gebeld, het eten is klaar',
      'Groetjes aan je moeder en je zus, en succes op je nieuwe werk!',
      // A parent watching from the stands; "see you" at a weekly treat.
      'Ik hou je in de gaten vanaf de zijlijn hoor, zet hem op! 💪',
      'Elke woensdag pannenkoeken bij oma, dus ik zie je daar!',
    ],
  },
  'woorden die de grammatica nu kent: een misdaadnaam voor een groep, kapotgaan als doodswens': {
    fires: [
      ['Antillianen zijn allemaal messentrekkers', 'discriminatie', 'haatGroep'],
      ['ik hoop echt dat die gast eraan kapotgaat', 'bedreigingen', 'doodswens'],
    ],
    quiet: [
      'Die messentrekker van gisteren is opgepakt, las ik in de krant.',
      'Ik hoop dat mijn oude laptop niet kapotgaat voor de toetsweek',
    ],
  },
  'iemands adres of kenteken voor anderen neergezet, met een oproep er iets mee te doen': {
    fires: [
      ['Hier is haar adres, jullie weten wat je moet doen.', 'pesten', 'oproep'],
      ['Die leraar die mij heeft laten zakken woont op nummer 8, zorg dat hij het merkt.', 'pesten', 'oproep'],
      ['Die jongen die mijn telefoon pakte woont op de Kastanjelaan 22, wie gaat er zaterdag mee langs?', 'pesten', 'oproep'],
      ["haar insta is noor.b, laten we haar met z'n allen even laten weten wat we van haar vinden", 'pesten', 'oproep'],
    ],
    quiet: [
      'Hier is het adres van het feest, jullie weten wat je moet meenemen!',
      'Juf Anna woont op nummer 8, ga maar even langs met de kaart voor haar verjaardag!',
      'Feestje bij Sem! Adres: Kastanjelaan 22, om acht uur. Wie gaat er mee? Niks tegen hem zeggen, het is een surprise.',
      'Het nieuwe adres van de bibliotheek is Marktplein 3, wie gaat er dinsdag mee studeren?',
      'Iemand zette zijn adres in de groep met "jullie weten wat je moet doen". Dat is doxxen, ik heb het gemeld.',
    ],
  },
  '"niet alleen … (maar ook)" ontkent niets, en een citaat verder in de zin dekt het eigen scheldwoord niet af': {
    fires: [
      ['Je bent niet alleen lui, je bent ook nog eens brutaal', 'scheldwoorden', 'negatief'],
      ['Jij bent de sukkel die mij gisteren hoer noemde', 'scheldwoorden', 'gericht'],
      ["Wat een eikel ben jij, je noemt iedereen 'loser'", 'scheldwoorden', 'gericht'],
    ],
    quiet: [
      'Je bent niet alleen, we helpen je',
      'Je bent niet dom, je had gewoon pech',
      "Hij zei: 'jij bent een sukkel', wat moet ik daarmee?",
      'Ik ken een jongen die iedereen homo noemt, wat moet ik doen?',
    ],
  },
  'iets van iemand als drukmiddel: ik heb het, en anders ziet iedereen het': {
    fires: [
      // What someone did, told to all unless they give in: blackmail without a picture, the denial further on.
      ['Als jij die melding bij de mentor niet intrekt, vertel ik iedereen wat je op kamp hebt gedaan.', 'bedreigingen', 'impliciet'],
      ['Ik heb nog screenshots van je. Doe normaal of de hele klas krijgt ze.', 'bedreigingen', 'impliciet'],
      ['kheb die video van jou nog hoor. 1 verkeerd woord en hij staat online', 'bedreigingen', 'impliciet'],
      ['We hebben jullie chat bewaard. Als je niet ophoudt, gaat hij rond in de groepsapp.', 'bedreigingen', 'impliciet'],
      ['Ik heb je voicememo opgeslagen, als je me blokt zet ik hem op tiktok', 'bedreigingen', 'impliciet'],
      ['ik heb je fotos nog. stuur er nog een of je ouders krijgen ze', 'seksuele-taal', 'intimidatie'],
    ],
    // Leave asked, help sought, pictures of a trip, the writer's own pictures, a report kept for the police.
    quiet: [
      'Als je niet komt naar de musical, vertel ik je morgen wel wat je gemist hebt!',
      "Ik heb de foto's van het kamp! Als je wil stuur ik ze naar de hele klas.",
      'Ik heb screenshots van wat hij zei. Als het erger wordt stuur ik ze naar de mentor.',
      "ik heb je foto's nog van de vakantie, mag ik ze delen in de groep?",
      "Heb jij de foto's nog? Anders zet ik die van mij wel in de groepsapp.",
      'Ik heb de chat bewaard zodat ik hem aan de politie kan laten zien.',
      'Als je de screenshots hebt, stuur ze dan naar mij, dan meld ik het.',
      'ik heb je video nog van je solo, die is zo goed! als je het goed vindt zet ik hem op insta',
      "als je nog foto's wil van de bruiloft, de hele familie krijgt ze zondag",
      "als je me de link stuurt zet ik de foto's in de groep",
    ],
  },
  'onheil toegewenst: ziek worden, een ongeluk, door het ijs, iets breken, nooit meer thuiskomen': {
    fires: [
      ['ik hoop dat je ziek wordt en de hele vakantie in bed ligt', 'bedreigingen', 'doodswens'],
      ['hopelijk word je zo ziek dat je nooit meer op school komt', 'bedreigingen', 'doodswens'],
      ['hopelijk zak je door het ijs bij het schaatsen', 'bedreigingen', 'doodswens'],
      ['Ik hoop dat hij morgen van zijn scooter wordt gereden', 'bedreigingen', 'doodswens'],
      ['ik hoop echt dat die gast een ongeluk krijgt', 'bedreigingen', 'doodswens'],
      ['hopelijk breek je je nek op die trap', 'bedreigingen', 'doodswens'],
      ['ik hoop dat ze nooit meer thuiskomt', 'bedreigingen', 'doodswens'],
    ],
    // Care, a denial, a past accident, the weather, coming home safe.
    quiet: [
      'ik hoop dat je snel beter wordt, sterkte!',
      'hopelijk word je niet ziek van die oesters haha',
      'ik hoop dat je geen pijn meer hebt na de operatie',
      'hopelijk valt het mee met dat ongeluk van je broer',
      'ik hoop dat je snel uit het ziekenhuis mag ❤️',
      'hopelijk breekt de zon morgen door voor de sportdag',
      'ik hoop dat hij veilig thuiskomt na de reis',
      'ik hoop dat je je been niet breekt bij het skiën',
      'ik hoop dat je niet van je fiets wordt gereden met dat gladde weer, rij voorzichtig',
      'hopelijk word je snel beter',
      'hopelijk ben je niet ziek geworden van het kamp',
    ],
  },
  'buitensluiten: niet meer in de groep, thuisblijven als iemand meegaat': {
    fires: [
      ['jij zit vanaf nu niet meer in de klassenapp', 'pesten', 'buitensluiten'],
      ['je zit niet meer in de groep, doei', 'pesten', 'buitensluiten'],
      ['als jij meegaat op kamp blijven wij thuis', 'pesten', 'buitensluiten'],
      ['als Mats meedoet gaan wij niet', 'pesten', 'buitensluiten'],
      // A long way from "als" to the coming, everyone leaving, the refusal before the condition.
      ['als Sven bij ons in het projectgroepje voor aardrijkskunde komt stap ik eruit', 'pesten', 'buitensluiten'],
      ['als zij in de band komt gaat iedereen er meteen uit', 'pesten', 'buitensluiten'],
      ['als jij mee gaat naar de kermis blijven wij thuis', 'pesten', 'buitensluiten'],
      ['ik ga niet naar het feest als zij erbij is', 'pesten', 'buitensluiten'],
    ],
    // The writer leaving, a class changed, the rain, staying home to care.
    quiet: [
      'ik zit niet meer in de groep, ik ben eruit gegaan omdat ik een nieuwe telefoon heb',
      'je zit niet meer in de klas van meneer Bos maar bij mevrouw Ali',
      'als het regent blijven wij thuis',
      'als jij ziek bent blijf ik ook thuis om voor je te zorgen',
      'als jij meegaat ga ik ook mee!',
      'niemand mag je pesten, bel 113 als het niet meer gaat ❤️',
      'ik ga niet naar het feest als ik ziek ben',
      'als hij komt gaat iedereen er meteen heen, zo leuk is hij',
      'als zij mee gaat naar de kermis gaan wij ook mee',
      'als zij zich aanmeldt voor de musical ga ik ook meedoen',
      'ik ga niet naar de training als mijn oma op bezoek komt',
    ],
  },
  'seksuele intimidatie: kijken naar een lichaam of kleren met een suggestieve knipoog, een nee die niet telt': {
    fires: [
      ['ik kon bij zwemmen echt niet stoppen met naar je kijken in dat badpak 😏', 'seksuele-taal', 'intimidatie'],
      ['heb je foto in bikini opgeslagen, ga er vanavond lekker lang naar kijken 🤤', 'seksuele-taal', 'intimidatie'],
      ['Je zegt steeds nee maar ik blijf het vragen tot je ja zegt.', 'seksuele-taal', 'intimidatie'],
    ],
    // Admiring a dance or a dress, a coach's remark, the writer's own no.
    quiet: [
      'ik kon niet stoppen met naar je kijken op het podium, je danste zo mooi 😍',
      'wat een mooie jurk! ik bleef er maar naar kijken 😍',
      'ik keek naar je benen bij het hardlopen, je loopt echt goed, til je knieën nog iets hoger',
      'ik zeg steeds nee tegen mijn broertje maar hij blijft vragen of hij mijn switch mag',
    ],
  },
  'een groep en wat ze genoemd worden, naast elkaar zonder werkwoord': {
    fires: [
      ['Polen, een plaag die overal opduikt.', 'discriminatie', 'ontmenselijking'],
      ['Kakkerlakken, dat zijn die Bulgaren.', 'discriminatie', 'ontmenselijking'],
      ['Roemenen, smerig tuig noem ik dat.', 'discriminatie', 'ontmenselijking'],
      ['Heb je die Roemenen in de trein gezien? Vuile ratten, allemaal.', 'discriminatie', 'ontmenselijking'],
      ['Al die transgenders op tv. Stuk voor stuk gestoord.', 'discriminatie', 'haatGroep'],
    ],
    // A list of groups, animals without a group, kind or neutral words side by side, a negation.
    quiet: [
      'Polen, Roemenen en Bulgaren werken hier in de kassen.',
      'Ratten, muizen en kakkerlakken: de ongediertebestrijder komt morgen.',
      'Heb je die Roemenen in de trein gezien? Heel aardige mensen, allemaal.',
      'Moslims, joden en christenen vierden samen het feest.',
      'Polen, geen plaag maar gewoon harde werkers.',
      'Vluchtelingen zijn geen ratten. Mensen, allemaal.',
    ],
  },
  'een groep die niks dan ellende brengt': {
    fires: [
      ['Polen zorgen alleen maar voor problemen in onze straat', 'discriminatie', 'haatGroep'],
      ['waarom wonen hier zoveel asielzoekers, er komt alleen maar ellende van', 'discriminatie', 'haatGroep'],
      ['die moslims brengen niks dan gedoe', 'discriminatie', 'haatGroep'],
    ],
    // Trouble suffered, trouble of a thing, help against trouble.
    quiet: [
      'vluchtelingen hebben alleen maar ellende meegemaakt in hun land',
      'die nieuwe printer geeft alleen maar problemen',
      'de gemeente zorgt voor opvang zodat Oekraïners niet alleen maar ellende hebben',
      'Marokkanen brengen echt niet alleen maar problemen, dat is een vooroordeel',
    ],
  },
  'vormen die op een gewone zin lijken (uit de review van deze vormen)': {
    fires: [
      ['elke homo die bij mij in de buurt komt wordt gestoken', 'bedreigingen', 'dreigenGroep'],
    ],
    // A report with a verb of reporting, a victim's account, a school rule, room at the table, a move, a day off, a kind
    // smell, worry, the writer's own plan, a parent's no, a sticker for a drawing, a blanket, a video shown with love.
    quiet: [
      'In de kleedkamer worden meisjes gefilmd tijdens het omkleden, dat kun je beter melden',
      'De eerste keer dat ze me uitscholden voor vieze homo was ik twaalf.',
      'Elke dag wordt hij geslagen op school, ik weet niet wat ik moet doen',
      'elke leerling die spijbelt wordt aangepakt',
      'Bij ons is de tafel nooit vol, jij mag altijd aanschuiven!',
      'De klas was helemaal vol voor haar presentatie, zo knap!',
      'De zaal is vol, maar er is nog een plekje voor jou vooraan',
      'Kijk wat ik heb gekocht voor Tim. Zo klein dat het in een broekzak past!',
      'als jij komt ben ik niet meer zenuwachtig',
      'Mijn ouders gaan verhuizen naar Utrecht',
      'Kom maar niet naar school morgen, het is studiedag!',
      'Morgen lekker thuisblijven 😊',
      'Vanaf maandag hoef je niet meer zo dapper te zijn, ik ben er voor je',
      'Wil je dat iedereen ziet hoe mooi je tekening is? Stuur hem naar de juf',
      'Je ruikt naar de zee, ben je naar het strand geweest?',
      'Je was zo bleek dat ik me zorgen maakte, gaat het nu beter?',
      "Eerst ff douchen na de training, dan post ik de foto's",
      'Mijn moeder zei nee maar in het begin zegt ze dat altijd, uiteindelijk mocht ik toch naar het feest!',
      'Stuur me een foto van je tekening, dan krijg je een sticker!',
      'Je hebt je nieuwe shirt onder je trui aan toch? Laat zien!',
      'hier is de foto van Sem met zijn nieuwe puppy haha',
      'Je bent geen lid meer van de bieb',
      'de tafel zit altijd vol met lekker eten, kom je ook?',
      'hoe is het om nog steeds in Spanje te zijn? Geniet ervan!',
    ],
  },
  'spot: iemands lage stand met ironie (een onvoldoende, gezakt, van de kringloop, opgegeven)': {
    fires: [
      ['een 3,4 voor aardrijkskunde, knap hoor Bram', 'pesten', 'kleineren'],
      ['Gefeliciteerd hoor, weer een onvoldoende. Echt een prestatie voor jouw doen 👏', 'pesten', 'kleineren'],
      ['Daan zijn fiets komt zeker van de kringloop 💀', 'pesten', 'kleineren'],
      ['Fatima is gezakt hahaha', 'pesten', 'kleineren'],
      ['knap hoor Sanne, weer een 1,8 voor Duits', 'pesten', 'kleineren'],
      // A mark is no word: it wakes the grammar by itself.
      ['Kijk Sem, alweer een 3,9 voor Engels. Wat een prestatie 🙄', 'pesten', 'kleineren'],
    ],
    // The writer's own low mark, a mark shared, comfort, a toddler's own work praised, a cheap find of the writer's.
    quiet: [
      'ik had een 4,2 voor wiskunde 😭 wie wil met me leren',
      'wij hebben allebei een 3,8 haha, samen herkansen?',
      'Een 4,6 is balen, maar het komt goed. Ik help je morgen 💪',
      'mijn zusje maakte in de kleuterklas deze kleurplaat voor oma, zo schattig',
      'Deze jas heb ik voor 5 euro bij de kringloop gevonden haha',
      'knap hoor Bram, een 8,4 voor aardrijkskunde!',
      // From a helper's review: a number that is no mark, progress praised, a trip to the shop.
      'Daan heeft 4,5 kilo vis gevangen lol',
      'Haha Tim heeft een 1,5 liter fles cola meegenomen',
      'Knap hoor Lotte, van een 3,1 naar een 7,5! 👏',
      'kom je mee naar de kringloop zaterdag? ze hebben vintage spul haha',
      'Ga je mee naar de Action? haha ik moet nog lijm halen',
    ],
  },
  'dingen en zorg die op buitensluiten of dreigen lijken (alledaags-4, batch-36)': {
    fires: [
      ['die nieuwe jongen met zijn rare jas, stuur hem terug naar zijn land', 'pesten', 'buitensluiten'],
      ['niemand vindt je leuk, jij verdient het om gepest te worden', 'bedreigingen', 'dreigen'],
      ['ik sla je op je bek', 'bedreigingen', 'dreigen'],
      ['pak die gast maar', 'bedreigingen', 'dreigen'],
      ['wat een dikke benen heb jij', 'pesten', 'bodyshaming'],
      // From a helper's review: the guards must not open a way round.
      ['pak gerust die Marokkaan, niemand die het ziet', 'bedreigingen', 'dreigenGroep'],
      ['sla op de kop van die homo', 'bedreigingen', 'dreigenGroep'],
      ['Wat een sterke handen heb jij, net een boer haha', 'pesten', 'bodyshaming'],
      ['Jij bent hier nog niet thuis, vluchteling', 'pesten', 'buitensluiten'],
      // A sign-off or a wish does not explain a threat away.
      ['Ik weet waar je woont. Groetjes', 'bedreigingen', 'impliciet'],
      ['je bent er geweest na school. beterschap alvast', 'bedreigingen', 'impliciet'],
    ],
    // Notifications switched off, a dress sent back, not home yet, saving files, a box of pads offered, strong hands,
    // a norm that protects.
    quiet: [
      'ik heb de meldingen van de voetbal-app uitgezet, jullie appen echt de hele nacht',
      'je bent nog niet thuis en het wordt al donker, bel je even?',
      'Ik ruim de gedeelde map op, dus sla op wat je nog nodig hebt.',
      'In de la bij de balie liggen pleisters en tissues. Pak gerust als je iets nodig hebt, je hoeft het niet te vragen.',
      'Wat een sterke handen heb jij, die bal zat er gewoon in',
      'Niemand verdient het om uitgelachen te worden om zijn lijf, echt niet.',
    ],
  },
  'stil buitensluiten uit samenkomende tekens (iets gedeelds, geweigerd, met opzet)': {
    fires: [
      ['de nieuwe link van de groepschat staat in je dm. behalve Timo, die krijgt hem toevallig niet 🙃', 'pesten', 'buitensluiten'],
      ['Jij krijgt het wachtwoord van de server niet hoor, voortaan gamen we zonder jou lol', 'pesten', 'buitensluiten'],
      ['We hebben vijf kaartjes voor het concert. Jij zit er expres niet bij, Lars.', 'pesten', 'buitensluiten'],
      // Dutch puts its "niet" at the end of the clause, however far from the one kept out.
      ['Jij krijgt de link van de server toevallig niet 🙃', 'pesten', 'buitensluiten'],
      // A way out far away in a long post speaks only for its own sentences.
      ['Sorry voor de late reactie. We hadden gym. Daarna wiskunde. Toen Frans. Jij krijgt de link toevallig niet 🙃', 'pesten', 'buitensluiten'],
    ],
    // Logistics with a way offered, a seat kept free, looks on a photo, a question.
    quiet: [
      'De bus is vol, jij kan niet mee. Sorry! Je mag bij mijn moeder in de auto.',
      'Ik heb een plek voor je vrijgehouden, Sem, niet vergeten te komen 😊',
      'haha je ziet er niet uit op die foto 😂 kom je vanavond nog?',
      'Stuur je de foto van de tent nou of niet 😂',
      'de link werkt niet bij jou? raar, ik stuur hem je zo nog een keer',
      // From a helper's review: a reason given, a surprise.
      'Noor, jij staat toevallig niet op de lijst, maar dat is omdat je al betaald hebt 😊',
      'Emma krijgt expres geen uitnodiging, het is een surpriseparty voor haar! 🤫',
      'Eigenlijk hoef jij geen kaartje te kopen, kinderen onder de 12 mogen gratis 😊',
    ],
  },
  'geweld tegen een groep toegejuicht, vervolging goedgepraat of ontkend, extremistische leuzen': {
    fires: [
      ['Goed zo, weer een moskee in de fik 👏', 'discriminatie', 'haatGroep'],
      ['Eindelijk staat dat azc in brand, mooi zo', 'discriminatie', 'haatGroep'],
      ['Ik ben blij dat die vluchtelingen verdronken zijn', 'discriminatie', 'haatGroep'],
      ['Lekker, weer een homo in elkaar geslagen haha', 'discriminatie', 'haatGroep'],
      ['De Holocaust is nooit gebeurd', 'discriminatie', 'haatGroep'],
      ['Die hele jodenvervolging is zwaar overdreven', 'discriminatie', 'haatGroep'],
      ['Hitler had gewoon gelijk', 'discriminatie', 'haatGroep'],
      ['Hitler had het af moeten maken', 'discriminatie', 'haatGroep'],
      ['Jammer dat ze in de oorlog niet alle joden hebben vergast', 'discriminatie', 'haatGroep'],
      ['Sieg heil broeders 🇩🇪', 'discriminatie', 'haatGroep'],
      ['white power, wit Nederland voor witte Nederlanders', 'discriminatie', 'haatGroep'],
      // A call for violence as "time", a group told it is a guest who owes thanks.
      ['Het wordt tijd dat iemand die Roemenen in elkaar slaat', 'bedreigingen', 'dreigenGroep'],
      ['Die Afghanen zouden dankbaar moeten zijn dat ze hier mogen wonen', 'discriminatie', 'haatGroep'],
      // Intimidation called for; harm to a group's shop or building laughed at; persecution played down or wished back.
      ['Die Roemenen in de flat moeten een keer goed bang gemaakt worden', 'bedreigingen', 'dreigenGroep'],
      ['weer de ruiten van die Turkse winkel ingegooid 😂 eindelijk', 'discriminatie', 'haatGroep'],
      ['Apartheid was zo erg nog niet hoor', 'discriminatie', 'haatGroep'],
      ['Kristallnacht? verzonnen door de media', 'discriminatie', 'haatGroep'],
      ['eigen volk eerst 🇳🇱', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'Er is vannacht een moskee in brand gestoken, verschrikkelijk',
      'Alweer een moskee in brand, wanneer stopt dit nou',
      'Eindelijk is de brand bij de bakker geblust, mooi zo',
      'Mooi zo, de daders van de aanslag op de synagoge zijn opgepakt',
      'Goed zo, weer gewonnen 👏',
      'We hadden het vandaag in de les over de Holocaust, heftig',
      'Hitler was een monster, dat mogen we nooit vergeten',
      'De Holocaust is echt gebeurd, ook al zeggen sommigen van niet',
      'Mensen die zeggen dat de Holocaust nooit gebeurd is, snappen er niks van',
      'Iemand riep sieg heil in de bus, ik heb het gemeld',
      'Ik ben blij dat de vluchtelingen veilig zijn aangekomen',
      'Ik heb 88 punten gehaald voor wiskunde!',
      'Ik ben blij dat de lekke band eindelijk geplakt is, mooi zo',
      'Het wordt tijd dat iemand die lekkage aanpakt',
      'De vluchtelingen zijn blij dat ze hier mogen wonen',
      'Wij zijn zo dankbaar dat jullie hier mogen zijn, welkom Syrische buren!',
      'Mijn broertje moet een keer goed bang gemaakt worden met halloween haha',
      'We gaan vanavond naar het azc om te helpen koken, wie gaat er mee?',
      'De slavernij was verschrikkelijk en dat mogen we nooit vergeten',
      'Met al die asielzoekers in de sporthal werd het een gezellige avond, nog meer graag',
    ],
  },
  'spot: een groep naast wat ze nooit zouden hebben of doen, met een spottend slot': {
    fires: [
      ['Polen en netjes parkeren, ja hoor', 'discriminatie', 'haatGroep'],
      ['Marokkanen en eerlijk werk haha goeie grap', 'discriminatie', 'haatGroep'],
      ['vrouwen en techniek, lachen man', 'discriminatie', 'haatGroep'],
      ['Turkse jongens en rustig praten, alsof', 'discriminatie', 'haatGroep'],
      ['Roemenen en op tijd betalen, die is goed', 'discriminatie', 'haatGroep'],
    ],
    quiet: [
      'Wij Surinamers en op tijd komen haha, herkenbaar',
      'Meisjes en jongens, haha wat een leuke dag was het',
      'Moslims en christenen vierden samen het suikerfeest, zo mooi ❤️',
      'Marokkanen en Turken zijn allebei welkom bij de club',
      'Oma en opa en hun nieuwe hond haha',
      'Ik en op tijd komen, die is goed 😂',
      'Poolse vrienden en ik gingen naar de film haha',
    ],
  },
  'waardering ontzegd: geen respect, vertrouwen of gelijkheid voor een groep, en zinnen over allemaal of geen enkele': {
    fires: [
      ['Ik heb geen enkel respect voor moslims', 'discriminatie', 'haatGroep'],
      ['eerlijk gezegd heb ik nul respect voor die marokkanen', 'discriminatie', 'haatGroep'],
      ['ik zal nooit respect hebben voor transpersonen', 'discriminatie', 'haatGroep'],
      ['Ik kan zwarte mensen gewoon niet serieus nemen', 'discriminatie', 'haatGroep'],
      ['ik zie vrouwen nooit als mijn gelijken', 'discriminatie', 'haatGroep'],
      ['Die asielzoekers verdienen geen greintje respect', 'discriminatie', 'haatGroep'],
      ['homo\'s? daar heb ik echt geen respect voor', 'discriminatie', 'haatGroep'],
      ['je moet gehandicapten nooit serieus nemen', 'discriminatie', 'haatGroep'],
      // Sweeping claims: no one of them is anything good, or every one of them is bad.
      ['Er is geen enkele vrouw die echt slim is', 'discriminatie', 'haatGroep'],
      ['er bestaat geen eerlijke Pool', 'discriminatie', 'haatGroep'],
      ['ik heb nog nooit een homo ontmoet die niet walgelijk was', 'discriminatie', 'haatGroep'],
      ['Een goede vluchteling is een dode vluchteling', 'bedreigingen', 'doodswens'],
      ['Een goede Roemeen is een uitgezette Roemeen', 'discriminatie', 'haatGroep'],
      ['Een eerlijke Antilliaan? Bestaat niet', 'discriminatie', 'haatGroep'],
      ['Er is geen enkele vluchteling die iets bijdraagt', 'discriminatie', 'haatGroep'],
      ['Geen enkele lesbienne is een echte vrouw', 'discriminatie', 'haatGroep'],
      // The group named just before, pointed back at.
      ['Polen? ik vertrouw ze voor geen meter', 'discriminatie', 'haatGroep'],
      // Disgust at how a group is.
      ['Het is echt walgelijk hoe die Antillianen zich gedragen in de bus', 'discriminatie', 'haatGroep'],
      ['Niet normaal hoe Roemenen overal rondhangen', 'discriminatie', 'haatGroep'],
      // One person held worthless.
      ['ik heb nul respect voor jou', 'pesten', 'minachting'],
      ['@sanne jij verdient geen enkel respect', 'pesten', 'minachting'],
      ['Ik neem jou echt nooit meer serieus', 'pesten', 'minachting'],
      ['Ik vind jou het niet eens waard om op te reageren', 'pesten', 'minachting'],
    ],
    quiet: [
      // What is not a protected group, or is behaviour.
      'Ik heb geen respect voor mensen die door rood fietsen',
      'ik vertrouw die app niet',
      'Ik kan die weerman niet serieus nemen haha',
      // Respect and trust given, or a comparison.
      'Ik heb veel respect voor vluchtelingen die hier opnieuw beginnen',
      'Ik heb niets dan respect voor Surinamers',
      'Vrouwen verdienen niet minder respect dan mannen',
      // Regard withheld from them by others, told with sympathy.
      'Transpersonen worden vaak niet serieus genomen door artsen',
      'Vrouwen werden vroeger niet als gelijken gezien',
      'vluchtelingen krijgen hier geen respect, dat vind ik zo erg',
      'waarom nemen mensen doven nooit serieus?',
      // Sweeping claims that praise or say nothing bad.
      'Ik heb nog nooit een moslim ontmoet die niet gastvrij was',
      'Geen enkele vrouw hoeft zich te schamen voor haar lichaam',
      'Geen enkele moslim is slecht omdat hij moslim is',
      'Er is geen enkele reden om homo\'s anders te behandelen',
      'Geen enkele vrouw is perfect en dat hoeft ook niet',
      'Een goede toets is een korte toets',
      'Het is walgelijk hoe vluchtelingen hier behandeld worden',
      'Walgelijk hoe mensen over moslims praten',
      'Niet normaal hoe die jongens dat Turkse meisje uitschelden',
      'Belachelijk hoe homo\'s nog steeds moeten vechten voor hun rechten',
      'Het is normaal hoe vrouwen zich kleden, net als iedereen',
      'Een goede docent is een strenge docent',
      'Een goede Marokkaan is een eerlijke Marokkaan, net als iedereen',
      'Geen enkele vluchteling komt hier voor de lol, het zijn echte mensen met echte verhalen',
      'Dat is het niet waard joh',
      'Mijn schilderij is niks waard naast dat van jou, echt knap gedaan',
      // A compound on a thing's head, a device: no one ("-les", "-kamer"; "oplader").
      'de gymles is echt nutteloos vandaag',
      'Onze oplader is waardeloos, na een week al kapot',
      // The "je" of a rule is anyone.
      'de regel dat je je jas op de gang moet hangen is echt dom',
      'Die afspraak dat je na negen uur niet meer mag gamen is belachelijk',
      // Kept out of a surprise, for their sake.
      'Niemand zegt iets tegen Sem, het is een verrassingsfeest!',
      'we nodigen de juf niet uit, het is een surprise voor haar',
      // A quarrel with a friend: trust lost is no contempt.
      'ik vertrouw je niet meer na wat je gisteren deed',
      'Ik neem mezelf ook niet zo serieus haha',
    ],
  },
};

const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
const abuse = (text: string) => check(text).filter((finding) => finding.category === 'belediging');

describe('the grammar of insults, hate and threats', () => {
  for (const [phenomenon, { fires, quiet }] of Object.entries(PHENOMENA)) {
    describe(phenomenon, () => {
      it.each(fires)('%s → %s / %s', (text, ruleId, messageId) => {
        const message = byId.get(ruleId)!.meta.messages[messageId];
        expect(message, `${ruleId} has message ${messageId}`).toBeDefined();
        expect(abuse(text).map((finding) => [finding.ruleId, finding.message])).toContainEqual([ruleId, message]);
      });
      it.each(quiet)('quiet: %s', (text) => {
        expect(abuse(text)).toEqual([]);
      });
    });
  }
});

describe('the quick first look', () => {
  // Common words must not wake the full reading: a strong cue in "open dag", "tosti", "stoel" made every kind post
  // ten times slower. The bench's kind sentences stay asleep, one by one.
  it.each(CLEAN_SENTENCES)('stays asleep for: %s', (sentence) => {
    expect(wakesGrammar(new TextDocument(sentence))).toBe(false);
  });
  // Together a weak cue of one sentence ("tosti") meets an aim of another ("jullie"): the bench's kind post too stays asleep.
  it('stays asleep for the bench\'s kind posts of 280 and 5,000 characters', () => {
    for (const length of [280, 5000]) expect(wakesGrammar(new TextDocument(textOf(CLEAN_SENTENCES, length)))).toBe(false);
  });
});

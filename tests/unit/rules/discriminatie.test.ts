import rule from '../../../rules/belediging/discriminatie';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    // A slur inside a quote reported with the writer's own words beside it: mentioned, not used.
    'Onder de video van de optocht: “Allemaal wegjagen die flikkers.” Hoe kan dit nog online staan?',
    // Who someone is, affirmed: no slur.
    'jij bent homo en dat is helemaal prima',
    'Mijn oom is homo en trouwt volgende maand',
    'Je moet die melding niet negeren',
    'Hoera, we hebben gewonnen!',
    // Real words that look like a slur (rules/data/bronnen/woordenboek-treffers.json).
    'Ik speel fagot in het schoolorkest',
    'We gingen met het sleetje de heuvel af',
    'Niger ligt in West-Afrika',
    // Adjectives of peoples and languages, innocent however written.
    'we gaan vanavond mongools eten bij de wok',
    'mijn buurvrouw is nigerees en ze kookt super lekker',
    'We spelen knikkers op het plein',
    'Het verhoer van de verdachte duurde lang',
    'Het licht bleef maar flikkeren',
    'Ik negeer die berichten gewoon',
    // A burden word that says something else: in danger, no problem, the problem being another one.
    'Vluchtelingen zijn in gevaar',
    'homo\'s zijn geen gevaar voor kinderen',
    'Het probleem is niet dat er Syriërs komen, het probleem is dat er geen geld is',
    // The writer's own group, from inside; an opinion denied ("ik geloof er niks van dat …").
    'wij chinezen kunnen echt niet zacht praten haha',
    'ik geloof er nix van dat bulgaren allemaal stelen',
    'Homo\'s en lesbiennes verdienen dezelfde rechten',
    'Moslims vasten tijdens de ramadan',
    'Homo\'s zijn niet ziek, iedereen is welkom',
    // "niks tegen" said twice, a claim denied as it is made, history told with its year.
    'ik heb niks tegen marokkanen, echt niet hoor',
    'We beweren niet dat vluchtelingen lui zijn, lees het artikel maar',
    'In 1940 werden Joodse leerlingen van school gestuurd, dat leerden we bij geschiedenis.',
    // "allemaal" with the writer in it is no verdict on the group named before.
    'Mijn zus is doof. We praten thuis allemaal gebarentaal.',
    // A sense that is missing, some of a group, not yet, help beside it, something done to them.
    'Doven kunnen niks horen, dus gebruik gebaren',
    'Sommige Syriërs kunnen geen Nederlands',
    'Statushouders kunnen nog geen Nederlands, ze zijn net hier',
    'Blinden kunnen zonder hulp niks lezen',
    'Vluchtelingen krijgen nooit een eerlijke kans',
    // Fruit that rots, a question about leaves.
    'De peren rotten op de fruitschaal',
    // Spitting, feeling sick and not caring about things.
    'Ik spuug op de grond na het tandenpoetsen',
    'Ik word misselijk van de bus',
    'Ik heb schijt aan de regels van de kantine',
    'ik zat lekker te smossen met de verf',
  ],
  invalid: [
    { text: 'die smous wil weer geld', found: [{ fragment: 'smous', messageId: 'woord' }] },
    // Contempt in other words of feeling, and hypocrites as a group's name.
    { text: 'ik spuw op die Turken', found: [{ fragment: 'spuw op die Turken', messageId: 'haatGroep' }] },
    { text: 'Joden stoten me af', found: [{ fragment: 'Joden stoten me af', messageId: 'haatGroep' }] },
    { text: 'Moslims zijn hypocrieten', found: [{ fragment: 'Moslims zijn hypocrieten', messageId: 'haatGroep' }] },
    // A rude verb of leaving split from its "op", asked when.
    { text: 'wanneer rotten die Roemenen nou eens op', found: [{ fragment: 'rotten die Roemenen nou eens op', messageId: 'buitensluitenGroep' }] },
    // An ability denied of a whole group: never, nothing, none (deniedAbility).
    { text: 'Turken leren toch nooit goed Nederlands', found: [{ fragment: 'Turken leren toch nooit', messageId: 'haatGroep' }] },
    { text: 'Meisjes kunnen gewoon geen techniek', found: [{ fragment: 'Meisjes kunnen gewoon geen', messageId: 'haatGroep' }] },
    // "Het is allemaal …": the whole group named in the sentence before.
    { text: 'Er wonen veel Antillianen in onze wijk. Het is allemaal tuig.', found: [{ fragment: 'Het is allemaal tuig', messageId: 'ontmenselijking' }] },
    // The same claim, made.
    { text: 'Ik zeg dat Turken lui zijn', found: [{ fragment: 'Turken lui', messageId: 'haatGroep' }] },
    // A dictionary compound judged abusive stays found (rules/data/bronnen/woordenboek-treffers.json).
    { text: 'jij bent een straathoer', found: [{ fragment: 'straathoer', messageId: 'gericht' }] },
    // A name in the dictionary is innocent only written as a name: "Niger" is a country, "vuile niger" a slur.
    { text: 'vuile niger', found: [{ fragment: 'niger', messageId: 'woord' }] },
    { text: 'VUILE NIGER', found: [{ fragment: 'NIGER', messageId: 'woord' }] },
    // A strong negative adjective from Pattern's lexicon (PDDL), said of a whole group.
    { text: 'Die Marokkanen zijn allemaal frauduleus', found: [{ fragment: 'Marokkanen zijn allemaal frauduleus', messageId: 'haatGroep' }] },
    // The quote told to others to say: then it is the attack.
    { text: 'zeg tegen hem: “vieze flikker”', found: [{ fragment: 'flikker', messageId: 'woord' }] },
    // A group called a burden or a danger.
    { text: 'Vluchtelingen zijn een ramp voor onze wijken.', found: [{ fragment: 'Vluchtelingen zijn een ramp', messageId: 'haatGroep' }] },
    { text: 'Mensen met een beperking zijn een kostenpost', found: [{ fragment: 'Mensen met een beperking zijn een kostenpost', messageId: 'haatGroep' }] },
    // The other number of a listed noun ("terrorist" from "terroristen"), and the final n left off ("christene", "mense").
    { text: 'Die Surinaamse jongen is gewoon een terrorist', found: [{ fragment: 'Surinaamse jongen is gewoon een terrorist', messageId: 'haatGroep' }] },
    { text: 'sry maar christene zijn de domste mense op aarde', found: [{ fragment: 'christene zijn de domste', messageId: 'haatGroep' }] },
    { text: 'vieze kankerhomo', found: [{ fragment: 'kankerhomo', messageId: 'woord', severity: 'ernstig' }] },
    { text: 'wat een hoer', found: [{ fragment: 'hoer', messageId: 'woord', severity: 'ernstig' }] },
    { text: 'h0er', found: [{ fragment: 'h0er', messageId: 'woord' }] },
    { text: 'f l i k k e r', found: [{ fragment: 'f l i k k e r', messageId: 'woord' }] },
    { text: 'die spleetoog van 3B', found: [{ fragment: 'spleetoog', messageId: 'gericht' }] },
    { text: 'moslims zijn allemaal terroristen', found: [{ fragment: 'moslims zijn allemaal terroristen', messageId: 'haatGroep' }] },
    { text: 'ik haat joden', found: [{ fragment: 'haat joden', messageId: 'haatGroep' }] },
    { text: 'Die vluchtelingen. Het zijn toch allemaal ratten', found: [{ fragment: 'Het zijn toch allemaal ratten', messageId: 'ontmenselijking' }] },
    { text: 'vrouwen horen in de keuken', found: [{ fragment: 'vrouwen horen in de keuken', messageId: 'buitensluitenGroep' }] },
  ],
});

import '../../../rules/english/in-node';
import rule from '../../../rules/belediging/tweede-lezer';
import scheldwoorden from '../../../rules/belediging/scheldwoorden';
import pesten from '../../../rules/belediging/pesten';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    // A heart beside the words is said fondly: the rules decide there, as with a word of affection.
    "don't walk home alone in the dark, text me and I'll come meet you ❤️",
    // Everyday posts, with names, mentions and groups in them: naming someone is no attack.
    'Mehmet heeft een nieuwe scooter',
    'Ik hoop dat Imane morgen komt',
    'Wat een mooie foto van jullie!',
    // The other one rated above the writer: support and praise, left to the rules.
    'wie wil mijn rekensommen checken? ik weet zeker dat jij het beter kan dan ik 😅',
    'als ze zo doen, zoek dan andere vrienden, jij verdient beter',
    'die gast uit 5vwo met die scooter',
    'De vuilnisbak stinkt echt vandaag',
    // Negated, quoted, reported, sport: the rules with their guards decide there, the reader keeps out.
    'Moslims zijn geen ongedierte',
    "Hij zei 'jij bent afval' en dat vond ik echt gemeen",
    'Screenshotting this: "all Poles are thieves". Reported.',
    // Reporting in English, as "melden" in Dutch: the one who reports attacks no one.
    'Reporting the insta page @gossip.2havo that posts screenshots of private chats. Can a teacher help?',
    'We hebben ze afgemaakt in de finale',
    // A violent verb with "niet" after it is negated, as Dutch says it; an app's or a quiz's verdict is its claim.
    'ik sla je echt niet, ik zweer het',
    'wanneer ga je dood volgens die app?',
    // The writer's own pet, pointed back at, is spoken of as a thing is.
    "our cat? she's so ugly it's cute",
    'mijn hond? die is zo lelijk dat hij weer schattig is',
    // A second opinion: where another abuse rule reports, it says nothing.
    { text: 'wat een sukkel ben jij zeg', alongside: [scheldwoorden] },
    { text: 'iedereen lacht je uit achter je rug', alongside: [pesten] },
    // English that asks for or offers help, advises with a way forward or includes someone: left to the rules.
    'Someone keeps telling me to die in my DMs and says he knows my address. What should I do?',
    'you made a mistake in question 3, want me to go through it with you after class?',
    'Nobody in our class should be left out. Make sure she sits with us tomorrow.',
    // Read whole, the English post's look-alikes stay below the bar of their own.
    'the class trip is on friday. see you there',
    'the class was quiet before the holidays. just saying',
  ],
  invalid: [
    { text: 'met die benen moet je gewoon een lange broek dragen', found: [{ fragment: 'met die benen moet je gewoon een lange broek dragen', messageId: 'lijktKwetsend', severity: 'waarschuwing' }] },
    { text: 'trek maar een zak over je hoofd', found: [{ fragment: 'trek maar een zak over je hoofd', messageId: 'lijktKwetsend' }] },
    { text: 'je bent net een varken als je eet', found: [{ fragment: 'je bent net een varken als je eet', messageId: 'lijktKwetsend' }] },
    { text: 'ik sla je echt, ik zweer het', found: [{ fragment: 'ik sla je echt, ik zweer het', messageId: 'lijktKwetsend' }] },
    { text: 'wanneer ga je dood?', found: [{ fragment: 'wanneer ga je dood', messageId: 'lijktKwetsend' }] },
    // Reporting called for by all is a pile-on, not a report of abuse.
    { text: 'everybody report her account rn, she deserves it 🚨', found: [{ fragment: 'everybody report her account rn, she deserves it', messageId: 'lijktKwetsend' }] },
    // Read per sentence: the kind sentence before does not hide it.
    {
      text: "Fijne vakantie allemaal! Met zo'n neus kan je beter binnen blijven.",
      found: [{ fragment: "Met zo'n neus kan je beter binnen blijven", messageId: 'lijktKwetsend' }],
    },
    // No sentence alone, but the post read whole, as the reader learnt: the whole post is the fragment.
    { text: 'everyone saw it. you know what you did. monday', found: [{ fragment: 'everyone saw it. you know what you did. monday', messageId: 'lijktKwetsend' }] },
    { text: 'ur voice. no. just no. stop talking in class', found: [{ fragment: 'ur voice. no. just no. stop talking in class', messageId: 'lijktKwetsend' }] },
  ],
});

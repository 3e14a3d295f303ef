import rule from '../../../rules/vertrouwelijk/toetslek';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Ik heb de toets goed gemaakt!',
    'Wie wil samen leren voor het proefwerk?',
    'De antwoorden van de huiswerkopdracht staan in de methode',
    'Succes met je examen morgen',
    // "antwoorden" the verb: to reply.
    'ik zal je morgen antwoorden op je vraag',
    'ik kan morgen pas antwoorden, sorry',
    // English "so" is no SO (schriftelijke overhoring).
    'omg your photo is so cute',
    'so cute photo of you two',
    // English.
    'Good luck with your exam tomorrow!',
    'I checked my answers with the practice test',
    'Who wants to study for the maths test together?',
  ],
  invalid: [
    // "antwoorden" after a determiner is the noun, also before "op" or at the end of a question.
    { text: 'ik heb de antwoorden op het wiskunde proefwerk, 5 euro', found: [{ fragment: 'heb de antwoorden', messageId: 'lek' }] },
    // A Dutch SO after its subject, in small letters.
    { text: 'bio so is gelekt!! foto staat in de groepsapp', found: [{ fragment: 'so is gelekt!! foto', messageId: 'lek' }] },
    { text: 'wie heeft de antwoorden van het proefwerk?', found: [{ fragment: 'heeft de antwoorden', messageId: 'lek', severity: 'waarschuwing' }] },
    { text: 'stuur me de toetsvragen van bio', found: [{ fragment: 'stuur me de toetsvragen', messageId: 'lek' }] },
    { text: 'de SE vragen zijn gelekt', found: [{ fragment: 'SE vragen zijn gelekt', messageId: 'lek' }] },
    { text: 'ik heb het antwoordmodel van de toets', role: 'medewerker', found: [{ fragment: 'heb het antwoordmodel', messageId: 'lek', severity: 'ernstig' }] },
    // English.
    { text: "who has the answers for tomorrow's maths test?", found: [{ fragment: 'has the answers', messageId: 'lek' }] },
    { text: 'the biology exam leaked, DM me', found: [{ fragment: 'exam leaked, DM', messageId: 'lek' }] },
    { text: 'I can send you the test questions tonight', found: [{ fragment: 'send you the test', messageId: 'lek' }] },
  ],
});

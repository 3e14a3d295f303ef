import rule from '../../../rules/vertrouwelijk/gevoelige-feiten';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Ik heb een 8 voor Engels!!',
    'ik had een 3,4 voor wiskunde, huilen',
    'Ajax had een 3-0 voorsprong',
    'De les begint om 8.30',
    'Mijn opa heeft kanker, duim voor hem',
    'Mijn ouders zijn gescheiden maar het gaat goed met me',
    'Ik word depressief van deze regen',
    'De klas had gemiddeld een 6,2',
    'We hebben een filmpje opgenomen voor Nederlands',
    'De deur zit vast',
    'Pesten is verboden, ook online',
    'Vandaag voorlichting over ADHD en autisme in de aula',
    'Ik ben geschorst, wat moet ik doen?',
  ],
  invalid: [
    { text: 'Daan had een 3,4 voor Engels hahaha', found: [{ fragment: 'had een 3,4', messageId: 'cijfer', severity: 'ernstig' }] },
    { text: 'Ahmed had een 2,1 voor wiskunde', found: [{ fragment: 'had een 2,1', messageId: 'cijfer', severity: 'ernstig' }] },
    { text: 'hij haalde een 1 voor zijn toets lol', found: [{ fragment: 'haalde een 1', messageId: 'cijfer', severity: 'waarschuwing' }] },
    { text: 'Wist je dat Sanne ADHD heeft?', found: [{ fragment: 'ADHD', messageId: 'gezondheid', severity: 'ernstig' }] },
    { text: 'juf Petra heeft een burn-out', found: [{ fragment: 'burn-out', messageId: 'gezondheid', severity: 'ernstig' }] },
    { text: 'die jongen uit 3B is geschorst', found: [{ fragment: 'geschorst', messageId: 'straf', severity: 'waarschuwing' }] },
    { text: 'Kevin is van school gestuurd', found: [{ fragment: 'van school gestuurd', messageId: 'straf', severity: 'ernstig' }] },
    { text: 'Zijn ouders zijn gescheiden', found: [{ fragment: 'ouders zijn gescheiden', messageId: 'thuis' }] },
    { text: 'ze is zwanger van haar vriend', found: [{ fragment: 'zwanger', messageId: 'gezondheid' }] },
    { text: 'Lisa woont in een pleeggezin', found: [{ fragment: 'pleeggezin', messageId: 'thuis', severity: 'ernstig' }] },
    { text: 'Ik zei tegen Yusuf dat zijn vader in de bijstand zit', found: [{ fragment: 'in de bijstand', messageId: 'thuis', severity: 'ernstig' }] },
    { text: 'mijn klasgenoot heeft een eetstoornis', found: [{ fragment: 'eetstoornis', messageId: 'gezondheid', severity: 'waarschuwing' }] },
  ],
});

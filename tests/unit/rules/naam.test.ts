import { describe, expect, it } from 'vitest';
import places from '../../../rules/data/plaatsen.json';
import publicNames from '../../../rules/data/publieke-namen.json';
import { check, createContext } from '../../../rules/engine';
import scheldwoorden from '../../../rules/belediging/scheldwoorden';
import gevoeligeFeiten from '../../../rules/vertrouwelijk/gevoelige-feiten';
import rule from '../../../rules/personen/naam';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Ik heb een roos gekregen van mijn oma',
    'We lezen Romeo en Julia bij Nederlands',
    'Er komt storm aan, neem een jas mee',
    'Hoop dat het morgen mooi weer is',
    'Mark je agenda: vrijdag is er een feest',
    'Storm op komst vanavond',
    'Max Verstappen is weer wereldkampioen',
    'Anne Frank schreef haar dagboek in het Achterhuis',
    'Even boodschappen doen bij Albert Heijn en de Jumbo',
    'Ajax won gisteren met 3-0',
    'We gaan in april naar Parijs',
    'Groetjes uit Stein!',
    'Volgende week is het Pasen en Koningsdag',
    'Op maandag hebben we Frans en Engels',
    'Ik heb een 8 voor Frans',
    'Mail me op lieke@gmail.com',
    'bro lol wat een dag',
    { text: 'Open dag op het Anne Frank Lyceum', school: { name: 'Anne Frank Lyceum' } },
    'Harry Potter is mijn lievelingsboek',
    'Morgen toets geschiedenis, hoofdstuk 4',
  ],
  invalid: [
    { text: 'Daan is echt de grappigste jongen van de klas', found: [{ fragment: 'Daan', messageId: 'naam', severity: 'info' }] },
    { text: 'ik zat naast sanne bij wiskunde', found: [{ fragment: 'sanne', messageId: 'naam' }] },
    { text: 'Gefeliciteerd Lieke van den Heuvel!', found: [{ fragment: 'Lieke van den Heuvel', messageId: 'naam' }] },
    { text: 'Yusuf El Idrissi heeft de wedstrijd gewonnen', found: [{ fragment: 'Yusuf El Idrissi', messageId: 'naam' }] },
    { text: 'Met Emre, Zeynep en Kacper naar de film', found: [{ fragment: "Emre", messageId: 'naam' }, { fragment: "Zeynep", messageId: 'naam' }, { fragment: "Kacper", messageId: 'naam' }] },
    { text: 'Roos zei dat het feest niet doorgaat', found: [{ fragment: 'Roos', messageId: 'naam' }] },
    { text: 'Ik ga met Milan naar de film', found: [{ fragment: 'Milan', messageId: 'naam' }] },
    { text: 'Morgen speelt Mark van Dijk weer mee', found: [{ fragment: 'Mark van Dijk', messageId: 'naam' }] },
    { text: 'Zag je wat Jansen vandaag deed?', found: [{ fragment: 'Jansen', messageId: 'naam' }] },
    { text: 'De Vries zei dat we moesten opschieten', found: [{ fragment: 'De Vries', messageId: 'naam' }] },
    { text: "Dit is Fatima's nieuwe tas", found: [{ fragment: "Fatima's", messageId: 'naam' }] },
    { text: 'lieke van den heuvel is jarig', found: [{ fragment: 'lieke van den heuvel', messageId: 'naam' }] },
    { text: 'Shanice en Priya hebben de prijs', found: [{ fragment: 'Shanice', messageId: 'naam' }, { fragment: 'Priya', messageId: 'naam' }] },
    { text: 'Wat een mooi werkstuk van Noah uit 2B', role: 'medewerker', found: [{ fragment: 'Noah', messageId: 'leerling', severity: 'ernstig' }] },
    { text: 'Fijn weekend gehad met Peter', role: 'medewerker', found: [{ fragment: 'Peter', messageId: 'medewerker', severity: 'waarschuwing' }] },
    { text: 'Daan is echt een sukkel', alongside: [scheldwoorden], found: [{ fragment: 'Daan', messageId: 'samen', severity: 'ernstig' }] },
    { text: 'Sanne heeft ADHD', alongside: [gevoeligeFeiten], found: [{ fragment: 'Sanne', messageId: 'samen', severity: 'ernstig' }] },
  ],
});

describe('naam: places, public names and seriousness', () => {
  const names = (text: string) =>
    check(text, createContext(), [rule]).map((finding) => text.slice(finding.start, finding.end));

  it('no Dutch municipality, big town, Belgian or world city or country is a person', () => {
    const all = [...places.gemeenten, ...places.woonplaatsen, ...places.belgie, ...places.wereldsteden, ...places.landen];
    const fired = all.filter((place) => names(`We gaan naar ${place} dit weekend`).length > 0 || names(`Ik woon in ${place}.`).length > 0);
    expect(fired).toEqual([]);
  });

  it('no public figure, brand, character, holiday, day or month is a person', () => {
    const all = [...publicNames.bekendePersonen, ...publicNames.merkenEnClubs, ...publicNames.figuren, ...publicNames.feestdagen, ...publicNames.dagen, ...publicNames.maanden];
    const fired = all.filter((name) => names(`Ik vind ${name} echt geweldig`).length > 0);
    expect(fired).toEqual([]);
  });

  it('a name in the same sentence as an insult or a private fact is serious', () => {
    const full = (text: string) => check(text, createContext()).filter((finding) => finding.ruleId === 'naam');
    expect(full('Daan is echt een sukkel').map((finding) => finding.severity)).toEqual(['ernstig']);
    expect(full('Daan is echt een sukkel')[0]!.message).toMatch(/kwetsends/);
    expect(full('Daan is jarig. Wat een sukkel ben ik, vergeten!').map((finding) => finding.severity)).toEqual(['info']);
  });
});

/**
 * `npm run data:names`: builds rules/data/namen.json from the name lists in ../shared/data/names and the
 * OpenTaal (wdutch) and SCOWL (wamerican) word lists in /usr/share/dict. A developer runs it when the
 * sources change; the output is committed, so neither a build nor CI needs the word lists.
 *
 * The output is compact because it ships in the content script: names are folded (lower case, no
 * accents), split into single words (Anne-Marie → anne, marie) and front-coded (each entry is the
 * length of the prefix it shares with the previous one, then the rest).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { frontCode } from '../../rules/front-coding';
import { foldTerm } from '../../rules/normalise/pipeline';

const NAMES_DIR = new URL('../../../shared/data/names/', import.meta.url);
const SUPPLEMENT = new URL('../../rules/data/bronnen/voornamen-aanvulling.json', import.meta.url);
const OUTPUT = new URL('../../rules/data/namen.json', import.meta.url);
const SURNAME_COUNT = 1000;


function wordList(path: string): Set<string> {
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && line === line.toLowerCase() && !line.includes("'"))
      .map(foldTerm),
  );
}

const supplement = JSON.parse(readFileSync(SUPPLEMENT, 'utf8')) as { extraFirstNames: string[]; notReallyWords: string[] };
const listed = (JSON.parse(readFileSync(new URL('first-names.json', NAMES_DIR), 'utf8')) as { naam: string }[]).map(({ naam }) => naam);
const firstNames = new Set<string>();
for (const naam of [...listed, ...supplement.extraFirstNames]) {
  for (const part of foldTerm(naam).split(/[\s'-]+/)) if (/^\p{L}{2,}$/u.test(part)) firstNames.add(part);
}
const notReallyWords = new Set(supplement.notReallyWords);

const dutchWords = wordList('/usr/share/dict/dutch');
const englishWords = wordList('/usr/share/dict/american-english');
const alsoWords = [...firstNames].filter((name) => (dutchWords.has(name) || englishWords.has(name)) && !notReallyWords.has(name));

// "de Jong" → "jong": the particles are matched on their own, the rest is the surname proper.
const PARTICLE = /^(?:(?:van|de|der|den|het|ten|ter|te|'t|in|op|el|al)\s+)+/i;
const surnames = readFileSync(new URL('family-names-top1000-2007.csv', NAMES_DIR), 'utf8')
  .split('\n')
  .slice(1, SURNAME_COUNT + 1)
  .map((line) => foldTerm(line.split(',')[0]!.replace(PARTICLE, '')))
  .filter((name) => /^\p{L}{2,}$/u.test(name));
const surnamesAlsoWords = surnames.filter((name) => dutchWords.has(name) || englishWords.has(name));

const data = {
  about:
    'Voornamen en achternamen voor de regel "naam" (categorie personen), gevouwen (kleine letters, zonder accenten), in losse woorden en front-coded: elk item is de lengte van het begin dat het deelt met het vorige item, en dan de rest. Gemaakt met `npm run data:names` (utils/cli/build-name-data.ts).',
  sources: {
    firstNames:
      'first-names.json (9.705 voornamen, HabaneroCake/pii-filter, MIT; zie ../shared/data/names/SOURCES.md en public/licenses/), aangevuld met rules/data/bronnen/voornamen-aanvulling.json.',
    alsoWords:
      'Voornamen die ook een gewoon Nederlands of Engels woord zijn (roos, storm, mark): OpenTaal-woordenlijst (wdutch, BSD of CC BY 3.0) en SCOWL (wamerican, vrij met copyrightvermelding).',
    surnamesAlsoWords: 'Achternamen die ook een gewoon woord zijn (bakker, visser, koning): zelfde woordenlijsten.',
    surnames: `De ${SURNAME_COUNT} meest voorkomende achternamen in 2007, zonder tussenvoegsel (Meertens Nederlandse Familienamenbank via digitalheir/family-names-in-the-netherlands, MIT/CC-0).`,
  },
  counts: { firstNames: firstNames.size, alsoWords: alsoWords.length, surnames: new Set(surnames).size, surnamesAlsoWords: surnamesAlsoWords.length },
  firstNames: frontCode(firstNames),
  alsoWords: frontCode(alsoWords),
  surnames: frontCode(surnames),
  surnamesAlsoWords: frontCode(surnamesAlsoWords),
};
writeFileSync(OUTPUT, `${JSON.stringify(data, null, 1)}\n`);
console.log(`rules/data/namen.json: ${JSON.stringify(data.counts)}, ${readFileSync(OUTPUT).length} bytes`);

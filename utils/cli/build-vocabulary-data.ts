/**
 * `npm run data:vocabulary`: writes rules/data/woordenschat.json, every word the rules know (see
 * rules/normalise/vocabulary.ts), from the sources in rules/normalise/vocabulary-sources.ts. Run it after
 * changing a word list, the patterns or the grammar data; a unit test fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { vocabularyData } from '../../rules/normalise/vocabulary-sources';

const OUTPUT = new URL('../../rules/data/woordenschat.json', import.meta.url);

const data = vocabularyData();
writeFileSync(OUTPUT, JSON.stringify(data) + '\n');
console.log(`${data.words.length} characters → rules/data/woordenschat.json`);

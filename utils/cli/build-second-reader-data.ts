/**
 * `npm run data:second-reader`: trains the second reader (utils/second-reader-training.ts) on the own tuning
 * corpora and writes its model into rules/data/tweede-lezer.json (the hand-written lists there stay). Run it
 * after changing a tuning corpus, the grammar's word lists or the normalisation; a unit test fails while the
 * model is stale. `-- --cv` also prints what the model adds on each tuning set it did not see.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import '../../rules/english/in-node';
import { check } from '../../rules/engine';
import { crossValidate, loadTrainingExamples, train } from '../second-reader-training';

const FILE = new URL('../../rules/data/tweede-lezer.json', import.meta.url);
const data = JSON.parse(readFileSync(FILE, 'utf8')) as { model: unknown };
const examples = loadTrainingExamples();
const { table, ...model } = train(examples);
data.model = model;
writeFileSync(FILE, JSON.stringify(data, null, 1) + '\n');
console.log(`${examples.length} voorbeelden, ${table.filter((weight) => weight !== 0).length} gewichten → rules/data/tweede-lezer.json`);

if (process.argv.includes('--cv')) {
  const byRules = (text: string) => check(text).some((finding) => finding.category === 'belediging' && finding.ruleId !== 'tweede-lezer');
  const rows = crossValidate(examples, byRules);
  for (const row of rows) console.log(`${row.set.padEnd(18)} ${row.caught} extra van ${row.abusive} kwetsend, ${row.falseAlarms} vals alarm van ${row.harmless} onschuldig`);
}

/**
 * `npm run data:second-reader`: trains the second reader (utils/second-reader-training.ts) on the own tuning
 * corpora and writes its model into rules/data/tweede-lezer.json (the hand-written lists there stay). Run it
 * after changing a tuning corpus, the grammar's word lists or the normalisation; a unit test fails while the
 * model is stale. `-- --cv` also prints what the model adds on each tuning set it did not see.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import '../../rules/english/in-node';
import { check } from '../../rules/engine';
import { crossValidate, loadTrainingExamples, train, type Setting } from '../second-reader-training';

const FILE = new URL('../../rules/data/tweede-lezer.json', import.meta.url);
const data = JSON.parse(readFileSync(FILE, 'utf8')) as { model: unknown; drempel: number; bewijs: number };
const examples = loadTrainingExamples();
const { table, ...model } = train(examples);
data.model = model;
writeFileSync(FILE, JSON.stringify(data, null, 1) + '\n');
console.log(`${examples.length} voorbeelden, ${table.filter((weight) => weight !== 0).length} gewichten → rules/data/tweede-lezer.json`);

if (process.argv.includes('--cv')) {
  const byRules = (text: string) => check(text).some((finding) => finding.category === 'belediging' && finding.ruleId !== 'tweede-lezer');
  const shipped = { threshold: data.drempel, evidence: data.bewijs };
  const settings: Setting[] = [shipped];
  for (const threshold of [0.97, 0.96, 0.93, 0.9]) for (const evidence of [5, 4, 3]) if (threshold !== shipped.threshold || evidence !== shipped.evidence) settings.push({ threshold, evidence });
  const rows = crossValidate(examples, byRules, settings);
  console.log(`Per set, at drempel ${shipped.threshold} and bewijs ${shipped.evidence}:`);
  for (const row of rows) console.log(`${row.set.padEnd(18)} ${row.caught[0]} extra van ${row.abusive} kwetsend, ${row.falseAlarms[0]} vals alarm van ${row.harmless} onschuldig`);
  console.log('All sets, per setting (extra gevonden · vals in de sets · vals in de alledaagse sets):');
  settings.forEach((setting, index) => {
    const sum = (pick: (row: (typeof rows)[number]) => number, everyday: boolean) => rows.filter((row) => (row.set === 'alledaags') === everyday).reduce((total, row) => total + pick(row), 0);
    console.log(`${setting.threshold}/${setting.evidence}: ${sum((row) => row.caught[index]!, false)} · ${sum((row) => row.falseAlarms[index]!, false)} · ${sum((row) => row.falseAlarms[index]!, true)}`);
  });
}

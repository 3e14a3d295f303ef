/**
 * `npm run data:second-reader`: trains the second reader (utils/second-reader-training.ts) on the own tuning
 * corpora and writes its model into rules/data/tweede-lezer.json (the hand-written lists there stay). Run it
 * after changing a tuning corpus or the normalisation; a unit test fails while the model is stale. Training reads
 * with the words of utils/second-reader-vocabulary.json: a word added to the grammar reaches the reader without
 * retraining it; `-- --new-vocabulary` takes the grammar's words now (and retrains). `-- --cv` also prints what the model adds on each tuning set it did not see.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import '../../rules/english/in-node';
import { check } from '../../rules/engine';
import { vocabularySnapshot } from '../../rules/belediging/second-reader';
import { crossValidate, loadTrainingExamples, train, VOCABULARY_FILE, type Setting } from '../second-reader-training';

const FILE = new URL('../../rules/data/tweede-lezer.json', import.meta.url);
// The words training reads with: kept, unless asked to take the grammar's words now (then the whole model moves).
if (process.argv.includes('--new-vocabulary')) {
  writeFileSync(VOCABULARY_FILE, JSON.stringify(vocabularySnapshot()) + '\n');
  console.log('Woorden van de grammatica → utils/second-reader-vocabulary.json');
}
const data = JSON.parse(readFileSync(FILE, 'utf8')) as { model: unknown; drempel: number; drempel_engels: number; bewijs: number; drempel_bericht: number; drempel_bericht_engels: number; bewijs_bericht: number };
const examples = loadTrainingExamples();
const { table, ...model } = train(examples);
data.model = model;
writeFileSync(FILE, JSON.stringify(data, null, 1) + '\n');
console.log(`${examples.length} voorbeelden, ${table.filter((weight) => weight !== 0).length} gewichten → rules/data/tweede-lezer.json`);

if (process.argv.includes('--cv')) {
  const byRules = (text: string) => check(text).some((finding) => finding.category === 'belediging' && finding.ruleId !== 'tweede-lezer');
  const sentences: Setting = { threshold: data.drempel, englishThreshold: data.drempel_engels, evidence: data.bewijs };
  const shipped: Setting = { ...sentences, postThreshold: data.drempel_bericht, postEnglishThreshold: data.drempel_bericht_engels, postEvidence: data.bewijs_bericht };
  const settings: Setting[] = [shipped];
  for (const threshold of [0.97, 0.96, 0.93, 0.9]) for (const evidence of [5, 4, 3]) settings.push({ threshold, evidence });
  const englishFrom = settings.length;
  for (const englishThreshold of [0.96, 0.95, 0.94, 0.93, 0.92, 0.9]) settings.push({ ...sentences, englishThreshold });
  const postFrom = settings.length;
  settings.push(sentences);
  for (const postThreshold of [0.96, 0.93, 0.9, 0.87, 0.85, 0.8]) for (const postEvidence of [4, 3, 2]) settings.push({ ...sentences, postThreshold, postEvidence });
  // Around the shipped post setting: a Dutch and an English threshold each a step lower and higher.
  for (const postThreshold of [shipped.postThreshold! - 0.03, shipped.postThreshold!, shipped.postThreshold! + 0.03])
    for (const postEnglishThreshold of [shipped.postEnglishThreshold! - 0.02, shipped.postEnglishThreshold!, shipped.postEnglishThreshold! + 0.03]) settings.push({ ...shipped, postThreshold: Number(postThreshold.toFixed(2)), postEnglishThreshold: Number(postEnglishThreshold.toFixed(2)) });
  const rows = crossValidate(examples, byRules, settings);
  console.log(`Per set, at drempel ${shipped.threshold} (Engels ${shipped.englishThreshold}), bewijs ${shipped.evidence}, bericht ${shipped.postThreshold} (Engels ${shipped.postEnglishThreshold})/${shipped.postEvidence}:`);
  for (const row of rows) console.log(`${row.set.padEnd(18)} ${row.caught[0]} extra van ${row.abusive} kwetsend, ${row.falseAlarms[0]} vals alarm van ${row.harmless} onschuldig`);
  const sum = (index: number, pick: 'caught' | 'falseAlarms', which: (set: string) => boolean) => rows.filter((row) => which(row.set)).reduce((total, row) => total + row[pick][index]!, 0);
  const everyday = (set: string) => set.startsWith('alledaags') || set.startsWith('everyday');
  const inSets = (set: string) => !everyday(set);
  console.log('All sets, per setting, one threshold for both languages (extra gevonden · vals in de sets · vals in de alledaagse sets):');
  for (let index = 1; index < englishFrom; index++) {
    const { threshold, evidence } = settings[index]!;
    console.log(`${threshold}/${evidence}: ${sum(index, 'caught', inSets)} · ${sum(index, 'falseAlarms', inSets)} · ${sum(index, 'falseAlarms', everyday)}`);
  }
  const english = (set: string) => set.startsWith('english');
  const dutch = (set: string) => inSets(set) && !english(set);
  console.log(`At ${shipped.threshold}/${shipped.evidence}, per threshold for English sentences (English sets gevonden · vals | Dutch sets gevonden · vals | alledaags vals):`);
  for (let index = englishFrom; index < postFrom; index++) {
    const show = (which: (set: string) => boolean) => `${sum(index, 'caught', which)} · ${sum(index, 'falseAlarms', which)}`;
    console.log(`Engels ${settings[index]!.englishThreshold}: ${show(english)} | ${show(dutch)} | ${sum(index, 'falseAlarms', everyday)}`);
  }
  console.log(`At ${sentences.threshold}/${sentences.evidence} (Engels ${sentences.englishThreshold}), the post read whole as well, per drempel_bericht/bewijs_bericht (English sets | Dutch sets | alledaags vals):`);
  for (let index = postFrom; index < settings.length; index++) {
    const show = (which: (set: string) => boolean) => `${sum(index, 'caught', which)} · ${sum(index, 'falseAlarms', which)}`;
    const { postThreshold, postEnglishThreshold = postThreshold, postEvidence } = settings[index]!;
    console.log(`${postThreshold === undefined ? 'zinnen alleen' : `bericht ${postThreshold} (Engels ${postEnglishThreshold})/${postEvidence}`}: ${show(english)} | ${show(dutch)} | ${sum(index, 'falseAlarms', everyday)}`);
  }
}

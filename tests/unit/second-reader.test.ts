import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from '../../rules/document';
import { decodeWeights, featuresOf, MODEL_BITS, postReadAsAbuse, probability, readsAsAbuse, sentencesReadAsAbuse, vocabularySnapshot, withVocabulary } from '../../rules/belediging/second-reader';
import { encodeWeights, exampleFeatures, loadTrainingExamples, TRAINING_FOLDERS, train, VOCABULARY_FILE } from '../../utils/second-reader-training';

const settings = { seed: 20261201, numRuns: 300 };
const shipped = JSON.parse(readFileSync(new URL('../../rules/data/tweede-lezer.json', import.meta.url), 'utf8')) as { model: unknown };

describe('the second reader', () => {
  it('ships the model the own tuning corpora give today (training is deterministic)', () => {
    const { table: _table, ...model } = train(loadTrainingExamples());
    expect(shipped.model, 'rules/data/tweede-lezer.json is stale: run `npm run data:second-reader` and commit it').toEqual(model);
  }, 60_000);

  it('trains with the words it was made with; a word added to the grammar reaches the rule, not the training', () => {
    const text = 'ik neem mijn luchtbuks mee';
    const live = featuresOf(new TextDocument(text));
    // Trained on words without "luchtbuks" in the class wapen, the reader reads it as an unknown word there (not the class).
    const snapshot = vocabularySnapshot();
    const without = { ...snapshot, classes: Object.fromEntries(Object.entries(snapshot.classes).map(([names, words]) => [names, words.filter((word) => word !== 'luchtbuks')])) };
    const trainedOn = exampleFeatures(text, without);
    expect(live.filter((feature) => !trainedOn.includes(feature)).length).toBeGreaterThan(0);
    expect(exampleFeatures(text, snapshot)).toEqual(live);
    // After training, the rule reads with the grammar's words again.
    expect(featuresOf(new TextDocument(text))).toEqual(live);
    // The kept words are the reader's own shape: classes by skeleton, each kind a list.
    const kept = JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as ReturnType<typeof vocabularySnapshot>;
    expect(Object.keys(kept.sets).sort()).toEqual(Object.keys(snapshot.sets).sort());
    expect(withVocabulary(kept, () => featuresOf(new TextDocument('jij bent een sukkel'))).length).toBeGreaterThan(0);
  });

  it('never trains on a sealed set', () => {
    expect(TRAINING_FOLDERS.filter((folder) => folder.includes('sealed'))).toEqual([]);
    expect(loadTrainingExamples().filter((example) => example.set.includes('sealed'))).toEqual([]);
  });

  it('decodes the weights it encodes, for any table (fast-check)', () => {
    const tables = fc.array(fc.tuple(fc.nat((1 << MODEL_BITS) - 1), fc.integer({ min: -127, max: 127 })), { maxLength: 200 }).map((entries) => {
      const table = new Int8Array(1 << MODEL_BITS);
      for (const [bucket, weight] of entries) table[bucket] = weight;
      return table;
    });
    fc.assert(
      fc.property(tables, (table) => {
        const decoded = decodeWeights({ bits: MODEL_BITS, bias: 0, scale: 1, weights: encodeWeights(table) });
        expect(Buffer.from(decoded.buffer).equals(Buffer.from(table.buffer))).toBe(true);
      }),
      { ...settings, numRuns: 50 },
    );
  });

  it('reads any text: features inside the table, a probability between 0 and 1, the same answer twice (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }), (ascii, unicode) => {
        const doc = new TextDocument(`${ascii} ${unicode}`);
        const features = featuresOf(doc);
        expect(new Set(features).size).toBe(features.length);
        for (const feature of features) expect(feature >= 0 && feature < 1 << MODEL_BITS).toBe(true);
        const p = probability(features);
        expect(p >= 0 && p <= 1).toBe(true);
        expect(readsAsAbuse(doc, 0, doc.tokens.length)).toBe(readsAsAbuse(new TextDocument(doc.text), 0, doc.tokens.length));
      }),
      settings,
    );
  });

  it('does not learn groups or names: a group word or a name reads as any other of its kind', () => {
    const read = (text: string) => featuresOf(new TextDocument(text)).sort();
    expect(read('die moslims zijn echt')).toEqual(read('die christenen zijn echt'));
    expect(read('zag @sanne_04 vandaag')).toEqual(read('zag @daan_x vandaag'));
    // In English too (the English analysis's group words), but a slur is no group word.
    expect(read('muslims are always late')).toEqual(read('christians are always late'));
    expect(read('those muslim people again')).toEqual(read('those disabled people again'));
    expect(read('the jews here')).toEqual(read('the immigrants here'));
    expect(read('those trannies again')).not.toEqual(read('those jews again'));
  });

  it('leaves short captions and spam to the rules: a window of three words or fewer says too little', () => {
    const reads = (text: string) => {
      const doc = new TextDocument(text);
      return readsAsAbuse(doc, 0, doc.tokens.length);
    };
    for (const caption of ['Kijk eens!', 'Kijk eens hier!', 'Moet je zien', 'Nieuwe foto', 'unfollow that spam account']) expect(reads(caption), caption).toBe(false);
  });

  it('reads a sentence in English by its own, lower threshold, a Dutch one by the Dutch threshold', () => {
    const doc = new TextDocument('Ik vind deze foto van ons echt heel mooi. I think this photo of us is really nice.');
    const read = (options: { threshold: number; englishThreshold: number }) =>
      sentencesReadAsAbuse(doc, { ...options, evidence: -Infinity }).map(([from, to]) => doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end));
    expect(read({ threshold: 1.01, englishThreshold: 0 })).toEqual(['I think this photo of us is really nice']);
    expect(read({ threshold: 0, englishThreshold: 0 })).toEqual(['Ik vind deze foto van ons echt heel mooi', 'I think this photo of us is really nice']);
    expect(read({ threshold: 1.01, englishThreshold: 1.01 })).toEqual([]);
  });

  it("reads a Dutch post whole at the post's own certainty only when it has words enough around its cue", () => {
    // Any certainty passes the post's threshold (0), none the sentence's (1.01): the threshold used shows.
    const reads = (text: string) => postReadAsAbuse(new TextDocument(text), { threshold: 1.01, englishThreshold: 1.01, evidence: -Infinity, postThreshold: 0, postEnglishThreshold: 1.01, postEvidence: -Infinity });
    expect(reads('je weet maar nooit wat er gebeurt met het weer')).toBe(false);
    expect(reads('je weet maar nooit wat er gebeurt met het weer, dus neem morgen een jas en een paraplu mee naar school')).toBe(true);
  });
});

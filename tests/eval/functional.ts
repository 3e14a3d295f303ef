/**
 * The functional corpus (tests/corpus/functioneel/, one file per phenomenon of abuse, each with its
 * harmless contrasts) and its sealed part (tests/corpus/sealed/, written apart by another author and
 * never tuned on): recall per phenomenon, false alarms per contrast, precision and recall overall, for
 * Twijfelcheck and the peers on the same lines. Only the category `belediging` is scored here.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface FunctionalExample {
  text: string;
  expect: string[];
  kind: string;
  target?: string;
  contrast?: string;
  /** Categories that may be found without counting against precision (a contrast naming someone in passing). */
  allow?: string[];
  file: string;
  line: number;
}

export type Flags = (text: string) => boolean;

export function loadFunctional(folder: string): FunctionalExample[] {
  const dir = new URL(`../corpus/${folder}/`, import.meta.url);
  const examples: FunctionalExample[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
    readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        if (raw.trim() !== '') examples.push({ ...(JSON.parse(raw) as Omit<FunctionalExample, 'file' | 'line'>), file, line: index + 1 });
      });
  }
  return examples;
}

export interface Rate {
  cases: number;
  flagged: number;
  rate: number;
}

export interface FunctionalScores {
  precision: number;
  recall: number;
  /** Share of hateful lines flagged, per phenomenon. */
  recall_by_kind: Record<string, Rate>;
  /** Share of harmless lines flagged, per contrast. */
  flagged_by_contrast: Record<string, Rate>;
  missed: FunctionalExample[];
  false_alarms: FunctionalExample[];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function tally(map: Record<string, Rate>, key: string, flagged: boolean): void {
  const rate = (map[key] ??= { cases: 0, flagged: 0, rate: 0 });
  rate.cases++;
  if (flagged) rate.flagged++;
  rate.rate = round(rate.flagged / rate.cases);
}

export function scoreFunctional(examples: FunctionalExample[], flags: Flags): FunctionalScores {
  const scores: FunctionalScores = { precision: 0, recall: 0, recall_by_kind: {}, flagged_by_contrast: {}, missed: [], false_alarms: [] };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const example of examples) {
    const hateful = example.expect.includes('belediging');
    const flagged = flags(example.text);
    if (hateful) {
      tally(scores.recall_by_kind, example.kind, flagged);
      if (flagged) tp++;
      else {
        fn++;
        scores.missed.push(example);
      }
    } else {
      tally(scores.flagged_by_contrast, example.contrast ?? 'geen', flagged);
      if (flagged) {
        fp++;
        scores.false_alarms.push(example);
      }
    }
  }
  scores.precision = round(tp + fp === 0 ? 1 : tp / (tp + fp));
  scores.recall = round(tp + fn === 0 ? 1 : tp / (tp + fn));
  return scores;
}

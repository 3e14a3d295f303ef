/**
 * `npm run fuzz -- --runs N [--seed S]`: the engine's properties (tests/property/engine-properties.ts)
 * with a random seed and as many runs as asked; prints the seed, so a failure can be replayed.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { properties } from './engine-properties';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const numRuns = Number(values.runs ?? 10_000);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
console.log(`fuzz: ${numRuns} runs per property, seed ${seed}`);
let failed = 0;
for (const [name, property] of Object.entries(properties)) {
  const runs = name === 'slicesAgree' ? Math.max(1, Math.ceil(numRuns / 100)) : numRuns;
  const begin = performance.now();
  const details = await fc.check(property as fc.IAsyncProperty<unknown[]>, { seed, numRuns: runs });
  const seconds = ((performance.now() - begin) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`✗ ${name} (${seconds} s): ${fc.defaultReportMessage(details)}`);
  } else {
    console.log(`✓ ${name}: ${details.numRuns} runs (${seconds} s)`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;

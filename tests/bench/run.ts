/**
 * `npm run bench`: builds tests/bench/bench.ts into one file with esbuild and runs it with node, so the rules are
 * timed as the extension's build ships them. Run through tsx they are not: tsx keeps every function's name, one
 * extra call for each closure made, about a sixth of a short post's check.
 */
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';

const OUT = 'node_modules/.cache/twijfelcheck-bench/bench.mjs';
buildSync({ entryPoints: ['tests/bench/bench.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: OUT, logLevel: 'warning' });
const { status } = spawnSync(process.execPath, [OUT, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(status ?? 1);

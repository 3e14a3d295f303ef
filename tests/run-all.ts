/**
 * `npm test`: type checks, lint, unit tests (Vitest), browser tests (Playwright, real Chromium with the built
 * extension) and Firefox tests (Firefox ESR installing the packaged add-on from a real policies.json), then
 * one plain closing line "N passed, N failed" summing the runners.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';

// Not test-results/: Playwright empties that folder when it starts.
const RESULTS = '.test-reports';
const VITEST_JSON = `${RESULTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${RESULTS}/playwright.json`;
const FIREFOX_JSON = `${RESULTS}/firefox.json`;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(): Counts | undefined {
  if (!existsSync(PLAYWRIGHT_JSON)) return undefined;
  const { stats } = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

/** A free port on the loopback address for the fixture server, so a stray server cannot break the run. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const typecheckOk = run('Type check', 'npx', ['tsc', '--noEmit']);
// rules/ alone, without the DOM library: a browser API in the pure code fails here.
const pureTypecheckOk = run('Type check of rules/ without the DOM', 'npx', ['tsc', '-p', 'rules/tsconfig.json']);
const lintOk = run('Lint (ESLint)', 'npx', ['eslint', '.']);
const buildOk = run('Build the extension (Chrome MV3)', 'npx', ['wxt', 'build']);
if (buildOk) {
  const bytes = statSync('.output/chrome-mv3/content-scripts/compose.js').size;
  console.log(`Content script: ${(bytes / 1024).toFixed(1)} kB`);
}
const unitOk = run('Unit tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
const browserOk =
  buildOk &&
  run('Browser tests (Playwright, Chromium with the extension)', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
    TWIJFELCHECK_SKIP_BUILD: '1',
    FIXTURE_PORT: String(await freePort()),
  });
const firefoxPackaged = run('Package the extension for Firefox', 'npx', ['wxt', 'zip', '-b', 'firefox']);
const firefoxOk =
  firefoxPackaged &&
  run('Firefox tests (Firefox ESR, add-on and settings from policies.json)', 'npx', [
    'vitest', 'run', '--config', 'tests/firefox/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${FIREFOX_JSON}`,
  ]);

const unit = vitestCounts(VITEST_JSON);
const browser = playwrightCounts();
const firefox = vitestCounts(FIREFOX_JSON);
// A runner that exits non-zero or runs no test at all is a failure, whatever its report says.
const missing = [
  (!unit || unit.passed + unit.failed === 0) && 'unit',
  (!browser || browser.passed + browser.failed === 0) && 'browser',
  // Without Firefox ESR or root the Firefox tests skip, with the reason; CI has both, so there they must run.
  (!firefox || (process.env.CI && firefox.passed + firefox.failed === 0)) && 'firefox',
  !unitOk && unit?.failed === 0 && 'unit exit code',
  !browserOk && browser?.failed === 0 && 'browser exit code',
  !firefoxOk && firefox?.failed === 0 && 'firefox exit code',
].filter(Boolean);
const runners = [unit, browser, firefox];
const sum = (key: keyof Counts) => runners.reduce((total, counts) => total + (counts?.[key] ?? 0), 0);
const passed = sum('passed');
// A runner that produced no report, a failed build, type check or lint counts as a failure.
const failed = sum('failed') + missing.length + [typecheckOk, pureTypecheckOk, lintOk, buildOk].filter((ok) => !ok).length;
const skipped = sum('skipped');

console.log('');
console.log(`Unit: ${unit ? `${unit.passed} passed, ${unit.failed} failed` : 'no report'}`);
console.log(`Browser: ${browser ? `${browser.passed} passed, ${browser.failed} failed` : 'no report'}`);
console.log(`Firefox: ${firefox ? `${firefox.passed} passed, ${firefox.failed} failed, ${firefox.skipped} skipped` : 'no report'}`);
if (!typecheckOk) console.log('Type check: failed');
if (!pureTypecheckOk) console.log('Type check of rules/: failed');
if (!lintOk) console.log('Lint: failed');
if (!buildOk) console.log('Build: failed');
if (missing.length > 0) console.log(`Runner problems: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

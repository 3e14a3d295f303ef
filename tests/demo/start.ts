/**
 * `npm start`: builds the extension, serves the demo page on localhost and opens Chromium with the
 * extension loaded. Without a display it says how to load the extension by hand instead.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../fixtures/server';

const PORT = Number(process.env.PORT ?? 4173);
const EXTENSION_DIR = resolve('.output/chrome-mv3');
const DEMO_URL = `http://localhost:${PORT}/demo/`;

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

console.log('Twijfelcheck bouwen…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const server = await startFixtureServer(PORT);
console.log(`\nDe demopagina staat op ${DEMO_URL}`);

const chromium = findChromium();
if (chromium && hasDisplay()) {
  const profile = mkdtempSync(join(tmpdir(), 'twijfelcheck-demo-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--disable-background-networking',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    DEMO_URL,
  ];
  console.log(`Chromium openen met de extensie (${chromium})…`);
  const browser = spawn(chromium, args, { stdio: 'ignore' });
  browser.on('exit', () => {
    server.close();
    process.exit(0);
  });
} else {
  console.log(`
${chromium ? 'Er is geen scherm (DISPLAY) om Chromium te openen.' : 'Chromium is niet gevonden (zet CHROMIUM_PATH, of installeer chromium).'}
Laad de extensie zelf in Chrome, Edge of Chromium:
  1. Open chrome://extensions (Edge: edge://extensions).
  2. Zet "Ontwikkelaarsmodus" aan.
  3. Kies "Uitgepakte extensie laden" en kies de map:
       ${EXTENSION_DIR}
  4. Open de demopagina: ${DEMO_URL}

No display: load ${EXTENSION_DIR} as an unpacked extension (developer mode) and open ${DEMO_URL}.
De server blijft draaien; stop met Ctrl+C.`);
}

process.on('SIGINT', () => {
  server.close();
  process.exit(0);
});

import { defineConfig } from '@playwright/test';

/** npm test picks a free port; 4173 when Playwright runs on its own. */
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Each test starts its own Chromium with the extension; two cores fit one at a time best.
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: { baseURL: `http://localhost:${FIXTURE_PORT}` },
  webServer: {
    command: `npx tsx tests/fixtures/server.ts ${FIXTURE_PORT}`,
    url: `http://127.0.0.1:${FIXTURE_PORT}/demo/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});

import { test as base, chromium, expect, type BrowserContext, type Page, type Request } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ClosedUi } from './closed-ui';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium itself off the network here (there is none) and quiet in CI. */
const QUIET_FLAGS = [
  '--no-first-run',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export async function launchWithExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'twijfelcheck-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'nl-NL',
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...QUIET_FLAGS],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface Fixtures {
  context: BrowserContext;
  page: Page;
  /** Every request the browser made during the test, from pages, workers and the extension alike. */
  requests: Request[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ requests }, use) => {
    const { context, close } = await launchWithExtension();
    context.on('request', (request) => requests.push(request));
    await use(context);
    await close();
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** The extension's dialog, inside its closed shadow root (see closed-ui.ts). */
export function dialogOf(page: Page): ClosedUi {
  return new ClosedUi(page, 'twijfelcheck-ui').getByRole('dialog', { name: /Bij twijfel: niet plaatsen/ });
}

/** The live hint's badge(s), inside their closed shadow roots. */
export function hintOf(page: Page): ClosedUi {
  return new ClosedUi(page, 'twijfelcheck-hint').getByRole('button');
}

export function timelineOf(page: Page) {
  return page.getByTestId('timeline-post');
}

import { test as base, expect, type BrowserContext, type Page, type Request } from '@playwright/test';
import { launchWithExtension } from './launch';
import { ClosedUi } from './closed-ui';


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

/** The notice that a post did not go out, inside its closed shadow root. */
export function noticeOf(page: Page): ClosedUi {
  return new ClosedUi(page, 'twijfelcheck-notice').locator('[role="status"]');
}

export function timelineOf(page: Page) {
  return page.getByTestId('timeline-post');
}

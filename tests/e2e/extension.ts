import { test as base, expect, type BrowserContext, type Locator, type Page, type Request } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config';
import { launchWithExtension } from './launch';
import { removePolicy, writePolicy } from './policy-file';
import { ClosedUi } from './closed-ui';

interface Fixtures {
  context: BrowserContext;
  page: Page;
  /** Every request the browser made during the test, from pages, workers and the extension alike. */
  requests: Request[];
}

interface Options {
  /**
   * A browser of its own for each test, started after the test file's setup: for tests that write a real
   * policy file (Chromium reads it at start) or count what the extension keeps locally. Other tests share one
   * browser per worker, each in a new tab: starting Chromium with the extension costs ~2 s a test.
   */
  freshBrowser: boolean;
}

interface WorkerFixtures {
  /**
   * A school policy for the shared browser, as a real Chromium policy file written before it starts (and removed
   * after): the tests of a describe with one policy share one browser. Needs root (see policy-file.ts).
   */
  schoolPolicy: Record<string, unknown> | undefined;
  /** The worker's shared browser, started when a test first asks for it. */
  sharedBrowser: () => Promise<BrowserContext>;
}

export const test = base.extend<Fixtures & Options, WorkerFixtures>({
  freshBrowser: [false, { option: true }],
  schoolPolicy: [undefined, { option: true, scope: 'worker' }],
  sharedBrowser: [
    async ({ schoolPolicy }, use) => {
      if (schoolPolicy) writePolicy(schoolPolicy);
      let launched: ReturnType<typeof launchWithExtension> | undefined;
      await use(async () => (await (launched ??= launchSettled(schoolPolicy ?? {}))).context);
      if (launched) await (await launched).close();
      if (schoolPolicy) removePolicy();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ requests, freshBrowser, sharedBrowser }, use) => {
    const fresh = freshBrowser ? await launchWithExtension() : undefined;
    const context = fresh?.context ?? (await sharedBrowser());
    const onRequest = (request: Request) => requests.push(request);
    context.on('request', onRequest);
    await use(context);
    context.off('request', onRequest);
    await fresh?.close();
  },
  page: async ({ context, freshBrowser }, use) => {
    if (freshBrowser) return use(context.pages()[0] ?? (await context.newPage()));
    // A new tab for this test; every tab it opened is closed after it, so the next test starts alike.
    const opened: Page[] = [];
    const onPage = (page: Page) => opened.push(page);
    context.on('page', onPage);
    const page = await context.newPage();
    await use(page);
    context.off('page', onPage);
    await Promise.all(opened.map((tab) => tab.close()));
  },
});

export { expect };

/** Where utils/settings.ts keeps its copy of the policy (that module reads JSON Playwright's loader cannot). */
const POLICY_COPY_KEY = 'managedPolicyCopy';
type ChromeStorage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };

/**
 * A browser with the extension that has run for a while, as a pupil's has: Chromium's first read of the
 * school's policy (seconds after it starts) is done and the extension keeps its copy, which holds `policy`.
 * The moments right after a start have tests of their own, with `freshBrowser`.
 */
async function launchSettled(policy: Record<string, unknown>): ReturnType<typeof launchWithExtension> {
  const launched = await launchWithExtension();
  const { context } = launched;
  const page = await context.newPage();
  await page.goto(`http://localhost:${FIXTURE_PORT}/sites/x/home`);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await expect
    .poll(
      () =>
        worker.evaluate(async (key) => (await (globalThis as unknown as ChromeStorage).chrome.storage.local.get(key))[key] as Record<string, unknown> | undefined, POLICY_COPY_KEY),
      { timeout: 30_000 },
    )
    .toMatchObject(policy);
  await page.close();
  return launched;
}

/** The extension's dialog, inside its closed shadow root (see closed-ui.ts). */
export function dialogOf(page: Page): ClosedUi {
  return new ClosedUi(page, 'twijfelcheck-ui').getByRole('dialog', { name: /Bij twijfel: niet plaatsen/ });
}

/**
 * Waits until the dialog is open and has moved the focus to "Bericht aanpassen", as it does on opening: only then do
 * keys the test presses (Escape) reach it. Under load the focus can follow the dialog's first paint by a moment.
 */
export async function dialogFocused(page: Page): Promise<ClosedUi> {
  const dialog = dialogOf(page);
  await dialog.waitFor();
  await expect.poll(() => dialog.getByRole('button', { name: 'Bericht aanpassen' }).isFocused()).toBe(true);
  return dialog;
}

/** The live hint's badge(s), inside their closed shadow roots. */
export function hintOf(page: Page): ClosedUi {
  return new ClosedUi(page, 'twijfelcheck-hint').getByRole('button');
}

/**
 * "Disclaimer toevoegen" in an editor that refuses a script's text: the disclaimer goes on the clipboard with a
 * notice to paste it; pasted at the end of the editor, it is there and the notice goes.
 */
export async function pasteDisclaimerFromClipboard(page: Page, editor: Locator, disclaimer: string): Promise<void> {
  await dialogOf(page).getByRole('button', { name: 'Disclaimer toevoegen' }).click();
  const notice = noticeOf(page);
  await notice.waitFor();
  expect(await notice.innerText()).toContain('Ctrl+V');
  await expect(editor).not.toContainText('persoonlijke titel');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(disclaimer);
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+V');
  await expect(editor).toContainText('op persoonlijke titel');
  await notice.waitFor({ state: 'detached', timeout: 3_000 });
}

/** The notice that a post did not go out, inside its closed shadow root. */
export function noticeOf(page: Page): ClosedUi {
  return new ClosedUi(page, 'twijfelcheck-notice').locator('[role="status"]');
}

/**
 * Writes `text` where the caret is: all but its last character arrive as one insert (as a paste or a phone
 * keyboard's suggestion does), the last as a typed key. Tests of what typing itself does type every key; the
 * others use this: typing each key costs the browser ~7 ms of work, most of a test's time on two cores.
 */
export async function write(page: Page, text: string): Promise<void> {
  // By characters, not UTF-16 units: an emoji at the end stays whole.
  const characters = [...text];
  if (characters.length > 1) await page.keyboard.insertText(characters.slice(0, -1).join(''));
  await page.keyboard.type(characters.at(-1) ?? '');
}

export function timelineOf(page: Page) {
  return page.getByTestId('timeline-post');
}

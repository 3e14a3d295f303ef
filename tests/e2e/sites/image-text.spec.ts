import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { randomSource, scene } from '../../eval/images/dataset';
import { encodeJpeg } from '../../eval/images/image-ops';
import { dialogOf, expect, hintOf, test, timelineOf, write } from '../extension';

/**
 * Text read in an attached image, in the built extension on the site fixtures: a chat screenshot with a
 * phone number (tests/fixtures/images/chat-telefoon.png, from the OCR evaluation) opens the dialog with the
 * image and the number's box marked; a holiday photo (no text) does not. The OCR runs in the extension's
 * offscreen document with its bundled files: no request leaves the machine.
 */
const CHAT = { name: 'chat.png', mimeType: 'image/png', buffer: readFileSync('tests/fixtures/images/chat-telefoon.png') };
const HOLIDAY = { name: 'strand.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(scene(randomSource(4), 1200, 900), 85) };
const PHONE_FINDING = 'In de afbeelding staat "06-78675778".';
const CHAT_FINDING = 'Dit lijkt een screenshot van een gesprek';

type File = { name: string; mimeType: string; buffer: Buffer };

/** The hint reads "afbeelding wordt gelezen…" while the image is read; then it counts what was found. */
async function untilRead(page: Page) {
  await expect.poll(async () => (await hintOf(page).count()) > 0 && (await hintOf(page).getAttribute('aria-busy')) === 'false', { timeout: 30_000 }).toBe(true);
}

const SITES: Record<string, { attach(page: Page, file: File, text: string): Promise<void>; post(page: Page): Promise<void> }> = {
  X: {
    async attach(page, file, text) {
      await page.goto('/sites/x/home');
      await page.getByTestId('tweetTextarea_0').click();
      await write(page, text);
      await page.getByTestId('fileInput').first().setInputFiles(file);
    },
    post: (page) => page.getByTestId('tweetButtonInline').click(),
  },
  Instagram: {
    async attach(page, file, text) {
      await page.goto('/sites/instagram/');
      await page.getByRole('button', { name: 'New post' }).click();
      const create = page.getByRole('dialog', { name: 'Create new post' });
      await create.getByLabel('Select from computer').setInputFiles(file);
      await create.getByRole('button', { name: 'Next' }).click();
      await create.getByRole('button', { name: 'Next' }).click();
      await create.getByRole('textbox', { name: 'Write a caption...' }).click();
      await write(page, text);
    },
    post: (page) => page.getByRole('dialog', { name: 'Create new post' }).getByRole('button', { name: 'Share' }).click(),
  },
  Facebook: {
    async attach(page, file, text) {
      await page.goto('/sites/facebook/');
      await page.locator('[data-fixture="open-composer"]').click();
      const create = page.getByRole('dialog');
      await create.getByRole('textbox').click();
      await write(page, text);
      await create.getByLabel('Photo/video').setInputFiles(file);
    },
    post: (page) => page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click(),
  },
};

for (const [site, flow] of Object.entries(SITES)) {
  test.describe(`${site}: text in an attached image @ocr`, () => {
    test('a chat screenshot with a phone number opens the dialog with the marked thumbnail', async ({ page, requests }) => {
      await flow.attach(page, CHAT, 'Haha kijk dit');
      // The hint shows the image is being read, or (with the reader warm from a site tested before, on a fast machine)
      // has read it already: the "wordt gelezen" state can pass between two polls, in both full runs of 3 December.
      await expect.poll(async () => (await hintOf(page).count()) > 0 && ((await hintOf(page).getAttribute('aria-label'))?.includes('afbeelding wordt gelezen') || (await hintOf(page).getAttribute('aria-busy')) === 'false'), { timeout: 10_000, intervals: [50] }).toBe(true);
      await untilRead(page);
      await flow.post(page);
      await dialogOf(page).waitFor();
      await dialogOf(page).getByText(PHONE_FINDING).waitFor();
      await dialogOf(page).getByText(CHAT_FINDING).waitFor();
      const marks = dialogOf(page).locator('canvas.image-mark');
      expect(await marks.count()).toBeGreaterThanOrEqual(2);
      expect(Number(await marks.first().getAttribute('data-regions'))).toBeGreaterThan(0);
      await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
      await expect(timelineOf(page)).toHaveText(['Haha kijk dit']);
      const offMachine = requests.map((request) => request.url()).filter((url) => !/^(http:\/\/localhost[:/]|chrome-extension:|data:|blob:)/.test(url));
      expect(offMachine).toEqual([]);
    });

    test('a holiday photo is not read as text and posts without a dialog', async ({ page, requests }) => {
      await flow.attach(page, HOLIDAY, 'Zon!');
      await untilRead(page);
      await flow.post(page);
      await expect(timelineOf(page)).toHaveText(['Zon!']);
      expect(await dialogOf(page).count()).toBe(0);
      expect(requests.map((request) => request.url()).filter((url) => !/^(http:\/\/localhost[:/]|chrome-extension:|data:|blob:)/.test(url))).toEqual([]);
    });
  });
}

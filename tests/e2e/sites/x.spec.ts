import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_LOGO } from '../../eval/images/dataset';
import { dialogOf, expect, test, timelineOf } from '../extension';
import { englishFlows } from './english-flows';
import { RISKY, surfaceFlows, type SurfaceCase } from './surface-flows';

const home = (page: Page) => page.goto('/sites/x/home');
const modal = (page: Page) => page.getByRole('dialog');

const homeComposer: SurfaceCase = {
  title: 'X: new post, home inline composer @x',
  surface: 'x-home',
  open: home,
  editor: (page) => page.getByTestId('tweetTextarea_0'),
  submitButton: (page) => page.getByTestId('tweetButtonInline'),
  submitKey: 'Control+Enter',
};
surfaceFlows(homeComposer);
englishFlows(homeComposer);

surfaceFlows({
  title: 'X: new post in the modal @x',
  surface: 'x-modal',
  open: async (page) => {
    await home(page);
    await page.getByTestId('SideNav_NewTweet_Button').click();
  },
  editor: (page) => modal(page).getByTestId('tweetTextarea_0'),
  submitButton: (page) => modal(page).getByTestId('tweetButton'),
  submitKey: 'Control+Enter',
});

surfaceFlows({
  title: 'X: reply @x',
  surface: 'x-reply',
  open: (page) => page.goto('/sites/x/status/1'),
  editor: (page) => page.getByTestId('tweetTextarea_0'),
  submitButton: (page) => page.getByTestId('tweetButtonInline'),
  submitKey: 'Control+Enter',
});

surfaceFlows({
  title: 'X: quote post @x',
  surface: 'x-quote',
  open: async (page) => {
    await home(page);
    await page.getByTestId('quote').click();
    await expect(page.getByTestId('quotedTweet')).toBeVisible();
  },
  editor: (page) => modal(page).getByTestId('tweetTextarea_0'),
  submitButton: (page) => modal(page).getByTestId('tweetButton'),
  submitKey: 'Meta+Enter',
});

surfaceFlows({
  title: 'X: direct message @x',
  surface: 'x-dm',
  open: (page) => page.goto('/sites/x/i/chat/1'),
  editor: (page) => page.getByTestId('dm-composer-textarea'),
  submitButton: (page) => page.getByTestId('dm-composer-send-button'),
  submitKey: 'Enter',
});

test.describe('X: threads and navigation @x', () => {
  test('a thread is checked as a whole: risky text in the second post holds all, "Toch plaatsen" posts all once', async ({ page }) => {
    await home(page);
    await page.getByTestId('SideNav_NewTweet_Button').click();
    await modal(page).getByTestId('addButton').click();
    await modal(page).getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('Deel 1 van mijn verhaal');
    await modal(page).getByTestId('tweetTextarea_1').click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Control+Enter');
    await dialogOf(page).waitFor();
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(timelineOf(page)).toHaveText([RISKY, 'Deel 1 van mijn verhaal']);
    await page.waitForTimeout(200);
    await expect(timelineOf(page)).toHaveCount(2);
  });

  test('single-page navigation to a new composer: the reply box that appears is checked too', async ({ page }) => {
    await home(page);
    await page.getByTestId('reply').click();
    await expect(page).toHaveURL(/\/sites\/x\/status\/1/);
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type(RISKY);
    await page.getByTestId('tweetButtonInline').click();
    await dialogOf(page).waitFor();
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('a disabled post button is left alone', async ({ page }) => {
    await home(page);
    await page.getByTestId('tweetButtonInline').dispatchEvent('click');
    await dialogOf(page).waitFor({ state: 'detached' });
    await expect(timelineOf(page)).toHaveCount(0);
  });
});

surfaceFlows({
  title: 'X: mobile web, a textarea inside the tweetTextarea wrapper @x',
  surface: 'x-mobile',
  open: (page) => page.goto('/sites/x/compose/post?mobile=1'),
  editor: (page) => page.getByTestId('tweetTextarea_0').locator('textarea'),
  submitButton: (page) => page.getByTestId('tweetButton'),
});

surfaceFlows({
  title: 'X: an Article, body @x',
  surface: 'x-article',
  open: (page) => page.goto('/sites/x/compose/articles/edit/1'),
  editor: (page) => page.getByTestId('composer'),
  submitButton: (page) => page.getByRole('button', { name: 'Publish' }),
});

surfaceFlows({
  title: 'X: profile bio @x',
  surface: 'x-bio',
  open: (page) => page.goto('/sites/x/settings/profile'),
  editor: (page) => page.locator('textarea[name="description"]'),
  submitButton: (page) => page.getByTestId('Profile_Save_Button'),
});

test.describe('X: Articles and profile text @x', () => {
  test('a risky Article title holds the Article', async ({ page }) => {
    await page.goto('/sites/x/compose/articles/edit/1');
    await page.getByPlaceholder('Add a title').fill(RISKY);
    await page.getByTestId('composer').click();
    await page.keyboard.type('Verslag van de musical');
    await page.getByRole('button', { name: 'Publish' }).click();
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('a risky display name holds Save; "Toch plaatsen" saves name and bio once', async ({ page }) => {
    await page.goto('/sites/x/settings/profile');
    await page.locator('input[name="displayName"]').fill(RISKY);
    await page.locator('textarea[name="description"]').fill('Leerling van Het Streek');
    await page.getByTestId('Profile_Save_Button').click();
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(timelineOf(page)).toHaveText([`${RISKY}\n\nLeerling van Het Streek`]);
  });
});

test.describe('X: a profile photo without logos in the policy @x @logo', () => {
  test('goes straight to the site', async ({ page }) => {
    await page.goto('/sites/x/settings/profile');
    await page.getByRole('dialog').getByLabel('Add avatar photo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: readFileSync(SAMPLE_LOGO) });
    await expect(page.getByTestId('fixture-avatar')).toHaveText('logo.png');
    await dialogOf(page).waitFor({ state: 'detached' });
  });
});

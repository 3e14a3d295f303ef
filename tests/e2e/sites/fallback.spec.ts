import type { Locator, Page } from '@playwright/test';
import { dialogOf, expect, test, timelineOf, write } from '../extension';
import { RISKY } from './surface-flows';

// ?lang=pl: a UI language the adapters have no labels for (tests/fixtures/sites/shared/fixture.js). Every
// composer must still be checked, found by structure alone (structural.ts and the *-structure surfaces);
// X's adapter never used labels (data-testid only). Search boxes and settings fields are never checked.

const PNG = { name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') };

async function writeInto(page: Page, editor: Locator, text = RISKY) {
  await editor.click();
  await write(page, text);
}

/** The dialog came; "Bericht aanpassen" leaves nothing posted. */
async function held(page: Page) {
  await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
  await dialogOf(page).waitFor({ state: 'detached' });
  await expect(timelineOf(page)).toHaveCount(0);
}

/** The dialog came; "Toch plaatsen" posts exactly once, on this surface. */
async function postedAnyway(page: Page, surface: string) {
  await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
  await expect(timelineOf(page)).toHaveText([RISKY]);
  await expect(timelineOf(page).first()).toHaveAttribute('data-surface', surface);
  await page.waitForTimeout(200);
  await expect(timelineOf(page)).toHaveCount(1);
}

/** Nothing held: no dialog a moment later. */
async function leftAlone(page: Page) {
  await page.waitForTimeout(400);
  expect(await dialogOf(page).count()).toBe(0);
}

test.describe('Facebook in an unknown UI language @fallback @facebook', () => {
  test('post: the dialog\'s button, disabled while empty, is the post button; "Toch plaatsen" posts once', async ({ page }) => {
    await page.goto('/sites/facebook/?lang=pl');
    await page.locator('[data-fixture="open-composer"]').click();
    await writeInto(page, page.getByRole('dialog').getByRole('textbox'));
    await page.getByRole('dialog').getByRole('button', { name: 'Opublikuj' }).click();
    await postedAnyway(page, 'facebook-feed');
  });

  test('page post: Next (disabled while empty) is checked too', async ({ page }) => {
    await page.goto('/sites/facebook/page/1?lang=pl');
    await page.locator('[data-fixture="open-composer"]').click();
    await writeInto(page, page.getByRole('dialog').getByRole('textbox'));
    await page.getByRole('dialog').getByRole('button', { name: 'Dalej' }).click();
    await held(page);
  });

  test('comment: Enter and the comment button', async ({ page }) => {
    await page.goto('/sites/facebook/?lang=pl');
    const comment = page.getByRole('article').getByRole('textbox');
    await writeInto(page, comment);
    await page.keyboard.press('Enter');
    await held(page);
    await page.getByRole('article').getByRole('button', { name: 'Skomentuj' }).click();
    await postedAnyway(page, 'facebook-comment');
  });

  test('chat: Enter', async ({ page }) => {
    await page.goto('/sites/facebook/messages/t/1?lang=pl');
    await writeInto(page, page.getByRole('main').getByRole('textbox'));
    await page.keyboard.press('Enter');
    await postedAnyway(page, 'facebook-messenger');
  });

  test('the search box and a settings field are left alone', async ({ page }) => {
    await page.goto('/sites/facebook/?lang=pl');
    await writeInto(page, page.getByRole('searchbox'));
    await page.keyboard.press('Enter');
    await leftAlone(page);
    await page.goto('/sites/facebook/profile?lang=pl');
    await writeInto(page, page.getByRole('textbox', { name: 'Bio' }));
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await expect(timelineOf(page)).toHaveText([RISKY]);
    await leftAlone(page);
  });
});

test.describe('Instagram in an unknown UI language @fallback @instagram', () => {
  test('caption: the text button beside the dialog\'s heading shares; "Toch plaatsen" posts once', async ({ page }) => {
    await page.goto('/sites/instagram/?lang=pl');
    await page.getByRole('button', { name: 'Nowy post' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Wybierz z komputera').setInputFiles(PNG);
    await create.getByRole('button', { name: 'Dalej' }).click();
    await create.getByRole('button', { name: 'Dalej' }).click();
    await writeInto(page, create.getByRole('textbox'));
    await create.getByRole('button', { name: 'Udostępnij' }).click();
    await postedAnyway(page, 'instagram-caption');
  });

  test('comment: Enter and the comment form\'s button', async ({ page }) => {
    await page.goto('/sites/instagram/?lang=pl');
    await writeInto(page, page.getByRole('article').getByRole('textbox'));
    await page.keyboard.press('Enter');
    await held(page);
    await page.getByRole('article').getByRole('button', { name: 'Opublikuj' }).click();
    await postedAnyway(page, 'instagram-feed-comment');
  });

  test('direct message: Enter, and the Send button that appears with the text', async ({ page }) => {
    await page.goto('/sites/instagram/direct/t/1/?lang=pl');
    await writeInto(page, page.getByRole('main').getByRole('textbox'));
    await page.keyboard.press('Enter');
    await held(page);
    await page.getByRole('button', { name: 'Wyślij' }).click();
    await postedAnyway(page, 'instagram-direct');
  });

  test('the search box and the profile\'s settings are left alone', async ({ page }) => {
    await page.goto('/sites/instagram/?lang=pl');
    await writeInto(page, page.getByRole('searchbox'));
    await page.keyboard.press('Enter');
    await leftAlone(page);
    await page.goto('/sites/instagram/accounts/edit/?lang=pl');
    await writeInto(page, page.getByRole('textbox', { name: 'Bio' }));
    await page.getByRole('button', { name: 'Prześlij' }).click();
    await expect(timelineOf(page)).toHaveText([RISKY]);
    await leftAlone(page);
  });
});

test.describe('X and Messenger in an unknown UI language @fallback', () => {
  test('X: post, reply and chat are found by data-testid, whatever the labels say @x', async ({ page }) => {
    await page.goto('/sites/x/home?lang=pl');
    await writeInto(page, page.getByTestId('tweetTextarea_0'));
    await page.getByTestId('tweetButtonInline').click();
    await held(page);
    await page.goto('/sites/x/status/1?lang=pl');
    await writeInto(page, page.getByTestId('tweetTextarea_0'));
    await page.keyboard.press('Control+Enter');
    await held(page);
    await page.goto('/sites/x/i/chat/1?lang=pl');
    await writeInto(page, page.getByTestId('dm-composer-textarea'));
    await page.keyboard.press('Enter');
    await held(page);
  });

  test('X: the search box is left alone @x', async ({ page }) => {
    await page.goto('/sites/x/home?lang=pl');
    await writeInto(page, page.getByTestId('SearchBox_Search_Input'));
    await page.keyboard.press('Enter');
    await leftAlone(page);
  });

  test('Messenger: Enter, and the send button that replaces the like button @messenger', async ({ page }) => {
    await page.goto('/sites/messenger/t/1/?lang=pl');
    // Key by key: Messenger's editor (as its fixture) takes no inserted text.
    await page.getByRole('main').getByRole('textbox').click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await held(page);
    await page.getByRole('button', { name: 'Naciśnij Enter, aby wysłać' }).click();
    await held(page);
  });
});

import type { Page } from '@playwright/test';
import { dialogOf, expect, test, timelineOf, write } from '../extension';
import { englishFlows } from './english-flows';
import { CLEAN, RISKY, surfaceFlows, type SurfaceCase } from './surface-flows';

const postDialog = (page: Page) => page.getByRole('dialog', { name: /Create post|Bericht maken/ });

const composerDialog = (where: string, path: string, surface: string): SurfaceCase => ({
  title: `Facebook: post composer dialog (${where}) @facebook`,
  surface,
  open: async (page) => {
    await page.goto(path);
    await page.locator('[data-fixture="open-composer"]').click();
  },
  editor: (page) => postDialog(page).getByRole('textbox'),
  submitButton: (page) => postDialog(page).getByRole('button', { name: 'Post', exact: true }),
});
const feedComposer = composerDialog('feed', '/sites/facebook/', 'facebook-feed');
surfaceFlows(feedComposer);
surfaceFlows(composerDialog('group', '/sites/facebook/groups/1', 'facebook-group'));
englishFlows(feedComposer);

surfaceFlows({
  title: 'Facebook: post composer, Dutch UI @facebook',
  surface: 'facebook-feed',
  open: async (page) => {
    await page.goto('/sites/facebook/?lang=nl');
    await page.locator('[data-fixture="open-composer"]').click();
  },
  editor: (page) => postDialog(page).getByRole('textbox', { name: 'Wat ben je aan het doen, Sanne?' }),
  submitButton: (page) => postDialog(page).getByRole('button', { name: 'Plaatsen', exact: true }),
});

test.describe('Facebook: page post, Next → Post @facebook', () => {
  const openPageComposer = async (page: Page, text: string) => {
    await page.goto('/sites/facebook/page/1');
    await page.locator('[data-fixture="open-composer"]').click();
    await postDialog(page).getByRole('textbox').click();
    await write(page, text);
    await postDialog(page).getByRole('button', { name: 'Next' }).click();
  };

  test('clean text: Next, then Post publishes, no dialog', async ({ page }) => {
    await openPageComposer(page, CLEAN);
    await postDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
    await expect(timelineOf(page)).toHaveText([CLEAN]);
    await dialogOf(page).waitFor({ state: 'detached' });
  });

  test('risky text is checked on Next (the last step has no editor): "Bericht aanpassen" keeps the writer on step one', async ({ page }) => {
    await openPageComposer(page, RISKY);
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await expect(postDialog(page).getByRole('textbox')).toHaveText(RISKY);
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('risky text, "Toch plaatsen" goes on to the last step, and Post publishes once without asking again', async ({ page }) => {
    await openPageComposer(page, RISKY);
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(page.getByTestId('post-preview')).toHaveText(RISKY);
    await postDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
    await dialogOf(page).waitFor({ state: 'detached' });
    await expect(timelineOf(page)).toHaveText([RISKY]);
  });
});

surfaceFlows({
  title: 'Facebook: comment @facebook',
  surface: 'facebook-comment',
  open: (page) => page.goto('/sites/facebook/'),
  editor: (page) => page.getByRole('textbox', { name: 'Comment as Sanne Jansen' }),
  submitButton: (page) => page.getByRole('button', { name: 'Comment', exact: true }),
  submitKey: 'Enter',
});

surfaceFlows({
  title: 'Facebook: comment, Dutch UI @facebook',
  surface: 'facebook-comment',
  open: (page) => page.goto('/sites/facebook/?lang=nl'),
  editor: (page) => page.getByRole('textbox', { name: 'Reageer als Sanne Jansen' }),
  submitButton: (page) => page.getByRole('button', { name: 'Reageren', exact: true }),
  submitKey: 'Enter',
});

surfaceFlows({
  title: 'Facebook: reply to a comment @facebook',
  surface: 'facebook-reply',
  open: async (page) => {
    await page.goto('/sites/facebook/');
    await page.getByRole('link', { name: 'Reply' }).click();
  },
  editor: (page) => page.getByRole('textbox', { name: 'Reply to Daan de Vries' }),
  submitButton: (page) => page.getByRole('textbox', { name: 'Reply to Daan de Vries' }).locator('xpath=..').getByRole('button', { name: 'Comment' }),
  submitKey: 'Enter',
});

surfaceFlows({
  title: 'Facebook: Messenger chat @facebook',
  surface: 'facebook-messenger',
  open: (page) => page.goto('/sites/facebook/messages/t/1'),
  editor: (page) => page.getByRole('textbox', { name: 'Message' }),
  submitButton: (page) => page.getByRole('button', { name: 'Press Enter to send' }),
  submitKey: 'Enter',
});

test.describe('Facebook: keyboard, several composers, navigation @facebook', () => {
  test('Shift+Enter in a comment is a new line; risky text on the second line is still found', async ({ page }) => {
    await page.goto('/sites/facebook/');
    await page.getByRole('textbox', { name: 'Comment as Sanne Jansen' }).click();
    await page.keyboard.type('Hoi allemaal');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(RISKY);
    await expect(timelineOf(page)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await dialogOf(page).waitFor();
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(timelineOf(page)).toHaveText([`Hoi allemaal\n${RISKY}`]);
  });

  test('Enter on the focused "Post" div[role=button] is checked like a click', async ({ page }) => {
    await page.goto('/sites/facebook/');
    await page.locator('[data-fixture="open-composer"]').click();
    await postDialog(page).getByRole('textbox').click();
    await page.keyboard.type(RISKY);
    await postDialog(page).getByRole('button', { name: 'Post', exact: true }).focus();
    await page.keyboard.press('Enter');
    await dialogOf(page).waitFor();
    await page.keyboard.press('Escape');
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('Enter in an open list of names picks a name and posts nothing; the next Enter is checked', async ({ page }) => {
    await page.goto('/sites/facebook/');
    const box = page.getByRole('textbox', { name: 'Comment as Sanne Jansen' });
    await box.click();
    await page.keyboard.type('Mijn BSN is 111222333, vraag het @Da');
    await expect(page.getByRole('article').getByTestId('mention-list').last()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(box).toContainText('@Daan de Vries');
    await page.waitForTimeout(300);
    expect(await dialogOf(page).count()).toBe(0);
    await expect(timelineOf(page)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await dialogOf(page).waitFor();
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('two composers at once: each is checked on its own', async ({ page }) => {
    await page.goto('/sites/facebook/');
    await page.getByRole('textbox', { name: 'Message' }).click();
    await page.keyboard.type(CLEAN);
    await page.getByRole('textbox', { name: 'Comment as Sanne Jansen' }).click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await dialogOf(page).waitFor();
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await page.getByRole('textbox', { name: 'Message' }).click();
    await page.keyboard.press('Enter');
    await expect(timelineOf(page)).toHaveText([CLEAN]);
    await expect(timelineOf(page).first()).toHaveAttribute('data-surface', 'facebook-messenger');
  });

  test('single-page navigation from the feed to a group: the new composer is checked', async ({ page }) => {
    await page.goto('/sites/facebook/');
    await page.getByRole('link', { name: 'Group' }).click();
    await page.locator('[data-fixture="open-composer"]').click();
    await postDialog(page).getByRole('textbox').click();
    await page.keyboard.type(RISKY);
    await postDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
    await dialogOf(page).waitFor();
  });
});

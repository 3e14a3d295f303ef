import type { Page } from '@playwright/test';
import { dialogOf, expect, noticeOf, pasteDisclaimerFromClipboard, test, timelineOf } from '../extension';
import { appeared, canWritePolicy, NEEDS_ROOT, removePolicy, waitForPolicy, writePolicy } from '../policy-file';
import { CLEAN, RISKY } from './surface-flows';

// messenger.com's composer acts only on what the user does (the fixture, like the live site, ignores a
// script's Enter, click and text): "Toch plaatsen" cannot send for the user, so the user is asked to press once
// more, and that press goes straight through.

const open = (page: Page, query = '') => page.goto(`/sites/messenger/t/1/${query}`);
const box = (page: Page) => page.getByRole('main').getByRole('textbox');

async function typeRisky(page: Page, text = RISKY) {
  await box(page).click();
  await page.keyboard.type(text);
}

test.describe('Messenger (messenger.com) @messenger', () => {
  test('clean text: Enter sends at once, no dialog', async ({ page }) => {
    await open(page);
    await typeRisky(page, CLEAN);
    // A person types for a moment: the checks (loaded when writing starts) and the school's policy (read from
    // managed storage, slow right after the browser starts) are ready by the time they send.
    await page.waitForTimeout(3000);
    await page.keyboard.press('Enter');
    await expect(timelineOf(page)).toHaveText([CLEAN]);
    await expect(timelineOf(page).first()).toHaveAttribute('data-surface', 'messenger-chat');
    expect(await dialogOf(page).count()).toBe(0);
  });

  test('risky text, Enter → "Bericht aanpassen": nothing sent, the text stays and typing goes on at the end', async ({ page }) => {
    await open(page);
    await typeRisky(page);
    await page.keyboard.press('Enter');
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await dialogOf(page).waitFor({ state: 'detached' });
    await expect(timelineOf(page)).toHaveCount(0);
    await page.keyboard.type('!');
    await expect(box(page)).toHaveText(`${RISKY}!`);
  });

  test('risky text, Enter → "Toch plaatsen": the site ignores the replay, the notice asks for one more Enter, which sends once', async ({ page }) => {
    await open(page);
    await typeRisky(page);
    await page.keyboard.press('Enter');
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    const notice = noticeOf(page);
    await notice.waitFor({ timeout: 6_000 });
    expect(await notice.innerText()).toContain('Druk dan nog een keer');
    await expect(timelineOf(page)).toHaveCount(0);
    await expect(box(page)).toHaveText(RISKY);
    await box(page).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(timelineOf(page)).toHaveText([RISKY]);
    expect(await dialogOf(page).count()).toBe(0);
    await notice.waitFor({ state: 'detached', timeout: 3_000 });
    await page.waitForTimeout(300);
    await expect(timelineOf(page)).toHaveCount(1);
  });

  test('risky text, the send button → "Toch plaatsen": the user\'s own second click sends once', async ({ page }) => {
    await open(page);
    await typeRisky(page);
    await page.getByRole('button', { name: 'Press Enter to send' }).click();
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await noticeOf(page).waitFor({ timeout: 6_000 });
    await expect(timelineOf(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Press Enter to send' }).click();
    await expect(timelineOf(page)).toHaveText([RISKY]);
    await expect(timelineOf(page).first()).toHaveAttribute('data-via', 'button');
  });

  test('the search box is no composer: Enter there is left alone', async ({ page }) => {
    await open(page);
    await page.getByRole('searchbox').click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await dialogOf(page).count()).toBe(0);
  });
});

test.describe('Messenger right after the browser started @messenger', () => {
  // The browser's first read of the school's policy takes seconds; no copy of it is kept yet.
  test.use({ freshBrowser: true });

  test('a message sent the instant the page opened is held for the checks; as the site ignores our replay, the notice comes at once and the next Enter sends', async ({ page }) => {
    await open(page);
    await box(page).click();
    await page.keyboard.type(CLEAN);
    await page.keyboard.press('Enter');
    const notice = noticeOf(page);
    // Held at most 1.5 s for the policy, then the checks; the notice half a second after the replay.
    await notice.waitFor({ timeout: 6_000 });
    await expect(timelineOf(page)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(timelineOf(page)).toHaveText([CLEAN]);
    expect(await dialogOf(page).count()).toBe(0);
  });
});

test.describe('Messenger with a staff policy @messenger @policy', () => {
  test.describe.configure({ mode: 'serial' });
  // Chromium reads the policy file while it runs: a browser shared with other tests would keep this one's policy.
  test.use({ freshBrowser: true });
  test.skip(!canWritePolicy, NEEDS_ROOT);
  test.afterEach(removePolicy);

  test('"Disclaimer toevoegen": the editor refuses a script\'s text, so the disclaimer goes on the clipboard with a notice to paste it', async ({ page }) => {
    const disclaimer = 'Dit bericht plaats ik op persoonlijke titel; het is niet namens Het Streek.';
    writePolicy({ role: 'medewerker', schoolName: 'Het Streek', disclaimerText: disclaimer });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForPolicy(page, '/sites/messenger/t/1/', async () => {
      await typeRisky(page, 'Trots op mijn leerlingen vandaag!');
      await page.keyboard.press('Enter');
      return appeared(dialogOf(page));
    });
    await pasteDisclaimerFromClipboard(page, box(page), disclaimer);
    await expect(timelineOf(page)).toHaveCount(0);
  });
});

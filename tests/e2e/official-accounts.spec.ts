import type { Page } from '@playwright/test';
import { dialogOf, expect, test, timelineOf } from './extension';
import { appeared, canWritePolicy, NEEDS_ROOT, waitForPolicy } from './policy-file';

test.describe.configure({ mode: 'serial' });
test.skip(!canWritePolicy, NEEDS_ROOT);

const OFFICIAL = { schoolName: 'Het Streek', officialAccounts: ['@csghetstreek', '@schoolband_official'] };
// One browser for these tests, started with the policy in force.
test.use({ schoolPolicy: canWritePolicy ? OFFICIAL : undefined });

test.describe('official accounts, with a real Chromium policy file @policy', () => {
  const speaksForSchool = 'Namens Het Streek: morgen is de school dicht.';
  const officialAccountCases: Array<{
    tag: string;
    path: string;
    post: (page: Page) => Promise<void>;
    finish?: (page: Page) => Promise<void>;
  }> = [
    {
      tag: '@x',
      path: '/sites/x/home',
      post: async (page) => {
        await page.getByTestId('tweetTextarea_0').click();
        await page.keyboard.type(speaksForSchool);
        await page.getByTestId('tweetButtonInline').click();
      },
    },
    {
      tag: '@instagram',
      path: '/sites/instagram/',
      post: async (page) => {
        await page.getByRole('textbox', { name: 'Add a comment…' }).fill(speaksForSchool);
        await page.keyboard.press('Enter');
      },
    },
    {
      tag: '@facebook',
      path: '/sites/facebook/',
      post: async (page) => {
        // As a person would, stay on the feed a moment: the account is noted at most 300 ms after a change.
        await page.waitForTimeout(600);
        await page.getByRole('link', { name: 'Page', exact: true }).click();
        await page.locator('[data-fixture="open-composer"]').click();
        const dialog = page.getByRole('dialog', { name: 'Create post' });
        await dialog.getByRole('textbox').click();
        await page.keyboard.type(speaksForSchool);
        await dialog.getByRole('button', { name: 'Next' }).click();
      },
      // The page flow is checked on Next; Post is the step after it.
      finish: (page) => page.getByRole('dialog', { name: 'Create post' }).getByRole('button', { name: 'Post', exact: true }).click(),
    },
  ];

  for (const { tag, path, post, finish } of officialAccountCases) {
    test(`the school's official account may speak for the school; others get the warning ${tag}`, async ({ page }) => {
      await waitForPolicy(page, path, async () => {
        await post(page);
        return appeared(dialogOf(page));
      });
      expect(await dialogOf(page).innerText()).toContain('namens Het Streek');
      await page.goto(`${path}?account=csghetstreek`);
      await post(page);
      await finish?.(page);
      await expect(timelineOf(page)).toHaveText([speaksForSchool]);
      await dialogOf(page).waitFor({ state: 'detached' });
    });
  }
});

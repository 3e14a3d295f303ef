import type { Page } from '@playwright/test';
import { dialogOf, expect, noticeOf, test, timelineOf } from './extension';
import { appeared, canWritePolicy, NEEDS_ROOT, removePolicy, waitForPolicy, writePolicy } from './policy-file';

test.describe.configure({ mode: 'serial' });
// Chromium reads the policy file while it runs: a browser shared with other tests would keep this one's policy.
test.use({ freshBrowser: true });
test.skip(!canWritePolicy, NEEDS_ROOT);
test.afterEach(removePolicy);

const STAFF = {
  role: 'medewerker',
  schoolName: 'Het Streek',
  disclaimerText: 'Dit bericht plaats ik op persoonlijke titel; het is niet namens Het Streek.',
  contact: { name: 'Mevrouw Bakker', role: 'teamleider', how: 'via Teams' },
};

test.describe('school policy from a real Chromium policy file @policy', () => {
  test('staff: disclaimer reminder, one click inserts it into a Draft.js editor, then it posts @x', async ({ page }) => {
    writePolicy(STAFF);
    const post = 'Trots op mijn leerlingen vandaag!';
    await waitForPolicy(page, '/sites/x/home', async () => {
      await page.getByTestId('tweetTextarea_0').click();
      await page.keyboard.type(post);
      await page.getByTestId('tweetButtonInline').click();
      return appeared(dialogOf(page));
    });
    const dialog = dialogOf(page);
    expect(await dialog.innerText()).toContain('op persoonlijke titel');
    expect(await dialog.innerText()).toContain('Mevrouw Bakker (teamleider): via Teams');
    await dialog.getByRole('button', { name: 'Disclaimer toevoegen' }).click();
    await expect(page.getByTestId('tweetTextarea_0')).toContainText('niet namens Het Streek');
    await page.getByTestId('tweetButtonInline').click();
    await dialogOf(page).waitFor({ state: 'detached' });
    await expect(timelineOf(page)).toHaveText([`${post}\n${STAFF.disclaimerText}`]);
  });

  test('staff: an editor that ignores text a script adds gets the disclaimer on the clipboard, with a notice to paste it @demo', async ({ page }) => {
    writePolicy(STAFF);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const comment = page.getByTestId('demo-comment-text');
    await waitForPolicy(page, '/demo/?trusted-only', async () => {
      await comment.click();
      await page.keyboard.type('Trots op mijn leerlingen vandaag!');
      await page.keyboard.press('Enter');
      return appeared(dialogOf(page));
    });
    await dialogOf(page).getByRole('button', { name: 'Disclaimer toevoegen' }).click();
    const notice = noticeOf(page);
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Ctrl+V');
    await expect(comment).not.toContainText('persoonlijke titel');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(STAFF.disclaimerText);
    await comment.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+V');
    await expect(comment).toContainText('op persoonlijke titel');
    await notice.waitFor({ state: 'detached', timeout: 3_000 });
  });

  test('staff: the disclaimer goes into a Lexical editor too @facebook', async ({ page }) => {
    writePolicy(STAFF);
    await waitForPolicy(page, '/sites/facebook/', async () => {
      await page.getByRole('textbox', { name: 'Comment as Sanne Jansen' }).click();
      await page.keyboard.type('Mooie musical van onze leerlingen');
      await page.keyboard.press('Enter');
      return appeared(dialogOf(page));
    });
    await dialogOf(page).getByRole('button', { name: 'Disclaimer toevoegen' }).click();
    const box = page.getByRole('textbox', { name: 'Comment as Sanne Jansen' });
    await expect(box).toContainText('niet namens Het Streek');
    await page.keyboard.press('Enter');
    await dialogOf(page).waitFor({ state: 'detached' });
    await expect(timelineOf(page).first()).toContainText('Mooie musical van onze leerlingen');
    await expect(timelineOf(page).first()).toContainText('niet namens Het Streek');
  });

  test('block: no "Toch plaatsen", and the dialog says whom to ask', async ({ page }) => {
    writePolicy({ categories: { belediging: 'block' }, contact: { name: 'je mentor', role: '', how: '' } });
    await waitForPolicy(page, '/demo/', async () => {
      await page.getByTestId('demo-post-text').fill('jij kankerlijer');
      await page.getByTestId('demo-post-button').click();
      return appeared(dialogOf(page).getByText('Je school heeft gevraagd'));
    });
    const dialog = dialogOf(page);
    await dialog.getByRole('button', { name: 'Toch plaatsen' }).waitFor({ state: 'detached' });
    expect(await dialog.innerText()).toContain('Twijfel je? Vraag het aan je mentor.');
    await dialog.getByRole('button', { name: 'Bericht aanpassen' }).click();
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('extraTerms add the school\'s own words; allowTerms silence words', async ({ page }) => {
    writePolicy({ extraTerms: { vertrouwelijk: ['Project Zwaluw'] }, allowTerms: ['Kuttekoven'] });
    await waitForPolicy(page, '/demo/', async () => {
      await page.getByTestId('demo-post-text').fill('Morgen begint Project Zwaluw');
      await page.getByTestId('demo-post-button').click();
      return appeared(dialogOf(page));
    });
    expect(await dialogOf(page).locator('mark').allInnerTexts()).toEqual(['Project Zwaluw']);
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await page.getByTestId('demo-post-text').fill('Kamp in Kuttekoven, kut dat het regent');
    await page.getByTestId('demo-post-button').click();
    expect(await dialogOf(page).locator('mark').allInnerTexts()).toEqual(['kut']);
  });

  test('lesson times: a pupil gets one gentle reminder, and can still post', async ({ page }) => {
    const allDay = { days: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], from: '00:00', to: '23:59' };
    writePolicy({ lessonTimes: [allDay] });
    await waitForPolicy(page, '/demo/', async () => {
      await page.getByTestId('demo-post-text').fill('Wie gaat er mee naar de film?');
      await page.getByTestId('demo-post-button').click();
      return appeared(dialogOf(page).getByText('Het is nu lestijd'));
    });
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(timelineOf(page)).toHaveText(['Wie gaat er mee naar de film?']);
    await page.getByTestId('demo-post-text').fill('En daarna pizza?');
    await page.getByTestId('demo-post-button').click();
    await expect(timelineOf(page)).toHaveText(['En daarna pizza?', 'Wie gaat er mee naar de film?']);
    await dialogOf(page).waitFor({ state: 'detached' });
  });

  /**
   * Per site: how a post is written, and where the page shows who is signed in. On Instagram the feed shows
   * the official account's picture on its own post; on Facebook the account shows only on the feed, and the
   * post is made on a page reached from there.
   */
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
      writePolicy({ schoolName: 'Het Streek', officialAccounts: ['@csghetstreek', '@schoolband_official'] });
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

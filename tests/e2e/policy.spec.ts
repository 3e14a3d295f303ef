import { dialogOf, expect, test, timelineOf } from './extension';
import { appeared, canWritePolicy, NEEDS_ROOT, removePolicy, waitForPolicy, writePolicy } from './policy-file';

test.describe.configure({ mode: 'serial' });
// Chromium reads the policy file while it runs: a browser shared with other tests would keep this one's policy.
test.use({ freshBrowser: true });
test.skip(!canWritePolicy, NEEDS_ROOT);
test.afterEach(removePolicy);

test.describe('school policy from a real Chromium policy file @policy', () => {
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
});

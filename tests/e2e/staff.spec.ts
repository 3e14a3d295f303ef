import { dialogOf, expect, pasteDisclaimerFromClipboard, test, timelineOf } from './extension';
import { appeared, canWritePolicy, NEEDS_ROOT, waitForPolicy } from './policy-file';

test.describe.configure({ mode: 'serial' });
test.skip(!canWritePolicy, NEEDS_ROOT);

const STAFF = {
  role: 'medewerker',
  schoolName: 'Het Streek',
  disclaimerText: 'Dit bericht plaats ik op persoonlijke titel; het is niet namens Het Streek.',
  contact: { name: 'Mevrouw Bakker', role: 'teamleider', how: 'via Teams' },
};

// One browser for these tests, started with the staff policy in force.
test.use({ schoolPolicy: canWritePolicy ? STAFF : undefined });

test.describe('staff, with a real Chromium policy file @policy', () => {
  test('staff: disclaimer reminder, one click inserts it into a Draft.js editor, then it posts @x', async ({ page }) => {
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
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const comment = page.getByTestId('demo-comment-text');
    await waitForPolicy(page, '/demo/?trusted-only', async () => {
      await comment.click();
      await page.keyboard.type('Trots op mijn leerlingen vandaag!');
      await page.keyboard.press('Enter');
      return appeared(dialogOf(page));
    });
    await pasteDisclaimerFromClipboard(page, comment, STAFF.disclaimerText);
  });

  test('staff: the disclaimer goes into a Lexical editor too @facebook', async ({ page }) => {
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
});

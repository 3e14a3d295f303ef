import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadSampleLogo, randomSource, SAMPLE_LOGO, scene } from '../eval/images/dataset';
import { encodeJpeg, paste, resize } from '../eval/images/image-ops';
import { dialogOf, expect, test, timelineOf, write } from './extension';
import { appeared, canWritePolicy, NEEDS_ROOT } from './policy-file';

test.describe.configure({ mode: 'serial' });

const LOGO_BYTES = readFileSync(SAMPLE_LOGO);
const LOGO = { name: 'logo.png', mimeType: 'image/png', buffer: LOGO_BYTES };
const PHOTO = { name: 'strand.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(scene(randomSource(4), 800, 600), 85) };
const POLICY = { schoolName: 'Voorbeeldcollege', logos: [`data:image/png;base64,${LOGO_BYTES.toString('base64')}`] };
// One browser for this file's tests, started with the logo policy in force (the case without logos: x.spec.ts).
test.use({ schoolPolicy: canWritePolicy ? POLICY : undefined });

const POST_FINDING = 'Dit lijkt op het logo van Voorbeeldcollege. Alleen de school zelf gebruikt het logo.';
const PROFILE_FINDING = 'Een logo hoort niet als profielfoto';

/** Does what `probe` does and expects it to show what it looks for. */
async function shows(probe: () => Promise<boolean>) {
  expect(await probe()).toBe(true);
}

async function postOnX(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, text: string) {
  await page.goto('/sites/x/home');
  await page.getByTestId('fileInput').first().setInputFiles(file);
  await page.getByTestId('tweetTextarea_0').click();
  await write(page, text);
  await page.getByTestId('tweetButtonInline').click();
}

/**
 * Facebook's profile-photo flow with the logo chosen, until the dialog about it shows. The button starts the
 * flow; the dialog it opens has a title of its own (issue 15).
 */
async function chooseFacebookProfilePhoto(page: Page) {
  await shows(async () => {
    await page.goto('/sites/facebook/profile');
    await page.getByRole('button', { name: 'Update profile picture' }).click();
    await page.getByRole('dialog', { name: 'Choose profile picture' }).getByLabel('Upload photo').setInputFiles(LOGO);
    return appeared(dialogOf(page).getByText(PROFILE_FINDING));
  });
}

test.describe('the school logo in images, with a real Chromium policy @policy @logo', () => {
  test.skip(!canWritePolicy, NEEDS_ROOT);

  test('X: a post with the logo attached gets the logo finding; "Toch plaatsen" posts it once @x', async ({ page, requests }) => {
    await shows(async () => {
      await postOnX(page, LOGO, 'Open dag zaterdag!');
      return appeared(dialogOf(page).getByText(POST_FINDING));
    });
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(timelineOf(page)).toHaveText(['Open dag zaterdag!']);
    // The logo was compared inside the browser: nothing went out.
    expect(requests.filter((request) => !request.url().startsWith('http://localhost') && !request.url().startsWith('chrome-extension:') && !request.url().startsWith('data:'))).toEqual([]);
  });

  test('X: a post made the moment a large photo is added waits for its check, then shows the finding @x', async ({ page }) => {
    // 4000×3000 with the logo: decoding and searching take about 0.1 s in Chromium (npm run bench), longer
    // than the click that follows at once.
    const photo = resize(scene(randomSource(6), 1000, 750), 4000, 3000);
    paste(photo, resize(loadSampleLogo(), 1720, 2000), 1200, 600);
    const large = { name: 'groot.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(photo, 80) };
    await shows(async () => {
      await postOnX(page, LOGO, 'Proef');
      return appeared(dialogOf(page).getByText(POST_FINDING));
    });
    await page.goto('/sites/x/home');
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('Kijk eens!');
    await page.getByTestId('fileInput').first().setInputFiles(large);
    await page.getByTestId('tweetButtonInline').click();
    await dialogOf(page).getByText(POST_FINDING).waitFor();
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('X: a normal photo posts without a dialog @x', async ({ page }) => {
    await shows(async () => {
      await postOnX(page, LOGO, 'Proef');
      return appeared(dialogOf(page).getByText(POST_FINDING));
    });
    await postOnX(page, PHOTO, 'Mooie zonsondergang');
    await expect(timelineOf(page)).toHaveText(['Mooie zonsondergang']);
    await dialogOf(page).waitFor({ state: 'detached' });
  });

  test('Instagram: the logo in the create-post flow is found at Share @instagram', async ({ page }) => {
    await shows(async () => {
      await page.goto('/sites/instagram/');
      await page.getByRole('button', { name: 'New post' }).click();
      const create = page.getByRole('dialog', { name: 'Create new post' });
      await create.getByLabel('Select from computer').setInputFiles(LOGO);
      await create.getByRole('button', { name: 'Next' }).click();
      await create.getByRole('button', { name: 'Next' }).click();
      await create.getByRole('textbox', { name: 'Write a caption...' }).click();
      await page.keyboard.type('Onze school');
      await create.getByRole('button', { name: 'Share' }).click();
      return appeared(dialogOf(page).getByText(POST_FINDING));
    });
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('Facebook: the logo in the create-post dialog is found at Post @facebook', async ({ page }) => {
    await shows(async () => {
      await page.goto('/sites/facebook/');
      await page.locator('[data-fixture="open-composer"]').click();
      const create = page.getByRole('dialog');
      await create.getByLabel('Photo/video').setInputFiles(LOGO);
      await create.getByRole('textbox').click();
      await page.keyboard.type('Welkom op de open dag');
      await create.getByRole('button', { name: 'Post', exact: true }).click();
      return appeared(dialogOf(page).getByText(POST_FINDING));
    });
  });

  test('X profile: the logo as a new profile photo is held back; a normal photo goes through @x', async ({ page }) => {
    const avatarInput = () => page.getByRole('dialog').getByLabel('Add avatar photo');
    await shows(async () => {
      await page.goto('/sites/x/settings/profile');
      await avatarInput().setInputFiles(LOGO);
      return appeared(dialogOf(page).getByText(PROFILE_FINDING));
    });
    expect(await dialogOf(page).innerText()).toContain('Je kiest een nieuwe profielfoto.');
    await dialogOf(page).getByRole('button', { name: 'Andere foto kiezen' }).click();
    // The site never got the logo.
    await expect(page.getByTestId('fixture-avatar')).toHaveText('No new photo');
    await avatarInput().setInputFiles(PHOTO);
    await expect(page.getByTestId('fixture-avatar')).toHaveText('strand.jpg');
    await dialogOf(page).waitFor({ state: 'detached' });
    await page.getByTestId('Profile_Save_Button').click();
    await expect(timelineOf(page)).toHaveText(['profielfoto: strand.jpg']);
  });

  test('Instagram profile: "Toch gebruiken" hands the photo to the site after all @instagram', async ({ page }) => {
    await shows(async () => {
      await page.goto('/sites/instagram/accounts/edit/');
      await page.getByLabel('Change profile photo').setInputFiles(LOGO);
      return appeared(dialogOf(page).getByText(PROFILE_FINDING));
    });
    await expect(timelineOf(page)).toHaveCount(0);
    await dialogOf(page).getByRole('button', { name: 'Toch gebruiken' }).click();
    await expect(timelineOf(page)).toHaveText(['profielfoto: logo.png']);
  });

  test('Facebook profile: the logo in "Update profile picture" is found @facebook', async ({ page }) => {
    await chooseFacebookProfilePhoto(page);
    await dialogOf(page).getByRole('button', { name: 'Andere foto kiezen' }).click();
    await expect(page.getByTestId('fixture-avatar')).toHaveText('No new photo');
  });

  test('Facebook cover photo: the logo chosen after "Edit cover photo" is held back @facebook', async ({ page }) => {
    await shows(async () => {
      await page.goto('/sites/facebook/profile');
      await page.getByRole('button', { name: 'Edit cover photo' }).click();
      await page.getByLabel('Upload cover photo').setInputFiles(LOGO);
      return appeared(dialogOf(page).getByText(PROFILE_FINDING));
    });
    await expect(timelineOf(page)).toHaveCount(0);
    await dialogOf(page).getByRole('button', { name: 'Toch gebruiken' }).click();
    await expect(timelineOf(page)).toHaveText(['omslagfoto: logo.png']);
  });

  test('Facebook: after "Update profile picture", a photo in the create-post dialog is still a post photo, not a profile photo @facebook', async ({ page }) => {
    await chooseFacebookProfilePhoto(page);
    await dialogOf(page).getByRole('button', { name: 'Andere foto kiezen' }).click();
    await page.getByRole('link', { name: 'Home' }).click();
    await page.locator('[data-fixture="open-composer"]').click();
    const create = page.getByRole('dialog', { name: 'Create post' });
    await create.getByLabel('Photo/video').setInputFiles(LOGO);
    // Not held as a profile photo: the dialog's footer shows it at once.
    await expect(create.getByText('1 media')).toBeVisible();
    expect(await dialogOf(page).count()).toBe(0);
    await create.getByRole('textbox').click();
    await page.keyboard.type('Welkom op de open dag');
    await create.getByRole('button', { name: 'Post', exact: true }).click();
    await dialogOf(page).getByText(POST_FINDING).waitFor();
  });
});

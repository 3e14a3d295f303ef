import { dialogOf, expect, hintOf, test, timelineOf } from '../extension';
import type { Page } from '@playwright/test';
import { appeared, canWritePolicy, NEEDS_ROOT, removePolicy, waitForPolicy, writePolicy } from '../policy-file';
import { CLEAN, RISKY } from './surface-flows';
import { traceMainThread } from '../main-thread';

const PNG = { name: 'klas.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') };

test.describe('attachments and the live hint', () => {
  test('a photo of a school situation: the consent reminder holds the post @x', async ({ page }) => {
    await page.goto('/sites/x/home');
    await page.getByTestId('fileInput').first().setInputFiles(PNG);
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('Gezellig in de klas vandaag');
    await page.getByTestId('tweetButtonInline').click();
    const dialog = dialogOf(page);
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Heeft iedereen die erop staat toestemming gegeven?');
    await dialog.getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(timelineOf(page)).toHaveText(['Gezellig in de klas vandaag']);
    await expect(timelineOf(page).first()).toHaveAttribute('data-attachments', '1');
  });

  test('a photo with a neutral caption posts without a dialog; the live hint shows the reminder @instagram', async ({ page }) => {
    await page.goto('/sites/instagram/');
    await page.getByRole('button', { name: 'New post' }).click();
    const create = page.getByRole('dialog', { name: 'Create new post' });
    await create.getByLabel('Select from computer').setInputFiles(PNG);
    await create.getByRole('button', { name: 'Next' }).click();
    await create.getByRole('button', { name: 'Next' }).click();
    await create.getByRole('textbox', { name: 'Write a caption...' }).click();
    await page.keyboard.type('Mooie zonsondergang');
    await expect.poll(() => hintOf(page).allInnerTexts()).toEqual(['1']);
    await hintOf(page).click();
    expect(await dialogOf(page).innerText()).toContain('Staan er mensen op je foto of video?');
    expect(await dialogOf(page).innerText()).not.toContain('Je school heeft gevraagd');
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).waitFor({ state: 'detached' });
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await create.getByRole('button', { name: 'Share' }).click();
    await expect(timelineOf(page)).toHaveText(['Mooie zonsondergang']);
    await dialogOf(page).waitFor({ state: 'detached' });
  });

  test('images pasted or dropped into the editor are noticed too @facebook', async ({ page }) => {
    await page.goto('/sites/facebook/');
    await page.locator('[data-fixture="open-composer"]').click();
    const editor = page.getByRole('dialog').getByRole('textbox');
    await editor.click();
    await page.keyboard.type('Onze klas op schoolreis');
    await editor.evaluate((element) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'a.png', { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      const dropped = new DataTransfer();
      dropped.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'b.png', { type: 'image/png' }));
      element.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    });
    await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
    expect(await dialogOf(page).innerText()).toContain('Heeft iedereen die erop staat toestemming gegeven?');
  });

  test('the live hint counts findings while typing and opens the dialog @x', async ({ page }) => {
    await page.goto('/sites/x/home');
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type(CLEAN);
    await page.waitForTimeout(800);
    await expect(page.locator('twijfelcheck-hint')).toHaveCount(0);
    await page.keyboard.type(` ${RISKY}, bel me op 06-12345678`);
    await expect.poll(() => hintOf(page).allInnerTexts()).toEqual(['2']);
    await hintOf(page).click();
    await dialogOf(page).waitFor();
    expect(await dialogOf(page).locator('mark').allInnerTexts()).toEqual(['kankerlijer', '06-12345678']);
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await expect(page.getByTestId('tweetTextarea_0')).toBeFocused();
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('the live hint reads a long text in pieces, and a shorter text typed after it wins @x', async ({ page }) => {
    await page.goto('/sites/x/home');
    const box = page.getByTestId('tweetTextarea_0');
    await box.click();
    const filler = 'Wat een mooie dag gehad met de klas in het museum, iedereen was blij. ';
    // The fixture's editor reports typed keys as input, not an inserted block: the filler is pasted, the end typed.
    await page.keyboard.insertText(filler.repeat(300));
    await page.keyboard.type(RISKY);
    await expect.poll(() => hintOf(page).allInnerTexts(), { timeout: 10_000 }).toEqual(['1']);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(CLEAN);
    await expect(page.locator('twijfelcheck-hint')).toHaveCount(0, { timeout: 10_000 });
  });
});

test.describe('the live hint with a school policy @policy', () => {
  test.describe.configure({ mode: 'serial' });
  // Chromium reads the policy file while it runs: a browser shared with other tests would keep this one's policy.
  test.use({ freshBrowser: true });
  test.skip(!canWritePolicy, NEEDS_ROOT);
  test.afterEach(removePolicy);

  test('a click on the badge for a harmless mention: the finding, whom to ask and the protocol; not "blocked", no "Toch plaatsen" @x', async ({ page }) => {
    const protocolUrl = 'https://school.example/protocol';
    writePolicy({ contact: { name: 'Mevrouw Bakker', role: 'teamleider', how: 'via Teams' }, protocolUrl });
    const dialog = dialogOf(page);
    // With the default policy, naming someone is only an info finding: the badge shows it, a post would not stop.
    await waitForPolicy(page, '/sites/x/home', async () => {
      await page.getByTestId('tweetTextarea_0').click();
      await page.keyboard.type('Gefeliciteerd Daan!');
      if (!(await appeared(hintOf(page)))) return false;
      await hintOf(page).click();
      return appeared(dialog.getByText('Mevrouw Bakker'));
    });
    expect(await hintOf(page).allInnerTexts()).toEqual(['1']);
    const shown = await dialog.innerText();
    expect(shown).toContain('Je noemt Daan. Vindt diegene het goed dat dit online komt?');
    expect(shown).not.toContain('Je school heeft gevraagd');
    expect(shown).toContain('Twijfel je? Vraag het aan Mevrouw Bakker (teamleider): via Teams.');
    expect(await dialog.getByRole('button', { name: 'Toch plaatsen' }).count()).toBe(0);
    expect(await dialog.locator('a').getAttribute('href')).toBe(protocolUrl);
    expect(await dialog.locator('a').innerText()).toBe('Lees het protocol van je school');
    await dialog.getByRole('button', { name: 'Bericht aanpassen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByTestId('tweetTextarea_0')).toBeFocused();
    await expect(timelineOf(page)).toHaveCount(0);
  });
});

test.describe('keyboard edge cases', () => {
  test('Enter that ends an IME composition is not taken for a submit @x', async ({ page }) => {
    await page.goto('/sites/x/i/chat/1');
    const box = page.getByTestId('dm-composer-textarea');
    await box.click();
    await page.keyboard.type(`${RISKY} `);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: 'にほん' });
    await dialogOf(page).waitFor({ state: 'detached' });
    await expect(timelineOf(page)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await dialogOf(page).waitFor();
  });
});

/**
 * On X's home composer: `risky` opens the dialog saying `says` (with `marked` marked, when given); after "Bericht
 * aanpassen" nothing is posted; then `kind`, the same words meant kindly, posts without a dialog.
 */
async function flaggedThenKindPosts(page: Page, { risky, says, marked, kind }: { risky: string; says: string; marked?: string[]; kind: string }): Promise<void> {
  await page.goto('/sites/x/home');
  const box = page.getByTestId('tweetTextarea_0');
  await box.click();
  await page.keyboard.type(risky);
  await page.getByTestId('tweetButtonInline').click();
  const dialog = dialogOf(page);
  await dialog.waitFor();
  if (marked) expect(await dialog.locator('mark').allInnerTexts()).toEqual(marked);
  expect(await dialog.innerText()).toContain(says);
  await dialog.getByRole('button', { name: 'Bericht aanpassen' }).click();
  await expect(timelineOf(page)).toHaveCount(0);
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(kind);
  await page.getByTestId('tweetButtonInline').click();
  await expect(timelineOf(page)).toHaveText([kind]);
  await dialogOf(page).waitFor({ state: 'detached' });
}

test('a put-down without a single word of abuse opens the dialog; the same words asked with care post @x', async ({ page }) => {
  await flaggedThenKindPosts(page, { risky: 'laat maar, dit is veel te moeilijk voor jou', says: 'Dit maakt iemand klein', marked: ['te moeilijk voor jou'], kind: 'is dit niet te moeilijk voor je? ik help je graag' });
});

test('a veiled threat spread over two sentences opens the dialog; the same habit with a plan posts @x', async ({ page }) => {
  await flaggedThenKindPosts(page, {
    risky: 'Je loopt elke woensdag om half zes langs de vijver. Interessant.',
    says: 'Dit klinkt als een verborgen dreiging',
    kind: 'Je loopt elke woensdag om half zes langs de vijver? Dan loop ik voortaan mee, gezellig!',
  });
});

test('an English post typed without spaces is read as English and opens the dialog @x', async ({ page }) => {
  await page.goto('/sites/x/home');
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('Ihatewomen');
  await page.getByTestId('tweetButtonInline').click();
  const dialog = dialogOf(page);
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('Dit leest als haat tegen een groep mensen (in het Engels)');
  await dialog.getByRole('button', { name: 'Bericht aanpassen' }).click();
  await expect(timelineOf(page)).toHaveCount(0);
});

test('the extension makes no network requests on the fixture sites @x @instagram @facebook', async ({ page, requests }) => {
  for (const path of ['/sites/x/home', '/sites/facebook/', '/sites/instagram/']) {
    await page.goto(path);
    const editor = path.includes('/x/')
      ? page.getByTestId('tweetTextarea_0')
      : path.includes('facebook')
        ? page.getByRole('textbox', { name: 'Comment as Sanne Jansen' })
        : page.getByRole('textbox', { name: 'Add a comment…' });
    await editor.click();
    await page.keyboard.type(`${RISKY} 111222333`);
    await page.keyboard.press(path.includes('/x/') ? 'Control+Enter' : 'Enter');
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
  }
  await page.waitForTimeout(800);
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const url = new URL(request.url());
    expect(url.hostname, request.url()).toBe('localhost');
    expect(url.pathname, request.url()).toMatch(/^\/(sites\/(x|facebook|instagram)\/|sites\/assets\/|sites\/shared\/|favicon\.ico$)/);
    expect(request.method()).toBe('GET');
    expect(request.url()).not.toContain('111222333');
    expect(request.url()).not.toContain('kanker');
  }
});

test('a first post made while the rules are still being built: held for a moment, no long task, checked as ever @x', async ({ page }) => {
  await page.goto('/sites/x/home');
  const editor = page.getByTestId('tweetTextarea_0');
  const tasks = await traceMainThread(page);
  // Typed fast and posted at once: the engine arrived on the first click, its lists are not built yet.
  await editor.click();
  await page.keyboard.type(CLEAN);
  await page.keyboard.press('Control+Enter');
  await expect(timelineOf(page)).toHaveText([CLEAN]);
  await editor.click();
  await page.keyboard.type(RISKY);
  await page.keyboard.press('Control+Enter');
  await dialogOf(page).waitFor();
  const long = await tasks();
  // The one task allowed over 50 ms is the engine script's own parse and first run (62–101 ms CPU here), not yet split.
  const overLong = long.filter((task) => task.cpuMs > 50 && !task.evaluated.some((url) => url.endsWith('/engine.js')));
  expect(overLong, `tasks over 50 ms: ${JSON.stringify(long)}`).toEqual([]);
});

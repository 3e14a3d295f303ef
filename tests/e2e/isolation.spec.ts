import type { Page } from '@playwright/test';
import { dialogFocused, dialogOf, expect, hintOf, test, timelineOf } from './extension';
import { RISKY } from './sites/surface-flows';

/** The fixture page's composers, each with elements named like our hosts around or inside it. */
const composer = (page: Page, which: 'label' | 'button' | 'editor') => page.locator(`[data-fixture="${which}"]`);

test.describe('a page cannot pass for the extension\'s own UI @x', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sites/x/forged-ui.html');
  });

  test('a click on the page\'s own <twijfelcheck-ui> inside the post button is checked', async ({ page }) => {
    await composer(page, 'label').locator('textarea').fill(RISKY);
    // The click lands on the page's element named like our dialog host.
    await composer(page, 'label').locator('twijfelcheck-ui').click();
    await dialogOf(page).waitFor();
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await expect(timelineOf(page)).toHaveCount(0);
    await composer(page, 'label').locator('twijfelcheck-ui').click();
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(timelineOf(page)).toHaveText([RISKY]);
  });

  test('a post button wrapped in <twijfelcheck-hint><twijfelcheck-ui> is checked', async ({ page }) => {
    await composer(page, 'button').locator('textarea').fill(RISKY);
    await composer(page, 'button').getByRole('button', { name: 'Post' }).click();
    await dialogOf(page).waitFor();
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    await expect(timelineOf(page)).toHaveCount(0);
  });

  test('Ctrl+Enter in an editor wrapped in <twijfelcheck-ui> is checked', async ({ page }) => {
    const box = composer(page, 'editor').locator('textarea');
    await box.fill(RISKY);
    await box.press('Control+Enter');
    await dialogFocused(page);
    await page.keyboard.press('Escape');
    await dialogOf(page).waitFor({ state: 'detached' });
    await expect(timelineOf(page)).toHaveCount(0);
    await expect(box).toHaveValue(RISKY);
  });
});

test.describe('a page cannot read the extension\'s UI @x', () => {
  test('while the dialog and the hint are open, the page sees empty hosts; the dialog still works', async ({ page }) => {
    // Page code that runs before anything else and hooks attachShadow, to catch the roots as they are made.
    await page.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      const caught: ShadowRoot[] = [];
      Object.assign(window, { caughtRoots: caught });
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        caught.push(root);
        return root;
      };
    });
    await page.goto('/sites/x/home');
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type(`${RISKY}, bel me op 06-12345678`);
    await expect.poll(() => hintOf(page).allInnerTexts()).toEqual(['2']);
    await page.getByTestId('tweetButtonInline').click();
    const dialog = dialogOf(page);
    await dialog.waitFor();
    const messages = await dialog.locator('.message').allInnerTexts();
    expect(messages).toHaveLength(2);

    const seen = await page.evaluate(() =>
      [...document.querySelectorAll('twijfelcheck-ui, twijfelcheck-hint')].map((host) => ({
        tag: host.localName,
        shadowRoot: host.shadowRoot === null ? null : 'readable',
        attributes: host.getAttributeNames(),
        children: host.childNodes.length,
        caughtRoots: (window as unknown as { caughtRoots: ShadowRoot[] }).caughtRoots.filter((root) => root.host === host).length,
      })),
    );
    const empty = { shadowRoot: null, attributes: ['style'], children: 0, caughtRoots: 0 };
    expect(seen).toEqual([
      { tag: 'twijfelcheck-hint', ...empty },
      { tag: 'twijfelcheck-ui', ...empty },
    ]);
    // Nothing of the findings anywhere in what the page can read, nor in our hosts' inline style.
    const pageText = await page.evaluate(() => `${document.documentElement.outerHTML}\n${document.body.innerText}`);
    for (const message of messages) expect(pageText).not.toContain(message);
    expect(pageText).not.toContain('Bij twijfel');
    expect(pageText).not.toContain('<mark>');

    // The same dialog, reached as DevTools reaches it, still takes a real click.
    await dialog.getByRole('button', { name: 'Bericht aanpassen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(timelineOf(page)).toHaveCount(0);
    await expect(page.getByTestId('tweetTextarea_0')).toBeFocused();
  });
});

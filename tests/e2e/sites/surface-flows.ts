import type { Locator, Page } from '@playwright/test';
import { dialogFocused, dialogOf, expect, test, timelineOf, write } from '../extension';

export const RISKY = 'jij bent echt een kankerlijer';
export const CLEAN = 'Wie gaat er mee naar de musical? Gezellig!';

/** One compose surface of a fixture site, and how a person reaches and uses it. */
export interface SurfaceCase {
  /** Title, including the site tag (@x, @instagram, @facebook). */
  title: string;
  /** The value the fixture writes in data-surface for what this composer publishes. */
  surface: string;
  open(page: Page): Promise<unknown>;
  editor(page: Page): Locator;
  submitButton(page: Page): Locator;
  /** The key combination that posts from the editor, if the surface has one. */
  submitKey?: string;
}

async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await write(page, text);
}

async function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((element) =>
    element instanceof HTMLTextAreaElement ? element.value : (element as HTMLElement).innerText.replace(/\n$/, ''),
  );
}

/** The standard flows on one surface: clean, edit, then post anyway; by button and by keyboard. */
export function surfaceFlows(item: SurfaceCase): void {
  test.describe(item.title, () => {
    test.beforeEach(async ({ page }) => {
      await item.open(page);
    });

    test('clean text posts at once, no dialog', async ({ page }) => {
      await typeInto(page, item.editor(page), CLEAN);
      await item.submitButton(page).click();
      await expect(timelineOf(page)).toHaveText([CLEAN]);
      await expect(timelineOf(page).first()).toHaveAttribute('data-surface', item.surface);
      await dialogOf(page).waitFor({ state: 'detached' });
    });

    test('risky text, button → "Bericht aanpassen": nothing posted, text intact, caret back; then "Toch plaatsen": posted once, as written', async ({ page }) => {
      const editor = item.editor(page);
      await typeInto(page, editor, RISKY);
      await item.submitButton(page).click();
      const dialog = dialogOf(page);
      await dialog.waitFor();
      expect(await dialog.locator('mark').first().innerText()).toBe('kankerlijer');
      await dialog.getByRole('button', { name: 'Bericht aanpassen' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(timelineOf(page)).toHaveCount(0);
      expect(await editorText(editor)).toBe(RISKY);
      // The caret is back at the end of the text: typing goes on where the writer stopped.
      await page.keyboard.type('!');
      expect(await editorText(editor)).toBe(`${RISKY}!`);
      // The writer decides to post it after all: exactly once, exactly as it now stands.
      await item.submitButton(page).click();
      await dialog.getByRole('button', { name: 'Toch plaatsen' }).click();
      await expect(timelineOf(page)).toHaveText([`${RISKY}!`]);
      await expect(timelineOf(page).first()).toHaveAttribute('data-surface', item.surface);
      await page.waitForTimeout(200);
      await expect(timelineOf(page)).toHaveCount(1);
    });

    if (item.submitKey) {
      const key = item.submitKey;
      test(`risky text, ${key} → "Bericht aanpassen", then ${key} → "Toch plaatsen" posts once`, async ({ page }) => {
        const editor = item.editor(page);
        await typeInto(page, editor, RISKY);
        await page.keyboard.press(key);
        await dialogFocused(page);
        await page.keyboard.press('Escape');
        await dialogOf(page).waitFor({ state: 'detached' });
        await expect(timelineOf(page)).toHaveCount(0);
        expect(await editorText(editor)).toBe(RISKY);
        await page.keyboard.press(key);
        await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
        await expect(timelineOf(page)).toHaveText([RISKY]);
        await expect(timelineOf(page).first()).toHaveAttribute('data-via', 'keyboard');
        await page.waitForTimeout(200);
        await expect(timelineOf(page)).toHaveCount(1);
      });

      test(`clean text, ${key} posts at once`, async ({ page }) => {
        await typeInto(page, item.editor(page), CLEAN);
        await page.keyboard.press(key);
        await expect(timelineOf(page)).toHaveText([CLEAN]);
        await dialogOf(page).waitFor({ state: 'detached' });
      });
    }
  });
}

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { EXTENSION_ID } from '../../utils/extension-identity';
import { SAMPLE_LOGO } from '../eval/images/dataset';
import { dialogOf, expect, test } from './extension';
import { canWritePolicy, NEEDS_ROOT, removePolicy, writePolicy } from './policy-file';

const OPTIONS = `chrome-extension://${EXTENSION_ID}/options.html`;
const POPUP = `chrome-extension://${EXTENSION_ID}/popup.html`;

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Opens the options page until it shows the school name from the policy: the first read of managed storage after the browser starts can take seconds. */
async function openOptionsOnceThePolicyArrived(page: import('@playwright/test').Page, schoolName: string) {
  await expect
    .poll(
      async () => {
        await page.goto(OPTIONS);
        await page.locator('[data-setting="schoolName"]').getByText(schoolName).waitFor({ timeout: 4000 }).catch(() => undefined);
        return page.locator('[data-setting="schoolName"]').innerText();
      },
      { timeout: 25_000, intervals: [500] },
    )
    .toContain(schoolName);
}

// Real policy files, and counts the extension keeps locally: a browser of its own per test.
test.use({ freshBrowser: true });

test.describe('options page and popup @policy', () => {
  test.describe.configure({ mode: 'serial' });
  test.afterEach(removePolicy);

  test('without a policy: defaults, a live "Probeer het" box, and no serious accessibility issues', async ({ page }) => {
    await page.goto(OPTIONS);
    await expect(page.getByRole('heading', { name: 'Twijfelcheck', level: 1 })).toBeVisible();
    await expect(page.getByTestId('role')).toContainText('Leerling');
    await expect(page.getByTestId('role')).toContainText('Standaard');
    await page.getByLabel('Typ een bericht om te zien wat Twijfelcheck opvalt').fill('Mijn BSN is 111222333, kankerlijer');
    await expect(page.locator('.highlighted mark')).toHaveText(['111222333', 'kankerlijer']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('counts findings per category, locally, after a dialog showed them', async ({ page, context }) => {
    await page.goto('/demo/');
    await page.getByTestId('demo-post-text').fill('jij kankerlijer');
    await page.getByTestId('demo-post-button').click();
    await dialogOf(page).getByRole('button', { name: 'Bericht aanpassen' }).click();
    const options = await context.newPage();
    await options.goto(OPTIONS);
    await expect(options.getByTestId('counters')).toContainText('Beledigen en pesten: 1');
  });

  test('the health view counts, per site, the compose boxes seen, posts checked, dialogs and handed-on posts; never text @x @messenger', async ({ page, context }) => {
    await page.goto('/sites/x/home');
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('jij bent echt een kankerlijer');
    await page.keyboard.press('Control+Enter');
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect(page.getByTestId('timeline-post')).toHaveCount(1);
    // Whether the site took it is known 1.5 s after the hand-on.
    await page.waitForTimeout(2000);
    // messenger.com ignores our replay: the user presses again.
    await page.goto('/sites/messenger/t/1/');
    await page.getByRole('main').getByRole('textbox').click();
    await page.keyboard.type('jij bent echt een kankerlijer');
    await page.keyboard.press('Enter');
    await dialogOf(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await page.waitForTimeout(1000);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('timeline-post')).toHaveCount(1);
    // Written in batches, a second after the first event.
    await page.waitForTimeout(1500);
    const options = await context.newPage();
    await options.goto(OPTIONS);
    const day = await options.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const row = (site: string) => options.getByTestId('health').locator(`tr[data-site="${site}"]`);
    await expect(row('x')).toContainText(`post: 1 (${day})`);
    expect(await row('x').locator('td').allInnerTexts()).toEqual([`post: 1 (${day})`, '1', '1', '1 / 0', day]);
    expect(await row('messenger').locator('td').allInnerTexts()).toEqual([`chat: 1 (${day})`, '2', '1', '0 / 1', day]);
    await expect(options.getByTestId('health-line')).toHaveText(
      `twijfelcheck-health x post:1@${day} checked:1 dialogs:1 replays:1/0 last:${day}; messenger chat:1@${day} checked:2 dialogs:1 replays:0/1 last:${day}`,
    );
    type Storage = { chrome: { storage: { local: { get(keys: null): Promise<object> } } } };
    const stored = await options.evaluate(() => (globalThis as unknown as Storage).chrome.storage.local.get(null).then((all) => JSON.stringify(all)));
    expect(stored).not.toContain('kankerlijer');
    expect(await seriousViolations(options)).toEqual([]);
  });

  test('the popup says which sites are checked, and has no serious accessibility issues', async ({ page }) => {
    await page.goto(POPUP);
    await expect(page.getByText('Twijfelcheck kijkt mee op: X, Instagram, Facebook, Messenger')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with a real policy: what the school set is locked; an invalid value falls back to the default', async ({ page }) => {
    test.skip(!canWritePolicy, NEEDS_ROOT);
    const logo = `data:image/png;base64,${readFileSync(SAMPLE_LOGO).toString('base64')}`;
    writePolicy({ role: 'medewerker', schoolName: 'Het Streek', categories: { belediging: 'block' }, allowOverride: 'soms', logos: [logo] });
    await openOptionsOnceThePolicyArrived(page, 'Het Streek');
    await expect(page.getByTestId('role')).toContainText('Medewerker');
    await expect(page.getByTestId('role')).toContainText('Ingesteld door je school');
    await expect(page.locator('[data-setting="categories"]')).toContainText('Ingesteld door je school');
    await expect(page.locator('[data-setting="categories"]')).toContainText('Beledigen en pesten: block');
    // "soms" is no boolean: the browser drops it, the default stays and the page says so.
    await expect(page.locator('[data-setting="allowOverride"]')).toContainText('Ja');
    await expect(page.locator('[data-setting="allowOverride"]')).not.toContainText('Ingesteld door je school');
    await expect(page.getByText('de browser laat zulke waarden weg')).toBeVisible();
    // The admin sees which logo arrived.
    await expect(page.locator('[data-setting="logos"]').getByRole('img', { name: 'Logo 1 van de school' })).toHaveJSProperty('naturalWidth', 440);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with a real policy: a value Chromium passes but Twijfelcheck rejects is explained on the options page', async ({ page }) => {
    test.skip(!canWritePolicy, NEEDS_ROOT);
    const lesson = { days: ['ma', 'di'], from: '08:30', to: '15:30' };
    writePolicy({
      schoolName: 'Het Streek',
      // The managed schema's pattern: Chromium itself drops this one, so it shows as the default.
      protocolUrl: 'javascript:alert(1)',
      // No pattern for these in the schema (Chromium would drop the whole list): the extension checks them.
      lessonTimes: [lesson, { days: ['wo'], from: '16:00', to: '08:00' }],
      logos: ['https://www.example.nl/logo.png'],
      disclaimerText: 'x'.repeat(501),
      extraTerms: { vertrouwelijk: Array.from({ length: 2001 }, (_, index) => `project ${index}`) },
      // Chromium leaves out keys its schema does not name.
      kleur: 'blauw',
    });
    await openOptionsOnceThePolicyArrived(page, 'Het Streek');
    const row = (key: string) => page.locator(`[data-setting="${key}"]`);
    await expect(row('lessonTimes')).toContainText('Ongeldige waarde, deels gebruikt');
    await expect(row('lessonTimes')).toContainText('De begintijd (from) moet vóór de eindtijd (to) liggen.');
    await expect(row('lessonTimes')).toContainText('ma, di 08:30–15:30');
    await expect(row('logos')).toContainText('Ongeldige waarde, standaard gebruikt');
    await expect(row('logos')).toContainText('Een webadres kan niet.');
    await expect(row('logos').getByRole('img')).toHaveCount(0);
    await expect(row('disclaimerText')).toContainText('Te lang: hooguit 500 tekens.');
    await expect(row('extraTerms')).toContainText('Te veel: alleen de eerste 2000 worden gebruikt.');
    // 2000 words are counted, not all listed.
    await expect(row('extraTerms')).toContainText('project 19 … (+1980)');
    await expect(row('protocolUrl')).toContainText('Standaard');
    await expect(row('protocolUrl')).not.toContainText('Ongeldige waarde');
    await expect(row('protocolUrl')).not.toContainText('javascript');
    await expect(page.getByTestId('unknown-keys')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

/**
 * What reading the signed-in account costs in Chromium: one querySelector with each adapter's
 * `accountHandle`, on a long feed (300 posts, each with its author's picture link). The account link is
 * put last in the page, and Facebook's left column is left out: the selector then has to look at everything.
 */
import { chromium } from '@playwright/test';
import { adapters } from '../../entrypoints/compose.content/platforms';

export type AccountBench = Record<string, { median_us: number; found: boolean }>;

export const FEED_POSTS = 300;

export async function accountBench(executablePath: string): Promise<AccountBench> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const post = (index: number) =>
      `<article><header><a role="link" href="/auteur${index}/"><img alt="auteur${index}'s profile picture"></a>` +
      `<a role="link" href="/auteur${index}/">auteur${index}</a></header><p>Bericht ${index}</p>` +
      `<div role="button">Like</div><a href="/p/${index}/">Reacties</a><a href="/explore/tags/school/">#school</a></article>`;
    const nav =
      '<nav><a role="link" href="/sanne.j/"><img alt="sanne.j\'s profile picture"><span>Profile</span></a>' +
      '<div data-testid="SideNav_AccountSwitcher_Button"><span>Sanne</span> <span>@sanne_j</span></div></nav>';
    await page.setContent(`<!doctype html><main>${Array.from({ length: FEED_POSTS }, (_, index) => post(index)).join('')}</main>${nav}`);
    const selectors = adapters.flatMap((adapter) => (adapter.accountHandle ? [[adapter.id, adapter.accountHandle] as const] : []));
    return await page.evaluate((list) => {
      const result: Record<string, { median_us: number; found: boolean }> = {};
      for (const [id, selector] of list) {
        // Timed in batches of 500: the page's timer ticks in 0.1 ms steps. Each query follows a change to the
        // page, as in use (the watcher looks after changes), so no cached answer is reused.
        const marker = document.createElement('span');
        document.querySelector('main')!.append(marker);
        const times: number[] = [];
        for (let batch = 0; batch < 11; batch++) {
          const started = performance.now();
          for (let run = 0; run < 500; run++) {
            marker.replaceChildren(document.createElement('i'));
            document.querySelector(selector);
          }
          times.push((performance.now() - started) / 500);
        }
        times.sort((a, b) => a - b);
        result[id] = { median_us: Math.round(times[5]! * 10_000) / 10, found: document.querySelector(selector) !== null };
      }
      return result;
    }, selectors);
  } finally {
    await browser.close();
  }
}

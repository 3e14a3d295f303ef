import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { EXTENSION_ID } from '../../utils/extension-identity';
import type { ClosedUi } from './closed-ui';

/**
 * A real Chromium policy: the file Chromium reads on Linux, as a school's IT admin would deploy it. Policy is
 * machine-wide, so the tests that use it run one after the other and remove the file afterwards.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/twijfelcheck-e2e.json`;

export const canWritePolicy = process.getuid?.() === 0;
export const NEEDS_ROOT = 'Needs root to write a real Chromium policy file in /etc/chromium/policies/managed.';

export function writePolicy(values: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }));
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** The first managed-storage read after browser start can take seconds: wait until the policy is in force. */
export async function waitForPolicy(page: Page, path: string, probe: () => Promise<boolean>): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(path);
        return probe();
      },
      { timeout: 20_000, intervals: [1000] },
    )
    .toBe(true);
}

/** Whether our UI shows this within a moment: a post made right after the page loads may wait for the policy. */
export const appeared = (locator: ClosedUi): Promise<boolean> =>
  locator.first().waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  );

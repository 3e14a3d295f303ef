import { execFileSync } from 'node:child_process';
import { buildFixtureSites } from '../fixtures/sites/build';

/** The e2e tests run against the freshly built extension and fixture sites, never stale ones. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TWIJFELCHECK_SKIP_BUILD !== '1') execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  await buildFixtureSites();
}

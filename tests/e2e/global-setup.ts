import { execFileSync } from 'node:child_process';

/** The e2e tests run against the freshly built extension, never a stale one. */
export default function globalSetup(): void {
  if (process.env.TWIJFELCHECK_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
}

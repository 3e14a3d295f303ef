import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A real Firefox enterprise policy: the policies.json Firefox reads on Linux, as a school's IT admin deploys
 * it. Machine-wide, so a file that was already there is put back afterwards.
 */
const POLICY_DIR = '/etc/firefox/policies';
const POLICY_FILE = `${POLICY_DIR}/policies.json`;

export const canWriteFirefoxPolicy = process.getuid?.() === 0;

let previous: string | undefined;

export function writeFirefoxPolicy(policies: object): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  if (previous === undefined && existsSync(POLICY_FILE)) previous = readFileSync(POLICY_FILE, 'utf8');
  writeFileSync(POLICY_FILE, JSON.stringify(policies));
}

export function removeFirefoxPolicy(): void {
  if (previous === undefined) rmSync(POLICY_FILE, { force: true });
  else writeFileSync(POLICY_FILE, previous);
  previous = undefined;
}

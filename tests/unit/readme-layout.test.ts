import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The first column of the README's layout block: the paths it explains. */
function layoutPaths(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.split('## Indeling / Layout')[1]!.split('```')[1]!;
  return block
    .split('\n')
    .filter((line) => /^\S/.test(line))
    .map((line) => line.split(/\s{2,}/)[0]!);
}

const subfolders = (folder: string) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${folder}/${entry.name}/`);

describe("the README's layout matches the folders", () => {
  it('names only paths that exist', () => {
    for (const path of layoutPaths()) expect(existsSync(path), path).toBe(true);
  });

  it('names every folder of entrypoints/, rules/ and tests/', () => {
    const named = new Set(layoutPaths());
    const missing = ['entrypoints', 'rules', 'tests'].flatMap(subfolders).filter((folder) => !named.has(folder));
    expect(missing).toEqual([]);
  });
});

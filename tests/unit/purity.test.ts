import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The project's own lint configuration, run on code placed (virtually) in rules/ and in utils/. */
const eslint = new ESLint({ cwd: process.cwd() });

async function problemsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('rules/ stays pure (enforced by ESLint)', () => {
  it('refuses DOM and browser globals in rules/', async () => {
    const problems = await problemsIn('rules/probe.ts', 'export const title = document.title + window.name + String(chrome);\n');
    expect(problems).toEqual(['no-restricted-globals', 'no-restricted-globals', 'no-restricted-globals']);
  });

  it('refuses browser code, UI libraries and Node modules in rules/', async () => {
    const code = [
      "import { recordError } from '../utils/error-log';",
      "import { render } from 'preact';",
      "import { readFileSync } from 'node:fs';",
      'export const used = [recordError, render, readFileSync];',
      '',
    ].join('\n');
    expect(await problemsIn('rules/belediging/probe.ts', code)).toEqual(['no-restricted-imports', 'no-restricted-imports', 'no-restricted-imports']);
  });

  it('allows what pure code needs in rules/, and the DOM outside it', async () => {
    const pure = "import { normalise } from './normalise/pipeline';\nexport const words = new Intl.Segmenter('nl').segment(normalise('x').folded);\n";
    expect(await problemsIn('rules/probe.ts', pure)).toEqual([]);
    expect(await problemsIn('utils/probe.ts', 'export const title = document.title;\n')).toEqual([]);
  });
});

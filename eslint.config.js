// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What a browser page has and Node does not: rules/ must run in Node and in a worker, so none of it. */
const BROWSER_ONLY_GLOBALS = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2024)),
  'chrome',
  'browser',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.test-reports/**', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Leaving fields out of a copy by destructuring them is how the code drops them.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // rules/ is pure: text (or pixels) and context in, findings out. No browser, no Node, no UI.
    files: ['rules/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS.map((name) => ({ name, message: 'rules/ is pure TypeScript: no DOM or browser globals.' })), 'process', 'require', 'Buffer', '__dirname'],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/utils/**', '**/entrypoints/**', '**/components/**'], message: 'rules/ may not import browser or UI code.' },
          { group: ['wxt', 'wxt/*', '@wxt-dev/*', 'preact', 'preact/*', 'zustand', 'zustand/*', 'webextension-polyfill'], message: 'rules/ may not import browser or UI libraries.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url'], message: 'rules/ runs in the browser too: no Node modules.' },
        ],
      }],
    },
  },
);

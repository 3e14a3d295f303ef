import { defineConfig } from 'vitest/config';

/** The Firefox tests: a real Firefox ESR, so one at a time and with room for the browser to start. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});

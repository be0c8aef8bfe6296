import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real browsers. One file at a time: two cores, two browsers.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 60_000,
  },
});

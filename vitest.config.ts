import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests install and run generated projects; they report their own progress.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});

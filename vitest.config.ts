import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Says once per run which cross-checks are skipped for a missing shared/reference; installs
    // the packed package, which the CLI tier and the generated projects run.
    globalSetup: ['test/support/global-notices.ts', 'test/support/installed-package.ts'],
    // Integration tests install and run generated projects; they report their own progress.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // CI also writes a JSON report, from which .ci/run prints a one-line summary.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results.json' },
  },
});

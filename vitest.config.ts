import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest keeps a core to itself by default, which on a 2-core machine means one test file at a
    // time; ours mostly wait on the processes they start (npm, tsc, mvn, go), so use every core.
    maxWorkers: availableParallelism(),
    // One temporary folder per run, removed at its end; says once per run which cross-checks are skipped for a missing shared/reference; installs
    // the packed package, which the CLI tier and the generated projects run.
    globalSetup: ['test/support/scratch-root.ts', 'test/support/global-notices.ts', 'test/support/installed-package.ts'],
    // Every language's messages, for tests that switch languages.
    setupFiles: ['test/support/all-languages.ts'],
    // Integration tests install and run generated projects; they report their own progress.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // CI also writes a JSON report, from which .ci/run prints a one-line summary.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results.json' },
  },
});

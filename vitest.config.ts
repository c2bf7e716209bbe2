import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirst from './test/support/slow-first.js';

// One vitest project for the four tiers (test/unit, generator, cli, integration): the whole suite
// shares one pool of workers, which on a 2-core machine is what keeps it within its 10 minutes (a
// project per tier ran each tier with a pool of its own, and the suite took 100 s longer). Each
// tier still runs alone: `npm run test:unit` (no package is packed for it), test:generator, test:cli, test:integration.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest keeps a core to itself by default, which on a 2-core machine means one test file at a
    // time; ours mostly wait on the processes they start (npm, tsc, mvn, go), so use every core.
    maxWorkers: availableParallelism(),
    // The longest files start first (test/support/slow-first.ts), so the two workers end together.
    sequence: { sequencer: SlowFirst },
    // One temporary folder per run, removed at its end; one line per run naming the cross-checks
    // skipped for a missing shared/reference; the package packed and installed from its tarball,
    // which the CLI tier and the generated projects run (not for the unit tier alone).
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

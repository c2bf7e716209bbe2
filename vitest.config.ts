import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The tiers, each a vitest project that runs alone (`npm run test:unit`, `test:generator`,
 * `test:cli`, `test:integration`) or all together (`npm test`). The unit tier touches no
 * installed package, so it starts at once; the others run what npm installs from the packed tarball.
 */
const TIERS = ['unit', 'generator', 'cli', 'integration'] as const;
const NEEDS_PACKAGE = new Set<string>(['generator', 'cli', 'integration']);

export default defineConfig({
  test: {
    // Vitest keeps a core to itself by default, which on a 2-core machine means one test file at a
    // time; ours mostly wait on the processes they start (npm, tsc, mvn, go), so use every core.
    maxWorkers: availableParallelism(),
    // CI also writes a JSON report, from which .ci/run prints a one-line summary.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results.json' },
    projects: TIERS.map((tier) => ({
      extends: true,
      test: {
        name: tier,
        include: [`test/${tier}/**/*.test.ts`],
        // Each project asks; each setup acts once per run. One temporary folder per run, removed at
        // its end; one line naming the cross-checks skipped for a missing shared/reference; and,
        // where a tier runs the CLI, the package packed and installed from its tarball.
        globalSetup: ['test/support/scratch-root.ts', 'test/support/global-notices.ts', ...(NEEDS_PACKAGE.has(tier) ? ['test/support/installed-package.ts'] : [])],
        // Every language's messages, for tests that switch languages.
        setupFiles: ['test/support/all-languages.ts'],
        // Integration tests install and run generated projects; they report their own progress.
        testTimeout: 120_000,
        hookTimeout: 600_000,
      },
    })),
  },
});

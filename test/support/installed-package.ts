import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import type { TestProject } from 'vitest/node';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** The package folder of create-fc-function as npm installed it from its packed tarball. */
    installedPackage: string;
  }
}

/**
 * Vitest global setup: packs the built package (`npm pack`, as it is published) and installs the
 * tarball into an empty folder, so the CLI tier and the generated projects run what users get.
 */
export default async function installPackage(project: TestProject): Promise<void> {
  // Each tier that runs it asks: the package is packed and installed once per run (below the run's
  // temporary folder, which scratch-root.ts removes at the end).
  // The unit tier alone (npm run test:unit) runs nothing installed.
  if (process.env.CFC_TEST_NO_PACKAGE) return;
  const done = process.env.CFC_TEST_INSTALLED_PACKAGE;
  if (done && existsSync(done)) {
    project.provide('installedPackage', done);
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run the tests with `npm test`, which builds first');
  const scratch = mkdtempSync(join(tmpdir(), 'cfc-package-'));
  // The build is npm test's first step; packing must not run it again.
  await execa('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch], { cwd: ROOT, stdin: 'ignore' });
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${scratch}`);
  const consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{"private":true}\n');
  await execa('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tarball)], { cwd: consumer, stdin: 'ignore' });
  // A Yeoman user brings the generator's peer dependency; this checkout's copy stands in for theirs.
  symlinkSync(join(ROOT, 'node_modules', 'yeoman-generator'), join(consumer, 'node_modules', 'yeoman-generator'));
  const installed = join(consumer, 'node_modules', 'create-fc-function');
  process.env.CFC_TEST_INSTALLED_PACKAGE = installed;
  project.provide('installedPackage', installed);
}

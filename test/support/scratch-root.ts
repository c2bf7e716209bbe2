import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup, run first: every temporary folder of one run (the tests' own, and those of
 * the npm, python, mvn and go processes they start) goes below one folder that the run removes at
 * its end, so a suite that makes thousands of projects leaves nothing in the machine's /tmp.
 * The workers start after the global setups, so they inherit TMPDIR, and os.tmpdir() follows it.
 */
export default function scratchRoot(): (() => void) | undefined {
  // Every tier (vitest project) asks; the first makes the folder, and removes it at the end.
  if (process.env.CFC_TEST_SCRATCH_ROOT) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'cfc-test-run-'));
  process.env.CFC_TEST_SCRATCH_ROOT = root;
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}

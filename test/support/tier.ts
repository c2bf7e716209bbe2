import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { expect, it } from 'vitest';

// Any CI value but an explicit "false" or "0", as vitest itself reads it.
export const IN_CI = !['', 'false', '0'].includes(process.env.CI ?? '');
const noticed = new Set<string>();

/**
 * Whether a toolchain tier's tests run: yes when nothing is missing; under CI also when something is,
 * and the test this adds ("the <name> toolchain is installed") then fails naming it; elsewhere no, with
 * one line on stderr (once per tier and process).
 */
export function toolchainTier(name: string, missing: string | undefined): boolean {
  if (missing !== undefined && !IN_CI) {
    if (!noticed.has(name)) process.stderr.write(`skipped: ${name}: ${missing} (CI=true makes this a failure)\n`);
    noticed.add(name);
    return false;
  }
  it(`the ${name} toolchain is installed`, () => {
    expect(missing, `missing: ${missing}`).toBeUndefined();
  });
  return true;
}

/** The commands not found as executables on PATH (a `which` without a process). */
export function missingCommands(commands: readonly string[]): string[] {
  const folders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return commands.filter((command) => !folders.some((folder) => isExecutable(join(folder, command))));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** "a, b not found; <how to install>", or undefined when nothing is missing. */
export function notFound(missing: readonly string[], install: string): string | undefined {
  return missing.length ? `${missing.join(', ')} not found; ${install}` : undefined;
}

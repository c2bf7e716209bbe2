import { join } from 'node:path';
import { execa } from 'execa';
import { inject } from 'vitest';
import { scratchDir } from './scratch.js';

// Folders for tests, which need no installed package: in scratch.ts, for the unit tier.
export { filesBelow, scratchDir } from './scratch.js';

/** The bin of the package as npm installed it from its tarball (see installed-package.ts). */
export const BIN = join(inject('installedPackage'), 'bin', 'create-fc-function.js');

/** The locale of a test run unless the test sets one: the tool speaks the machine's language otherwise. */
export const ENGLISH = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };


/** Runs the built bin as a user would without a terminal: no stdin, no colours. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return execa('node', [BIN, ...args], {
    cwd: options.cwd ?? scratchDir(),
    stdin: 'ignore',
    reject: false,
    env: { NO_COLOR: '1', ...ENGLISH, ...options.env },
  });
}


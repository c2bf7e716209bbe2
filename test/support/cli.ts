import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const BIN = fileURLToPath(new URL('../../bin/create-fc-function.js', import.meta.url));

/** A fresh empty folder for one test. */
export function scratchDir(prefix = 'cfc-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the built bin as a user would without a terminal: no stdin, no colours. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return execa('node', [BIN, ...args], {
    cwd: options.cwd ?? scratchDir(),
    stdin: 'ignore',
    reject: false,
    env: { NO_COLOR: '1', ...options.env },
  });
}

/** Every file below a folder, relative, sorted. */
export function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

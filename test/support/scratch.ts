import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh empty folder for one test (below the run's own temporary folder: scratch-root.ts). */
export function scratchDir(prefix = 'cfc-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file below a folder, relative, sorted. */
export function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

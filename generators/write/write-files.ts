import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlannedWrites, checkTargetDirectory } from '../target-dir.js';
import type { RenderedFile } from './render.js';

/**
 * The one conflict rule, whichever entry point writes: the target is new, empty, or `force` was
 * given, and every planned path can be written. Throws a UserError before anything is written.
 */
export function checkWrites(directory: string, paths: readonly string[], force: boolean, base = process.cwd()): void {
  checkTargetDirectory(directory, force, base);
  checkPlannedWrites(directory, paths, base);
}

/** The files (project paths) that exist below `root` with other contents than the new ones. */
export function replacedFiles(root: string, files: readonly RenderedFile[]): string[] {
  return files
    .filter((file) => {
      const path = join(root, file.path);
      return existsSync(path) && statSync(path).isFile() && !readFileSync(path).equals(file.contents);
    })
    .map((file) => file.path)
    .sort();
}

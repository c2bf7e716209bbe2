import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/** Writes rendered files below `root`, making folders as needed; `onFile` hears each path once written. */
export function writeFiles(root: string, files: readonly RenderedFile[], onFile?: (path: string) => void): void {
  for (const file of files) {
    const path = resolve(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
    onFile?.(file.path);
  }
}

import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from './core/errors.js';

/** The target itself, or the nearest folder above it that exists: where writing starts. */
function nearestExisting(directory: string): string {
  let path = resolve(directory);
  while (!existsSync(path) && dirname(path) !== path) path = dirname(path);
  return path;
}

/** Refuses a target that cannot be written (under a file or a read-only folder), that is a file, or a non-empty folder unless forced; run before anything is written. */
export function checkTargetDirectory(directory: string, force: boolean): void {
  const existing = nearestExisting(directory);
  if (existing !== resolve(directory)) {
    if (!statSync(existing).isDirectory()) throw new UserError(`Cannot create "${directory}": ${existing} is a file, not a directory. Choose another directory.`);
    try {
      accessSync(existing, constants.W_OK);
    } catch {
      throw new UserError(`Cannot create "${directory}": ${existing} is not writable. Choose another directory.`);
    }
    return;
  }
  if (!statSync(directory).isDirectory()) {
    throw new UserError(`Target "${directory}" exists and is not a directory. Choose another directory.`);
  }
  const entries = readdirSync(directory).filter((entry) => entry !== '.git');
  if (entries.length > 0 && !force) {
    throw new UserError(
      `Target directory "${directory}" is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}). Choose an empty or new directory, or pass --force to write into it (files with the same names are overwritten).`,
    );
  }
}

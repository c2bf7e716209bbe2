import { existsSync, readdirSync, statSync } from 'node:fs';
import { UserError } from './core/errors.js';

/** Refuses a target that is a file, or a non-empty folder unless forced; run before anything is written. */
export function checkTargetDirectory(directory: string, force: boolean): void {
  if (!existsSync(directory)) return;
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

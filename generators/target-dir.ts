import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { shownText, UserError } from './core/errors.js';
import { t } from './core/i18n/index.js';
import type { RawAnswers } from './core/validate.js';
import { LOCK_NAME } from './write/project-lock.js';

/** What one path on disk is, as far as writing to it goes. */
export type PathKind = 'missing' | 'file' | 'directory' | 'other';

/** What the checks ask of the disk; tests hand in a fake listing. */
export interface PathProbe {
  kind(path: string): PathKind;
  writable(path: string): boolean;
  entries(folder: string): string[];
}

/** The real disk. */
export const DISK: PathProbe = {
  kind(path) {
    try {
      const stats = statSync(path);
      return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
    } catch {
      return 'missing';
    }
  },
  writable(path) {
    try {
      // access(2) also says no to root for read-only mounts and immutable (chattr +i) entries;
      // a file or folder nobody may write (chmod a-w) is taken as the user's "leave this", root or not.
      accessSync(path, constants.W_OK);
      return (statSync(path).mode & 0o222) !== 0;
    } catch {
      return false;
    }
  },
  entries: (folder) => readdirSync(folder),
};

/** The project folder when flags already name it (the directory, else the function name, as resolveProject takes it). */
export function givenDirectory(answers: RawAnswers): string | undefined {
  return answers.directory ?? answers.name;
}

/** The target itself, or the nearest folder above it that exists: where writing starts. */
function nearestExisting(path: string, probe: PathProbe): string {
  while (probe.kind(path) === 'missing' && dirname(path) !== path) path = dirname(path);
  return path;
}

/** File systems take at most 255 bytes per name (NAME_MAX) and 4096 per path (PATH_MAX), on Linux and macOS alike. */
const NAME_MAX = 255;
const PATH_MAX = 4096;

/** Why no file system could hold this path, before the disk is asked: a NUL byte, or a name or path too long. */
function impossiblePath(directory: string, target: string): string | undefined {
  const shown = shownText(directory);
  if (directory.includes('\0')) return t('target.nulByte', { directory: shown });
  const longest = target.split(sep).reduce((longer, name) => (Buffer.byteLength(name) > Buffer.byteLength(longer) ? name : longer), '');
  if (Buffer.byteLength(longest) > NAME_MAX) return t('target.nameTooLong', { directory: shown, bytes: Buffer.byteLength(longest), max: NAME_MAX });
  if (Buffer.byteLength(target) > PATH_MAX) return t('target.pathTooLong', { directory: shown, bytes: Buffer.byteLength(target), max: PATH_MAX });
  return undefined;
}

/** Why the target cannot take a new project (no such path, a file, under a file, not writable, not empty without force), or undefined. */
export function targetProblem(directory: string, force: boolean, base = process.cwd(), probe: PathProbe = DISK): string | undefined {
  const target = resolve(base, directory);
  const impossible = impossiblePath(directory, target);
  if (impossible) return impossible;
  directory = shownText(directory);
  const existing = nearestExisting(target, probe);
  if (existing !== target) {
    if (probe.kind(existing) !== 'directory') return t('target.underFile', { directory, existing });
    if (!probe.writable(existing)) return t('target.underUnwritable', { directory, existing });
    return undefined;
  }
  if (probe.kind(target) !== 'directory') return t('target.notDirectory', { directory });
  if (!probe.writable(target)) return t('target.notWritable', { directory });
  // A run writing here holds its lock file (and, for an instant, the lock's next version) in the folder while it checks again.
  const entries = probe.entries(target).filter((entry) => entry !== '.git' && !entry.startsWith(LOCK_NAME));
  if (entries.length > 0 && !force) {
    return t(entries.length === 1 ? 'target.notEmpty.one' : 'target.notEmpty.many', { directory, count: entries.length });
  }
  return undefined;
}

/** Refuses a target that cannot take a new project; run before the first question and before anything is written. */
export function checkTargetDirectory(directory: string, force: boolean, base = process.cwd()): void {
  const problem = targetProblem(directory, force, base);
  if (problem) throw new UserError(problem);
}

/** The first planned file (relative, `/`-separated) that could not be written into an existing project folder, and why; undefined when all can. */
export function unwritableFile(root: string, files: readonly string[], probe: PathProbe = DISK): string | undefined {
  // A new project folder is checked by targetProblem: everything below it gets created.
  if (probe.kind(root) === 'missing') return undefined;
  const kinds = new Map<string, PathKind>();
  const kindOf = (relative: string) => {
    if (!kinds.has(relative)) kinds.set(relative, probe.kind(join(root, relative)));
    return kinds.get(relative) as PathKind;
  };
  const canWrite = (relative: string) => probe.writable(relative === '' ? root : join(root, relative));
  for (const file of files) {
    const parts = file.split('/');
    let folder = '';
    let problem: string | undefined;
    for (const [index, part] of parts.entries()) {
      const path = folder === '' ? part : `${folder}/${part}`;
      const kind = kindOf(path);
      const last = index === parts.length - 1;
      if (kind === 'missing') {
        if (!canWrite(folder)) problem = t('target.folderNotWritable', { folder: folder || '.', file });
        break;
      }
      if (last) {
        if (kind !== 'file') problem = t(kind === 'directory' ? 'target.folderWhereFile' : 'target.otherWhereFile', { path, file });
        else if (!canWrite(path)) problem = t('target.fileNotWritable', { path });
        break;
      }
      if (kind !== 'directory') {
        problem = t('target.fileWhereFolder', { path, file });
        break;
      }
      folder = path;
    }
    if (problem) return problem;
  }
  return undefined;
}

/** Refuses, naming the first path, when any planned file could not be written; run before the first write. */
export function checkPlannedWrites(directory: string, files: readonly string[], base = process.cwd()): void {
  const problem = unwritableFile(resolve(base, directory), files);
  if (problem) throw new UserError(t('target.cannotWrite', { directory, problem }));
}

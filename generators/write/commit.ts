import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { unwritableFile } from '../target-dir.js';
import { writeFailure } from './disk-errors.js';
import { ProjectLock, type JournalEntry } from './project-lock.js';

/** One file to put in place below the project folder. */
export interface FileWrite {
  /** Below the project folder, `/`-separated. */
  path: string;
  contents: Buffer;
  /**
   * The bytes the plan was made from (`add` reads the project, then writes): the write is refused
   * when the file changed since. `null`: the plan found no file there. Left out: not checked.
   */
  was?: Buffer | null;
}

export interface CommitOptions {
  /** Checked again once the folder is locked, against what another run may have done meanwhile (create's "empty folder"). */
  recheck?: () => void;
  /** Aborted by Ctrl-C: the run stops before the first file is replaced, and undoes what it staged. */
  signal?: AbortSignal;
  /** Hears each step: each file is staged (written beside its target), then all targets are replaced at once. */
  onStep?: (step: 'staging' | 'staged' | 'committed', path?: string) => void;
}

/** Where a write to `path` lands, symlinks on the way followed: its own real path, or its deepest existing folder's. */
function landing(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const real = realpathSync(existing);
  return existing === path ? real : join(real, relative(existing, path));
}

/**
 * The one path rule: every write lands inside the project. Refuses an absolute path, a `..`
 * (an s.yaml's `codeUri: ../x`), and a folder or file on the way that is a symlink to elsewhere.
 */
export function checkInsideProject(root: string, paths: readonly string[]): void {
  if (!existsSync(root)) return;
  const realRoot = realpathSync(root);
  for (const path of paths) {
    const lands = isAbsolute(path) ? path : landing(join(root, path));
    const inside = relative(realRoot, lands);
    if (isAbsolute(path) || inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new UserError(t('write.outsideProject', { path, lands, root: realRoot }));
    }
  }
}

/** Refuses when a file the plan read has changed since: another run or an editor wrote it. */
function checkUnchanged(root: string, writes: readonly FileWrite[]): void {
  for (const write of writes) {
    if (write.was === undefined) continue;
    const path = join(root, write.path);
    const now = existsSync(path) ? readFileSync(path) : null;
    const same = now === null || write.was === null ? now === write.was : now.equals(write.was);
    if (!same) throw new UserError(t('write.changedMeanwhile', { path: write.path }));
  }
}

/** Folders missing on the way to `folder`, made now; returns the outermost one made. */
function makeFolder(folder: string): string | undefined {
  return existsSync(folder) ? undefined : mkdirSync(folder, { recursive: true });
}

/** Writes `contents` to a new file (never an existing one or a symlink: O_EXCL), with the mode the replaced file had. */
async function stage(temporary: string, contents: Buffer, mode: number | undefined): Promise<void> {
  const file = await open(temporary, 'wx', mode ?? 0o666);
  try {
    await file.writeFile(contents);
    // The umask applied to open's mode; the replaced file's own mode is kept exactly.
    if (mode !== undefined) await file.chmod(mode);
  } finally {
    await file.close();
  }
}

/** Puts every staged file in place, in order; on a failure, puts back those already replaced and rethrows. */
function replaceAll(entries: readonly JournalEntry[], onEntry: (target: string) => void): void {
  const done: JournalEntry[] = [];
  try {
    for (const entry of entries) {
      onEntry(entry.target);
      if (entry.backup !== undefined) renameSync(entry.target, entry.backup);
      try {
        renameSync(entry.temporary, entry.target);
      } catch (error) {
        if (entry.backup !== undefined) renameSync(entry.backup, entry.target);
        throw error;
      }
      done.push(entry);
    }
  } catch (error) {
    for (const entry of done.reverse()) {
      if (entry.backup === undefined) rmSync(entry.target, { force: true });
      else renameSync(entry.backup, entry.target);
    }
    throw error;
  }
}

/**
 * Writes every file or none, for `create` and `add` alike. With the project folder locked
 * against a second run, each new file is first written beside its target; only when all are
 * written are the targets replaced, by renames, the old files kept aside until the last one is in.
 * A failure or a Ctrl-C before then removes what was staged (and the folders made for it); a
 * failure while replacing puts the old files back. The lock file journals each step, so even a
 * run killed outright is undone by the next one (recoverInterruptedRun).
 */
export async function commitFiles(root: string, writes: readonly FileWrite[], options: CommitOptions = {}): Promise<void> {
  const made: string[] = [];
  let lock: ProjectLock | undefined;
  let current = root;
  try {
    const rootMade = makeFolder(root);
    if (rootMade) made.push(rootMade);
    lock = ProjectLock.take(root, made);
    options.recheck?.();
    checkInsideProject(root, writes.map((write) => write.path));
    const problem = unwritableFile(root, writes.map((write) => write.path));
    if (problem) throw new UserError(t('write.cannotWrite', { problem }));
    checkUnchanged(root, writes);
    const journal = lock.journal;
    for (const write of writes) {
      options.onStep?.('staging', write.path);
      options.signal?.throwIfAborted();
      const path = join(root, write.path);
      // A symlinked file inside the project stays a symlink: its target file takes the new bytes.
      const target = existsSync(path) && lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
      current = target;
      const folderMade = makeFolder(dirname(target));
      if (folderMade) made.push(folderMade);
      const exists = existsSync(target);
      const suffix = `.cfc-${process.pid}`;
      const entry: JournalEntry = { target, temporary: `${target}${suffix}.tmp`, ...(exists ? { backup: `${target}${suffix}.old` } : {}) };
      journal.entries.push(entry);
      lock.save();
      await stage(entry.temporary, write.contents, exists ? statSync(target).mode & 0o7777 : undefined);
    }
    options.onStep?.('staged');
    options.signal?.throwIfAborted();
    journal.phase = 'committing';
    lock.save();
    replaceAll(journal.entries, (target) => (current = target));
  } catch (error) {
    const left = cleanUp(lock, made);
    if (error instanceof UserError || options.signal?.aborted) throw error;
    throw writeFailure(root, current, error, left);
  }
  finish(lock);
  options.onStep?.('committed');
}

/**
 * Once every file is in place nothing is undone: the old files kept aside and the lock go. On a
 * disk too full to journal 'committed', the lock goes first, so no later run undoes a finished write.
 */
function finish(lock: ProjectLock): void {
  try {
    lock.journal.phase = 'committed';
    lock.save();
  } catch {
    lock.release();
  }
  for (const entry of lock.journal.entries) if (entry.backup !== undefined) rmSync(entry.backup, { force: true });
  lock.release();
}

/**
 * After a failure: the staged files, the lock and the folders the run made are removed; returns
 * what could not be. Without the lock, a folder this run made may be another run's project by
 * now, so it is removed only while empty.
 */
function cleanUp(lock: ProjectLock | undefined, made: readonly string[]): string[] {
  const left: string[] = [];
  const remove = (path: string, recursive: boolean) => {
    try {
      rmSync(path, { force: true, recursive });
    } catch {
      left.push(path);
    }
  };
  for (const entry of lock?.journal.entries ?? []) remove(entry.temporary, false);
  if (lock) remove(lock.path, false);
  for (const folder of [...made].reverse()) {
    if (lock) remove(folder, true);
    else rmdirIfEmpty(folder);
  }
  return left;
}

function rmdirIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty: another run's project is there now; or gone already.
  }
}

import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { unwritableFile } from '../target-dir.js';
import { reasonOf, writeFailure } from './disk-errors.js';
import { entryExists, ProjectLock, removeIfEmpty, RUN_SUFFIX, type JournalEntry } from './project-lock.js';

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
  /** Hears each step: each file is staged (written beside its target), then each target is replaced. */
  onStep?: (step: 'staging' | 'staged' | 'replacing' | 'committed', path?: string) => void;
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

/** The folders missing on the way to `folder`, outermost first: each is made, and recorded, one level at a time. */
function missingFolders(folder: string): string[] {
  const missing: string[] = [];
  for (let at = folder; !entryExists(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
  return missing;
}

/** Makes one folder; false when another run made it first (it is theirs, not this run's to remove). */
function makeFolder(folder: string): boolean {
  try {
    mkdirSync(folder);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(folder).isDirectory()) return false;
    throw error;
  }
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

/** A replacement that failed, and the old files that could not be put back after it (their bytes wait in their `.old` files). */
class ReplaceFailure extends Error {
  constructor(override readonly cause: unknown, readonly unrestored: string[]) {
    super('replace failed');
  }
}

/** Puts every staged file in place, in order; on a failure, puts back those already replaced, each step on its own, and throws a ReplaceFailure. */
function replaceAll(entries: readonly JournalEntry[], onEntry: (target: string) => void): void {
  const done: JournalEntry[] = [];
  try {
    for (const entry of entries) {
      onEntry(entry.target);
      if (entry.backup !== undefined) renameSync(entry.target, entry.backup);
      done.push(entry);
      renameSync(entry.temporary, entry.target);
    }
  } catch (error) {
    const unrestored: string[] = [];
    for (const entry of done.reverse()) {
      try {
        if (entry.backup === undefined) rmSync(entry.target, { force: true });
        else renameSync(entry.backup, entry.target);
      } catch {
        unrestored.push(entry.target);
      }
    }
    throw new ReplaceFailure(error, unrestored);
  }
}

/** Where each write lands, symlinks inside the project followed; refuses a dangling link and two writes to one file. */
function targetsOf(root: string, writes: readonly FileWrite[]): string[] {
  const seen = new Map<string, string>();
  return writes.map((write) => {
    const path = join(root, write.path);
    let target = path;
    if (entryExists(path) && lstatSync(path).isSymbolicLink()) {
      // A symlinked file inside the project stays a symlink: its target file takes the new bytes.
      if (!existsSync(path)) throw new UserError(t('write.danglingLink', { path: write.path, link: readlinkSync(path) }));
      target = realpathSync(path);
    }
    const first = seen.get(target);
    if (first !== undefined) throw new UserError(t('write.sameFile', { first, second: write.path }));
    seen.set(target, write.path);
    return target;
  });
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
    // The project folder itself, before there is a journal to record it: a run killed here leaves an empty folder, which create takes as empty.
    for (const folder of missingFolders(root)) if (makeFolder(folder)) made.push(folder);
    lock = ProjectLock.take(root, made);
    options.recheck?.();
    checkInsideProject(root, writes.map((write) => write.path));
    const problem = unwritableFile(root, writes.map((write) => write.path));
    if (problem) throw new UserError(t('write.cannotWrite', { problem }));
    checkUnchanged(root, writes);
    const targets = targetsOf(root, writes);
    const journal = lock.journal;
    for (const [index, write] of writes.entries()) {
      options.onStep?.('staging', write.path);
      options.signal?.throwIfAborted();
      const target = targets[index] as string;
      current = target;
      const replaced = entryExists(target);
      const entry: JournalEntry = { target, temporary: `${target}${RUN_SUFFIX}.tmp`, ...(replaced ? { backup: `${target}${RUN_SUFFIX}.old` } : {}) };
      // Journalled before it is done: the folders it makes, the file it stages.
      const folders = missingFolders(dirname(target));
      made.push(...folders);
      journal.entries.push(entry);
      lock.save();
      for (const folder of folders) makeFolder(folder);
      await stage(entry.temporary, write.contents, replaced ? statSync(target).mode & 0o7777 : undefined);
    }
    options.onStep?.('staged');
    options.signal?.throwIfAborted();
    journal.phase = 'committing';
    lock.save();
    replaceAll(journal.entries, (target) => {
      current = target;
      options.onStep?.('replacing', target);
    });
  } catch (error) {
    if (error instanceof ReplaceFailure && error.unrestored.length > 0) {
      // The journal stays, in 'committing': the next run puts the rest back from the .old files.
      throw new UserError(t('disk.undoPending', { file: relative(root, current) || current, reason: reasonOf(error.cause), files: error.unrestored.map((path) => relative(root, path) || path).join(', ') }));
    }
    const left = cleanUp(lock, made);
    const cause = error instanceof ReplaceFailure ? error.cause : error;
    if (cause instanceof UserError || options.signal?.aborted) {
      if (left.length === 0) throw cause;
      throw new UserError(`${cause instanceof Error ? cause.message : String(cause)} ${t('disk.leftBehind', { files: left.join(', ') })}`);
    }
    throw writeFailure(root, current, cause, left);
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
 * what could not be. Folders go one level at a time and only while empty, so nothing another run
 * or the user put there since goes with them.
 */
function cleanUp(lock: ProjectLock | undefined, made: readonly string[]): string[] {
  const left: string[] = [];
  const remove = (path: string) => {
    try {
      rmSync(path, { force: true });
    } catch {
      left.push(path);
    }
  };
  for (const entry of lock?.journal.entries ?? []) remove(entry.temporary);
  if (lock) remove(lock.path);
  for (const folder of [...made].reverse()) removeIfEmpty(folder);
  return left;
}

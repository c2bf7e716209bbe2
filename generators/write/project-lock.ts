import { closeSync, linkSync, lstatSync, type Stats, openSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { reasonOf } from './disk-errors.js';

/** The lock file a run holds in the project folder while it writes there; it is its journal too. */
export const LOCK_NAME = '.create-fc-function.lock';

/** Names this run in its journal and in every file it leaves beside a target: unique even where every run has pid 1 (containers). */
export const THIS_RUN = randomUUID();

/** The suffix of this run's temporary and kept-aside files: `<target>.cfc-<run>.tmp`, `.old`. */
export const RUN_SUFFIX = `.cfc-${THIS_RUN.slice(0, 8)}`;

/** One file a run puts in place: the new bytes wait in `temporary`; the old file, if any, moves to `backup` while the new one goes in. */
export interface JournalEntry {
  target: string;
  temporary: string;
  backup?: string;
}

/**
 * What a writing run has done so far, kept in its lock file, so that a run killed at any point
 * (SIGKILL, a power cut) can be undone by the next one: `staging` (only temporary files exist),
 * `committing` (targets are being replaced; backups hold the old ones) and `committed` (done;
 * only leftovers to remove). Each step is journalled before it is taken.
 */
export interface Journal {
  pid: number;
  run: string;
  /** The machine (container) the run is on: a pid means something only there. */
  host: string;
  phase: 'staging' | 'committing' | 'committed';
  /** Folders the run made, one level each, outermost first. */
  made: string[];
  entries: JournalEntry[];
}

/** Whether the run that wrote a journal may still be writing. Another machine's run cannot be asked, so it counts as alive. */
function isAlive({ pid, run, host }: Journal): boolean {
  if (host !== hostname()) return true;
  if (pid === process.pid) return run === THIS_RUN;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readJournal(path: string): Journal | undefined {
  try {
    const journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    return Number.isInteger(journal.pid) && typeof journal.run === 'string' && Array.isArray(journal.entries) && Array.isArray(journal.made) ? journal : undefined;
  } catch {
    return undefined;
  }
}

/** A lock without a readable journal is being written (the O_EXCL fallback writes after it creates) for this long at most. */
const HALF_MADE_GRACE_MS = 10_000;

/** Removes a folder the run made, if it is empty: one level, never what someone put in it since. */
export function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty, or gone.
  }
}

/** Whether `path` exists as anything, a dangling symlink included (existsSync follows links). */
export function entryExists(path: string): boolean {
  return statsOf(path) !== undefined;
}

/** lstat, or undefined where nothing can be there (ENOENT, ENOTDIR, ENAMETOOLONG…), as existsSync answers. */
function statsOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
const exists = entryExists;

/** Puts the folder back as it was before a killed run, from its journal. */
function undo(journal: Journal): void {
  for (const entry of journal.entries) {
    if (journal.phase === 'committing') {
      if (entry.backup !== undefined && exists(entry.backup)) renameSync(entry.backup, entry.target);
      // A new file whose temporary is gone was renamed into place.
      else if (entry.backup === undefined && !exists(entry.temporary)) rmSync(entry.target, { force: true });
    }
    rmSync(entry.temporary, { force: true });
    if (journal.phase === 'committed' && entry.backup !== undefined) rmSync(entry.backup, { force: true });
  }
  if (journal.phase !== 'committed') for (const folder of [...journal.made].reverse()) removeIfEmpty(folder);
}

/**
 * Before a run reads the project: a lock left by a run that was killed is undone and removed (the
 * pid it names is gone), and a live one is refused, since another run is writing here now.
 * Returns the pid of the killed run whose changes were undone.
 */
export function recoverInterruptedRun(root: string): number | undefined {
  const path = join(root, LOCK_NAME);
  const seen = statsOf(path);
  if (!seen) return undefined;
  const journal = readJournal(path);
  const busy = journal ? isAlive(journal) : Date.now() - seen.mtimeMs < HALF_MADE_GRACE_MS;
  if (busy) throw new UserError(t('disk.busy', { root, pid: journal?.pid ?? '?', lock: path }));
  // Claimed by a rename, which one run wins: of two runs that found the same dead lock, only one undoes it.
  const claimed = `${path}.stale-${THIS_RUN}`;
  try {
    renameSync(path, claimed);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (statSync(claimed).ino !== seen.ino) {
    // Between the look and the claim another run undid the dead lock and took its own: hand it back.
    linkSync(claimed, path);
    rmSync(claimed, { force: true });
    throw new UserError(t('disk.busy', { root, pid: readJournal(path)?.pid ?? '?', lock: path }));
  }
  try {
    if (journal) undo(journal);
  } catch (error) {
    // The journal goes back as the lock: the folder stays refused until a run can finish the undo.
    linkSync(claimed, path);
    rmSync(claimed, { force: true });
    throw new UserError(t('disk.undoFailed', { root, pid: journal?.pid ?? '?', reason: reasonOf(error), lock: path }));
  }
  rmSync(claimed, { force: true });
  if (journal) rmSync(`${path}.${journal.run}`, { force: true });
  return journal?.pid;
}

/** Links the written journal in as the lock; on a file system without hard links (FAT), creates it with O_EXCL instead. */
function placeLock(journal: string, lock: string): void {
  try {
    linkSync(journal, lock);
  } catch (error) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    const file = openSync(lock, 'wx');
    try {
      writeSync(file, readFileSync(journal));
    } finally {
      closeSync(file);
    }
  }
}

/** The lock a run holds while it writes below `root`; its journal is rewritten by rename, so it is whole at every instant. */
export class ProjectLock {
  readonly path: string;
  readonly journal: Journal;

  private constructor(path: string, journal: Journal) {
    this.path = path;
    this.journal = journal;
  }

  /** Takes the lock, or refuses when another run holds it; a lock of a killed run is undone first. */
  static take(root: string, made: string[]): ProjectLock {
    const path = join(root, LOCK_NAME);
    const lock = new ProjectLock(path, { pid: process.pid, run: THIS_RUN, host: hostname(), phase: 'staging', made, entries: [] });
    // The journal is written first and linked in as the lock: link(2) makes the lock appear whole,
    // or fails with EEXIST while another run holds it, so no run ever reads a half-made lock.
    const first = `${path}.${THIS_RUN}`;
    try {
      writeFileSync(first, JSON.stringify(lock.journal));
      for (let attempt = 0; ; attempt += 1) {
        try {
          placeLock(first, path);
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
          recoverInterruptedRun(root);
        }
      }
    } finally {
      rmSync(first, { force: true });
    }
    return lock;
  }

  /** Writes the journal as it is now; every step is saved before it is taken. */
  save(): void {
    const next = `${this.path}.${THIS_RUN}`;
    try {
      writeFileSync(next, JSON.stringify(this.journal));
      renameSync(next, this.path);
    } catch (error) {
      rmSync(next, { force: true });
      throw error;
    }
  }

  release(): void {
    rmSync(this.path, { force: true });
  }
}

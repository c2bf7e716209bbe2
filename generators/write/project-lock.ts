import { closeSync, existsSync, linkSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';

/** The lock file a run holds in the project folder while it writes there; it is its journal too. */
export const LOCK_NAME = '.create-fc-function.lock';

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
 * only leftovers to remove).
 */
export interface Journal {
  pid: number;
  /** This process's own mark: in a container every run may get the same pid, so a pid alone cannot tell this run from a killed one. */
  run: string;
  phase: 'staging' | 'committing' | 'committed';
  /** Folders the run made, outermost first. */
  made: string[];
  entries: JournalEntry[];
}

/** Names this process in the journals it writes. */
const THIS_RUN = randomUUID();

/** Whether the run that wrote a journal may still be writing: this process, or a live process with its pid. */
function isAlive({ pid, run }: Journal): boolean {
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
    return Number.isInteger(journal.pid) && Array.isArray(journal.entries) ? journal : undefined;
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string | undefined): void {
  if (path !== undefined) rmSync(path, { force: true });
}

/** Puts the folder back as it was before a killed run, from its journal. */
function undo(journal: Journal): void {
  for (const entry of journal.entries) {
    if (journal.phase === 'committing') {
      if (entry.backup !== undefined && existsSync(entry.backup)) renameSync(entry.backup, entry.target);
      // A new file whose temporary is gone was renamed into place.
      else if (entry.backup === undefined && !existsSync(entry.temporary)) removeQuietly(entry.target);
    }
    removeQuietly(entry.temporary);
    if (journal.phase === 'committed') removeQuietly(entry.backup);
  }
  if (journal.phase === 'committed') return;
  for (const folder of [...journal.made].reverse()) removeEmptyFolders(folder);
}

/** Removes a folder the run made, with the empty folders below it; one holding a file (the user's, since) stays. */
function removeEmptyFolders(folder: string): void {
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) removeEmptyFolders(join(folder, entry.name));
    rmdirSync(folder);
  } catch {
    // Not empty, or gone: left as it is.
  }
}

/**
 * Before a run reads the project: a lock left by a run that was killed is undone and removed (the
 * pid it names is gone), and a live one is refused, since another run is writing here now.
 * Returns the pid of the killed run whose changes were undone.
 */
export function recoverInterruptedRun(root: string): number | undefined {
  const path = join(root, LOCK_NAME);
  if (!existsSync(path)) return undefined;
  const journal = readJournal(path);
  if (journal && isAlive(journal)) throw new UserError(t('disk.busy', { root, pid: journal.pid, lock: path }));
  if (journal) undo(journal);
  rmSync(path, { force: true });
  // The journal's next version, if the run was killed while saving it.
  if (journal) rmSync(`${path}.${journal.pid}`, { force: true });
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
    const lock = new ProjectLock(path, { pid: process.pid, run: THIS_RUN, phase: 'staging', made, entries: [] });
    // The journal is written first and linked in as the lock: link(2) makes the lock appear whole,
    // or fails with EEXIST while another run holds it, so no run ever reads a half-made lock.
    const first = `${path}.${process.pid}`;
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

  save(): void {
    const next = `${this.path}.${process.pid}`;
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

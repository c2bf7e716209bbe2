import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import type { Journal } from '../../generators/write/project-lock.js';
import { LOCK_NAME } from '../../generators/write/project-lock.js';
import { BIN, ENGLISH } from './cli.js';
import { missingCommands, notFound } from './tier.js';

/** Root may mount in a mount namespace of its own, and set chattr +i; anyone else maps to root in a user namespace, where chattr is refused. */
export const IS_ROOT = process.getuid?.() === 0;
const UNSHARE = IS_ROOT ? ['-m'] : ['-rm'];

/** What chattr +i needs here: the command, and root (CAP_LINUX_IMMUTABLE; a user namespace does not give it). */
export function chattrMissing(): string | undefined {
  if (!IS_ROOT) return 'chattr +i needs root (CAP_LINUX_IMMUTABLE)';
  return notFound(missingCommands(['chattr']), 'apt-get install e2fsprogs');
}

/** What the fault tier lacks here: strace (slow renames), unshare (a small tmpfs), or user namespaces. */
export function faultToolsMissing(): string | undefined {
  const commands = notFound(missingCommands(['strace', 'unshare']), 'apt-get install strace util-linux');
  if (commands) return commands;
  const probe = execaSync('unshare', [...UNSHARE, 'true'], { reject: false, stdin: 'ignore' });
  return probe.exitCode === 0 ? undefined : `unshare ${UNSHARE.join(' ')} fails (${probe.stderr.trim()}): mount namespaces are off`;
}

/**
 * Runs a bash script in a mount namespace of its own, where it may mount a tmpfs of a few KB (a full
 * disk) or remount read-only; the mounts vanish with it, so the script prints what it finds and
 * the test reads that. `$BIN` runs the CLI.
 */
export function inMountNamespace(script: string) {
  return execaSync('unshare', [...UNSHARE, 'bash', '-euo', 'pipefail', '-c', script], {
    reject: false,
    stdin: 'ignore',
    env: { NO_COLOR: '1', ...ENGLISH, BIN },
  });
}

/** A shell line printing every entry below `.` with its mode and its bytes' checksum: what "as it was" means. */
export const LISTING = `find . -mindepth 1 -printf '%P %m %y ' -exec sh -c 'if [ -f "$1" ]; then sha1sum < "$1"; else echo -; fi' _ {} \\; | sort`;

/**
 * Starts the CLI under strace with every rename delayed (the writer renames once per journal entry
 * and once per file), so a test can stop it at a chosen step of writing; the signal goes to the
 * CLI's own process, whose pid the lock's journal names.
 */
export function withSlowRenames(args: readonly string[], cwd: string, delayMs: number) {
  const inject = `inject=rename,renameat,renameat2:delay_exit=${delayMs * 1000}`;
  return execa('strace', ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=rename,renameat,renameat2', '-e', inject, 'node', BIN, ...args], {
    cwd,
    stdin: 'ignore',
    reject: false,
    env: { NO_COLOR: '1', ...ENGLISH },
  });
}

/** Waits until the lock in `root` journals a step that `reached` accepts; returns that journal. */
export async function journalWhen(root: string, reached: (journal: Journal) => boolean, timeoutMs = 60_000): Promise<Journal> {
  const path = join(root, LOCK_NAME);
  const begun = Date.now();
  for (;;) {
    if (existsSync(path)) {
      try {
        const journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
        if (reached(journal)) return journal;
      } catch {
        // Created, not yet written: the next look sees the whole journal.
      }
    }
    if (Date.now() - begun > timeoutMs) throw new Error(`the lock in ${root} never reached the step`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

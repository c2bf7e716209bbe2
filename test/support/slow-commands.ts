import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execaSync } from 'execa';
import { scratchDir } from './cli.js';

/** A folder to put first on PATH, whose `npm install` (a shell and a sleep below it) and `git commit` (one sleep) hang until killed, recording their pids. */
export interface SlowCommands {
  /** PATH with the fakes first. */
  path: string;
  /** Environment that routes the CLI's commands through the fakes. */
  env: Record<string, string>;
  /** Waits until `count` pids are recorded; returns them. */
  started(count?: number, timeoutMs?: number): Promise<number[]>;
}

/** Fakes for a deterministic slow step (no network here); `sized` also gives a pseudo-terminal the size a real terminal has. */
export function slowCommands(options: { sized?: boolean } = {}): SlowCommands {
  const dir = scratchDir('cfc-bin-');
  const pids = join(dir, 'pids');
  const git = execaSync('sh', ['-c', 'command -v git']).stdout.trim();
  // The sleep runs below the shell, as npm's scripts run below npm: stopping npm alone would leave it behind.
  const hang = `echo $$ >> "${pids}"\nsleep 600 &\necho $! >> "${pids}"\nwait\n`;
  const scripts: Record<string, string> = {
    npm: `#!/bin/sh\n${hang}`,
    git: `#!/bin/sh\nif [ "$1" = commit ]; then\n  echo $$ >> "${pids}"\n  exec sleep 600\nfi\nexec "${git}" "$@"\n`,
  };
  // util-linux script's pseudo-terminal is 0x0; a spinner only runs, and takes raw keys, on a terminal with a width.
  if (options.sized) scripts.node = `#!/bin/sh\nstty cols 120 rows 40 2>/dev/null\nexec "${process.execPath}" "$@"\n`;
  for (const [name, text] of Object.entries(scripts)) {
    writeFileSync(join(dir, name), text);
    chmodSync(join(dir, name), 0o755);
  }
  const path = `${dir}:${process.env.PATH ?? ''}`;
  return {
    path,
    env: { PATH: path, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
    async started(count = 2, timeoutMs = 30_000) {
      const begun = Date.now();
      for (;;) {
        const seen = existsSync(pids) ? readFileSync(pids, 'utf8').split('\n').filter(Boolean).map(Number) : [];
        if (seen.length >= count) return seen;
        if (Date.now() - begun > timeoutMs) throw new Error(`Only ${seen.length} of ${count} slow processes started`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
  };
}

/** Whether a process still runs; a zombie (ended, not yet reaped by a parent or PID 1) does not. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  // The state follows the parenthesised command name: "123 (sleep) Z ...".
  return !/\)\s+Z\s/.test(stat);
}

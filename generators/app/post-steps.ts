import { execa } from 'execa';
import ora from 'ora';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { CancelledError } from './options.js';

/** Ends a command's whole process group: SIGTERM, then SIGKILL for what is still there after a grace period. */
function stopGroup(pid: number | undefined, graceMs = 2000): void {
  if (pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group has already gone.
    }
  };
  signal('SIGTERM');
  setTimeout(() => signal('SIGKILL'), graceMs).unref();
}

/** Runs the family's install command with a spinner; a failure leaves the written project in place, an abort stops it and its children. */
export async function installDependencies(command: string, cwd: string, options: { quiet: boolean; signal?: AbortSignal }): Promise<void> {
  options.signal?.throwIfAborted();
  // A terminal that reports no width (a bare pseudo-terminal) makes ora redraw without end: no spinner there.
  const spinning = !options.quiet && process.stderr.isTTY && process.stderr.columns > 0;
  // Ora's raw-mode stdin turns Ctrl-C into a SIGINT only if stdin was already flowing; the terminal's own SIGINT always comes.
  const spinner = ora({ text: t('install.running', { command, directory: cwd }), isEnabled: spinning, isSilent: options.quiet, stream: process.stderr, discardStdin: false }).start();
  const [file = '', ...args] = command.split(' ');
  // Its own process group, so that Ctrl-C can stop npm together with the scripts and builds it started.
  const subprocess = execa(file, args, { cwd, stdin: 'ignore', detached: true });
  const stop = () => stopGroup(subprocess.pid);
  options.signal?.addEventListener('abort', stop, { once: true });
  // A detached group outlives us unless stopped: also when the CLI exits early for any reason.
  process.once('exit', stop);
  try {
    await subprocess;
    spinner.succeed(t('install.done', { command }));
  } catch (error) {
    if (options.signal?.aborted || (error as { signal?: string }).signal === 'SIGINT') {
      spinner.stop();
      throw new CancelledError(t('install.cancelled', { command }));
    }
    spinner.fail(t('install.failedShort', { command }));
    const detail = error instanceof Error && 'stderr' in error ? String(error.stderr).trim().split('\n').slice(-5).join('\n') : String(error);
    throw new UserError(t('install.failed', { directory: cwd, command, detail }));
  } finally {
    options.signal?.removeEventListener('abort', stop);
    process.off('exit', stop);
  }
}

/** Initialises a repository with a first commit; says why when it could not. */
export async function initGitRepository(cwd: string, options: { signal?: AbortSignal } = {}): Promise<{ committed: boolean; note?: string }> {
  const run = (args: string[], reject = true) => execa('git', args, { cwd, reject, stdin: 'ignore', cancelSignal: options.signal });
  options.signal?.throwIfAborted();
  const inside = await run(['rev-parse', '--is-inside-work-tree'], false);
  if (inside.exitCode === 0 && inside.stdout.trim() === 'true') {
    return { committed: false, note: t('git.insideRepository') };
  }
  try {
    await run(['init', '-q']);
    await run(['add', '-A']);
    await run(['commit', '-q', '-m', 'Initial commit from create-fc-function']);
    return { committed: true };
  } catch (error) {
    if (options.signal?.aborted) throw new CancelledError(t('git.cancelled'));
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { committed: false, note: t('git.commitFailed', { reason: reason ?? '' }) };
  }
}
